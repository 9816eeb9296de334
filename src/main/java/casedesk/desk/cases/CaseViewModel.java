package casedesk.desk.cases;

import casedesk.access.Permission;
import casedesk.caseload.CaseloadException;
import casedesk.decision.DecisionService;
import casedesk.desk.BackgroundTask;
import casedesk.desk.Desk;
import casedesk.desk.evidence.EvidenceViewModel;
import casedesk.desk.evidence.PageTarget;
import casedesk.desk.evidence.ViewedDocument;
import casedesk.evidence.FigureInput;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.intake.Importer;
import casedesk.intake.IntakeSource;
import casedesk.model.Box;
import casedesk.model.CaseReference;
import casedesk.model.Correction;
import casedesk.model.Decision;
import casedesk.model.Document;
import casedesk.model.Figure;
import casedesk.model.FigureNames;
import casedesk.model.FigureValue;
import casedesk.model.Outcome;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import casedesk.review.OpenedCase;
import casedesk.rules.RuleSet;
import casedesk.rules.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The case screen's state: the case, its documents and what was read from them, the verdicts, and
 * what the evidence viewer should show. Selecting a verdict, figure, transaction or signal moves
 * the focus to the page and box it rests on; a box clicked on the page selects its figure back.
 */
public final class CaseViewModel {

    private static final Logger LOG = Logger.getLogger(CaseViewModel.class.getName());

    /** A row of the figures table: the figure and the file it was read from. */
    public record FigureRow(StoredFigure figure, String fileName) {
    }

    /** A row of the transactions table: the transaction, its document and row, and whether its balance breaks. */
    public record TransactionRow(Transaction transaction, long documentId, String fileName, int row, boolean breaks,
            Optional<Correction> suppliedBy) {
    }

    /** A row of the signals list: the signal and the document it was found in. */
    public record SignalRow(TamperSignal signal, long documentId, String fileName, int index) {
    }

    private final Desk desk;
    private final CaseReference reference;
    private final ObjectProperty<OpenedCase> data = new SimpleObjectProperty<>();
    private final ObservableList<Verdict> verdicts = FXCollections.observableArrayList();
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private final ObservableList<TransactionRow> transactions = FXCollections.observableArrayList();
    private final ObservableList<SignalRow> signals = FXCollections.observableArrayList();
    private final ObjectProperty<Focus> focus = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> shownDocument = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty deciding = new SimpleBooleanProperty();
    private boolean left;
    private Task<OpenedCase> loadTask;
    private final DoubleProperty importProgress = new SimpleDoubleProperty(-1);
    private final StringProperty importMessage = new SimpleStringProperty("");

    public CaseViewModel(Desk desk, CaseReference reference) {
        this.desk = desk;
        this.reference = reference;
    }

    public CaseReference reference() {
        return reference;
    }

    /** Whether the signed-in user may change the case: correct it, add documents, correct figures. */
    public boolean mayReview() {
        return desk.may(Permission.REVIEW);
    }

    /** Whether the signed-in user may decide: officers do, supervisors and administrators never. */
    public boolean mayDecide() {
        return desk.may(Permission.DECIDE);
    }

    /** Reads (and, for an undecided case, evaluates) the case in the background. */
    public void load() {
        loadTask = BackgroundTask.wrap(() -> desk.review().open(desk.session(), reference, desk.today()))
                .onRunning(() -> loading.set(true))
                .onSuccess(loaded -> {
                    if (!left) {
                        show(loaded);
                    }
                })
                .onFailure(desk::problem)
                .onFinished(() -> {
                    loading.set(false);
                    // A decision stays on its way until the case is shown decided.
                    deciding.set(false);
                })
                .executeWith(desk.executor());
    }

