package casedesk.desk.queue;

import casedesk.caseload.QueueEntry;
import casedesk.desk.CjkFont;
import casedesk.desk.Messages;
import casedesk.model.CaseStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Callback;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.textfield.TextFields;

/** The officer's queue: a search, a scope, the table of cases, and the counts per status. */
public final class QueueView extends BorderPane {

    private final QueueViewModel model;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final TableView<QueueEntry> table = new TableView<>();
    private final TextField search = TextFields.createClearableTextField();

    public QueueView(QueueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        getStyleClass().add("queue");
        setTop(toolbar());
        setCenter(buildTable());
        setBottom(statusBar());
        sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        search::requestFocus);
            }
        });
    }

    public TableView<QueueEntry> table() {
        return table;
    }

    private HBox toolbar() {
        search.setId("queue-search");
        search.setPromptText(messages.get("queue.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(event -> table.requestFocus());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<QueueViewModel.Scope> scope = new ComboBox<>();
        scope.setId("queue-scope");
        scope.getItems().setAll(QueueViewModel.Scope.values());
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        Callback<javafx.scene.control.ListView<QueueViewModel.Scope>, ListCell<QueueViewModel.Scope>> cells =
                list -> new ListCell<>() {
                    @Override
                    protected void updateItem(QueueViewModel.Scope item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : messages.get("queue.scope." + item.name().toLowerCase()));
                    }
                };
        scope.setCellFactory(cells);
        scope.setButtonCell(cells.call(null));

        Label scopeLabel = new Label(messages.get("queue.scope"));
        scopeLabel.setLabelFor(scope);
        HBox toolbar = new HBox(8, search, scopeLabel, scope);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8));
        return toolbar;
    }

    private TableView<QueueEntry> buildTable() {
        table.setId("queue-table");
        table.setPlaceholder(new Label(messages.get("queue.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<QueueEntry, String> reference = column("queue.column.reference", e -> e.reference().value());
        reference.setPrefWidth(170);
        TableColumn<QueueEntry, String> name = column("queue.column.applicant", QueueEntry::latinName);
        name.setPrefWidth(190);
        TableColumn<QueueEntry, String> nativeName = column("queue.column.nativeName", QueueEntry::nativeName);
        nativeName.setPrefWidth(110);
        String cjk = CjkFont.style();
        nativeName.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                setStyle(cjk);
            }
        });
        TableColumn<QueueEntry, LocalDate> lodged = dateColumn("queue.column.lodged", QueueEntry::lodged);
        TableColumn<QueueEntry, LocalDate> deadline = dateColumn("queue.column.deadline", QueueEntry::deadline);
        TableColumn<QueueEntry, QueueEntry> daysLeft = new TableColumn<>(messages.get("queue.column.daysLeft"));
        daysLeft.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        daysLeft.setCellFactory(column -> new DaysLeftCell());
        daysLeft.setComparator((a, b) -> a.deadline().compareTo(b.deadline()));
        daysLeft.setPrefWidth(110);
        TableColumn<QueueEntry, String> status = column("queue.column.status",
                e -> messages.get("status." + e.status().code()));
        status.setPrefWidth(150);

        table.getColumns().setAll(java.util.List.of(reference, name, nativeName, lodged, deadline, daysLeft, status));
        SortedList<QueueEntry> sorted = new SortedList<>(model.entries());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        model.entries().addListener((javafx.collections.ListChangeListener<QueueEntry>) change -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        return table;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("queue-status");
        bar.textProperty().bind(Bindings.createStringBinding(this::statusText, model.countsProperty(),
                model.matchingProperty(), model.entries()));
        bar.progressProperty().bind(Bindings.when(model.loadingProperty()).then(-1.0).otherwise(0.0));
        return bar;
    }

    private String statusText() {
        Map<CaseStatus, Long> counts = model.countsProperty().get();
        String perStatus = Stream.of(CaseStatus.values())
                .map(s -> messages.get("status." + s.code()) + " " + counts.getOrDefault(s, 0L))
                .collect(Collectors.joining(" · "));
        long matching = model.matchingProperty().get();
        int shown = model.entries().size();
        String shownText = shown < matching
                ? messages.format("queue.status.partial", shown, matching)
                : messages.format("queue.status.all", matching);
        return shownText + "    " + perStatus;
    }

    private TableColumn<QueueEntry, String> column(String key, Function<QueueEntry, String> value) {
        TableColumn<QueueEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private TableColumn<QueueEntry, LocalDate> dateColumn(String key, Function<QueueEntry, LocalDate> value) {
        TableColumn<QueueEntry, LocalDate> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> (ObservableValue<LocalDate>) new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : dates.format(date));
            }
        });
        column.setPrefWidth(120);
        return column;
    }

    /** Days to the deadline; overdue and nearly due cases stand out. Decided cases have none. */
    private final class DaysLeftCell extends TableCell<QueueEntry, QueueEntry> {
        @Override
        protected void updateItem(QueueEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("overdue", "due-soon");
            if (empty || entry == null || entry.status().isDecided()) {
                setText(null);
                return;
            }
            long days = entry.daysLeft(model.today());
            if (days < 0) {
                setText(messages.format("queue.overdue", -days));
                getStyleClass().add("overdue");
            } else {
                setText(messages.format("queue.daysLeft", days));
                if (days <= 3) {
                    getStyleClass().add("due-soon");
                }
            }
        }
    }
}
