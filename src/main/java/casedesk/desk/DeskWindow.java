package casedesk.desk;

import casedesk.caseload.Caseload;
import casedesk.caseload.CaseloadException;
import casedesk.demo.DemoCaseload;
import casedesk.desk.queue.QueueView;
import casedesk.desk.queue.QueueViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The desk's composition root: opens the caseload in the background (creating the demo caseload on
 * a first start), then puts the queue in the window. Nothing here touches the database or a PDF on
 * the JavaFX thread.
 */
public final class DeskWindow {

    private static final Logger LOG = Logger.getLogger(DeskWindow.class.getName());

    /** Cases in the demo caseload created on a first start. */
    static final int FIRST_START_DEMO_CASES = 60;

    private final Path caseloadFile;
    private final ExecutorService executor;
    private final Messages messages;
    private final Clock clock;
    private final BorderPane root = new BorderPane();
    private Caseload caseload;
    private QueueViewModel queue;

    public DeskWindow(Path caseloadFile, ExecutorService executor, Messages messages, Clock clock) {
        this.caseloadFile = Objects.requireNonNull(caseloadFile, "caseload file");
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
        root.getStylesheets().add(Objects.requireNonNull(DeskWindow.class.getResource("desk.css")).toExternalForm());
        root.setId("desk");
    }

    public Parent root() {
        return root;
    }

    public Messages messages() {
        return messages;
    }

    /** The open caseload, once opening has finished. */
    public Optional<Caseload> caseload() {
        return Optional.ofNullable(caseload);
    }

    public Optional<QueueViewModel> queue() {
        return Optional.ofNullable(queue);
    }

    /** Opens the caseload in the background and shows the queue when it is ready. */
    public Task<Caseload> open() {
        boolean firstStart = !Files.exists(caseloadFile);
        Label title = new Label(messages.get(firstStart ? "startup.demo" : "startup.opening"));
        title.getStyleClass().add("title");
        Label detail = new Label(caseloadFile.toString());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        VBox startup = new VBox(title, bar, detail);
        startup.getStyleClass().add("startup");
        startup.setAlignment(Pos.CENTER);
        startup.setId("startup");
        root.setCenter(startup);

        Task<Caseload> task = BackgroundTask.withProgress(progress -> {
                    CjkFont.load();
                    if (firstStart) {
                        DemoCaseload.createFile(caseloadFile, new DemoCaseload.Options(FIRST_START_DEMO_CASES,
                                DemoCaseload.DEFAULT_SEED, LocalDate.now(clock)), progress);
                    }
                    return Caseload.open(caseloadFile);
                })
                .onSuccess(this::showQueue)
                .onFailure(this::showStartupFailure)
                .executeWith(executor);
        bar.progressProperty().bind(task.progressProperty());
        detail.textProperty().bind(task.messageProperty().map(m -> m.isBlank() ? caseloadFile.toString() : m));
        return task;
    }

    private void showQueue(Caseload opened) {
        this.caseload = opened;
        this.queue = new QueueViewModel(opened, executor, clock, this::notifyProblem);
        QueueView view = new QueueView(queue, messages);
        root.setCenter(view);
        queue.refresh();
        view.table().requestFocus();
    }

    private void showStartupFailure(Throwable failure) {
        Label title = new Label(messages.get("startup.failed"));
        title.getStyleClass().add("problem");
        Label reason = new Label(userMessage(failure));
        reason.setWrapText(true);
        reason.setId("startup-problem");
        Label hint = new Label(messages.get("startup.failed.hint"));
        hint.setWrapText(true);
        VBox box = new VBox(title, reason, hint);
        box.getStyleClass().add("startup");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(760);
        root.setCenter(box);
        if (!(failure instanceof CaseloadException)) {
            LOG.log(Level.SEVERE, "opening " + caseloadFile + " failed", failure);
        }
    }

    /** A non-modal note in the corner; the officer can go on working. */
    void notifyProblem(Throwable failure) {
        LOG.log(Level.WARNING, "background work failed", failure);
        Notifications.create()
                .title(messages.get("problem.title"))
                .text(userMessage(failure))
                .hideAfter(Duration.seconds(12))
                .owner(root.getScene() == null ? null : root.getScene().getWindow())
                .showWarning();
    }

    /** The failure in the officer's language where the desk knows it, the store's own words otherwise. */
    String userMessage(Throwable failure) {
        return switch (failure) {
            case CaseloadException.NotACaseload notOurs -> messages.format("problem.notACaseload", notOurs.file());
            case CaseloadException.NewerVersion newer ->
                    messages.format("problem.newerCaseload", newer.file(), newer.fileFormat(), newer.supportedFormat());
            case CaseloadException known -> known.getMessage();
            default -> failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        };
    }

    /** Closes the caseload; the window is going away. */
    public void close() {
        if (caseload != null) {
            caseload.close();
            caseload = null;
        }
    }
}