    private void show(OpenedCase loaded) {
        verdicts.setAll(loaded.evaluation().map(e -> worstFirst(e.verdicts())).orElse(List.of()));
        summary.set(loaded.evaluation().map(e -> Summary.of(e.verdicts())).map(s -> desk.messages().get("summary." + s.code()))
                .orElse(desk.messages().get("summary.none")));
        List<FigureRow> figureRows = new ArrayList<>();
        List<TransactionRow> transactionRows = new ArrayList<>();
        List<SignalRow> signalRows = new ArrayList<>();
        for (OpenedCase.DocumentData document : loaded.documents()) {
            String file = document.document().fileName();
            document.figures().forEach(f -> figureRows.add(new FigureRow(f, file)));
            List<Integer> breaking = breakingRows(document);
            int read = document.transactions().size() - document.supplied().size();
            for (int i = 0; i < document.transactions().size(); i++) {
                Optional<Correction> supplied = i < read ? Optional.empty()
                        : Optional.of(document.supplied().get(i - read).suppliedBy());
                transactionRows.add(new TransactionRow(document.transactions().get(i), document.document().id(), file, i + 1,
                        breaking.contains(i + 1), supplied));
            }
            for (int i = 0; i < document.signals().size(); i++) {
                signalRows.add(new SignalRow(document.signals().get(i), document.document().id(), file, i));
            }
        }
        figures.setAll(figureRows);
        transactions.setAll(transactionRows);
        signals.setAll(signalRows);
        if (shownDocument.get() == null || loaded.document(shownDocument.get()).isEmpty()) {
            shownDocument.set(null);
        }
        data.set(loaded);
        if (shownDocument.get() == null && !loaded.documents().isEmpty()) {
            shownDocument.set(loaded.documents().getFirst().document().id());
        }
    }

    /** The verdicts the officer must look at first on top; the rule set's order otherwise. */
    static List<Verdict> worstFirst(List<Verdict> verdicts) {
        List<VerdictStatus> order = List.of(VerdictStatus.FAIL, VerdictStatus.REVIEW, VerdictStatus.MISSING, VerdictStatus.PASS);
        return verdicts.stream().sorted(Comparator.comparingInt(v -> order.indexOf(v.status()))).toList();
    }

    /** The rows whose running balance breaks: where a balance-break signal of the document points. */
    private static List<Integer> breakingRows(OpenedCase.DocumentData document) {
        List<Integer> rows = new ArrayList<>();
        for (TamperSignal signal : document.signals()) {
            if (!signal.code().equals("balance-break") || signal.box().isEmpty()) {
                continue;
            }
            for (int i = 0; i < document.transactions().size(); i++) {
                Transaction t = document.transactions().get(i);
                if (signal.page().orElse(-1) == t.page() && overlapsVertically(t.box(), signal.box().get())) {
                    rows.add(i + 1);
                }
            }
        }
        return rows;
    }

