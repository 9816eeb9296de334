package casedesk.desk.audit;

import casedesk.access.Session;
import casedesk.audit.AuditTrail;
import casedesk.desk.BackgroundTask;
import casedesk.desk.Messages;
import casedesk.desk.cases.CaseForm;
import casedesk.model.CaseReference;
import casedesk.model.DecisionFacts;
import casedesk.model.DecisionFilter;
import casedesk.model.DecisionSummary;
import casedesk.model.Outcome;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The supervisor's browser over every decision of the caseload: filtered by officer, period,
 * outcome, path, overrides, signals and whether today's rules would say otherwise; sorted by any
 * column (the database sorts, so that 100,000 decisions sort as fast as 100); a page at a time. Its
 * second tab holds the statistics over the same decisions, and a chart clicked narrows the filters.
 * Enter or a double click opens the case, decided as it was; the filtered decisions export as CSV
 * or as a PDF report.
 */
public final class DecisionsView extends BorderPane {

    private final AuditTrail trail;
    private final Session session;
    private final Executor executor;
    private final Messages messages;
    private final Consumer<Throwable> onProblem;
    private final TableView<DecisionSummary> table = new TableView<>();
    private final ComboBox<String> officer = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Outcome> outcome = new ComboBox<>();
    private final ComboBox<DecisionFacts.Path> path = new ComboBox<>();
    private final ComboBox<String> signal = new ComboBox<>();
    /** Which workstation's decisions: any, this caseload's own, or an imported one's. */
    private final ComboBox<Station> workstation = new ComboBox<>();

    /** A choice of the workstation filter: any workstation (label empty), or one ("" for this caseload's own). */
    private record Station(Optional<String> label) {
        static final Station ANY = new Station(Optional.empty());
        static final Station OWN = new Station(Optional.of(""));
    }
    private final CheckBox against = new CheckBox();
    private final CheckBox differs = new CheckBox();
    private final FlowPane chips = new FlowPane(6, 4);
    private final Label count = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button more = new Button();
    private final TabPane tabs = new TabPane();
    private final Tab decisionsTab = new Tab();
    private final Tab statisticsTab = new Tab();
    private final StatisticsView statistics;
    /** The criteria only a chart sets (a refusal ground, how soon decided), shown as chips. */
    private Optional<Integer> ground = Optional.empty();
    private Optional<DecisionFilter.Timeliness> timeliness = Optional.empty();
    private DecisionSummary.Order order = DecisionSummary.Order.DECIDED_AT;
    private boolean ascending;
    private boolean applying;
    private long generation;
    private long total;
    /** What the status line says about a date typed that is no date, while it does. */
    private String dateProblem = "";

