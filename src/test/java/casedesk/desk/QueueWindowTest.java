package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.QueueEntry;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The officer's first window on a small caseload, clicked through as an officer would. */
@ExtendWith(ApplicationExtension.class)
class QueueWindowTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-16T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private OpenDesk window;
    private DeskWindow desk;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("caseload.db");
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            OpenDesk.addOfficer(caseload, "amartin");
            create(caseload, 1, "WANG", "XIAOMING", "王小明", "E12345678", LocalDate.of(2026, 11, 10));
            create(caseload, 2, "LI", "NA", "李娜", "E22222222", LocalDate.of(2026, 10, 28));
            create(caseload, 3, "ZHANG", "WEI", "张伟", "E33333333", LocalDate.of(2026, 11, 3));
            create(caseload, 4, "WANG", "FANG", "王芳", "E44444444", LocalDate.of(2026, 11, 12));
        }
        window = OpenDesk.show(stage, file, Messages.ENGLISH, TODAY, 1100, 600);
        desk = window.desk();
    }

    @BeforeEach
    void signIn(FxRobot robot) throws java.util.concurrent.TimeoutException {
        window.signIn(robot, "amartin");
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void showsTheQueueEarliestDeadlineFirst(FxRobot robot) throws TimeoutException {
        TableView<QueueEntry> table = waitForRows(robot, 4);

        assertEquals(List.of("LU-SHA-2026-000002", "LU-SHA-2026-000003", "LU-SHA-2026-000001", "LU-SHA-2026-000004"),
                table.getItems().stream().map(e -> e.reference().value()).toList());
        assertTrue(robot.lookup("王小明").tryQuery().isPresent(), "the Chinese name is shown");
    }

    @Test
    void marksOverdueCasesAndCountsDaysLeft(FxRobot robot) throws TimeoutException {
        waitForRows(robot, 4);

        Node overdue = robot.lookup(".overdue").query();
        assertEquals("overdue 4 days", ((Labeled) overdue).getText());
        assertTrue(robot.lookup("9 days").tryQuery().isPresent());
        assertEquals(1, robot.lookup(".due-soon").queryAll().size(), "2 days left is due soon");
    }

    @Test
    void aSelectedRowStaysReadableWhenTheTableIsNotFocused(FxRobot robot) throws TimeoutException {
        TableView<QueueEntry> table = waitForRows(robot, 4);
        int overdueRow = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).deadline().isBefore(LocalDate.of(2026, 11, 16))) {
                overdueRow = i;
            }
        }
        int row = overdueRow;
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#queue-search"); // the table loses the focus, its row stays selected
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TableCell<?, ?> overdue = (javafx.scene.control.TableCell<?, ?>) robot.lookup(".overdue").query();
        javafx.scene.control.TableRow<?> selected = overdue.getTableRow();
        assertTrue(selected.isSelected() && !table.isFocused());
        var fills = selected.getBackground().getFills();
        javafx.scene.paint.Color background = (javafx.scene.paint.Color) fills.getLast().getFill();
        javafx.scene.paint.Color text = (javafx.scene.paint.Color) overdue.getTextFill();
        double contrast = contrast(background, text);
        assertTrue(contrast >= 4.5, "text " + text + " on " + background + ": contrast " + contrast + ", below 4.5:1");
    }

    /** WCAG 2 contrast ratio of two colours. */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        java.util.function.DoubleUnaryOperator linear = v -> v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * linear.applyAsDouble(c.getRed()) + 0.7152 * linear.applyAsDouble(c.getGreen())
                + 0.0722 * linear.applyAsDouble(c.getBlue());
    }

    @Test
    void searchingByChineseNameNarrowsTheQueue(FxRobot robot) throws TimeoutException {
        waitForRows(robot, 4);

        robot.clickOn("#queue-search").write("王");

        TableView<QueueEntry> table = waitForRows(robot, 2);
        assertEquals(List.of("WANG XIAOMING", "WANG FANG"), table.getItems().stream().map(QueueEntry::latinName).toList());
    }

    @Test
    void searchingByPassportFindsTheOneCase(FxRobot robot) throws TimeoutException {
        waitForRows(robot, 4);

        robot.clickOn("#queue-search").write("e33333333");

        assertEquals("ZHANG WEI", waitForRows(robot, 1).getItems().getFirst().latinName());
    }

    @Test
    void enterOnASearchThatFoundOneCaseOpensIt(FxRobot robot) throws TimeoutException {
        waitForRows(robot, 4);

        robot.clickOn("#queue-search").write("3");
        waitForRows(robot, 1);
        robot.type(KeyCode.ENTER);

        assertTrue(CaseScreenTest.waitForCase(robot).getText().startsWith("LU-SHA-2026-000003 · ZHANG WEI"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(CaseScreenTest.verdictList(robot).isFocused(), "the keys go to the verdicts, not to "
                + robot.listTargetWindows().getFirst().getScene().getFocusOwner());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#queue-table").query().isFocused(), "back in the queue, the keys go to its rows");
    }

    @Test
    void enterBeforeTheSearchHasAnsweredDoesNotOpenTheCaseOfTheSearchBefore(FxRobot robot) throws TimeoutException {
        waitForRows(robot, 4);
        robot.clickOn("#queue-search").write("1");
        TableView<QueueEntry> table = waitForRows(robot, 1);
        assertEquals("LU-SHA-2026-000001", table.getItems().getFirst().reference().value());

        robot.interact(() -> {
            TextField search = robot.lookup("#queue-search").queryAs(TextField.class);
            search.setText("2");
            search.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#queue-table").tryQuery().isPresent(), "case 1 was not opened for a search of 2");
        waitForRows(robot, 1);
        assertEquals("LU-SHA-2026-000002", table.getItems().getFirst().reference().value());
    }

    @Test
    void f1ListsTheShortcutsKeysBesideWhatTheyDo(FxRobot robot) throws TimeoutException {
        waitForRows(robot, 4);

        robot.type(KeyCode.F1);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#help-shortcuts").tryQuery().isPresent());
        GridPane table = robot.lookup("#help-shortcuts").queryAs(GridPane.class);
        Node keys = robot.from(table).lookup("Ctrl+N").query();
        Node action = robot.from(table).lookup("new case").query();
        assertEquals(GridPane.getRowIndex(keys), GridPane.getRowIndex(action),
                "the keys and what they do on one row");
        assertEquals(0, GridPane.getColumnIndex(keys));
        robot.clickOn("OK");
    }

    @Test
    void theStatusBarCountsCasesPerStatus(FxRobot robot) throws TimeoutException {
        waitForRows(robot, 4);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#queue-status").queryAs(org.controlsfx.control.StatusBar.class).getText().contains("Open 4"));
    }

    static TableView<QueueEntry> waitForRows(FxRobot robot, int rows) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        TableView<QueueEntry> table = robot.lookup("#queue-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == rows);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static void create(Caseload caseload, int serial, String surname, String given, String nativeName,
            String passport, LocalDate lodged) {
        caseload.cases().create(VisaCase.lodged(CaseReference.of("LU", "SHA", 2026, serial), lodged,
                new Applicant(surname, given, nativeName, LocalDate.of(1990, 5, 5), "CHN", passport, ""),
                new Trip(lodged.plusDays(30), lodged.plusDays(40), "tourism", "LU", "C")), "test");
    }
}