    private static boolean overlapsVertically(Box a, Box b) {
        return a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    /**
     * Shows the first piece of evidence of a verdict; a verdict without any (a document missing)
     * leaves nothing outlined, so that the page does not seem to bear on it.
     */
    public void select(Verdict verdict) {
        OpenedCase loaded = data.get();
        if (loaded == null) {
            return;
        }
        Map<Long, StoredFigure> byId = loaded.figuresById();
        verdict.evidenceFigureIds().stream().map(byId::get).filter(f -> f != null).findFirst()
                .ifPresentOrElse(this::select, () -> focus.set(null));
    }

    public void select(StoredFigure figure) {
        focus(new Focus(figure.documentId(), figure.figure().page(), figure.figure().box(), Focus.figureKey(figure.id())));
    }

    public void select(TransactionRow row) {
        focus(new Focus(row.documentId(), row.transaction().page(), row.transaction().box(),
                Focus.transactionKey(row.documentId(), row.row())));
    }

    public void select(SignalRow row) {
        if (row.signal().page().isPresent() && row.signal().box().isPresent()) {
            focus(new Focus(row.documentId(), row.signal().page().get(), row.signal().box().get(),
                    Focus.signalKey(row.documentId(), row.index())));
        } else {
            shownDocument.set(row.documentId());
        }
    }

    /** A box clicked on the page: the figure it belongs to, if it is one. */
    public Optional<FigureRow> figureAt(String key) {
        return figures.stream().filter(f -> Focus.figureKey(f.figure().id()).equals(key)).findFirst();
    }

    private void focus(Focus target) {
        shownDocument.set(target.documentId());
        focus.set(target);
    }

    public void showDocument(long documentId) {
        shownDocument.set(documentId);
    }

    /** Re-reads the case after a change (a decision, an import). */
    public void reload() {
        load();
    }

    /**
     * The officer has left the case: a load still waiting for a thread is dropped, and one that
     * finishes anyway is not shown (it would reopen this case's PDF in the viewer of the next).
     */
    public void leave() {
        left = true;
        if (loadTask != null) {
            loadTask.cancel(false);
        }
    }

    /**
     * A document of this case as the evidence viewer takes it: its bytes are read when the viewer
     * renders (on its background thread), and a protected file is tried with the applicant's
     * national-ID convention.
     */
    public ViewedDocument viewed(OpenedCase.DocumentData data) {
        Document document = data.document();
        String nationalId = Optional.ofNullable(this.data.get()).map(d -> d.visaCase().applicant().nationalId()).orElse("");
        return new ViewedDocument(document.id(), document.fileName(), document.pages(),
                () -> desk.review().documentBytes(desk.session(), document),
                nationalId.isBlank() ? PasswordCandidates.none() : PasswordCandidates.none().withNationalId(nationalId));
    }

    /**
     * Every figure, transaction and signal box of a document, for the viewer to make clickable. The
     * viewer drops a document's targets when it shows another, so they are set after each show.
     */
    public static List<PageTarget> targets(OpenedCase.DocumentData document) {
        long id = document.document().id();
        List<PageTarget> targets = new ArrayList<>();
        document.figures().forEach(f -> targets.add(new PageTarget(Focus.figureKey(f.id()), f.figure().page(),
                f.figure().box(), f.correction().map(c -> f.figure().name() + " (corrected by " + c.by() + ")")
                        .orElse(f.figure().name()))));
        for (int i = 0; i < document.transactions().size(); i++) {
            var transaction = document.transactions().get(i);
            targets.add(new PageTarget(Focus.transactionKey(id, i + 1), transaction.page(), transaction.box(), ""));
        }
        for (int i = 0; i < document.signals().size(); i++) {
            TamperSignal signal = document.signals().get(i);
            if (signal.page().isPresent() && signal.box().isPresent()) {
                targets.add(new PageTarget(Focus.signalKey(id, i), signal.page().get(), signal.box().get(), signal.code()));
            }
        }
        return targets;
    }

    /** Records a decision in the background; a refusal by the rules comes back as a message, nothing stored. */
    public void decide(Outcome outcome, List<Integer> grounds, String note, String reason, Consumer<Decision> done) {
        if (deciding.get()) {
            return;
        }
        deciding.set(true);
        BackgroundTask.wrap(() -> desk.review().decide(desk.session(), reference, outcome, grounds, note, reason))
                .onRunning(() -> {
                    loading.set(true);
                    problem.set("");
                })
                .onSuccess(decision -> {
                    done.accept(decision);
                    load();
                })
                .onFailure(failure -> {
                    deciding.set(false);
                    if (failure instanceof DecisionService.Refused refused) {
                        problem.set(desk.messages().getOrElse("decision.refused." + refused.reason().code(),
                                refused.getMessage()));
                    } else {
                        desk.problem(failure);
                    }
                })
                .onFinished(() -> loading.set(false))
                .executeWith(desk.executor());
    }

    /**
     * Whether a decision is on its way to the caseload: the officer stays on the case until it is
     * stored or refused, so that a refusal is seen, and it cannot be sent twice.
     */
    public ReadOnlyBooleanProperty decidingProperty() {
        return deciding;
    }

    /**
     * Reads and stores PDFs dropped on the case, in the background with progress. What could not be
     * stored comes back in the report: the view asks for the passwords it needs and tries again.
     */
    public void importFiles(List<Path> files, Map<String, String> passwords, Consumer<Importer.Report> done) {
        Task<Importer.Report> task = BackgroundTask.withProgress(progress -> {
                    List<Importer.Pdf> pdfs = new ArrayList<>();
                    IntakeSource.Limits limits = desk.review().intakeLimits();
                    for (Path file : files) {
                        pdfs.add(IntakeSource.pdf(file, limits));
                    }
                    return desk.review().addDocuments(desk.session(), reference, pdfs, passwords, progress);
                })
                .onRunning(() -> loading.set(true))
                .onSuccess(report -> {
                    done.accept(report);
                    load();
                })
                .onFailure(desk::problem)
                .onFinished(() -> loading.set(false))
                .executeWith(desk.executor());
        importProgress.bind(task.progressProperty());
        importMessage.bind(task.messageProperty());
    }

    public javafx.beans.property.ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress;
    }

