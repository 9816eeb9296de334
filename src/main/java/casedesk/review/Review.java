package casedesk.review;

import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.caseload.Setting;
import casedesk.decision.DecisionService;
import casedesk.evidence.Extractor;
import casedesk.intake.Importer;
import casedesk.intake.IntakeSource;
import casedesk.intake.ManifestException;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import casedesk.model.Correction;
import casedesk.model.Decision;
import casedesk.model.Document;
import casedesk.model.Evaluation;
import casedesk.model.Figure;
import casedesk.model.Outcome;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.model.StoredFigure;
import casedesk.model.Transaction;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import casedesk.progress.Progress;
import casedesk.rules.CaseFile;
import casedesk.rules.RuleSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The officer's work on a caseload, for both desks: the queue, opening a case, correcting it,
 * adding documents, and deciding. Every call takes the signed-in session, checks what its role may
 * do, and records its user as the one who did it.
 */
public final class Review {

    private final Caseload caseload;
    private final Clock clock;
    private final Evaluations evaluations;
    private final DecisionService decisions;
    private final Importer importer;

    public Review(Caseload caseload, Extractor extractor, Clock clock) {
        this.caseload = caseload;
        this.clock = clock;
        this.evaluations = new Evaluations(caseload, clock);
        this.decisions = new DecisionService(caseload);
        this.importer = new Importer(caseload, extractor, clock);
    }

    public List<QueueEntry> queue(Session session, QueueQuery query) {
        session.require(Permission.READ_CASES);
        return caseload.cases().queue(query);
    }

    public long count(Session session, QueueQuery query) {
        session.require(Permission.READ_CASES);
        return caseload.cases().count(query);
    }

    public Map<CaseStatus, Long> countByStatus(Session session) {
        session.require(Permission.READ_CASES);
        return caseload.cases().countByStatus();
    }

    /**
     * Opens a case: it is read once, and an undecided case is evaluated anew under the rules in
     * force today. For an officer the evaluation is stored when what it read differs from the last
     * one stored (a document was added, the rates or the rules changed); a supervisor's look changes
     * nothing. A decided case shows the verdicts it was decided on.
     */
    public OpenedCase open(Session session, CaseReference reference, LocalDate today) {
        session.require(Permission.READ_CASES);
        CaseFile file = evaluations.file(reference);
        VisaCase visaCase = file.visaCase();
        List<OpenedCase.DocumentData> documents = new ArrayList<>();
        for (CaseFile.Evidence evidence : file.documents()) {
            long id = evidence.document().id();
            documents.add(new OpenedCase.DocumentData(evidence.document(), evidence.figures(), evidence.transactions(),
                    evidence.signals(), caseload.evidence().reading(id), caseload.evidence().supplied(id)));
        }
        RuleSet ruleSet = evaluations.ruleSets().inForce(today);
        Optional<Evaluation> evaluation = caseload.evaluations().latest(reference);
        if (!visaCase.status().isDecided()) {
            Evaluation fresh = evaluations.evaluate(file, ruleSet, today);
            boolean changed = evaluation.map(s -> !s.inputsSha256().equals(fresh.inputsSha256())
                    || !s.ruleSetVersion().equals(fresh.ruleSetVersion())).orElse(true);
            if (changed) {
                if (session.may(Permission.REVIEW) && caseload.readOnly().isEmpty()) {
                    caseload.evaluations().store(reference, fresh, session.username());
                }
                evaluation = Optional.of(fresh);
            }
        }
        List<Decision> decisions = caseload.decisions().forCase(reference);
        // A decided case shows what it was decided on, as the decision's snapshot froze it, not an
        // evaluation made since.
        Optional<Evaluation> decidedOn = visaCase.status().isDecided() && !decisions.isEmpty()
                ? DecisionService.decidedOn(decisions.getLast()) : Optional.empty();
        return new OpenedCase(visaCase, documents, decidedOn.isPresent() ? decidedOn : evaluation, decisions, ruleSet,
                required(visaCase, documents, ruleSet, today), decidedOn.isPresent(),
                decisions.isEmpty() ? List.of() : caseload.decisions().reviews(reference));
    }

    /**
     * A decided case evaluated again under the rules in force today, beside what it was decided on,
     * each difference marked; nothing is stored. Empty when the case is not decided or its decision
     * kept no verdicts.
     */
    public Optional<Reevaluation> reevaluate(Session session, CaseReference reference, LocalDate today) {
        session.require(Permission.READ_CASES);
        VisaCase visaCase = caseload.cases().get(reference);
        List<Decision> decisions = caseload.decisions().forCase(reference);
        if (!visaCase.status().isDecided() || decisions.isEmpty()) {
            return Optional.empty();
        }
        return DecisionService.decidedOn(decisions.getLast()).map(decidedOn -> Reevaluation.of(decidedOn,
                evaluations.evaluate(evaluations.file(reference), evaluations.ruleSets().inForce(today), today)));
    }

