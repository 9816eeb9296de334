package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file that is not a caseload: the desk says so in its window, in French here, and leaves the file alone. */
@ExtendWith(ApplicationExtension.class)
class StartupFailureTest {

    @TempDir
    Path dir;

    private Path file;
    private byte[] before;
    private OpenDesk window;
    private DeskWindow desk;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("caseload.db");
        Files.writeString(file, "not a database, a letter to the consul\n".repeat(10));
        before = Files.readAllBytes(file);
        window = OpenDesk.show(stage, file, Messages.FRENCH, QueueWindowTest.TODAY, 900, 500);
        desk = window.desk();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void saysWhatIsWrongInTheWindowAndLeavesTheFileAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#startup-problem").tryQuery().isPresent());

        String reason = robot.lookup("#startup-problem").queryAs(Label.class).getText();
        assertTrue(reason.contains("n’est pas un fichier de dossiers CaseDesk"), reason);
        assertTrue(robot.lookup("Le fichier de dossiers n’a pas pu être ouvert").tryQuery().isPresent());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
