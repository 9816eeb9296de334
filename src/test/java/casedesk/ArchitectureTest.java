package casedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
                    "casedesk.cli..", "casedesk.desk..", "casedesk.decision..", "casedesk.app..", "casedesk.review..",
                    "casedesk.access..", "casedesk.admin..", "casedesk.workstation..", "casedesk.audit..");

    @ArchTest
    static final ArchRule theStoreKnowsNoFaceAndNoDemo = noClasses()
            .that().resideInAPackage("casedesk.caseload..")
            .should().dependOnClassesThat().resideInAnyPackage("casedesk.cli..", "casedesk.desk..",
                    "casedesk.demo..", "casedesk.decision..", "casedesk.app..", "casedesk.review..",
                    "casedesk.access..", "casedesk.admin..", "casedesk.workstation..", "casedesk.audit..");

    /**
     * The desk reaches the caseload only through the services (which check the signed-in user's
     * role); it may catch the store's exceptions, which the services let through.
     */
    @ArchTest
    static final ArchRule theDeskGoesThroughTheServices = noClasses()
            .that().resideInAPackage("casedesk.desk..")
            .should().dependOnClassesThat(DescribedPredicate.describe("the caseload, the demo or the launcher",
                    (JavaClass c) -> c.getPackageName().startsWith("casedesk.demo")
                            || c.getPackageName().startsWith("casedesk.app")
                            || c.getPackageName().startsWith("casedesk.caseload")
                                    && !c.isAssignableTo("casedesk.caseload.CaseloadException")));

    @ArchTest
    static final ArchRule theRulesAndTheReaderKnowNoStore = noClasses()
            .that().resideInAnyPackage("casedesk.rules..", "casedesk.evidence..")
            .should().dependOnClassesThat().resideInAnyPackage("casedesk.caseload..", "casedesk.review..",
                    "casedesk.access..", "casedesk.workstation..");

    @ArchTest
    static final ArchRule theServicesKnowNoFace = noClasses()
            .that().resideInAnyPackage("casedesk.access..", "casedesk.review..", "casedesk.admin..",
                    "casedesk.workstation..")
            .should().dependOnClassesThat().resideInAnyPackage("casedesk.cli..", "casedesk.desk..", "casedesk.app..",
                    "javafx..");

    @ArchTest
    static final ArchRule theCommandLineAndTheDeskAreSeparateFaces = noClasses()
            .that().resideInAPackage("casedesk.cli..")
            .should().dependOnClassesThat().resideInAPackage("casedesk.desk..");
}