    public ReadOnlyStringProperty importMessageProperty() {
        return importMessage;
    }

    /**
     * Stores corrections to the applicant and trip in the background, then reads the case again, so
     * that the verdicts are worked out for the corrected trip.
     */
    public void correct(CaseFields fields, Runnable saved, Consumer<String> refused) {
        String visaType = data.get().visaCase().trip().visaType();
        BackgroundTask.wrap(() -> {
                    desk.review().update(desk.session(), reference, fields.applicant(), fields.trip(visaType));
                    return fields;
                })
                .onSuccess(done -> {
                    saved.run();
                    load();
                })
                .onFailure(failure -> {
                    if (failure instanceof CaseloadException known) {
                        refused.accept(known.getMessage());
                    } else {
                        LOG.log(Level.WARNING, "correcting " + reference + " failed", failure);
                        refused.accept(desk.messages().get("problem.unexpected"));
                    }
                })
                .executeWith(desk.executor());
    }

    /**
     * Reads the text under a box the officer drew on a page, in the background: what the box is
     * meant to say. A scan has none: the officer types the value then.
     */
    public void readMarked(EvidenceViewModel.Mark mark, Consumer<String> done) {
        Optional<OpenedCase.DocumentData> document = Optional.ofNullable(data.get()).flatMap(d -> d.document(mark.documentId()));
        if (document.isEmpty()) {
            return;
        }
        ViewedDocument viewed = viewed(document.get());
        BackgroundTask.<String>wrap(() -> desk.extractor().textIn(viewed.bytes().get(), viewed.passwords(), mark.page(),
                        mark.box()))
                .onSuccess(done)
                .onFailure(failure -> {
                    LOG.log(Level.INFO, "cannot read the text under a box of " + viewed.fileName(), failure);
                    done.accept("");
                })
                .executeWith(desk.executor());
    }

    /** The figures an officer may correct or supply on a document: those of its kind. */
    public List<String> correctableFigures(long documentId) {
        return Optional.ofNullable(data.get()).flatMap(d -> d.document(documentId))
                .map(d -> FigureNames.of(d.document().kind())).orElse(List.of());
    }

