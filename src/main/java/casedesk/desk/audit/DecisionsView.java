package casedesk.desk.audit;

import casedesk.access.Session;
import casedesk.audit.AuditTrail;
import casedesk.desk.BackgroundTask;
import casedesk.desk.Messages;
import casedesk.model.CaseReference;
import casedesk.model.DecisionSummary;
import casedesk.model.Outcome;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The supervisor's browser over every decision of the caseload, newest first: filtered by officer,
 * outcome, and whether it went against the verdicts; sortable by any column. Enter or a double
 * click opens the case, decided as it was.
 */
public final class DecisionsView extends BorderPane {

    private final AuditTrail trail;
    private final Session session;
    private final Executor executor;
    private final Messages messages;
    private final Consumer<Throwable> onProblem;
    private final TableView<DecisionSummary> table = new TableView<>();
    private final ComboBox<String> officer = new ComboBox<>();
    private final ComboBox<Outcome> outcome = new ComboBox<>();
    private final CheckBox against = new CheckBox();
    private final Label count = new Label();
    private long generation;

    public DecisionsView(AuditTrail trail, Session session, Executor executor, Messages messages,
            Consumer<Throwable> onProblem, Consumer<CaseReference> open, Runnable back) {
        this.trail = trail;
        this.session = session;
        this.executor = executor;
        this.messages = messages;
        this.onProblem = onProblem;
        setId("decisions");
        setPadding(new Insets(8));

        Label title = new Label(messages.get("decisions.title"));
        title.getStyleClass().add("section-title");
        officer.setId("decisions-officer");
        officer.setPromptText(messages.get("decisions.officer.any"));
        outcome.setId("decisions-outcome");
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(null);
        outcomes.addAll(List.of(Outcome.values()));
        outcome.getItems().setAll(outcomes);
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(Outcome value) {
                return value == null ? messages.get("decisions.outcome.any") : messages.get("outcome." + value.code());
            }

            @Override
            public Outcome fromString(String text) {
                return null;
            }
        });
        outcome.setValue(null);
        against.setId("decisions-against");
        against.setText(messages.get("decisions.against"));
        officer.valueProperty().addListener((o, b, a) -> refresh());
        outcome.valueProperty().addListener((o, b, a) -> refresh());
        against.selectedProperty().addListener((o, b, a) -> refresh());
        count.setId("decisions-count");
        Button backButton = new Button(messages.get("audit.back"));
        backButton.setId("decisions-back");
        backButton.setOnAction(event -> back.run());
        HBox bar = new HBox(8, title, new Label(messages.get("decisions.officer")), officer, outcome, against, count,
                backButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        setTop(bar);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        table.setId("decisions-table");
        TableColumn<DecisionSummary, java.time.Instant> decidedAt = new TableColumn<>(messages.get("decisions.column.decidedOn"));
        decidedAt.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().decidedAt()));
        decidedAt.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : when.format(value));
            }
        });
        TableColumn<DecisionSummary, Long> days = new TableColumn<>(messages.get("decisions.column.days"));
        days.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().daysToDecision()));
        table.getColumns().setAll(List.of(
                column("decisions.column.case", d -> d.reference().value()),
                column("decisions.column.applicant", DecisionSummary::applicant),
                column("decisions.column.outcome", d -> messages.get("outcome." + d.outcome().code())),
                column("decisions.column.decidedBy", DecisionSummary::decidedBy),
                decidedAt, days,
                column("decisions.column.deadline", d -> messages.get(d.withinDeadline() ? "decisions.yes" : "decisions.no")),
                column("decisions.column.against", d -> d.againstVerdicts() ? messages.get("decisions.yes") : "")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("decisions.none")));
        table.setOnMouseClicked(event -> {
            DecisionSummary selected = table.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && selected != null) {
                open.accept(selected.reference());
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            DecisionSummary selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                event.consume();
                open.accept(selected.reference());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                back.run();
            }
        });
        setCenter(table);
    }

    private TableColumn<DecisionSummary, String> column(String key, Function<DecisionSummary, String> value) {
        TableColumn<DecisionSummary, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    public TableView<DecisionSummary> table() {
        return table;
    }

    /** Reads the officers who decided, then the decisions the filters ask for, in the background. */
    public void refresh() {
        long request = ++generation;
        String who = officer.getValue() == null || officer.getValue().isBlank() ? null : officer.getValue();
        Outcome what = outcome.getValue();
        boolean onlyAgainst = against.isSelected();
        BackgroundTask.wrap(() -> new Found(trail.decisions(session, who, what, onlyAgainst), trail.deciders(session)))
                .onSuccess(found -> {
                    if (request != generation) {
                        return;
                    }
                    table.getItems().setAll(found.decisions());
                    if (officer.getItems().size() != found.deciders().size() + 1) {
                        String chosen = officer.getValue();
                        List<String> names = new ArrayList<>();
                        names.add("");
                        names.addAll(found.deciders());
                        officer.getItems().setAll(names);
                        officer.setValue(chosen);
                    }
                    count.setText(messages.format("decisions.count", found.decisions().size()));
                })
                .onFailure(onProblem)
                .executeWith(executor);
    }

    private record Found(List<DecisionSummary> decisions, List<String> deciders) {
    }
}
