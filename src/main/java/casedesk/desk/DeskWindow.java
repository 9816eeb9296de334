package casedesk.desk;

import casedesk.access.Forbidden;
import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.access.SignInRefused;
import casedesk.caseload.CaseloadException;
import casedesk.desk.cases.CaseFields;
import casedesk.desk.cases.CaseForm;
import casedesk.desk.cases.CaseView;
import casedesk.desk.cases.CaseViewModel;
import casedesk.desk.evidence.EvidenceViewModel;
import casedesk.desk.queue.QueueView;
import casedesk.desk.queue.QueueViewModel;
import casedesk.intake.Importer;
import casedesk.intake.IntakeException;
import casedesk.intake.IntakeSource;
import casedesk.intake.ManifestException;
import casedesk.model.CaseReference;
import casedesk.model.Outcome;
import casedesk.model.QueueEntry;
import casedesk.workstation.Workstation;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.Notifications;

/**
 * The desk's composition root: opens the caseload in the background (creating the demo caseload on
 * a first start), asks who is there, then puts the queue in the window. Left untouched for a while,
 * the desk locks and asks for the password again, with everything typed kept underneath. Nothing
 * here touches the database or a PDF on the JavaFX thread.
 */
public final class DeskWindow {

    private static final Logger LOG = Logger.getLogger(DeskWindow.class.getName());

    /** Cases in the demo caseload created on a first start. */
    static final int FIRST_START_DEMO_CASES = 60;

    /** The consulate a new case belongs to when the caseload has none to follow. */
    static final String DEFAULT_POST = "LU-SHA";

    private final Path caseloadFile;
    private final ExecutorService executor;
    private final Messages messages;
    private final Clock clock;
    private final StackPane frame = new StackPane();
    private final BorderPane root = new BorderPane();
    private final IdleLock idle = new IdleLock(frame, this::lock);
    private Workstation workstation;
    private Session carried;
    private Desk desk;
    private SignInView lock;
    private Node focusedBeforeLock;
    private volatile boolean closed;
    private QueueViewModel queue;
    private QueueView queueView;
    private CaseViewModel openCase;
    /** The supervisor's decisions browser on screen, if it is. */
    private casedesk.desk.audit.DecisionsView decisionsView;
    /** The browser the open case was opened from, which leaving the case goes back to. */
    private casedesk.desk.audit.DecisionsView returnTo;
    private CaseView caseView;
    private EvidenceViewModel openEvidence;
    private final Work work = new Work();
    private Consumer<Locale> onLanguageChange = locale -> { };
    private CaseReference openWhenReady;

    public DeskWindow(Path caseloadFile, ExecutorService executor, Messages messages, Clock clock) {
        this.caseloadFile = Objects.requireNonNull(caseloadFile, "caseload file");
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
        frame.getStylesheets().add(Objects.requireNonNull(DeskWindow.class.getResource("desk.css")).toExternalForm());
        frame.getChildren().add(root);
        root.setId("desk");
        installShortcuts();
    }

    /** A case to open as soon as the queue is shown: the one that was open before the desk was rebuilt. */
    public void openWhenReady(CaseReference reference) {
        this.openWhenReady = reference;
    }

    /** What to do when the officer picks another language: the application rebuilds the window in it. */
    public void setOnLanguageChange(Consumer<Locale> action) {
        this.onLanguageChange = action;
    }

    public Parent root() {
        return frame;
    }

    /**
     * Goes on with someone already signed in on this caseload (the same desk rebuilt in another
     * language) instead of asking them to sign in again.
     */
    public void continueSession(Session session) {
        this.carried = session;
    }

    /** The carried session, once the opening task has resumed it on the new caseload. */
    private volatile Optional<Session> resumed = Optional.empty();

    /** How long the desk may stand untouched before it locks; zero never locks. */
    public void lockAfter(java.time.Duration idleTime) {
        idle.setTimeout(idleTime);
    }

    public Messages messages() {
        return messages;
    }

    /** Who is signed in, if anyone. */
    public Optional<Session> session() {
        return Optional.ofNullable(desk).map(Desk::session);
    }