    /**
     * Stores the officer's value for a figure of a document beside what was read, then reads the
     * case again: the verdicts are worked out anew with it. A value that is no value of the figure's
     * type is refused with a sentence saying so; nothing is stored then.
     *
     * @param mark where on the page the value stands, if the officer drew a box; else the figure as
     *             read keeps its place (or, supplied, the page shown)
     * @param marked the text under the box, if any
     */
    public void correctFigure(long documentId, String name, String value, Optional<EvidenceViewModel.Mark> mark,
            String marked, Runnable saved, Consumer<String> refused) {
        Optional<OpenedCase.DocumentData> document = editable(documentId, refused);
        if (document.isEmpty()) {
            return;
        }
        String user = desk.session().username();
        Optional<StoredFigure> before = document.get().figures().stream().filter(f -> f.figure().name().equals(name))
                .findFirst();
        Optional<String> currency = before.flatMap(f -> f.figure().currencyCode())
                .or(() -> document.get().figures().stream().filter(f -> f.figure().name().equals("currency"))
                        .map(f -> f.figure().value().canonical()).findFirst());
        Optional<FigureValue> parsed = FigureInput.parse(name, value, currency);
        if (parsed.isEmpty()) {
            refused.accept(desk.messages().format("correction.invalid." + FigureNames.type(name).name().toLowerCase(),
                    value.strip()));
            return;
        }
        int page = mark.map(EvidenceViewModel.Mark::page).or(() -> before.map(f -> f.figure().page())).orElse(1);
        Box box = mark.map(EvidenceViewModel.Mark::box).or(() -> before.map(f -> f.figure().box()))
                .orElse(new Box(0, 0, 0, 0));
        String source = mark.isPresent() && !marked.isBlank() ? marked
                : desk.messages().format("correction.typed", user);
        Figure figure = new Figure(name, parsed.get(), page, box, source);
        BackgroundTask.wrap(() -> desk.review().correct(desk.session(), documentId, figure))
                .onRunning(() -> loading.set(true))
                .onSuccess(stored -> {
                    saved.run();
                    load();
                })
                .onFailure(failure -> {
                    loading.set(false);
                    if (failure instanceof CaseloadException known) {
                        refused.accept(known.getMessage());
                    } else {
                        LOG.log(Level.WARNING, "correcting a figure of " + reference + " failed", failure);
                        refused.accept(desk.messages().get("problem.unexpected"));
                    }
                })
                .executeWith(desk.executor());
    }

    /**
     * The document of an undecided case, with someone at the desk to put their name to a change;
     * else empty, and the reason said.
     */
    private Optional<OpenedCase.DocumentData> editable(long documentId, Consumer<String> refused) {
        OpenedCase loaded = data.get();
        Optional<OpenedCase.DocumentData> document = Optional.ofNullable(loaded).flatMap(d -> d.document(documentId));
        if (document.isEmpty() || loaded.isDecided()) {
            refused.accept(desk.messages().get("correction.decided"));
            return Optional.empty();
        }
        return document;
    }

    /**
     * Adds a transaction the reader missed on a statement, as the officer read it from the page,
     * then reads the case again so that the verdicts count it. Refused in a sentence when the date
     * or an amount is none.
     */
    public void supplyTransaction(long documentId, String date, String amount, String balance, String description,
            Optional<EvidenceViewModel.Mark> mark, Runnable saved, Consumer<String> refused) {
        Optional<OpenedCase.DocumentData> document = editable(documentId, refused);
        if (document.isEmpty()) {
            return;
        }
        Optional<String> currency = document.get().figures().stream().filter(f -> f.figure().name().equals("currency"))
                .map(f -> f.figure().value().canonical()).findFirst()
                .or(() -> document.get().transactions().stream().map(t -> t.amount().currencyCode()).findFirst());
        Optional<FigureValue> day = FigureInput.parse("period_end", date, Optional.empty());
        Optional<FigureValue> money = FigureInput.parse("amount", amount, currency);
        Optional<FigureValue> after = balance.isBlank() ? Optional.empty() : FigureInput.parse("amount", balance, currency);
        if (day.isEmpty()) {
            refused.accept(desk.messages().format("correction.invalid.date", date.strip()));
            return;
        }
        if (money.isEmpty() || !balance.isBlank() && after.isEmpty()) {
            refused.accept(desk.messages().format("correction.invalid.amount", (money.isEmpty() ? amount : balance).strip()));
            return;
        }
        int page = mark.map(EvidenceViewModel.Mark::page).orElse(1);
        Box box = mark.map(EvidenceViewModel.Mark::box).orElse(new Box(0, 0, 0, 0));
        Transaction transaction = new Transaction(((FigureValue.Date) day.get()).date(), description.strip(),
                ((FigureValue.Amount) money.get()).money(), after.map(a -> ((FigureValue.Amount) a).money()), "", page, box);
        BackgroundTask.wrap(() -> {
                    desk.review().supply(desk.session(), documentId, transaction);
                    return transaction;
                })
                .onRunning(() -> loading.set(true))
                .onSuccess(added -> {
                    saved.run();
                    load();
                })
                .onFailure(failure -> {
                    loading.set(false);
                    LOG.log(Level.WARNING, "adding a transaction to " + reference + " failed", failure);
                    refused.accept(failure instanceof CaseloadException known ? known.getMessage()
                            : desk.messages().get("problem.unexpected"));
                })
                .executeWith(desk.executor());
    }

