package casedesk.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desk as the window tests open it: on a caseload file, in a language, at a fixed day, in a
 * stage of a given size, with the application's own background executor. Closing it stops the
 * background work and closes the caseload.
 */
final class OpenDesk implements AutoCloseable {

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

    DeskWindow desk() {
        return desk;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        desk.close();
    }
}
