package casedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md, as tests: a rule that is a test is a rule that stays true. */
@AnalyzeClasses(packages = "casedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheDeskAndTheLauncherKnowJavaFx = noClasses()
            .that().resideOutsideOfPackages("casedesk.desk..", "casedesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule theModelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("casedesk.model..")
            .should().dependOnClassesThat().resideInAnyPackage("casedesk.caseload..", "casedesk.demo..",
                    "casedesk.cli..", "casedesk.desk..", "casedesk.decision..", "casedesk.app..");

    @ArchTest
    static final ArchRule theStoreKnowsNoFaceAndNoDemo = noClasses()
            .that().resideInAPackage("casedesk.caseload..")
            .should().dependOnClassesThat().resideInAnyPackage("casedesk.cli..", "casedesk.desk..",
                    "casedesk.demo..", "casedesk.decision..", "casedesk.app..");

    @ArchTest
    static final ArchRule theCommandLineAndTheDeskAreSeparateFaces = noClasses()
            .that().resideInAPackage("casedesk.cli..")
            .should().dependOnClassesThat().resideInAPackage("casedesk.desk..");
}
