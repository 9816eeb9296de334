package casedesk.desk.audit;

import casedesk.access.Session;
import casedesk.audit.AuditTrail;
import casedesk.desk.BackgroundTask;
import casedesk.desk.Messages;
import casedesk.model.AuditEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The audit trail, readable, for a supervisor: every event, newest first, who did what, when and on
 * which case, searchable by any of those; and what verifying the trail found. Read in the
 * background, a page at a time.
 */
public final class AuditTrailView extends BorderPane {

    private final AuditTrail trail;
    private final Session session;
    private final Executor executor;
    private final Messages messages;
    private final Consumer<Throwable> onProblem;
    private final TableView<AuditEvent> table = new TableView<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private long generation;

    /**
     * @param status what verifying the trail found, as the desk's toolbar says it
     * @param back what "back to the queue" does
     */
    public AuditTrailView(AuditTrail trail, Session session, String status, Executor executor, Messages messages,
            Consumer<Throwable> onProblem, Runnable back) {
        this.trail = trail;
        this.session = session;
        this.executor = executor;
        this.messages = messages;
        this.onProblem = onProblem;
        setId("audit-trail");
        setPadding(new Insets(8));

        Label title = new Label(messages.get("audit.title"));
        title.getStyleClass().add("section-title");
        search.setId("audit-search");
        search.setPromptText(messages.get("audit.search.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().addListener((observable, before, text) -> refresh());
        Label verified = new Label(status);
        verified.setId("audit-status");
        count.setId("audit-count");
        Button backButton = new Button(messages.get("audit.back"));
        backButton.setId("audit-back");
        backButton.setOnAction(event -> back.run());
        HBox bar = new HBox(8, title, search, count, verified, backButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        setTop(bar);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        table.setId("audit-events");
        table.getColumns().setAll(List.of(
                column("audit.column.sequence", e -> Long.toString(e.sequence()), 70),
                column("audit.column.at", e -> when.format(e.at()), 190),
                column("audit.column.actor", AuditEvent::actor, 120),
                column("audit.column.type", e -> messages.getOrElse("event." + e.type(), e.type()), 220),
                column("audit.column.case", AuditEvent::caseReference, 170)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("audit.none")));
        setCenter(table);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                event.consume();
                back.run();
            }
        });
    }

    private TableColumn<AuditEvent, String> column(String key, Function<AuditEvent, String> value, double width) {
        TableColumn<AuditEvent, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public TableView<AuditEvent> table() {
        return table;
    }

    public TextField search() {
        return search;
    }

    /** Reads the newest events that match the search, in the background; an older search's answer is dropped. */
    public void refresh() {
        long request = ++generation;
        String wanted = search.getText();
        // The events are named in the desk's words: a search for those words finds their events.
        String lower = wanted.strip().toLowerCase(messages.locale());
        java.util.Set<String> types = new java.util.HashSet<>();
        if (!lower.isEmpty()) {
            for (String key : messages.bundle().keySet()) {
                if (key.startsWith("event.") && messages.get(key).toLowerCase(messages.locale()).contains(lower)) {
                    types.add(key.substring("event.".length()));
                }
            }
        }
        BackgroundTask.wrap(() -> trail.events(session, wanted, types, 0))
                .onSuccess(events -> {
                    if (request == generation) {
                        table.getItems().setAll(events);
                        count.setText(messages.format(events.size() < AuditTrail.PAGE ? "audit.count" : "audit.count.newest",
                                events.size()));
                    }
                })
                .onFailure(onProblem)
                .executeWith(executor);
    }
}