    /**
     * Whether the decision as filled in would be refused by the rules every decision keeps (no
     * ground, no documents named, no reason against the verdicts): then the refusal is shown where a
     * refusal by the caseload would be, and true is returned, before anything is confirmed.
     */
    public boolean refusedBeforeDeciding(Outcome outcome, List<Integer> grounds, String note, String reason) {
        Optional<DecisionService.Refused> refused = DecisionService.incomplete(outcome, grounds, note, reason, verdicts);
        refused.ifPresent(r -> problem.set(desk.messages().getOrElse("decision.refused." + r.reason().code(),
                r.getMessage())));
        if (refused.isEmpty()) {
            problem.set("");
        }
        return refused.isPresent();
    }

    /**
     * The decided case evaluated again under today's rules, beside what it was decided on, in the
     * background; nothing is stored.
     */
    public void reevaluate(Consumer<casedesk.review.Reevaluation> then) {
        BackgroundTask.wrap(() -> desk.review().reevaluate(desk.session(), reference, desk.today()))
                .onSuccess(result -> result.ifPresent(then))
                .onFailure(desk::problem)
                .executeWith(desk.executor());
    }

    /** A supervisor's review of the case's decision: recorded beside it, the decision unchanged; then shown. */
    public void reviewDecision(casedesk.model.DecisionReview.Flag flag, String note) {
        OpenedCase loaded = data.get();
        if (loaded == null || loaded.decision().isEmpty()) {
            return;
        }
        long decisionId = loaded.decision().get().id();
        BackgroundTask.wrap(() -> {
                    desk.auditTrail().review(desk.session(), reference, decisionId, flag, note);
                    return null;
                })
                .onSuccess(done -> load())
                .onFailure(desk::problem)
                .executeWith(desk.executor());
    }

    /** Whether the signed-in user audits decisions (a supervisor), on any caseload. */
    public boolean audits() {
        return desk.session().may(casedesk.access.Permission.AUDIT);
    }

    /** Whether the signed-in user may review decisions here. */
    public boolean mayReviewDecisions() {
        return desk.mayReviewDecisions();
    }

    /** How the decision the officer is about to take goes against the verdicts, if it does. */
    public Optional<String> against(Outcome outcome) {
        return DecisionService.against(outcome, verdicts);
    }

    /** The grounds the failed or missing verdicts suggest for a refusal, else those of the verdicts to review. */
    public List<Integer> suggestedGrounds() {
        List<Integer> failed = groundsOf(EnumSet.of(VerdictStatus.FAIL, VerdictStatus.MISSING));
        // With nothing failed, a refusal rests on what was flagged for review: an officer who refuses
        // a case whose statement is in someone else's name refuses it on that ground.
        return failed.isEmpty() ? groundsOf(EnumSet.of(VerdictStatus.REVIEW)) : failed;
    }

    private List<Integer> groundsOf(Set<VerdictStatus> statuses) {
        return verdicts.stream().filter(v -> statuses.contains(v.status()))
                .flatMap(v -> v.suggestedGround().isPresent() ? Stream.of(v.suggestedGround().getAsInt()) : Stream.empty())
                .distinct().sorted().toList();
    }

    public Optional<RuleSet> ruleSet() {
        return Optional.ofNullable(data.get()).map(OpenedCase::ruleSet);
    }

    public ReadOnlyObjectProperty<OpenedCase> dataProperty() {
        return data;
    }

    public ObservableList<Verdict> verdicts() {
        return verdicts;
    }

    public ObservableList<FigureRow> figures() {
        return figures;
    }

    public ObservableList<TransactionRow> transactions() {
        return transactions;
    }

    public ObservableList<SignalRow> signals() {
        return signals;
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus;
    }

    public ObjectProperty<Long> shownDocumentProperty() {
        return shownDocument;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public Desk desk() {
        return desk;
    }
}
