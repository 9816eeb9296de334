package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.desk.queue.QueueViewModel;
import casedesk.model.QueueEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A newcomer's first start: no caseload yet, so the desk builds the demo one and shows its queue. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir
    Path dir;

    private Path file;
    private OpenDesk window;
    private DeskWindow desk;

    @Start
    void start(Stage stage) {
        file = dir.resolve("data/caseload.db");
        window = OpenDesk.show(stage, file, Messages.ENGLISH, QueueWindowTest.TODAY, 1100, 600);
        desk = window.desk();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private static long total(QueueViewModel queue) {
        return queue.countsProperty().get().values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void createsTheDemoCaseloadWithProgressThenShowsItsQueue(FxRobot robot) throws TimeoutException {
        assertTrue(robot.lookup("#startup").tryQuery().isPresent(), "a progress view while the demo is built");

        window.signIn(robot, "amartin");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        TableView<QueueEntry> table = robot.lookup("#queue-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        assertTrue(Files.exists(file));
        QueueViewModel queue = desk.queue().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> total(queue) > 0);
        assertEquals(DeskWindow.FIRST_START_DEMO_CASES, total(queue));
        assertTrue(table.getItems().stream().allMatch(e -> !e.status().isDecided()), "the queue starts with pending cases");
    }
}
