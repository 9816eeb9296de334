package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.demo.DemoCaseload;
import casedesk.model.Role;
import casedesk.model.User;
import casedesk.progress.Progress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk lets in only who signs in, shows each role only what it may do, and locks itself when
 * nobody uses it, keeping what was typed.
 */
@ExtendWith(ApplicationExtension.class)
class SignInTest {

    @TempDir
    static Path shared;
    static Path demo;

    @TempDir
    Path dir;

    private OpenDesk window;
    private DeskWindow desk;
    private Path file;

    @BeforeAll
    static void demoCaseload() {
        demo = shared.resolve("demo.db");
        casedesk.DemoFiles.create(demo, new DemoCaseload.Options(6, DemoCaseload.DEFAULT_SEED, CaseScreenTest.AS_OF));
    }

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("caseload.db");
        Caseload.copy(demo, file);
        window = OpenDesk.show(stage, file, Messages.ENGLISH, CaseScreenTest.TODAY, 1280, 780);
        desk = window.desk();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensTheQueue(FxRobot robot) throws TimeoutException {
        OpenDesk.signIn(robot, "amartin", "not it");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#sign-in-problem").queryAs(Label.class)
                .getText().isBlank());
        assertEquals("The name or the password is wrong.", robot.lookup("#sign-in-problem").queryAs(Label.class).getText());
        assertTrue(desk.session().isEmpty());
        assertFalse(robot.lookup("#queue-table").tryQuery().isPresent(), "no case is shown before signing in");

        robot.clickOn("#sign-in-password").write(OpenDesk.DEMO_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        assertEquals("Anne Martin · officer", robot.lookup("#desk-signed-in").queryAs(Label.class).getText());
    }

    @Test
    void aSupervisorReadsACaseButHasNothingToDecideOrChange(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "lschmit");
        waitForQueue(robot);
        assertFalse(robot.lookup("#desk-new-case").tryQuery().isPresent(), "no new case for a supervisor");
        assertFalse(robot.lookup("#desk-intake").tryQuery().isPresent());

        robot.clickOn("#queue-table").type(KeyCode.DOWN).type(KeyCode.ENTER);
        CaseScreenTest.waitForCase(robot);

        assertFalse(robot.lookup("#decision-panel").tryQuery().filter(Node::isVisible).isPresent(),
                "no decision panel for a supervisor");
        assertTrue(robot.lookup("#case-edit").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#case-correct").queryAs(Button.class).isDisabled());
    }

    @Test
    void anAdministratorSeesTheAccountsAndNoCase(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "admin");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#accounts-table")
                .queryAs(TableView.class).getItems().isEmpty());
        assertFalse(robot.lookup("#queue-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<User> accounts = robot.lookup("#accounts-table").queryAs(TableView.class);
        assertEquals(4, accounts.getItems().size());

        robot.clickOn("#accounts-new-name").write("pweber");
        robot.clickOn("#accounts-new-display-name").write("Paul Weber");
        robot.clickOn("#accounts-new-password").write("paul weber 2026");
        robot.clickOn("#accounts-add");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> accounts.getItems().size() == 5);
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            assertEquals(Role.OFFICER, caseload.users().find("pweber").orElseThrow().role());
        }
    }

    @Test
    void anIdleDeskLocksAndUnlocksWithWhatWasTypedStillThere(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "amartin");
        waitForQueue(robot);
        robot.interact(() -> desk.lockAfter(Duration.ofMillis(800)));
        robot.interact(() -> desk.signOut());
        window.signIn(robot, "amartin");
        robot.clickOn("#queue-search").write("WANG");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, desk::isLocked);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#desk").query().isVisible(), "the case work is hidden while locked");
        assertTrue(robot.lookup("#desk").query().isDisabled(), "and out of reach of the keyboard");

        robot.clickOn("#sign-in-password").write("wrong").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#sign-in-problem").tryQuery()
                .map(n -> !((Label) n).getText().isBlank()).orElse(false));
        assertTrue(desk.isLocked());
        robot.clickOn("#sign-in-password").write(OpenDesk.DEMO_PASSWORD).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !desk.isLocked());
        robot.interact(() -> desk.lockAfter(Duration.ZERO));
        assertEquals("WANG", robot.lookup("#queue-search").queryAs(TextField.class).getText(), "nothing typed is lost");
    }

    private static void waitForQueue(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#queue-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void signingOutAsksWhoIsThereAgain(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "amartin");
        robot.clickOn("#desk-sign-out");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sign-in-name").tryQuery().isPresent());
        assertTrue(desk.session().isEmpty());
        assertFalse(robot.lookup("#queue-table").tryQuery().filter(Node::isVisible).isPresent());
    }
}