    public Optional<QueueViewModel> queue() {
        return Optional.ofNullable(queue);
    }

    /** Opens the caseload in the background and shows the queue when it is ready. */
    public Task<Workstation> open() {
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

        Session carrying = carried;
        carried = null;
        Task<Workstation> task = BackgroundTask.withProgress(progress -> {
                    CjkFont.load();
                    Workstation opened = Workstation.openOrCreateDemo(caseloadFile, clock, FIRST_START_DEMO_CASES, progress);
                    if (carrying != null) {
                        resumed = resume(opened, carrying);
                    }
                    return opened;
                })
                .onSuccess(this::opened)
                .onFailure(this::showStartupFailure)
                .executeWith(executor);
        bar.progressProperty().bind(task.progressProperty());
        detail.textProperty().bind(task.messageProperty().map(m -> m.isBlank() ? caseloadFile.toString() : m));
        return task;
    }

    /**
     * The session carried over from the desk this one replaced, on the new opening of the caseload
     * (in the opening task: unlocking reads the caseload); empty if the account was disabled or its
     * password set anew meanwhile, and then whoever is there signs in.
     */
    private static Optional<Session> resume(Workstation opened, Session carried) {
        try {
            return Optional.of(opened.accounts().resume(carried));
        } catch (SignInRefused | CaseloadException refused) {
            LOG.log(Level.INFO, "The session of " + carried.username() + " does not go on: "
                    + refused.getMessage());
            return Optional.empty();
        }
    }

    private void opened(Workstation opened) {
        this.workstation = opened;
        Optional<Session> session = resumed;
        resumed = Optional.empty();
        session.ifPresentOrElse(this::signedIn, this::showSignIn);
    }

    /**
     * The sign-in screen; on a caseload with no account yet (not the demo), the form that creates
     * its administrator instead.
     */
    private void showSignIn() {
        root.setTop(null);
        BackgroundTask.wrap(() -> workstation.accounts().hasAccounts())
                .onSuccess(any -> {
                    SignInView.Mode mode = any ? SignInView.Mode.SIGN_IN : SignInView.Mode.FIRST_ADMINISTRATOR;
                    SignInView view = new SignInView(messages, mode, "", (name, shown, password, refused, done) ->
                            checkPassword(password, typed -> any ? workstation.accounts().signIn(name, typed, "desk")
                                            : workstation.accounts().createFirstAdministrator(name, shown, typed),
                                    refused, done, this::signedIn), () -> { });
                    root.setCenter(view);
                    view.sceneProperty().subscribe(scene -> {
                        if (scene != null) {
                            view.focus();
                        }
                    });
                })
                .onFailure(this::showStartupFailure)
                .executeWith(executor);
    }

    /** What a password is checked by: signing in, unlocking, creating the first account. */
    private interface PasswordCheck {
        Session check(char[] password);
    }

    /**
     * Checks a password off the JavaFX thread (it is slow on purpose) and clears it from memory
     * once checked; a refusal goes back to the form in the user's words.
     */
    private void checkPassword(char[] password, PasswordCheck check, Consumer<String> refused, Runnable done,
            Consumer<Session> then) {
        BackgroundTask.wrap(() -> {
                    try {
                        return check.check(password);
                    } finally {
                        java.util.Arrays.fill(password, '\0');
                    }
                })
                .onSuccess(session -> {
                    done.run();
                    then.accept(session);
                })
                .onFailure(failure -> refused.accept(signInProblem(failure)))
                .executeWith(executor);
    }

    /** Why a sign-in was refused, in the user's words. */
    private String signInProblem(Throwable failure) {
        return switch (failure) {
            case SignInRefused refused when refused.reason() == SignInRefused.Reason.THROTTLED -> messages.format(
                    "signin.refused.throttled", Math.max(1, java.time.Duration.between(clock.instant(),
                            refused.retryAt().orElseThrow()).toSeconds()));
            case SignInRefused refused -> messages.get("signin.refused." + refused.reason().code());
            case Forbidden forbidden -> forbidden.getMessage();
            default -> userMessage(failure);
        };
    }

