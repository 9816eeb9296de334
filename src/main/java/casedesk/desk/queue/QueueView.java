package casedesk.desk.queue;

import casedesk.desk.CjkFont;
import casedesk.desk.Messages;
import casedesk.model.CaseStatus;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
    private Consumer<QueueEntry> open = entry -> { };

    public QueueView(QueueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        getStyleClass().add("queue");
        setTop(toolbar());
        setCenter(buildTable());
        setBottom(statusBar());
    }

    public TableView<QueueEntry> table() {
        return table;
    }

    /** The search field, which Ctrl+F reaches from anywhere on the desk. */
    public TextField search() {
        return search;
    }

    /** What Enter or a double click on a case does: open it. */
    public void setOnOpen(Consumer<QueueEntry> open) {
        this.open = Objects.requireNonNull(open, "open");
    }

    private HBox toolbar() {
        search.setId("queue-search");
        search.setPromptText(messages.get("queue.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        // Enter on a search that found one case opens it; otherwise, as Down does, it moves to the rows.
        search.setOnAction(event -> {
            if (table.getItems().size() == 1 && model.isCurrent() && model.complete()) {
                open.accept(table.getItems().getFirst());
            } else {
                table.requestFocus();
            }
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                event.consume();
            }
        });
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
        // Wide enough for the longest it says, bold as an overdue case is: "en retard de 99 jours".
        daysLeft.setPrefWidth(Math.max(110, Math.max(boldWidth(messages.format("queue.overdue", 99)),
                boldWidth(messages.format("queue.daysLeft", 99))) + 24));
        TableColumn<QueueEntry, String> status = column("queue.column.status",
                e -> messages.get("status." + e.status().code()));
        status.setPrefWidth(150);
        TableColumn<QueueEntry, String> verdicts = column("queue.column.verdicts", QueueView::verdicts);
        verdicts.setPrefWidth(120);
        verdicts.setSortable(false);
        // The marks in words, for whoever has not learnt them yet (and for screen readers).
        verdicts.setCellFactory(column -> new TableCell<>() {
            private final Tooltip words = new Tooltip();

            @Override
            protected void updateItem(String marks, boolean empty) {
                super.updateItem(marks, empty);
                QueueEntry entry = empty ? null : getTableRow().getItem();
                setText(empty ? null : marks);
                if (entry == null || !entry.verdicts().evaluated()) {
                    setTooltip(null);
                    setAccessibleText(null);
                    return;
                }
                QueueEntry.VerdictCounts v = entry.verdicts();
                words.setText(messages.format("queue.verdicts.words", v.fail(), v.review(), v.missing(), v.pass()));
                setTooltip(words);
                setAccessibleText(words.getText());
            }
        });

        reference.setUserData(QueueQuery.Order.REFERENCE);
        name.setUserData(QueueQuery.Order.LATIN_NAME);
        nativeName.setUserData(QueueQuery.Order.NATIVE_NAME);
        lodged.setUserData(QueueQuery.Order.LODGED);
        deadline.setUserData(QueueQuery.Order.DEADLINE);
        daysLeft.setUserData(QueueQuery.Order.DEADLINE);
        status.setUserData(QueueQuery.Order.STATUS);
        table.getColumns().setAll(List.of(reference, name, nativeName, lodged, deadline, daysLeft, status, verdicts));
        table.setItems(model.entries());
        // The database sorts, so that the order holds over every case and not only the rows read.
        table.setSortPolicy(view -> {
            TableColumn<QueueEntry, ?> first = view.getSortOrder().isEmpty() ? null : view.getSortOrder().getFirst();
            model.sortingProperty().set(first == null
                    ? new QueueViewModel.Sorting(QueueQuery.Order.DEADLINE, false)
                    : new QueueViewModel.Sorting((QueueQuery.Order) first.getUserData(),
                            first.getSortType() == TableColumn.SortType.DESCENDING));
            return true;
        });
        table.setRowFactory(view -> new QueueRow());
        table.setOnKeyPressed(event -> {
            QueueEntry selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                event.consume();
            }
        });
        model.entries().addListener((ListChangeListener<QueueEntry>) change -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        return table;
    }

    /** A row of the queue: opens its case on a double click, and asks for the next page when it nears the end. */
    private final class QueueRow extends TableRow<QueueEntry> {

        QueueRow() {
            setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !isEmpty()) {
                    open.accept(getItem());
                }
            });
        }

        @Override
        public void updateIndex(int index) {
            super.updateIndex(index);
            if (index >= 0) {
                model.reached(index);
            }
        }
    }

    /** The latest verdicts at a glance: ✖ failed, ⚠ to review, ? missing, ✔ passed. */
    static String verdicts(QueueEntry entry) {
        QueueEntry.VerdictCounts v = entry.verdicts();
        if (!v.evaluated()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (v.fail() > 0) {
            text.append("✖").append(v.fail()).append(' ');
        }
        if (v.review() > 0) {
            text.append("⚠").append(v.review()).append(' ');
        }
        if (v.missing() > 0) {
            text.append("?").append(v.missing()).append(' ');
        }
        text.append("✔").append(v.pass());
        return text.toString();
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("queue-status");
        bar.textProperty().bind(Bindings.createStringBinding(this::statusText, model.countsProperty(),
                model.matchingProperty()));
        bar.progressProperty().bind(Bindings.when(model.loadingProperty()).then(-1.0).otherwise(0.0));
        return bar;
    }

    private String statusText() {
        Map<CaseStatus, Long> counts = model.countsProperty().get();
        String perStatus = Stream.of(CaseStatus.values())
                .map(s -> messages.get("status." + s.code()) + " " + counts.getOrDefault(s, 0L))
                .collect(Collectors.joining(" · "));
        return messages.format("queue.status.all", model.matchingProperty().get()) + "    " + perStatus;
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

    /** How wide a text is in the table's bold font. */
    private static double boldWidth(String text) {
        javafx.scene.text.Text measured = new javafx.scene.text.Text(text);
        measured.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, 13));
        return Math.ceil(measured.getLayoutBounds().getWidth());
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
