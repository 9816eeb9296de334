package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.desk.queue.QueueViewModel;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.QueueEntry;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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

/**
 * A queue longer than one page: rows come page by page as the officer moves down, and a click on a
 * column sorts the whole caseload, not just the rows already loaded.
 */
@ExtendWith(ApplicationExtension.class)
class QueuePagingTest {

    static final int CASES = QueueViewModel.PAGE + 50;

    @TempDir
    Path dir;

    private OpenDesk window;
    private DeskWindow desk;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("caseload.db");
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            OpenDesk.addOfficer(caseload, "amartin");
            LocalDate first = LocalDate.of(2026, 8, 1);
            for (int serial = 1; serial <= CASES; serial++) {
                // The later the case, the earlier its name: sorting by name turns the queue around.
                LocalDate lodged = first.plusDays(serial / 3);
                caseload.cases().create(VisaCase.lodged(CaseReference.of("LU", "SHA", 2026, serial), lodged,
                        new Applicant("NAME%03d".formatted(CASES - serial), "TEST", "", LocalDate.of(1990, 5, 5),
                                "CHN", "E%08d".formatted(serial), ""),
                        new Trip(lodged.plusDays(30), lodged.plusDays(40), "tourism", "LU", "C")), "test");
            }
        }
        window = OpenDesk.show(stage, file, Messages.ENGLISH, QueueWindowTest.TODAY, 1100, 600);
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
    void movingDownThePageLoadsTheNextOne(FxRobot robot) throws TimeoutException {
        TableView<QueueEntry> table = QueueWindowTest.waitForRows(robot, QueueViewModel.PAGE);
        assertEquals("LU-SHA-2026-000001", table.getItems().getFirst().reference().value(), "earliest deadline first");

        robot.clickOn("#queue-table").type(KeyCode.END);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == CASES);
        assertEquals("LU-SHA-2026-%06d".formatted(CASES), table.getItems().getLast().reference().value());
        assertTrue(desk.queue().orElseThrow().complete());
    }

    @Test
    void clickingAColumnSortsTheWholeCaseload(FxRobot robot) throws TimeoutException {
        TableView<QueueEntry> table = QueueWindowTest.waitForRows(robot, QueueViewModel.PAGE);

        robot.clickOn("Applicant");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !table.getItems().isEmpty() && table.getItems().getFirst().latinName().startsWith("NAME000"));
        assertEquals("LU-SHA-2026-%06d".formatted(CASES), table.getItems().getFirst().reference().value(),
                "the first by name is the last by deadline, beyond the first page");
        assertEquals(QueueViewModel.PAGE, table.getItems().size(), "still one page at a time");

        robot.clickOn("Applicant");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !table.getItems().isEmpty() && table.getItems().getFirst().latinName().startsWith("NAME%03d".formatted(CASES - 1)));
    }
}
