package casedesk.desk.cases;

import casedesk.desk.CjkFont;
import casedesk.desk.Messages;
import casedesk.desk.evidence.EvidenceView;
import casedesk.desk.evidence.EvidenceViewModel;
import casedesk.desk.evidence.PageTarget;
import casedesk.model.CaseStatus;
import casedesk.model.Document;
import casedesk.model.Outcome;
import casedesk.model.TamperSignal;
import casedesk.model.Verdict;
import casedesk.model.VisaCase;
import casedesk.review.OpenedCase;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Callback;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The case screen: the applicant and trip on top, the evidence on the left with the figure in
 * question highlighted, the verdicts and what was read on the right, the decision below. Every
 * verdict is one click from its evidence and every box on the page one click from its figure.
 */
public final class CaseView extends BorderPane {

    private static final int FIGURES_TAB = 0;
    private static final int TRANSACTIONS_TAB = 1;
    private static final int SIGNALS_TAB = 2;

    private final CaseViewModel model;
    private final Messages messages;
    private final EvidenceViewModel evidence;
    private final EvidenceView evidenceView;
    private final DecisionPanel decision;
    private final ListView<Verdict> verdicts = new ListView<>();
    private final TableView<CaseViewModel.FigureRow> figures = new TableView<>();
    private final TableView<CaseViewModel.TransactionRow> transactions = new TableView<>();
    private final ListView<CaseViewModel.SignalRow> signals = new ListView<>();
    private final ComboBox<Document> documents = new ComboBox<>();
    private final TabPane tabs = new TabPane();
    private final FigureCorrectionPanel correction;
    private final TransactionSupplyPanel supplyPanel;
    private final Label reading = new Label();
    private final BalanceChart chart;
    private final DateTimeFormatter dates;

