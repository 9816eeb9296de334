package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.DemoCaseload;
import casedesk.progress.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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

/** A caseload whose decision was rewritten behind the log's back opens read-only, and says so on every screen. */
@ExtendWith(ApplicationExtension.class)
class TamperedCaseloadTest {

    @TempDir
    Path dir;

    private OpenDesk window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("caseload.db");
        casedesk.DemoFiles.create(file, new DemoCaseload.Options(8, DemoCaseload.DEFAULT_SEED, CaseScreenTest.AS_OF));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TRIGGER decisions_are_never_updated");
            statement.executeUpdate("UPDATE decisions SET note = 'rewritten' WHERE id = 1");
        }
        window = OpenDesk.show(stage, file, Messages.ENGLISH, CaseScreenTest.TODAY, 1280, 780);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void theDeskShowsTheBrokenTrailAndRefusesChanges(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "amartin");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#desk-read-only").tryQuery().isPresent());

        String banner = robot.lookup("#desk-read-only").queryAs(Label.class).getText();
        assertTrue(banner.startsWith("Read-only: nothing can be changed."), banner);
        assertTrue(banner.contains("failed verification"), banner);
        String audit = robot.lookup("#desk-audit").queryAs(Label.class).getText();
        assertTrue(audit.startsWith("Audit trail BROKEN at event"), audit);
        assertTrue(robot.lookup("#desk-new-case").tryQuery().isEmpty(), "nothing to create on a read-only caseload");
        assertTrue(robot.lookup("#desk-intake").tryQuery().isEmpty());
        assertTrue(robot.lookup("#desk-acknowledge").tryQuery().isEmpty(), "an officer acknowledges nothing");

        robot.clickOn("#queue-table").type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        CaseScreenTest.waitForCase(robot);
        assertTrue(robot.lookup("#decision-panel").tryQuery().filter(javafx.scene.Node::isVisible).isEmpty(),
                "nobody decides on a caseload whose trail is broken");
    }

    @Test
    void anAdministratorAcknowledgesTheBreakAndTheCaseloadTakesChangesAgain(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "admin");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#desk-acknowledge").tryQuery().isPresent());

        robot.clickOn("#desk-acknowledge");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#acknowledge-confirm").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#acknowledge-confirm")
                .queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getContentText().contains("failed verification at event"), pane.getContentText());
        robot.clickOn((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#desk-read-only").tryQuery().isEmpty());
        String audit = robot.lookup("#desk-audit").queryAs(Label.class).getText();
        assertTrue(audit.startsWith("Audit trail verified") && audit.endsWith("(a break acknowledged)"), audit);
    }
}
