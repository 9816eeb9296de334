package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.DemoCaseload;
import casedesk.model.AuditEvent;
import casedesk.progress.Progress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

/** A supervisor reads the audit trail at the desk, searches it, and goes back; an officer has no such view. */
@ExtendWith(ApplicationExtension.class)
class AuditTrailViewTest {

    @TempDir
    Path dir;

    private OpenDesk window;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("caseload.db");
        casedesk.DemoFiles.create(file, new DemoCaseload.Options(8, DemoCaseload.DEFAULT_SEED, CaseScreenTest.AS_OF));
        window = OpenDesk.show(stage, file, Messages.ENGLISH, CaseScreenTest.TODAY, 1280, 780);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void aSupervisorReadsAndSearchesTheTrailThenGoesBackToTheQueue(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "lschmit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#desk-audit-trail").tryQuery().isPresent());

        robot.clickOn("#desk-audit-trail");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audit-events").tryQuery().isPresent()
                && !robot.lookup("#audit-events").queryTableView().getItems().isEmpty());
        TableView<AuditEvent> events = robot.lookup("#audit-events").queryTableView();
        long newest = events.getItems().getFirst().sequence();
        assertTrue(newest > events.getItems().getLast().sequence(), "newest first");
        assertTrue(robot.lookup("#audit-status").queryAs(Label.class).getText().startsWith("Audit trail verified"));

        robot.write("decision");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !events.getItems().isEmpty()
                && events.getItems().stream().allMatch(e -> e.type().contains("decision")));
        String count = robot.lookup("#audit-count").queryAs(Label.class).getText();
        assertEquals(events.getItems().size() + " events", count);

        // Events are named in words, and found by them: "signed in" is no code, the sign-ins are found.
        robot.interact(() -> robot.lookup("#audit-search").queryAs(javafx.scene.control.TextField.class).setText("signed in"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !events.getItems().isEmpty()
                && events.getItems().stream().allMatch(e -> e.type().equals("signed-in")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#audit-events .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .anyMatch(cell -> "Signed in".equals(cell.getText())), "the event in words");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        assertTrue(robot.lookup("#audit-events").tryQuery().isEmpty());
    }

    @Test
    void aSupervisorFindsAnOfficersDecisionsAndOpensOne(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "lschmit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#desk-decisions").tryQuery().isPresent());
        robot.clickOn("#desk-decisions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decisions-table").tryQuery().isPresent()
                && !robot.lookup("#decisions-table").queryTableView().getItems().isEmpty());
        TableView<casedesk.model.DecisionSummary> decisions = robot.lookup("#decisions-table").queryTableView();
        int all = decisions.getItems().size();
        assertTrue(decisions.getItems().stream().map(casedesk.model.DecisionSummary::decidedBy).distinct().count() > 1,
                "the demo's decisions are by several officers");

        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> officer = robot.lookup("#decisions-officer").queryAs(
                javafx.scene.control.ComboBox.class);
        robot.interact(() -> officer.setValue("jdupont"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !decisions.getItems().isEmpty()
                && decisions.getItems().size() < all
                && decisions.getItems().stream().allMatch(d -> d.decidedBy().equals("jdupont")));

        casedesk.model.CaseReference first = decisions.getItems().getFirst().reference();
        robot.interact(() -> decisions.getSelectionModel().select(0));
        robot.clickOn("#decisions-table").type(KeyCode.ENTER);
        Label header = CaseScreenTest.waitForCase(robot);
        assertTrue(header.getText().startsWith(first.value()), header.getText());
    }

    @Test
    void aSupervisorFlagsADecidedCaseAndTheDecisionStaysAsItWas(FxRobot robot) throws TimeoutException {
        casedesk.model.CaseReference decided;
        java.util.List<casedesk.model.Decision> before;
        try (var caseload = casedesk.DemoKey.open(dir.resolve("caseload.db"))) {
            decided = caseload.cases().queue(casedesk.model.QueueQuery.all()).stream()
                    .filter(e -> e.status() == casedesk.model.CaseStatus.REFUSED).findFirst().orElseThrow().reference();
            before = caseload.decisions().forCase(decided);
        }
        window.signIn(robot, "lschmit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        robot.interact(() -> window.desk().openCase(decided));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#review-disagree").tryQuery().isPresent());

        robot.clickOn("#review-note").write("The deposit covers the stay; discuss with the officer.");
        robot.clickOn("#review-disagree");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".review-disagree").tryQuery().isPresent());
        String line = robot.lookup(".review-disagree").queryAs(Label.class).getText();
        assertTrue(line.startsWith("Reviewed by lschmit on ") && line.endsWith(
                ": Disagree — The deposit covers the stay; discuss with the officer."), line);
        try (var caseload = casedesk.DemoKey.open(dir.resolve("caseload.db"))) {
            assertEquals(before, caseload.decisions().forCase(decided), "the decision is unchanged");
            assertTrue(caseload.audit().verify().isIntact());
        }
    }

    @Test
    void anOfficerHasNoAuditTrailViewAndReviewsNoDecision(FxRobot robot) throws TimeoutException {
        casedesk.model.CaseReference decided;
        try (var caseload = casedesk.DemoKey.open(dir.resolve("caseload.db"))) {
            decided = caseload.cases().queue(casedesk.model.QueueQuery.all()).stream()
                    .filter(e -> e.status() == casedesk.model.CaseStatus.REFUSED).findFirst().orElseThrow().reference();
        }
        window.signIn(robot, "amartin");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        assertFalse(robot.lookup("#desk-audit-trail").tryQuery().isPresent());
        robot.interact(() -> window.desk().openCase(decided));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#decision-decided").tryQuery().isPresent());
        assertFalse(robot.lookup("#review-disagree").tryQuery().isPresent(), "officers do not review decisions");
    }
}