    public DecisionsView(AuditTrail trail, Session session, Executor executor, Messages messages,
            Consumer<Throwable> onProblem, Consumer<CaseReference> open, Runnable back) {
        this.trail = trail;
        this.session = session;
        this.executor = executor;
        this.messages = messages;
        this.onProblem = onProblem;
        this.statistics = new StatisticsView(messages, this::narrow);
        setId("decisions");
        setPadding(new Insets(8));

        Label title = new Label(messages.get("decisions.title"));
        title.getStyleClass().add("section-title");
        officer.setId("decisions-officer");
        officer.setPromptText(messages.get("decisions.officer.any"));
        from.setId("decisions-from");
        to.setId("decisions-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setConverter(CaseForm.dateConverter(messages));
            picker.setPrefWidth(130);
        }
        for (DatePicker picker : List.of(from, to)) {
            // Text that is no date would be ignored without a word: say so where it was typed.
            picker.getEditor().focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    checkDate(picker);
                }
            });
            picker.getEditor().setOnAction(event -> checkDate(picker));
        }
        from.setPromptText(messages.get("decisions.from"));
        to.setPromptText(messages.get("decisions.to"));
        outcome.setId("decisions-outcome");
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(null);
        outcomes.addAll(List.of(Outcome.values()));
        outcome.getItems().setAll(outcomes);
        outcome.setConverter(converter(value -> value == null ? messages.get("decisions.outcome.any")
                : messages.get("outcome." + value.code())));
        path.setId("decisions-path");
        path.getItems().setAll(java.util.Arrays.asList(null, DecisionFacts.Path.SESAME, DecisionFacts.Path.BANK));
        path.setConverter(converter(value -> value == null ? messages.get("decisions.path.any")
                : messages.get("decisions.path." + value.code())));
        signal.setId("decisions-signal");
        signal.getItems().setAll(java.util.Arrays.asList(null, DecisionFilter.ANY_SIGNAL));
        signal.setConverter(converter(value -> value == null ? messages.get("decisions.signal.none")
                : value.equals(DecisionFilter.ANY_SIGNAL) ? messages.get("decisions.signal.any")
                : messages.getOrElse("signal." + value, value)));
        workstation.setId("decisions-workstation");
        workstation.setVisible(false);
        workstation.setManaged(false);
        workstation.getItems().setAll(Station.ANY, Station.OWN);
        workstation.setValue(Station.ANY);
        workstation.setConverter(converter(value -> value == null || value.label().isEmpty()
                ? messages.get("decisions.workstation.any")
                : value.label().get().isEmpty() ? messages.get("decisions.workstation.own") : value.label().get()));
        against.setId("decisions-against");
        against.setText(messages.get("decisions.against"));
        differs.setId("decisions-differs");
        differs.setText(messages.get("decisions.differs"));
        differs.setTooltip(new javafx.scene.control.Tooltip(messages.get("decisions.differs.tip")));
        Button clear = new Button(messages.get("decisions.clear"));
        clear.setId("decisions-clear");
        clear.setOnAction(event -> narrow(DecisionFilter.ALL));
        for (var control : List.of(officer.valueProperty(), from.valueProperty(), to.valueProperty(),
                outcome.valueProperty(), path.valueProperty(), signal.valueProperty(), workstation.valueProperty())) {
            control.addListener((o, b, a) -> filtersChanged());
        }
        against.selectedProperty().addListener((o, b, a) -> filtersChanged());
        differs.selectedProperty().addListener((o, b, a) -> filtersChanged());
        count.setId("decisions-count");
        count.getStyleClass().add("section-title");
        status.setId("decisions-status");
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(140);
        Button csv = new Button(messages.get("decisions.export.csv"));
        csv.setId("decisions-export-csv");
        csv.setOnAction(event -> chooseExport("csv"));
        Button pdf = new Button(messages.get("decisions.export.pdf"));
        pdf.setId("decisions-export-pdf");
        pdf.setOnAction(event -> chooseExport("pdf"));
        Button importBundle = new Button(messages.get("bundle.import.button"));
        importBundle.setId("decisions-import");
        importBundle.setOnAction(event -> chooseBundle());
        Button backButton = new Button(messages.get("audit.back"));
        backButton.setId("decisions-back");
        backButton.setOnAction(event -> back.run());
        // The filters wrap onto a second line where the window (or the language) leaves no room.
        FlowPane first = new FlowPane(8, 6, title, new Label(messages.get("decisions.officer")), officer,
                new Label(messages.get("decisions.period")), from, to, outcome, path, signal, workstation);
        first.setAlignment(Pos.CENTER_LEFT);
        // The options and chips on the left, the actions after them; both wrap rather than being cut off.
        HBox actions = new HBox(8, progress, status, csv, pdf, importBundle, backButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        FlowPane second = new FlowPane(8, 6, count, against, differs, clear, chips, actions);
        second.setAlignment(Pos.CENTER_LEFT);
        chips.setId("decisions-chips");
        // Labels, boxes and buttons keep their words; the space between them and the chips give way.
        for (javafx.scene.layout.Pane row : List.of(first, second)) {
            row.getChildren().stream().filter(node -> node != chips && node instanceof Region)
                    .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        }
        actions.getChildren().stream().filter(node -> node instanceof Region)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        VBox top = new VBox(6, first, second);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
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
        decidedAt.setUserData(DecisionSummary.Order.DECIDED_AT);
        TableColumn<DecisionSummary, Long> days = new TableColumn<>(messages.get("decisions.column.days"));
        days.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().daysToDecision()));
        days.setUserData(DecisionSummary.Order.DAYS);
        TableColumn<DecisionSummary, String> signals = column("decisions.column.signals",
                d -> String.join(", ", d.signals().stream().map(code -> messages.getOrElse("signal." + code, code)).toList()), null);
        signals.setSortable(false);
        table.getColumns().setAll(List.of(
                column("decisions.column.case", d -> d.reference().value(), DecisionSummary.Order.CASE),
                column("decisions.column.applicant", DecisionSummary::applicant, DecisionSummary.Order.APPLICANT),
                column("decisions.column.outcome", d -> messages.get("outcome." + d.outcome().code())
                        + (d.refusalGrounds().isEmpty() ? "" : " " + d.refusalGrounds()), DecisionSummary.Order.OUTCOME),
                column("decisions.column.decidedBy", DecisionSummary::decidedBy, DecisionSummary.Order.DECIDED_BY),
                decidedAt, days,
                column("decisions.column.deadline", d -> messages.get(d.withinDeadline() ? "decisions.yes" : "decisions.no"),
                        DecisionSummary.Order.DEADLINE),
                column("decisions.column.against", d -> d.againstVerdicts() ? messages.get("decisions.yes") : "",
                        DecisionSummary.Order.AGAINST),
                column("decisions.column.path", d -> d.path() == DecisionFacts.Path.NONE ? ""
                        : messages.get("decisions.path." + d.path().code()), null),
                signals));
        // Which workstation decided comes right after the case: two workstations may number cases alike.
        table.getColumns().add(1, column("decisions.column.workstation", DecisionSummary::workstation,
                DecisionSummary.Order.WORKSTATION));
        table.getColumns().stream().filter(c -> c.getUserData() == null).forEach(c -> c.setSortable(false));
        double[] widths = {150, 115, 165, 140, 90, 160, 45, 60, 115, 120, 150};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        decidedAt.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(decidedAt));
        // The database sorts: a click on a column asks for the decisions again in its order.
        table.setSortPolicy(sorted -> {
            if (!table.getSortOrder().isEmpty() && table.getSortOrder().getFirst().getUserData()
                    instanceof DecisionSummary.Order asked) {
                boolean up = table.getSortOrder().getFirst().getSortType() == TableColumn.SortType.ASCENDING;
                if (asked != order || up != ascending) {
                    order = asked;
                    ascending = up;
                    refresh();
                }
            }
            return true;
        });
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("decisions.none")));
        table.setOnMouseClicked(event -> {
            DecisionSummary selected = table.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && selected != null) {
                open(selected, open);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            DecisionSummary selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                event.consume();
                open(selected, open);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                back.run();
            }
        });
        more.setId("decisions-more");
        more.setOnAction(event -> loadMore());
        more.setVisible(false);
        more.managedProperty().bind(more.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox list = new VBox(4, table, more);
        list.setAlignment(Pos.CENTER);
        decisionsTab.setText(messages.get("decisions.tab.list"));
        decisionsTab.setContent(list);
        decisionsTab.setClosable(false);
        statisticsTab.setText(messages.get("decisions.tab.statistics"));
        statisticsTab.setContent(statistics);
        statisticsTab.setClosable(false);
        tabs.setId("decisions-tabs");
        tabs.getTabs().setAll(decisionsTab, statisticsTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, b, a) -> {
            if (a == statisticsTab) {
                refreshStatistics();
            }
        });
        setCenter(tabs);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private TableColumn<DecisionSummary, String> column(String key, Function<DecisionSummary, String> value,
            DecisionSummary.Order sortedBy) {
        TableColumn<DecisionSummary, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setUserData(sortedBy);
        return column;
    }

    public TableView<DecisionSummary> table() {
        return table;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The decisions the controls and chips ask for now. */
    public DecisionFilter filter() {
        return DecisionFilter.ALL.withOfficer(officer.getValue())
                .withPeriod(from.getValue(), to.getValue() != null && from.getValue() != null
                        && to.getValue().isBefore(from.getValue()) ? from.getValue() : to.getValue())
                .withOutcome(outcome.getValue()).withPath(path.getValue()).withAgainstOnly(against.isSelected())
                .withSignal(signal.getValue()).withGround(ground.orElse(null)).withTimeliness(timeliness.orElse(null))
                .withDiffersToday(differs.isSelected()).withWorkstation(workstation.getValue() == null ? null : workstation.getValue().label().orElse(null));
    }

    /**
     * Sets the controls to a filter (a chart clicked, or "clear"), then reads the decisions it lets
     * through and shows them.
     */
    public void narrow(DecisionFilter filter) {
        applying = true;
        try {
            officer.setValue(filter.officer().orElse(null));
            from.setValue(filter.from().orElse(null));
            to.setValue(filter.to().orElse(null));
            outcome.setValue(filter.outcome().orElse(null));
            path.setValue(filter.path().orElse(null));
            filter.signal().filter(code -> !signal.getItems().contains(code)).ifPresent(signal.getItems()::add);
            signal.setValue(filter.signal().orElse(null));
            Station station = new Station(filter.workstation());
            if (!workstation.getItems().contains(station)) {
                workstation.getItems().add(station);
            }
            workstation.setValue(station);
            against.setSelected(filter.againstOnly());
            differs.setSelected(filter.differsToday());
            ground = filter.ground();
            timeliness = filter.timeliness();
        } finally {
            applying = false;
        }
        tabs.getSelectionModel().select(decisionsTab);
        filtersChanged();
    }

    private void filtersChanged() {
        if (applying) {
            return;
        }
        chips.getChildren().clear();
        ground.ifPresent(value -> chips.getChildren().add(chip("decisions-chip-ground",
                messages.format("decisions.chip.ground", value), () -> ground = Optional.empty())));
        timeliness.ifPresent(value -> chips.getChildren().add(chip("decisions-chip-timeliness",
                messages.get("decisions.timeliness." + value.code()), () -> timeliness = Optional.empty())));
        refresh();
    }

    private Button chip(String id, String text, Runnable remove) {
        Button chip = new Button(text + "  \u00d7");
        chip.setId(id);
        chip.getStyleClass().add("filter-chip");
        chip.setOnAction(event -> {
            remove.run();
            filtersChanged();
        });
        return chip;
    }

    /**
     * Reads the first page of the decisions the filters ask for, in the background; with "differs
     * today" ticked, first checks (with its progress shown) the decisions not yet checked under
     * today's rules.
     */
    public void refresh() {
        long request = ++generation;
        DecisionFilter filter = filter();
        DecisionSummary.Order by = order;
        boolean up = ascending;
        if (filter.differsToday()) {
            progress.setVisible(true);
            status.setText(messages.get("decisions.rechecking"));
        }
        BackgroundTask.withProgress(work -> {
            if (filter.differsToday()) {
                trail.recheck(session, filter, work);
            }
            return new Found(trail.decisions(session, filter, by, up, 0), trail.deciders(session), trail.signals(session),
                    trail.workstations(session).stream().map(casedesk.model.ImportedWorkstation::label).toList());
        })
                .onSuccess(found -> {
                    if (request != generation) {
                        return;
                    }
                    if (filter.differsToday()) {
                        progress.setVisible(false);
                        status.setText("");
                    }
                    total = found.page().total();
                    table.getItems().setAll(found.page().decisions());
                    offerOfficers(found.deciders());
                    offerSignals(found.signals());
                    offerWorkstations(found.workstations());
                    showCount();
                    if (tabs.getSelectionModel().getSelectedItem() == statisticsTab) {
                        refreshStatistics();
                    }
                })
                .onFailure(failure -> {
                    if (request == generation) {
                        if (filter.differsToday()) {
                            progress.setVisible(false);
                            status.setText("");
                        }
                        onProblem.accept(failure);
                    }
                })
                .executeWith(executor)
                .progressProperty().addListener((o, b, done) -> {
                    if (request == generation && done.doubleValue() >= 0) {
                        progress.setProgress(done.doubleValue());
                    }
                });
    }

    private void loadMore() {
        long request = generation;
        DecisionFilter filter = filter();
        int offset = table.getItems().size();
        BackgroundTask.wrap(() -> trail.decisions(session, filter, order, ascending, offset))
                .onSuccess(page -> {
                    if (request == generation) {
                        table.getItems().addAll(page.decisions());
                        total = page.total();
                        showCount();
                    }
                })
                .onFailure(onProblem)
                .executeWith(executor);
    }

    private void showCount() {
        count.setText(messages.format("decisions.count", total));
        boolean partial = table.getItems().size() < total;
        more.setVisible(partial);
        more.setText(messages.format("decisions.more", table.getItems().size(), total));
    }

    private void refreshStatistics() {
        long request = generation;
        DecisionFilter filter = filter();
        BackgroundTask.wrap(() -> new Counted(trail.statistics(session, filter), trail.groundTexts(session)))
                .onSuccess(found -> {
                    if (request == generation) {
                        statistics.show(found.statistics(), filter, found.groundTexts());
                    }
                })
                .onFailure(onProblem)
                .executeWith(executor);
    }

    /** Marks a date field whose text is no date, and says what to type; clears both once it is one. */
    private void checkDate(DatePicker picker) {
        String text = picker.getEditor().getText();
        boolean invalid = text != null && !text.isBlank() && picker.getConverter().fromString(text) == null;
        picker.getEditor().getStyleClass().remove("field-invalid");
        if (invalid) {
            picker.getEditor().getStyleClass().add("field-invalid");
            dateProblem = messages.format("decisions.invalid.date", text.strip(), messages.dateField().format(LocalDate.now()));
            status.setText(dateProblem);
        } else if (status.getText().equals(dateProblem)) {
            status.setText("");
        }
    }

    private void offerOfficers(List<String> deciders) {
        List<String> offered = new ArrayList<>();
        offered.add(null);
        offered.addAll(deciders);
        offer(officer, offered, null);
    }

    private void offerSignals(List<String> codes) {
        List<String> offered = new ArrayList<>();
        offered.add(null);
        offered.add(DecisionFilter.ANY_SIGNAL);
        offered.addAll(codes);
        offer(signal, offered, null);
    }

    private void offerWorkstations(List<String> labels) {
        List<Station> offered = new ArrayList<>(List.of(Station.ANY, Station.OWN));
        labels.forEach(label -> offered.add(new Station(Optional.of(label))));
        offer(workstation, offered, Station.ANY);
        // Only a supervisor who imported other workstations' bundles needs to choose among them.
        workstation.setVisible(!labels.isEmpty());
        workstation.setManaged(!labels.isEmpty());
    }

    /** Offers a filter's choices as the caseload now has them, keeping what was chosen, without reading again. */
    private <T> void offer(ComboBox<T> box, List<T> offered, T otherwise) {
        if (offered.equals(box.getItems())) {
            return;
        }
        T chosen = box.getValue();
        applying = true;
        try {
            box.getItems().setAll(offered);
            box.setValue(chosen == null ? otherwise : chosen);
        } finally {
            applying = false;
        }
    }

    /** A decision of this caseload opens its case; one imported from another workstation, its record. */
    private void open(DecisionSummary selected, Consumer<CaseReference> openCase) {
        if (selected.local()) {
            openCase.accept(selected.reference());
            return;
        }
        BackgroundTask.wrap(() -> {
            casedesk.model.Decision decision = trail.importedDecision(session, selected.workstation(), selected.decisionId());
            java.util.Map<String, byte[]> documents = new java.util.LinkedHashMap<>();
            for (var document : casedesk.decision.DecisionService.evidenceOf(decision).documents()) {
                trail.importedDocument(session, selected.workstation(), document.sha256())
                        .ifPresent(bytes -> documents.put(document.sha256(), bytes));
            }
            return new ImportedDecisionDialog.Shown(decision, documents, trail.groundTexts(session));
        })
                .onSuccess(shown -> ImportedDecisionDialog.show(this, messages, selected, shown, executor))
                .onFailure(onProblem)
                .executeWith(executor);
    }

    private void chooseBundle() {
        if (getScene() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("bundle.import.title"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen == null) {
            return;
        }
        BackgroundTask.wrap(() -> {
            byte[] bytes = Files.readAllBytes(chosen.toPath());
            casedesk.model.BundleHeader header = trail.peekBundle(session, bytes);
            Optional<String> known = trail.workstations(session).stream()
                    .filter(w -> w.fingerprint().equals(header.fingerprint()))
                    .map(casedesk.model.ImportedWorkstation::label).findFirst();
            return new Peeked(bytes, header, known);
        })
                .onSuccess(peeked -> BundleImportDialog.ask(getScene().getWindow(), messages, peeked.header(), peeked.known())
                        .ifPresent(answer -> importBundle(peeked.bytes(), answer.passphrase(),
                                answer.label().isEmpty() ? null : answer.label(), imported -> { })))
                .onFailure(onProblem)
                .executeWith(executor);
    }

    private record Peeked(byte[] bytes, casedesk.model.BundleHeader header, Optional<String> known) {
    }

    /**
     * Imports another workstation's bundle in the background (deriving its key and verifying its
     * trail take a few seconds), then lists its decisions; a refused bundle is said why, nothing of
     * it imported.
     */
    public void importBundle(byte[] bundle, char[] passphrase, String label,
            Consumer<casedesk.model.ImportedWorkstation> done) {
        progress.setVisible(true);
        progress.setProgress(-1);
        status.setText(messages.get("bundle.import.working"));
        BackgroundTask.wrap(() -> {
            try {
                return trail.importBundle(session, bundle, passphrase, label);
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        })
                .onSuccess(workstation -> {
                    progress.setVisible(false);
                    status.setText(messages.format("bundle.import.done", workstation.decisions(), workstation.label()));
                    refresh();
                    done.accept(workstation);
                })
                .onFailure(failure -> {
                    progress.setVisible(false);
                    status.setText("");
                    onProblem.accept(failure);
                })
                .executeWith(executor);
    }

    private void chooseExport(String extension) {
        if (getScene() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("decisions.export." + extension));
        chooser.setInitialFileName("decisions-" + LocalDate.now() + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            export(chosen.toPath(), extension.equals("pdf"), result -> { });
        }
    }

    /**
     * Writes the decisions the filters let through to {@code target}, as PDF or CSV, in the
     * background: whole or not at all (written beside it, then moved). Says how many when done.
     */
    public void export(Path target, boolean pdf, Consumer<Long> done) {
        DecisionFilter filter = filter();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        progress.setVisible(true);
        progress.setProgress(-1);
        status.setText(messages.get("decisions.exporting"));
        BackgroundTask.withProgress(work -> {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
                long rows = pdf ? trail.reportPdf(session, filter, out, work, messages.locale()) : trail.reportCsv(session, filter, out);
                out.close();
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return rows;
            } catch (java.io.IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
        })
                .onSuccess(rows -> {
                    progress.setVisible(false);
                    status.setText(messages.format("decisions.exported", rows, target.getFileName().toString()));
                    done.accept(rows);
                })
                .onFailure(failure -> {
                    progress.setVisible(false);
                    status.setText("");
                    onProblem.accept(failure);
                })
                .executeWith(executor)
                .progressProperty().addListener((o, b, share) -> {
                    if (share.doubleValue() > 0) {
                        progress.setProgress(share.doubleValue());
                    }
                });
    }

    private record Counted(casedesk.model.DecisionStatistics statistics, java.util.Map<Integer, String> groundTexts) {
    }

    private record Found(AuditTrail.Page page, List<String> deciders, List<String> signals, List<String> workstations) {
    }
}
