package casedesk.desk;

import casedesk.access.Session;
import casedesk.desk.cases.CaseViewModel;
import casedesk.model.CaseReference;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
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
        if (named == null) {
            throw new IllegalArgumentException("the desk is started with --caseload=FILE");
        }
        Path file = Path.of(named);
        Settings settings = Settings.in(file.toAbsolutePath().getParent());
        executor = newExecutor();
        Messages messages = settings.language().map(Messages::new).orElseGet(Messages::forDefaultLocale);
        var icon = CaseDeskApp.class.getResourceAsStream("/casedesk/assets/casedesk-256.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon));
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(new Pane(), Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight())));
        openDesk(stage, file, settings, messages);
        stage.show();
    }

    /** Builds the desk in the officer's language; choosing another language builds it again in that one. */
    private void openDesk(Stage stage, Path file, Settings settings, Messages messages) {
        Optional<CaseReference> wasOpen = Optional.empty();
        Optional<Session> signedIn = Optional.empty();
        if (desk != null) {
            wasOpen = desk.openCaseModel().map(CaseViewModel::reference);
            signedIn = desk.session();
            desk.closeInBackground();
        }
        desk = new DeskWindow(file, executor, messages, Clock.systemDefaultZone());
        desk.lockAfter(settings.lockAfter());
        wasOpen.ifPresent(desk::openWhenReady);
        signedIn.ifPresent(desk::continueSession);
        desk.setOnLanguageChange(locale -> {
            settings.setLanguage(locale);
            openDesk(stage, file, settings, new Messages(locale));
        });
        stage.setTitle(messages.format("app.title.caseload", file.getFileName()));
        stage.getScene().setRoot(desk.root());
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