    /** Someone signed in: the desk their role allows. */
    private void signedIn(Session session) {
        if (closed || desk != null) {
            // The window went away while the password was being checked, or someone is in already.
            return;
        }
        this.desk = new Desk(workstation.review(), workstation.auditTrail(), session, workstation.integrity().readOnly().isPresent(), executor,
                clock, messages, this::notifyProblem);
        idle.start();
        if (!session.may(Permission.READ_CASES)) {
            root.setTop(top());
            AccountsView accounts = new AccountsView(workstation.accounts(), session,
                    workstation.integrity().readOnly().isPresent(), executor, messages, this::notifyProblem);
            root.setCenter(accounts);
            accounts.refresh();
            return;
        }
        showQueue();
    }

    /** Signs out: the case is left, and the sign-in screen asks who is there. */
    public void signOut() {
        leaveCase();
        unlockView();
        idle.stop();
        if (desk != null) {
            // The caseload forgets its data key: nothing sealed is readable until the next sign-in.
            workstation.accounts().signOut();
        }
        desk = null;
        queue = null;
        queueView = null;
        // Nothing of the one who left stays on screen while the sign-in screen is made ready.
        root.setTop(null);
        root.setCenter(null);
        showSignIn();
    }

    /** Locks the desk: what is on screen stays as it is, hidden and out of reach, until the password is given. */
    public void lock() {
        if (desk == null || lock != null) {
            return;
        }
        Session session = desk.session();
        lock = new SignInView(messages, SignInView.Mode.UNLOCK, session.username(), (name, shown, password, refused, done) ->
                checkPassword(password, typed -> workstation.accounts().signIn(session.username(), typed, "desk unlock"),
                        refused, done, again -> {
                            unlockView();
                            idle.start();
                        }), this::signOut);
        focusedBeforeLock = frame.getScene() == null ? null : frame.getScene().getFocusOwner();
        root.setDisable(true);
        root.setVisible(false);
        frame.getChildren().add(lock);
        lock.focus();
    }

    /** Whether the desk is locked, waiting for the password. */
    public boolean isLocked() {
        return lock != null;
    }

    private void unlockView() {
        if (lock != null) {
            frame.getChildren().remove(lock);
            lock = null;
        }
        root.setDisable(false);
        root.setVisible(true);
        if (focusedBeforeLock != null && focusedBeforeLock.getScene() != null) {
            // Back where the typing was: the cursor in the field it was in.
            focusedBeforeLock.requestFocus();
        }
        focusedBeforeLock = null;
    }