    /** Evaluates a case under the rules in force today and stores the evaluation. */
    public Evaluation evaluate(Session session, CaseReference reference) {
        session.require(Permission.REVIEW);
        caseload.requireWritable();
        return evaluations.evaluateAndStore(reference, LocalDate.now(clock), session.username());
    }

    /** The bytes of a document, as stored. */
    public byte[] documentBytes(Session session, Document document) {
        session.require(Permission.READ_CASES);
        return caseload.documents().bytes(document);
    }

    /** The reference a new case lodged on a day gets. */
    public CaseReference nextReference(Session session, LocalDate lodged, String defaultPost) {
        session.require(Permission.REVIEW);
        return caseload.cases().nextReference(lodged, defaultPost);
    }

    public void create(Session session, VisaCase visaCase) {
        session.require(Permission.REVIEW);
        caseload.cases().create(visaCase, session.username());
    }

    /** Corrects the applicant and the trip of an undecided case. */
    public void update(Session session, CaseReference reference, Applicant applicant, Trip trip) {
        session.require(Permission.REVIEW);
        caseload.cases().update(reference, applicant, trip, session.username());
    }

    /** Creates a case from an intake folder or zip, with its documents. */
    public Importer.Report importIntake(Session session, IntakeSource source, Progress progress) throws ManifestException {
        session.require(Permission.REVIEW);
        return importer.importIntake(source, session.username(), progress);
    }

    public Importer.Report addDocuments(Session session, CaseReference reference, List<Importer.Pdf> pdfs,
            Map<String, String> passwords, Progress progress) {
        session.require(Permission.REVIEW);
        return importer.addDocuments(reference, pdfs, passwords, session.username(), progress);
    }

    /** Corrects or supplies a figure, beside what the reader read. */
    public StoredFigure correct(Session session, long documentId, Figure figure) {
        session.require(Permission.REVIEW);
        return caseload.evidence().correct(documentId, figure, new Correction(session.username(), clock.instant()));
    }

    /** Adds a transaction the reader missed, beside the rows read. */
    public void supply(Session session, long documentId, Transaction transaction) {
        session.require(Permission.REVIEW);
        caseload.evidence().supply(documentId, transaction, new Correction(session.username(), clock.instant()));
    }

    /** The limits this caseload holds intakes and added documents to: its settings, or their defaults. */
    public IntakeSource.Limits intakeLimits() {
        Map<Setting, String> settings = caseload.settings().all(); // one read for all four
        java.util.function.ToLongFunction<Setting> number = setting -> Long.parseLong(settings.get(setting));
        return new IntakeSource.Limits(number.applyAsLong(Setting.LARGEST_CASE_JSON_KB) * 1024,
                number.applyAsLong(Setting.LARGEST_DOCUMENT_MB) * 1024 * 1024,
                number.applyAsLong(Setting.LARGEST_INTAKE_MB) * 1024 * 1024,
                (int) number.applyAsLong(Setting.MOST_INTAKE_FILES));
    }

    /** Records a decision in the session's name, now. */
    public Decision decide(Session session, CaseReference reference, Outcome outcome, List<Integer> refusalGrounds,
            String note, String deviationReason) {
        session.require(Permission.DECIDE);
        return decisions.decide(new DecisionService.Request(reference, outcome, refusalGrounds, note, deviationReason,
                session.username(), clock.instant()));
    }

    /**
     * The means required for the stay, in each currency the statements are kept in (at the
     * workstation's latest rate), so that the balance chart can draw it as a line.
     */
    private Map<String, BigDecimal> required(VisaCase visaCase, List<OpenedCase.DocumentData> documents, RuleSet ruleSet,
            LocalDate today) {
        Map<String, BigDecimal> required = new LinkedHashMap<>();
        var reference = ruleSet.referenceAmount(visaCase.trip().destination());
        if (reference.isEmpty()) {
            return required;
        }
        BigDecimal euros = reference.get().forStay(visaCase.trip().days());
        for (OpenedCase.DocumentData document : documents) {
            for (Transaction t : document.transactions()) {
                String currency = t.amount().currencyCode();
                if (!required.containsKey(currency)) {
                    if (currency.equals("EUR")) {
                        required.put(currency, euros);
                    } else {
                        caseload.rates().onOrBefore(currency, today)
                                .ifPresent(rate -> required.put(currency, euros.multiply(rate.perEur())));
                    }
                }
            }
        }
        return required;
    }
}