    public CaseView(CaseViewModel model, EvidenceViewModel evidence, Messages messages, Runnable next, Runnable back) {
        this.model = model;
        this.messages = messages;
        this.evidence = evidence;
        this.evidenceView = new EvidenceView(evidence, messages);
        this.chart = new BalanceChart(messages);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        setId("case-view");
        getStyleClass().add("case-view");
        decision = new DecisionPanel(model, messages, next);
        correction = new FigureCorrectionPanel(model, evidence, messages);
        supplyPanel = new TransactionSupplyPanel(model, evidence, messages);

        Label header = new Label();
        header.setId("case-header");
        header.getStyleClass().add("case-header");
        header.textProperty().subscribe(text -> header.setStyle(CjkFont.styleFor(text)));
        header.setWrapText(true);
        // All of it, on as many lines as it takes: the status at its end must not become an ellipsis.
        header.setMinHeight(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        ProgressBar importing = new ProgressBar();
        importing.setId("case-import-progress");
        importing.progressProperty().bind(model.importProgressProperty());
        Label importingWhat = new Label();
        importingWhat.textProperty().bind(model.importMessageProperty());
        HBox progress = new HBox(6, importingWhat, importing, busy);
        progress.setAlignment(Pos.CENTER_RIGHT);
        progress.visibleProperty().bind(model.loadingProperty());
        Button edit = new Button(messages.get("case.edit"));
        edit.setId("case-edit");
        edit.setOnAction(event -> editApplicant());
        edit.disableProperty().bind(model.dataProperty().map(d -> d.isDecided() || !model.mayReview()).orElse(true));
        HBox right = new HBox(8, progress, edit);
        right.setAlignment(Pos.CENTER_RIGHT);
        BorderPane top = new BorderPane(header);
        top.setRight(right);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);

        SplitPane split = new SplitPane(evidencePane(), rightPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        // A supervisor audits: the decision panel is for officers only (and the service refuses anyway),
        // but a decided case shows a supervisor its decision, to review.
        if (model.mayDecide()) {
            setBottom(decision);
        }

        model.dataProperty().addListener((observable, before, data) -> {
            if (data != null && !model.mayDecide()) {
                setBottom(data.isDecided() && model.audits() ? decision : null);
            }
            if (data != null) {
                header.setText(header(data.visaCase()));
                documents.getItems().setAll(data.documents().stream().map(OpenedCase.DocumentData::document).toList());
                chart.show(data);
                showDocument(model.shownDocumentProperty().get());
                verdicts.getSelectionModel().clearSelection();
                verdicts.getSelectionModel().selectFirst();
                verdicts.scrollTo(0);
            }
        });
        model.shownDocumentProperty().addListener((observable, before, id) -> showDocument(id));
        model.focusProperty().addListener((observable, before, focus) -> {
            if (focus != null) {
                showDocument(focus.documentId());
                evidence.highlight(new PageTarget(focus.key(), focus.page(), focus.box(), ""));
            } else {
                evidence.clearHighlight();
            }
        });
        evidence.clickedTargetProperty().addListener((observable, before, target) -> {
            if (target != null) {
                selectClicked(target.key());
            }
        });
        // The case's own keys work wherever the focus is on the case, but in a text being typed. A
        // filter, not scene accelerators: the verdict list would take Esc and Page Up/Down for itself.
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>(evidenceView.shortcuts());
        keys.put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            if (evidence.markingProperty().get()) {
                evidence.cancelMarking();
            } else if (correction.isOpen()) {
                correction.close();
            } else if (supplyPanel.isOpen()) {
                supplyPanel.close();
            } else {
                back.run();
            }
        });
        keys.put(new KeyCodeCombination(KeyCode.F2), this::openCorrection);
        keys.put(new KeyCodeCombination(KeyCode.F3), this::openSupply);
        keys.put(new KeyCodeCombination(KeyCode.PAGE_DOWN), evidence::nextPage);
        keys.put(new KeyCodeCombination(KeyCode.PAGE_UP), evidence::previousPage);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getTarget() instanceof TextInputControl) {
                if (event.getCode() == KeyCode.ESCAPE) {
                    // Esc leaves a field (what was typed stays), closing the panel it is in; a second Esc
                    // goes back to the queue.
                    event.consume();
                    if (correction.isOpen()) {
                        correction.close();
                    } else if (supplyPanel.isOpen()) {
                        supplyPanel.close();
                    }
                    verdicts.requestFocus();
                }
                return;
            }
            keys.entrySet().stream().filter(key -> key.getKey().match(event)).findFirst().ifPresent(key -> {
                event.consume();
                key.getValue().run();
            });
        });
        sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                        decision::confirmAndDecide);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                        this::chooseFilesToImport);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        this::editApplicant);
            }
        });
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !readOnly()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean pdfs = event.getDragboard().hasFiles();
            if (pdfs) {
                importFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(pdfs);
            event.consume();
        });
    }

    private boolean readOnly() {
        return !model.mayReview() || model.dataProperty().get() != null && model.dataProperty().get().isDecided();
    }

    /** The case form, filled with this case, to correct its applicant and trip. */
    public void editApplicant() {
        OpenedCase data = model.dataProperty().get();
        if (data == null || data.isDecided() || !model.mayReview() || getScene() == null) {
            return;
        }
        CaseForm form = new CaseForm(getScene().getWindow(), messages, CaseFields.of(data.visaCase()), false,
                model::correct);
        form.show();
    }

    private void chooseFilesToImport() {
        if (readOnly() || getScene() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /**
     * Adds PDFs to the case in the background. Files that need a password are asked for one, once
     * each, and read again; everything else that could not be stored is reported, not lost.
     */
    public void importFiles(List<Path> files) {
        importFiles(files, Map.of());
    }

    private void importFiles(List<Path> files, Map<String, String> passwords) {
        model.importFiles(files, passwords, report -> {
            Map<String, String> retry = new LinkedHashMap<>();
            List<String> refused = new ArrayList<>();
            int stored = 0;
            for (var outcome : report.documents()) {
                if (outcome.isStored()) {
                    stored++;
                    continue;
                }
                String code = outcome.problemCode().orElse("");
                boolean askable = code.equals("password-required") || code.equals("wrong-password");
                Optional<String> password = askable && getScene() != null
                        ? PasswordDialog.ask(getScene().getWindow(), messages, outcome.fileName(), passwords.containsKey(outcome.fileName()))
                        : Optional.empty();
                if (password.isPresent()) {
                    retry.put(outcome.fileName(), password.get());
                } else {
                    refused.add(outcome.fileName() + ": " + outcome.message());
                }
            }
            notify(stored, refused);
            if (!retry.isEmpty()) {
                importFiles(files.stream().filter(f -> retry.containsKey(f.getFileName().toString())).toList(), retry);
            }
        });
    }

    /** A note in the corner: what was added, and what was not and why. The officer works on. */
    private void notify(int stored, List<String> refused) {
        if (getScene() == null || (stored == 0 && refused.isEmpty())) {
            return;
        }
        String text = (stored > 0 ? messages.format("import.stored", stored) : "")
                + (refused.isEmpty() ? "" : (stored > 0 ? "\n" : "") + messages.get("import.refused") + "\n"
                + String.join("\n", refused));
        Notifications note = Notifications.create().title(messages.get("import.title")).text(text)
                .owner(getScene().getWindow()).hideAfter(Duration.seconds(refused.isEmpty() ? 6 : 20));
        if (refused.isEmpty()) {
            note.showInformation();
        } else {
            note.showWarning();
        }
    }

    public DecisionPanelAccess decisionPanel() {
        return new DecisionPanelAccess(decision);
    }

    /** What the shortcuts of the desk may do to the decision panel. */
    public record DecisionPanelAccess(DecisionPanel panel) {
        public void choose(Outcome outcome) {
            panel.choose(outcome);
        }
    }

    public ListView<Verdict> verdictList() {
        return verdicts;
    }

    private Node evidencePane() {
        documents.setId("case-documents");
        documents.setMaxWidth(Double.MAX_VALUE);
        Callback<ListView<Document>, ListCell<Document>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(Document document, boolean empty) {
                super.updateItem(document, empty);
                setText(empty || document == null ? null : messages.format("case.document", document.fileName(),
                        messages.get("kind." + document.kind().code()), document.pages()));
            }
        };
        documents.setCellFactory(cells);
        documents.setButtonCell(cells.call(null));
        documents.valueProperty().addListener((observable, before, document) -> {
            if (document != null && !document.equals(before)) {
                model.showDocument(document.id());
            }
        });
        VBox.setVgrow(evidenceView, Priority.ALWAYS);
        VBox pane = new VBox(4, documents, evidenceView);
        pane.setPadding(new Insets(4));
        return pane;
    }

    private void showDocument(Long id) {
        if (id == null) {
            return;
        }
        Optional<OpenedCase.DocumentData> data = Optional.ofNullable(model.dataProperty().get()).flatMap(d -> d.document(id));
        if (data.isEmpty()) {
            return;
        }
        Document document = data.get().document();
        if (!document.equals(documents.getValue())) {
            documents.setValue(document);
        }
        if (evidence.documentProperty().get() == null || evidence.documentProperty().get().id() != document.id()) {
            evidence.show(model.viewed(data.get()));
            evidence.setTargets(CaseViewModel.targets(data.get()));
        }
    }

    /** A box clicked on the page selects what it stands for: its figure, transaction or signal. */
    private void selectClicked(String key) {
        model.figureAt(key).ifPresentOrElse(row -> reveal(figures, row),
                () -> model.transactions().stream().filter(t -> Focus.transactionKey(t.documentId(), t.row()).equals(key))
                        .findFirst().ifPresentOrElse(row -> reveal(transactions, row),
                                () -> model.signals().stream()
                                        .filter(r -> Focus.signalKey(r.documentId(), r.index()).equals(key))
                                        .findFirst().ifPresent(row -> {
                                            signals.getSelectionModel().select(row);
                                            signals.scrollTo(row);
                                            tabs.getSelectionModel().select(SIGNALS_TAB);
                                        })));
    }

    private <R> void reveal(TableView<R> table, R row) {
        table.getSelectionModel().select(row);
        table.scrollTo(row);
        tabs.getSelectionModel().select(table == figures ? FIGURES_TAB : TRANSACTIONS_TAB);
    }

    private SplitPane rightPane() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setId("case-verdicts-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            var data = model.dataProperty().get();
            if (data != null && data.decidedOn()) {
                // Frozen: the verdicts and rule set the decision was taken on.
                return messages.format("case.verdicts.decidedOn", data.evaluation().orElseThrow().ruleSetVersion(),
                        model.summaryProperty().get());
            }
            return messages.format("case.verdicts", model.ruleSet().map(r -> r.version()).orElse("—"),
                    model.summaryProperty().get());
        }, model.summaryProperty(), model.dataProperty()));
        verdicts.setId("case-verdicts");
        verdicts.setItems(model.verdicts());
        verdicts.setCellFactory(list -> new VerdictCell(messages));
        verdicts.getSelectionModel().selectedItemProperty().addListener((observable, before, verdict) -> {
            if (verdict != null) {
                model.select(verdict);
            }
        });
        Button correct = new Button(messages.get("correction.open"));
        correct.setId("case-correct");
        correct.setOnAction(event -> openCorrection());
        correct.disableProperty().bind(model.dataProperty().map(d -> d.isDecided() || !model.mayReview()).orElse(true));
        VBox.setVgrow(figures, Priority.ALWAYS);
        VBox figuresPane = new VBox(4, figuresTable(), correction, correct);
        reading.setId("case-reading");
        reading.setWrapText(true);
        reading.setMinHeight(Region.USE_PREF_SIZE);
        reading.setPadding(new Insets(2, 4, 2, 4));
        reading.textProperty().bind(model.dataProperty().map(this::readingText).orElse(""));
        VBox.setVgrow(transactions, Priority.ALWAYS);
        Button supply = new Button(messages.get("supply.open"));
        supply.setId("case-supply");
        supply.setOnAction(event -> openSupply());
        supply.disableProperty().bind(model.dataProperty().map(d -> d.isDecided() || !model.mayReview()).orElse(true));
        VBox transactionsPane = new VBox(4, reading, transactionsTable(), supplyPanel, supply);
        tabs.getTabs().setAll(
                tab("case.tab.figures", figuresPane),
                tab("case.tab.transactions", transactionsPane),
                tab("case.tab.signals", signalsList()),
                tab("case.tab.chart", chart));
        tabs.setId("case-tabs");
        VBox.setVgrow(verdicts, Priority.ALWAYS);
        VBox top = new VBox(4, title, verdicts);
        SplitPane pane = new SplitPane(top, tabs);
        pane.setOrientation(Orientation.VERTICAL);
        pane.setDividerPositions(0.45);
        pane.setPadding(new Insets(4));
        return pane;
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setClosable(false);
        return tab;
    }

    private TableView<CaseViewModel.FigureRow> figuresTable() {
        figures.setId("case-figures");
        figures.setItems(model.figures());
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        figures.getColumns().setAll(List.of(
                column("figure.column.name", r -> messages.get("figure." + r.figure().figure().name())),
                column("figure.column.value", r -> value(r)),
                column("figure.column.page", r -> String.valueOf(r.figure().figure().page())),
                column("figure.column.document", CaseViewModel.FigureRow::fileName),
                column("figure.column.text", r -> r.figure().figure().sourceText()),
                column("figure.column.source", this::source)));
        figures.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null) {
                model.select(row.figure());
            }
        });
        return figures;
    }

    /** "read", "derived from the rows", or "corrected by amartin, 3 Dec 2026 09:14": wherever the figure is listed. */
    private String source(CaseViewModel.FigureRow row) {
        return row.figure().correction()
                .map(c -> messages.format("figure.corrected", c.by(), java.util.Date.from(c.at())))
                .orElse(messages.get(row.figure().figure().derived() ? "figure.derived" : "figure.read"));
    }

    /** The reader's own verdict on each statement's table, for the officer to know what to check by hand. */
    private String readingText(OpenedCase data) {
        List<String> lines = new java.util.ArrayList<>();
        for (OpenedCase.DocumentData document : data.documents()) {
            boolean noBalance = !document.transactions().isEmpty()
                    && document.transactions().stream().allMatch(t -> t.balance().isEmpty());
            document.reading().ifPresent(r -> lines.add(r.unprovenRows().isEmpty()
                    ? messages.format("reading." + r.status().code(), document.document().fileName())
                    : noBalance && r.unprovenRows().size() == document.transactions().size()
                            ? messages.format("reading.noBalance", document.document().fileName(), r.unprovenRows().size())
                            : messages.format("reading.partial.rows", document.document().fileName(),
                                    r.unprovenRows().size(), rows(r.unprovenRows()))));
        }
        return String.join("\n", lines);
    }

    private static String rows(List<Integer> rows) {
        String shown = String.join(", ", rows.stream().limit(12).map(String::valueOf).toList());
        return rows.size() > 12 ? shown + ", …" : shown;
    }

    /** F3: add a transaction the reader missed to the statement shown. */
    private void openSupply() {
        Long shown = model.shownDocumentProperty().get();
        if (readOnly() || shown == null) {
            return;
        }
        tabs.getSelectionModel().select(TRANSACTIONS_TAB);
        supplyPanel.open(shown);
    }

    /** F2: the correction panel, for the selected figure, or for the document shown. */
    private void openCorrection() {
        if (readOnly() || model.dataProperty().get() == null) {
            return;
        }
        CaseViewModel.FigureRow selected = figures.getSelectionModel().getSelectedItem();
        Long shown = model.shownDocumentProperty().get();
        if (selected != null && (shown == null || selected.figure().documentId() == shown)) {
            tabs.getSelectionModel().select(FIGURES_TAB);
            correction.open(selected.figure().documentId(), Optional.of(selected.figure().figure().name()),
                    selected.figure().figure().value().canonical());
        } else if (shown != null) {
            tabs.getSelectionModel().select(FIGURES_TAB);
            correction.open(shown, Optional.empty(), "");
        }
    }

    private String value(CaseViewModel.FigureRow row) {
        var figure = row.figure().figure();
        return figure.currencyCode().map(c -> c + " " + messages.amount(new BigDecimal(figure.value().canonical())))
                .orElse(figure.value().canonical());
    }

    private TableView<CaseViewModel.TransactionRow> transactionsTable() {
        transactions.setId("case-transactions");
        transactions.setItems(model.transactions());
        transactions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CaseViewModel.TransactionRow, String> amount = column("transaction.column.amount",
                r -> messages.amount(r.transaction().amount().amount()));
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<CaseViewModel.TransactionRow, String> balance = column("transaction.column.balance",
                r -> r.transaction().balance().map(b -> messages.amount(b.amount())).orElse(""));
        balance.setStyle("-fx-alignment: CENTER-RIGHT;");
        transactions.getColumns().setAll(List.of(
                column("transaction.column.date", r -> dates.format(r.transaction().date())),
                column("transaction.column.description", r -> r.transaction().description()),
                amount, balance,
                column("transaction.column.counterparty", r -> r.transaction().counterparty()),
                column("transaction.column.document", r -> r.suppliedBy()
                        .map(by -> messages.format("transaction.supplied", r.fileName(), by.by()))
                        .orElse(r.fileName() + " #" + r.row()))));
        transactions.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(CaseViewModel.TransactionRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("breaks");
                if (!empty && row != null && row.breaks()) {
                    getStyleClass().add("breaks");
                }
            }
        });
        transactions.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null) {
                model.select(row);
            }
        });
        return transactions;
    }

    private ListView<CaseViewModel.SignalRow> signalsList() {
        signals.setId("case-signals");
        signals.setItems(model.signals());
        signals.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CaseViewModel.SignalRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("signal-high", "signal-medium", "signal-low");
                if (empty || row == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                TamperSignal signal = row.signal();
                getStyleClass().add("signal-" + signal.severity().code());
                setText(messages.get("severity." + signal.severity().code()) + " · " + row.fileName()
                        + signal.page().map(p -> " · p. " + p).orElse("") + "\n" + messages.detail(signal));
                setStyle(CjkFont.styleFor(getText()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        signals.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null) {
                model.select(row);
            }
        });
        return signals;
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // The column's own style (alignment) kept, the Chinese font only where the text is Chinese.
                // (A column's style is null until one is set: "null" would be read as CSS.)
                String own = getTableColumn() == null || getTableColumn().getStyle() == null ? ""
                        : getTableColumn().getStyle();
                setStyle(empty ? own : own + CjkFont.styleFor(text));
            }
        });
        return column;
    }

    private String header(VisaCase visaCase) {
        var applicant = visaCase.applicant();
        var trip = visaCase.trip();
        long daysLeft = visaCase.daysLeft(model.desk().today());
        String deadline = visaCase.status() == CaseStatus.OPEN || visaCase.status() == CaseStatus.DOCUMENTS_REQUESTED
                ? messages.format(daysLeft < 0 ? "case.overdue" : "case.daysLeft", Math.abs(daysLeft)) : "";
        return messages.format("case.header", visaCase.reference().value(), applicant.latinName(), applicant.nativeName(),
                applicant.passportNumber(), dates.format(visaCase.lodged()), dates.format(visaCase.deadline()), deadline,
                dates.format(trip.entry()), dates.format(trip.exit()), trip.days(), trip.destination(),
                CaseForm.purposeText(messages, trip.purpose()),
                messages.get("status." + visaCase.status().code()));
    }
}
