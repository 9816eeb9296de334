package casedesk.desk.evidence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The viewer's own layering: the renderer knows no JavaFX, the view model no nodes, the view no PDF. */
@AnalyzeClasses(packages = "casedesk.desk.evidence", importOptions = ImportOption.DoNotIncludeTests.class)
class EvidenceLayersTest {

    @ArchTest
    static final ArchRule theRendererAndTheRecordsKnowNoJavaFx = noClasses()
            .that().haveNameMatching("casedesk\\.desk\\.evidence\\.(PageRenderer|ViewedDocument|PageTarget|Scrolling|SerialLane)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule theViewModelHoldsNoNodes = noClasses()
            .that().haveNameMatching("casedesk\\.desk\\.evidence\\.(EvidenceViewModel|Thumbnail)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                    "javafx.scene.shape..", "javafx.stage..", "org.controlsfx..");

    @ArchTest
    static final ArchRule onlyTheRendererTouchesPdfs = noClasses()
            .that().haveNameMatching("casedesk\\.desk\\.evidence\\.(EvidenceView|EvidenceViewModel|Thumbnail)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..")
            .orShould().dependOnClassesThat().haveSimpleName("SafePdf");
}
