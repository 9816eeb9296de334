package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.DemoCaseload;
import casedesk.desk.audit.DecisionsView;
import casedesk.model.DecisionSummary;
import casedesk.progress.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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

/**
 * The supervisor's decisions browser through the real window: found by officer and period, narrowed
 * by a chart clicked, exported, a case opened and left back to the browser as it was; an officer has
 * none of it.
 */
@ExtendWith(ApplicationExtension.class)
class SupervisorDeskTest {

    @TempDir
    Path dir;

    private OpenDesk window;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("caseload.db");
        casedesk.DemoFiles.create(file, new DemoCaseload.Options(24, DemoCaseload.DEFAULT_SEED, CaseScreenTest.AS_OF));
        window = OpenDesk.show(stage, file, Messages.ENGLISH, CaseScreenTest.TODAY, 1280, 780);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private TableView<DecisionSummary> openBrowser(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "lschmit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#desk-decisions").tryQuery().isPresent());
        robot.clickOn("#desk-decisions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decisions-table").tryQuery().isPresent()
                && !robot.lookup("#decisions-table").queryTableView().getItems().isEmpty());
        return robot.lookup("#decisions-table").queryTableView();
    }

    @Test
    void aSupervisorFindsAnOfficersDecisionsOfAPeriodAndComesBackToThemFromTheCase(FxRobot robot) throws TimeoutException {
        TableView<DecisionSummary> decisions = openBrowser(robot);
        List<DecisionSummary> all = List.copyOf(decisions.getItems());
        DecisionSummary target = all.get(all.size() / 2);
        LocalDate day = target.decidedOn();

        @SuppressWarnings("unchecked")
        ComboBox<String> officer = robot.lookup("#decisions-officer").queryAs(ComboBox.class);
        robot.interact(() -> officer.setValue(target.decidedBy()));
        robot.interact(() -> robot.lookup("#decisions-from").queryAs(DatePicker.class).setValue(day));
        robot.interact(() -> robot.lookup("#decisions-to").queryAs(DatePicker.class).setValue(day));
        long expected = all.stream().filter(d -> d.decidedBy().equals(target.decidedBy()) && d.decidedOn().equals(day))
                .count();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> decisions.getItems().size() == expected
                && decisions.getItems().stream().allMatch(d -> d.decidedBy().equals(target.decidedBy())
                        && d.decidedOn().equals(day)));
        assertTrue(decisions.getItems().stream().anyMatch(d -> d.reference().equals(target.reference())));
        assertEquals(expected == 1 ? "1 decision" : expected + " decisions",
                robot.lookup("#decisions-count").queryAs(Label.class).getText());

        robot.interact(() -> decisions.getSelectionModel().select(0));
        robot.clickOn("#decisions-table").type(KeyCode.ENTER);
        CaseScreenTest.waitForCase(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decisions-table").tryQuery().isPresent());
        assertEquals(target.decidedBy(), officer.getValue(), "back to the browser, its filters as they were");
        assertTrue(robot.lookup("#queue-table").tryQuery().isEmpty() || !robot.lookup("#queue-table").query().isVisible());
    }

    @Test
    void aBarOfTheWeeksChartNarrowsTheBrowserToItsDecisionsAndTheyExport(FxRobot robot) throws Exception {
        TableView<DecisionSummary> decisions = openBrowser(robot);
        DecisionSummary first = decisions.getItems().getFirst();
        LocalDate monday = first.decidedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long expected = decisions.getItems().stream().filter(d -> d.outcome() == first.outcome()
                && !d.decidedOn().isBefore(monday) && !d.decidedOn().isAfter(monday.plusDays(6))).count();

        robot.clickOn("Statistics");
        String bar = "#bar-week-" + monday + "-" + first.outcome().code();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(bar).tryQuery().isPresent());
        assertTrue(robot.lookup("#statistics-summary").queryAs(Label.class).getText()
                .startsWith(decisions.getItems().size() + " decisions"));
        robot.clickOn(bar);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decisions-table").query().isVisible()
                && decisions.getItems().size() == expected
                && decisions.getItems().stream().allMatch(d -> d.outcome() == first.outcome()
                        && !d.decidedOn().isBefore(monday) && !d.decidedOn().isAfter(monday.plusDays(6))));
        assertEquals(monday, robot.lookup("#decisions-from").queryAs(DatePicker.class).getValue());

        Path csv = dir.resolve("week.csv");
        AtomicLong written = new AtomicLong(-1);
        DecisionsView view = robot.lookup("#decisions").queryAs(DecisionsView.class);
        robot.interact(() -> view.export(csv, false, written::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> written.get() >= 0);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(expected + 1, lines.size(), "a header and the narrowed decisions");
        for (DecisionSummary shown : decisions.getItems()) {
            assertTrue(lines.stream().anyMatch(line -> line.contains("," + shown.reference().value() + ",")), shown.toString());
        }
        assertTrue(robot.lookup("#decisions-status").queryAs(Label.class).getText().contains("week.csv"));
        assertFalse(Files.exists(dir.resolve("week.csv.partial")));
    }

    @Test
    void aDateThatIsNoDateIsSaidSoAndFiltersNothing(FxRobot robot) throws TimeoutException {
        TableView<DecisionSummary> decisions = openBrowser(robot);
        int all = decisions.getItems().size();
        robot.clickOn(robot.lookup("#decisions-from").queryAs(DatePicker.class).getEditor()).write("2026-13-45")
                .type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#decisions-status").queryAs(Label.class)
                .getText().startsWith("\u201c2026-13-45\u201d is no date"));
        assertTrue(robot.lookup("#decisions-from").queryAs(DatePicker.class).getEditor().getStyleClass()
                .contains("field-invalid"));
        assertEquals(all, decisions.getItems().size(), "nothing was filtered by it");
    }

    @Test
    void anOfficerHasNoDecisionsBrowser(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "amartin");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        assertFalse(robot.lookup("#desk-decisions").tryQuery().isPresent());
        assertFalse(robot.lookup("#desk-audit-trail").tryQuery().isPresent());
    }
}
