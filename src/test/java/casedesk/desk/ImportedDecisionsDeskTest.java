package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.access.Accounts;
import casedesk.audit.AuditTrail;
import casedesk.caseload.Caseload;
import casedesk.demo.DecisionHistory;
import casedesk.demo.DemoCaseload;
import casedesk.model.DecisionSummary;
import casedesk.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A supervisor sees another workstation's decisions, imported from its bundle, labelled and read-only. */
@ExtendWith(ApplicationExtension.class)
class ImportedDecisionsDeskTest {

    static final String LABEL = "Shanghai desk 2";

    @TempDir
    Path dir;

    private OpenDesk window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("caseload.db");
        casedesk.DemoFiles.create(file, new DemoCaseload.Options(8, DemoCaseload.DEFAULT_SEED, CaseScreenTest.AS_OF));
        Clock clock = CaseScreenTest.TODAY;
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        char[] passphrase = "a long bundle passphrase".toCharArray();
        try (Caseload other = Caseload.open(dir.resolve("other.db"), clock)) {
            DecisionHistory.build(other, 6, 4, CaseScreenTest.AS_OF, Progress.NONE);
            var session = new Accounts(other, clock).signIn("lschmit", DemoCaseload.DEMO_PASSWORD.toCharArray(), "test");
            new AuditTrail(other, clock).exportBundle(session, bundle, passphrase.clone(), false);
        }
        try (Caseload supervisor = Caseload.open(file, clock)) {
            var session = new Accounts(supervisor, clock).signIn("lschmit", DemoCaseload.DEMO_PASSWORD.toCharArray(), "test");
            new AuditTrail(supervisor, clock).importBundle(session, bundle.toByteArray(), passphrase.clone(), LABEL);
        }
        window = OpenDesk.show(stage, file, Messages.ENGLISH, clock, 1280, 780);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void anImportedDecisionIsListedWithItsWorkstationAndOpensReadOnly(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "lschmit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#desk-decisions").tryQuery().isPresent());
        robot.clickOn("#desk-decisions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decisions-workstation").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent());
        TableView<DecisionSummary> decisions = robot.lookup("#decisions-table").queryTableView();
        assertTrue(decisions.getItems().stream().anyMatch(DecisionSummary::local), "this caseload's own are listed too");

        @SuppressWarnings("unchecked")
        ComboBox<Object> workstation = robot.lookup("#decisions-workstation").queryAs(ComboBox.class);
        robot.interact(() -> workstation.setValue(workstation.getItems().stream()
                .filter(item -> workstation.getConverter().toString(item).equals(LABEL)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> decisions.getItems().size() == 6
                && decisions.getItems().stream().allMatch(d -> d.workstation().equals(LABEL)));
        assertEquals("6 decisions", robot.lookup("#decisions-count").queryAs(Label.class).getText());

        // A refusal: its grounds are shown in their words, not as "[3]".
        DecisionSummary refusal = decisions.getItems().stream()
                .filter(d -> d.outcome() == casedesk.model.Outcome.REFUSE && !d.refusalGrounds().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the history has a refusal: " + decisions.getItems()));
        robot.interact(() -> decisions.getSelectionModel().select(refusal));
        robot.clickOn("#decisions-table").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#imported-decision").tryQuery().isPresent());
        String shown = robot.lookup("#imported-decision").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(node -> ((Label) node).getText()).reduce("", (a, b) -> a + "\n" + b);
        int ground = refusal.refusalGrounds().getFirst();
        String words = robot.lookup("#imported-ground-" + ground).queryAs(Label.class).getText();
        assertTrue(words.startsWith(ground + " \u00b7 ") && words.length() > 20, "the ground in its words: " + words);
        assertTrue(!shown.contains("[" + ground + "]"), shown);
        assertTrue(shown.contains("Decided on these verdicts (rule set LU-2026.1)"), shown);
        assertTrue(shown.contains("Means: "), shown);
        assertTrue(shown.contains("Imported read-only from the bundle of " + LABEL), shown);
        assertTrue(robot.lookup("#case-header").tryQuery().isEmpty(), "no case is opened: it is not here");
    }

    /** With its documents, an imported decision shows its evidence: each verdict outlines its figure on the page. */
    @Test
    void anImportedDecisionWithItsDocumentsShowsEachVerdictsFigureOnThePage(FxRobot robot) throws Exception {
        Clock clock = CaseScreenTest.TODAY;
        Path desk3 = dir.resolve("desk-3.db");
        casedesk.DemoFiles.create(desk3, new DemoCaseload.Options(12, 5, CaseScreenTest.AS_OF));
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        try (Caseload other = Caseload.open(desk3, clock)) {
            var session = new Accounts(other, clock).signIn("lschmit", DemoCaseload.DEMO_PASSWORD.toCharArray(), "test");
            new AuditTrail(other, clock).exportBundle(session, bundle, "a long bundle passphrase".toCharArray(), true);
        }
        casedesk.model.ImportedWorkstation imported = importAtTheDesk(robot, bundle.toByteArray(), "Desk 3");
        assertTrue(imported.documents() > 0, "the bundle carried the documents");

        @SuppressWarnings("unchecked")
        ComboBox<Object> workstation = robot.lookup("#decisions-workstation").queryAs(ComboBox.class);
        TableView<DecisionSummary> decisions = robot.lookup("#decisions-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workstation.getItems().stream()
                .anyMatch(item -> workstation.getConverter().toString(item).equals("Desk 3")));
        robot.interact(() -> workstation.setValue(workstation.getItems().stream()
                .filter(item -> workstation.getConverter().toString(item).equals("Desk 3")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !decisions.getItems().isEmpty()
                && decisions.getItems().stream().allMatch(d -> d.workstation().equals("Desk 3")));
        // A visa issued: its means verdict rests on a figure (a statement's balance, or the Sesame score).
        List<DecisionSummary> issued = decisions.getItems().stream()
                .filter(d -> d.outcome() == casedesk.model.Outcome.ISSUE && d.path() != casedesk.model.DecisionFacts.Path.NONE)
                .toList();
        assertTrue(!issued.isEmpty(), "the demo issued visas: " + decisions.getItems());
        robot.interact(() -> decisions.getSelectionModel().select(issued.getFirst()));
        robot.clickOn("#decisions-table").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#imported-evidence").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#evidence-image").tryQuery()
                .map(node -> ((javafx.scene.image.ImageView) node).getImage() != null).orElse(false));

        javafx.scene.Node means = robot.lookup("#imported-verdict-means").query();
        assertTrue(means instanceof javafx.scene.control.Hyperlink, "the means verdict leads to its figure: " + means);
        robot.clickOn(means);
        javafx.scene.shape.Rectangle outline = robot.lookup("#evidence-highlight").queryAs(javafx.scene.shape.Rectangle.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outline.isVisible() && outline.getWidth() > 0);
        } catch (TimeoutException e) {
            throw new AssertionError("no outline: " + outline + " visible " + outline.isVisible(), e);
        }
        @SuppressWarnings("unchecked")
        ComboBox<casedesk.model.DecidedEvidence.DecidedDocument> shown = robot.lookup("#imported-documents")
                .queryAs(ComboBox.class);
        assertTrue(List.of("bank-statement", "deposit-certificate", "credit-report").contains(shown.getValue().kind()),
                "the document the means rest on: " + shown.getValue());
    }

    @Test
    void aLaterBundleImportedAtTheDeskAddsTheWorkstationsNewDecisions(FxRobot robot) throws Exception {
        Clock clock = CaseScreenTest.TODAY;
        ByteArrayOutputStream later = new ByteArrayOutputStream();
        try (Caseload other = Caseload.open(dir.resolve("other.db"), clock)) {
            var session = new Accounts(other, clock).signIn("lschmit", DemoCaseload.DEMO_PASSWORD.toCharArray(), "test");
            DecisionHistory.add(other, 2, 7, CaseScreenTest.AS_OF, Progress.NONE);
            new AuditTrail(other, clock).exportBundle(session, later, "a long bundle passphrase".toCharArray(), false);
        }
        casedesk.model.ImportedWorkstation imported = importAtTheDesk(robot, later.toByteArray(), null);
        assertEquals(LABEL, imported.label(), "known by its key");
        assertEquals(8, imported.decisions());
        assertEquals("8 decisions of \u201c" + LABEL + "\u201d imported.",
                robot.lookup("#decisions-status").queryAs(Label.class).getText());
        TableView<DecisionSummary> decisions = robot.lookup("#decisions-table").queryTableView();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> decisions.getItems().stream()
                    .filter(d -> d.workstation().equals(LABEL)).count() == 8);
        } catch (TimeoutException e) {
            throw new AssertionError(decisions.getItems().stream().map(d -> d.reference() + "@" + d.workstation()).toList()
                    + " " + robot.lookup("#decisions").queryAs(casedesk.desk.audit.DecisionsView.class).filter() + " "
                    + robot.lookup("#decisions-count").queryAs(Label.class).getText(), e);
        }
    }

    /** Signs in as the supervisor, opens the decisions browser and imports {@code bundle} there, as "Import bundle…" does. */
    private casedesk.model.ImportedWorkstation importAtTheDesk(FxRobot robot, byte[] bundle, String label)
            throws TimeoutException {
        window.signIn(robot, "lschmit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#desk-decisions").tryQuery().isPresent());
        robot.clickOn("#desk-decisions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decisions-import").tryQuery().isPresent());
        casedesk.desk.audit.DecisionsView view = robot.lookup("#decisions").queryAs(casedesk.desk.audit.DecisionsView.class);
        java.util.concurrent.atomic.AtomicReference<casedesk.model.ImportedWorkstation> imported =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> view.importBundle(bundle, "a long bundle passphrase".toCharArray(), label, imported::set));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> imported.get() != null);
        return imported.get();
    }
}
