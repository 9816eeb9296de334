package casedesk.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk as the window tests open it: on a caseload file, in a language, at a fixed day, in a
 * stage of a given size, with the application's own background executor. Closing it stops the
 * background work and closes the caseload.
 */
final class OpenDesk implements AutoCloseable {

    /** The password of every demo account, as the README documents it. */
    static final String DEMO_PASSWORD = "demo";

    private final ExecutorService executor;
    private final DeskWindow desk;

    private OpenDesk(ExecutorService executor, DeskWindow desk) {
        this.executor = executor;
        this.desk = desk;
    }

    static OpenDesk show(Stage stage, Path file, Locale language, Clock clock, double width, double height) {
        ExecutorService executor = CaseDeskApp.newExecutor();
        DeskWindow desk = new DeskWindow(file, executor, new Messages(language), clock);
        stage.setScene(new Scene(desk.root(), width, height));
        stage.show();
        desk.open();
        return new OpenDesk(executor, desk);
    }

    /**
     * Gives a caseload built by a test an officer to sign in as, with the demo password (hashed at a
     * low cost, which the stored form names, to keep the tests quick).
     */
    static void addOfficer(casedesk.caseload.Caseload caseload, String username) {
        var password = casedesk.security.Passwords.derive(DEMO_PASSWORD.toCharArray(), 1_000);
        caseload.users().create(new casedesk.model.User(username, username, casedesk.model.Role.OFFICER,
                password.stored(), true), password.wrappingKey(), "test");
    }

    DeskWindow desk() {
        return desk;
    }

    /** Signs in on the sign-in screen as a demo user, typing as they would, and waits for the desk. */
    void signIn(FxRobot robot, String user) throws TimeoutException {
        signIn(robot, user, DEMO_PASSWORD);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> desk.session().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types a name and a password on the sign-in screen and presses Enter; does not wait for the outcome. */
    static void signIn(FxRobot robot, String user, String password) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#sign-in-name").tryQuery()
                .filter(Node::isVisible).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#sign-in-name").write(user);
        robot.clickOn("#sign-in-password").write(password).type(KeyCode.ENTER);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        desk.close();
    }
}