    private void showQueue() {
        Session session = desk.session();
        this.queue = new QueueViewModel(workstation.review(), session, executor, clock, this::notifyProblem);
        this.queueView = new QueueView(queue, messages);
        queueView.setOnOpen(entry -> openCase(entry.reference()));
        queueView.setOnDragOver(event -> {
            if (intakeIn(event.getDragboard().getFiles()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        queueView.setOnDragDropped(event -> {
            Optional<Path> intake = intakeIn(event.getDragboard().getFiles());
            intake.ifPresent(this::importIntake);
            event.setDropCompleted(intake.isPresent());
            event.consume();
        });
        root.setTop(top());
        root.setCenter(queueView);
        queue.refresh();
        queueView.table().requestFocus();
        if (openWhenReady != null) {
            openCase(openWhenReady);
            openWhenReady = null;
        }
    }

    /** Above every screen: a banner while the caseload refuses changes, then the toolbar. */
    private Node top() {
        HBox bar = toolbar();
        Optional<String> readOnly = workstation.integrity().readOnly();
        if (readOnly.isEmpty()) {
            return bar;
        }
        Label banner = new Label(messages.get("desk.readOnly") + " " + readOnly.get());
        banner.setId("desk-read-only");
        banner.getStyleClass().add("read-only-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        if (desk.session().may(Permission.ACKNOWLEDGE_BREAK) && workstation.integrity().acknowledgeable()) {
            Button acknowledge = new Button(messages.get("desk.acknowledge"));
            acknowledge.setId("desk-acknowledge");
            acknowledge.setMinWidth(Region.USE_PREF_SIZE);
            acknowledge.setOnAction(event -> acknowledgeBrokenTrail(acknowledge));
            HBox.setHgrow(banner, Priority.ALWAYS);
            HBox line = new HBox(8, banner, acknowledge);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("read-only-banner");
            return new VBox(line, bar);
        }
        return new VBox(banner, bar);
    }

    /**
     * An administrator, having read what failed, acknowledges it: after a confirmation that says
     * what it records, the caseload takes changes again and the desk is built anew around it.
     */
    private void acknowledgeBrokenTrail(Button button) {
        Workstation.Integrity integrity = workstation.integrity();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("desk.acknowledge.confirm",
                integrity.firstBadEvent(), integrity.problem()), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(messages.get("desk.acknowledge"));
        confirm.initOwner(root.getScene().getWindow());
        confirm.getDialogPane().setId("acknowledge-confirm");
        confirm.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        Session session = desk.session();
        button.setDisable(true);
        BackgroundTask.wrap(() -> workstation.acknowledgeBrokenTrail(session))
                .onSuccess(now -> {
                    note(messages.format("desk.acknowledged", now.headEvent()));
                    desk = null;
                    signedIn(session);
                })
                .onFailure(failure -> {
                    button.setDisable(false);
                    notifyProblem(failure);
                })
                .executeWith(executor);
    }

    /** The bar above every screen: who is at the desk, the language, help. */
    private HBox toolbar() {
        Session session = desk.session();
        Label user = new Label(messages.format("desk.signedIn", session.displayName(),
                messages.get("role." + session.role().code())));
        user.setId("desk-signed-in");
        Button signOut = new Button(messages.get("desk.signOut"));
        signOut.setId("desk-sign-out");
        signOut.setOnAction(event -> signOut());
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("desk-language");
        language.getItems().setAll(Messages.ENGLISH, Messages.FRENCH);
        language.setValue(messages.locale());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : locale.getDisplayLanguage(locale);
            }

            @Override
            public Locale fromString(String text) {
                return Messages.ENGLISH;
            }
        });
        language.valueProperty().addListener((observable, before, chosen) -> {
            if (chosen != null && !chosen.equals(messages.locale())) {
                onLanguageChange.accept(chosen);
            }
        });
        Label languageLabel = new Label(messages.get("desk.language"));
        languageLabel.setLabelFor(language);
        Button help = new Button(messages.get("desk.help"));
        help.setId("desk-help");
        help.setOnAction(event -> showHelp());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Label title = new Label(messages.get("app.title") + " · " + caseloadFile.getFileName());
        title.getStyleClass().add("section-title");
        Label workLabel = new Label();
        workLabel.setId("desk-work");
        workLabel.textProperty().bind(work.messageProperty());
        ProgressBar workBar = new ProgressBar();
        workBar.setId("desk-work-progress");
        workBar.progressProperty().bind(work.progressProperty());
        HBox workBox = new HBox(6, workLabel, workBar);
        workBox.setAlignment(Pos.CENTER_LEFT);
        workBox.visibleProperty().bind(work.runningProperty());
        workBox.managedProperty().bind(work.runningProperty());
        Button newCase = new Button(messages.get("desk.newCase"));
        newCase.setId("desk-new-case");
        newCase.setOnAction(event -> newCase());
        Button intake = new Button(messages.get("desk.intake"));
        intake.setId("desk-intake");
        intake.setOnAction(event -> chooseIntake());
        Workstation.Integrity integrity = workstation.integrity();
        Label audit = new Label(integrity.intact() ? messages.format("desk.audit.intact", integrity.headEvent())
                : integrity.firstBadEvent() == 0 ? messages.get("desk.audit.unverified")
                : messages.format("desk.audit.broken", integrity.firstBadEvent()));
        audit.setId("desk-audit");
        audit.getStyleClass().add(integrity.intact() ? "audit-intact" : "problem");
        if (!integrity.intact()) {
            audit.setTooltip(new javafx.scene.control.Tooltip(integrity.problem()));
        } else if (!integrity.acknowledged().isEmpty()) {
            audit.setText(audit.getText() + " " + messages.get("desk.audit.acknowledged"));
            audit.setTooltip(new javafx.scene.control.Tooltip(integrity.acknowledged()));
        }
        Button auditTrail = new Button(messages.get("desk.auditTrail"));
        auditTrail.setId("desk-audit-trail");
        auditTrail.setOnAction(event -> showAuditTrail(audit.getText()));
        Button decisions = new Button(messages.get("desk.decisions"));
        decisions.setId("desk-decisions");
        decisions.setOnAction(event -> showDecisions());
        HBox bar = new HBox(8, title, newCase, intake, decisions, auditTrail, workBox, space, audit, user, signOut, languageLabel,
                language, help);
        if (!desk.may(Permission.REVIEW)) {
            bar.getChildren().removeAll(newCase, intake);
        }
        if (!desk.may(Permission.AUDIT) || queueView == null) {
            bar.getChildren().removeAll(auditTrail, decisions);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("desk-toolbar");
        return bar;
    }

    /** Opens a case on the case screen, in place of the queue. */
    public void openCase(CaseReference reference) {
        leaveCase();
        CaseViewModel model = new CaseViewModel(desk, reference);
        EvidenceViewModel evidence = new EvidenceViewModel(executor, messages);
        CaseView view = new CaseView(model, evidence, messages, this::nextCase, this::backToQueue);
        this.openCase = model;
        this.openEvidence = evidence;
        this.caseView = view;
        root.setCenter(view);
        model.load();
        focusWhenShown(view.verdictList());
    }

    /** Back to the queue, refreshed (a decision may have moved the case on); or to the decisions browser the case was opened from. */
    public void backToQueue() {
        if (returnTo != null && openCase != null && !isDeciding()) {
            casedesk.desk.audit.DecisionsView browser = returnTo;
            leaveCase();
            decisionsView = browser;
            root.setCenter(browser);
            browser.refresh();
            focusWhenShown(browser.table());
            return;
        }
        backToQueue(queueView == null ? null : queueView.table());
    }

    private void backToQueue(Node focus) {
        if (isDeciding() || queueView == null) {
            return;
        }
        leaveCase();
        root.setCenter(queueView);
        queue.refresh();
        focusWhenShown(focus);
    }

    /** A supervisor browses every decision; a row opens its case. */
    private void showDecisions() {
        if (desk == null || queueView == null || isDeciding()) {
            return;
        }
        leaveCase();
        casedesk.desk.audit.DecisionsView view = new casedesk.desk.audit.DecisionsView(workstation.auditTrail(),
                desk.session(), executor, messages, this::notifyProblem, this::openDecidedCase,
                () -> backToQueue(queueView.table()));
        decisionsView = view;
        root.setCenter(view);
        view.refresh();
        focusWhenShown(view.table());
    }

    /** A case opened from the decisions browser; leaving it goes back to the browser as it was. */
    private void openDecidedCase(CaseReference reference) {
        casedesk.desk.audit.DecisionsView from = decisionsView;
        openCase(reference);
        returnTo = from;
    }

    /** A supervisor reads the audit trail; "back to the queue" returns where they were. */
    private void showAuditTrail(String status) {
        if (desk == null || queueView == null || isDeciding()) {
            return;
        }
        leaveCase();
        casedesk.desk.audit.AuditTrailView view = new casedesk.desk.audit.AuditTrailView(workstation.auditTrail(),
                desk.session(), status, executor, messages, this::notifyProblem, () -> backToQueue(queueView.table()));
        root.setCenter(view);
        view.refresh();
        focusWhenShown(view.search());
    }

    /** Ctrl+F: the queue's search, from the queue or from a case (which it leaves), its text selected to type over. */
    public void search() {
        if (queueView == null) {
            return; // the administrator's desk has no queue
        }
        TextField field = queueView.search();
        if (openCase != null || root.getCenter() != queueView) {
            backToQueue(field);
        } else {
            field.requestFocus();
        }
        field.selectAll();
    }

    /**
     * Gives {@code node} the keyboard focus now, or as soon as it is in the scene: a node inside a
     * split or tab pane joins the scene only when the pane's skin is built, on the next pulse, and
     * until then the scene would hand the focus to its first button.
     */
    private static void focusWhenShown(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }

    /** A decision on the open case is on its way: the officer stays to see it stored or refused. */
    private boolean isDeciding() {
        return openCase != null && openCase.decidingProperty().get();
    }

    /** Closes the open case's PDF and drops its pending load: a case left is not kept in memory. */
    private void leaveCase() {
        if (openCase != null) {
            openCase.leave();
        }
        if (openEvidence != null) {
            openEvidence.clear();
        }
        openCase = null;
        openEvidence = null;
        caseView = null;
        returnTo = null;
        decisionsView = null;
    }

    /** The case after the open one in the queue's order, or the first of the queue from the queue. */
    public void nextCase() {
        step(1);
    }

    public void previousCase() {
        step(-1);
    }

    private void step(int direction) {
        if (queueView == null) {
            return; // the administrator's desk has no queue
        }
        List<QueueEntry> entries = queueView.table().getItems();
        if (entries.isEmpty() || isDeciding()) {
            return;
        }
        if (openCase == null) {
            QueueEntry selected = queueView.table().getSelectionModel().getSelectedItem();
            openCase((selected == null ? entries.getFirst() : selected).reference());
            return;
        }
        int at = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).reference().equals(openCase.reference())) {
                at = i;
            }
        }
        int to = at < 0 ? 0 : at + direction;
        if (to >= 0 && to < entries.size()) {
            queueView.table().getSelectionModel().select(to);
            queue.reached(to);
            openCase(entries.get(to).reference());
        } else if (to < 0 || queue.complete()) {
            // Stepping past either end does nothing, and says so rather than nothing at all.
            note(messages.get(entries.size() == 1 ? "desk.step.only" : to < 0 ? "desk.step.first" : "desk.step.last"));
        } else {
            queue.reached(at);
            note(messages.get("desk.step.loading"));
        }
    }

    /** Every shortcut of the desk, in one place, as the help overlay lists them. */
    private void installShortcuts() {
        root.sceneProperty().addListener((observable, before, scene) -> installShortcuts(scene));
        installShortcuts(root.getScene());
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN), unlocked(this::nextCase));
        keys.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN), unlocked(this::previousCase));
        keys.put(new KeyCodeCombination(KeyCode.F1), unlocked(this::showHelp));
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), unlocked(this::search));
        keys.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), unlocked(this::newCase));
        keys.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), unlocked(this::chooseIntake));
        keys.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), unlocked(() -> choose(Outcome.ISSUE)));
        keys.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), unlocked(() -> choose(Outcome.REFUSE)));
        keys.put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                unlocked(() -> choose(Outcome.REQUEST_DOCUMENTS)));
        keys.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
    }

    /** A shortcut that does nothing while the desk is locked or nobody is signed in. */
    private Runnable unlocked(Runnable action) {
        return () -> {
            if (desk != null && lock == null) {
                action.run();
            }
        };
    }

    /**
     * The case form for a new case, with the next free reference and today's date filled in; once the
     * case is stored it opens, ready for its documents.
     */
    public void newCase() {
        if (desk == null || !desk.may(Permission.REVIEW) || root.getScene() == null) {
            return;
        }
        LocalDate today = desk.today();
        Session session = desk.session();
        BackgroundTask.wrap(() -> workstation.review().nextReference(session, today, DEFAULT_POST))
                .onSuccess(reference -> {
                    CaseFields blank = new CaseFields(reference.value(), today, "", "", "", null, "CHN", "", "", null,
                            null, "tourism", "LU");
                    new CaseForm(root.getScene().getWindow(), messages, blank, true, this::create).show();
                })
                .onFailure(this::notifyProblem)
                .executeWith(executor);
    }

    private void create(CaseFields fields, Runnable saved, Consumer<String> refused) {
        Session session = desk.session();
        BackgroundTask.wrap(() -> {
                    workstation.review().create(session, fields.newCase());
                    return fields.newCase().reference();
                })
                .onSuccess(reference -> {
                    saved.run();
                    note(messages.format("form.created", reference.value()));
                    openCase(reference);
                })
                .onFailure(failure -> {
                    if (!isExpected(failure)) {
                        LOG.log(Level.WARNING, "a new case could not be stored", failure);
                    }
                    refused.accept(failure instanceof CaseloadException ? failure.getMessage() : userMessage(failure));
                })
                .executeWith(executor);
    }

    /** Asks for an intake zip, or the case.json of an intake folder, and imports it as a new case. */
    public void chooseIntake() {
        if (desk == null || !desk.may(Permission.REVIEW) || root.getScene() == null || work.isRunning()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("intake.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("intake.filter"), "*.zip", "*.ZIP",
                IntakeSource.MANIFEST));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            importIntake(chosen.getName().equals(IntakeSource.MANIFEST) ? chosen.toPath().getParent() : chosen.toPath());
        }
    }

    /**
     * Imports an intake folder or zip as a new case in the background, with its progress in the
     * toolbar, then opens the case. A manifest that cannot be used is refused as a whole, with the
     * field named; documents that could not be read are listed, and the case keeps the others.
     */
    public void importIntake(Path source) {
        if (desk == null || !desk.may(Permission.REVIEW) || work.isRunning()) {
            return;
        }
        Session session = desk.session();
        work.start(messages.format("intake.working", source.getFileName()));
        BackgroundTask.withProgress(progress -> workstation.review().importIntake(session,
                IntakeSource.read(source, workstation.review().intakeLimits()), progress))
                .onSuccess(report -> {
                    work.done();
                    long stored = report.documents().stream().filter(Importer.Outcome::isStored).count();
                    List<String> lines = new ArrayList<>();
                    lines.add(messages.format("intake.created", report.reference().value(), stored));
                    report.documents().stream().filter(o -> !o.isStored())
                            .forEach(o -> lines.add(o.fileName() + ": " + o.message()));
                    note(String.join("\n", lines));
                    openCase(report.reference());
                })
                .onFailure(failure -> {
                    work.done();
                    notifyProblem(messages.get("intake.notCreated") + " " + userMessage(failure), failure);
                })
                .executeWith(executor)
                .progressProperty().addListener((observable, before, done) -> work.progress(done.doubleValue()));
    }

    /** An intake among dropped files: one zip, one folder, or the case.json of a folder. */
    private static Optional<Path> intakeIn(List<File> files) {
        if (files == null || files.size() != 1) {
            return Optional.empty();
        }
        Path file = files.getFirst().toPath();
        String name = file.getFileName().toString();
        if (name.equals(IntakeSource.MANIFEST)) {
            return Optional.of(file.getParent());
        }
        return Files.isDirectory(file) || name.toLowerCase(Locale.ROOT).endsWith(".zip") ? Optional.of(file) : Optional.empty();
    }

    private void choose(Outcome outcome) {
        if (caseView != null) {
            caseView.decisionPanel().choose(outcome);
        }
    }

    /** The shortcuts, listed: every action of the desk has one. */
    void showHelp() {
        if (root.getScene() == null) {
            return;
        }
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.setTitle(messages.get("help.title"));
        help.setHeaderText(messages.get("help.title"));
        help.initOwner(root.getScene().getWindow());
        help.initModality(Modality.NONE);
        help.getDialogPane().setId("help-overlay");
        help.getDialogPane().getStylesheets().setAll(frame.getStylesheets());
        help.getDialogPane().setContent(shortcutTable(messages.get("help.shortcuts")));
        help.show();
    }

    /**
     * The shortcuts as a table: the bundle's text has a section title on each unindented line and,
     * on indented ones, the keys then the action, two spaces apart.
     */
    static GridPane shortcutTable(String text) {
        GridPane table = new GridPane(18, 3);
        table.setId("help-shortcuts");
        int row = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith(" ")) {
                Label section = new Label(line.strip());
                section.getStyleClass().add("section-title");
                GridPane.setMargin(section, new Insets(row == 0 ? 0 : 8, 0, 2, 0));
                table.add(section, 0, row++, 2, 1);
                continue;
            }
            String entry = line.strip();
            int gap = entry.indexOf("  ");
            Label keys = new Label(gap < 0 ? entry : entry.substring(0, gap));
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label(gap < 0 ? "" : entry.substring(gap).strip());
            table.add(keys, 0, row);
            table.add(action, 1, row++);
        }
        return table;
    }

    public Optional<Desk> desk() {
        return Optional.ofNullable(desk);
    }

    public Optional<CaseViewModel> openCaseModel() {
        return Optional.ofNullable(openCase);
    }

    /** The case screen, while a case is open. */
    public Optional<CaseView> openCaseView() {
        return Optional.ofNullable(caseView);
    }

    /** The open case's evidence viewer. */
    public Optional<EvidenceViewModel> openEvidenceModel() {
        return Optional.ofNullable(openEvidence);
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
        notifyProblem(userMessage(failure), failure);
    }

    private void notifyProblem(String text, Throwable failure) {
        if (isExpected(failure)) {
            LOG.log(Level.INFO, text);
        } else {
            LOG.log(Level.WARNING, "background work failed", failure);
        }
        Notifications.create()
                .title(messages.get("problem.title"))
                .text(text)
                .hideAfter(Duration.seconds(12))
                .owner(root.getScene() == null ? null : root.getScene().getWindow())
                .showWarning();
    }

    /** A note that something was done, in the corner. */
    private void note(String text) {
        Notifications.create()
                .text(text)
                .hideAfter(Duration.seconds(6))
                .owner(root.getScene() == null ? null : root.getScene().getWindow())
                .showInformation();
    }

    /** Failures that are the input's fault, whose message says all there is to say. */
    private static boolean isExpected(Throwable failure) {
        return failure instanceof CaseloadException || failure instanceof IntakeException
                || failure instanceof ManifestException || failure instanceof Forbidden;
    }

    /** The failure in the officer's language where the desk knows it, the store's own words otherwise. */
    String userMessage(Throwable failure) {
        return switch (failure) {
            case CaseloadException.NotACaseload notOurs -> messages.format("problem.notACaseload", notOurs.file());
            case CaseloadException.NewerVersion newer ->
                    messages.format("problem.newerCaseload", newer.file(), newer.fileFormat(), newer.supportedFormat());
            case CaseloadException known -> known.getMessage();
            case Forbidden forbidden -> forbidden.getMessage();
            case IntakeException intake -> intake.getMessage();
            case ManifestException manifest -> manifest.getMessage();
            default -> messages.get("problem.unexpected");
        };
    }

    /**
     * Gives way to a new desk on the same caseload (another language): the open case is left at
     * once, and the caseload is closed on the background thread after the work already asked of
     * it, so that the window does not wait for an import or an evaluation to finish.
     */
    public void closeInBackground() {
        closed = true;
        leaveCase();
        idle.stop();
        if (workstation != null) {
            executor.execute(workstation::close);
        }
    }

    /** Closes the caseload; the window is going away. */
    public void close() {
        closed = true;
        idle.stop();
        if (workstation != null) {
            workstation.close();
            workstation = null;
        }
    }

    /** Long work of the desk as a whole (an intake import), shown in the toolbar while it runs. */
    private static final class Work {
        private final BooleanProperty running = new SimpleBooleanProperty();
        private final DoubleProperty progress = new SimpleDoubleProperty(-1);
        private final StringProperty message = new SimpleStringProperty("");

        void start(String what) {
            message.set(what);
            progress.set(-1);
            running.set(true);
        }

        void progress(double done) {
            progress.set(done);
        }

        void done() {
            running.set(false);
        }

        boolean isRunning() {
            return running.get();
        }

        ReadOnlyBooleanProperty runningProperty() {
            return running;
        }

        ReadOnlyDoubleProperty progressProperty() {
            return progress;
        }

        ReadOnlyStringProperty messageProperty() {
            return message;
        }
    }
}
