package casedesk.desk;

import casedesk.app.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window, the desk, on the caseload named by {@code --caseload=FILE}. */
public final class CaseDeskApp extends Application {

    private ExecutorService executor;
    private DeskWindow desk;

    /** Starts JavaFX and opens the desk on {@code caseloadFile}; returns when the window closes. */
    public static void launchDesk(Path caseloadFile) {
        Application.launch(CaseDeskApp.class, "--caseload=" + caseloadFile.toAbsolutePath());
    }

    @Override
    public void start(Stage stage) {
        String named = getParameters().getNamed().get("caseload");
        Path file = named == null ? DataFolder.defaultCaseload() : Path.of(named);
        executor = newExecutor();
        Messages messages = Messages.forDefaultLocale();
        desk = new DeskWindow(file, executor, messages, Clock.systemDefaultZone());
        stage.setTitle(messages.format("app.title.caseload", file.getFileName()));
        var icon = CaseDeskApp.class.getResourceAsStream("/casedesk/assets/casedesk-256.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon));
        }
        stage.setScene(new Scene(desk.root(), 1280, 800));
        stage.show();
        desk.open();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (desk != null) {
            desk.close();
        }
    }

    /** Daemon threads, so that a query still running cannot keep a closed desk alive. */
    public static ExecutorService newExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "casedesk-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(2, threads);
    }
}
