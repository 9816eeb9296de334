package casedesk.audit;

import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.decision.DecisionService;
import casedesk.model.AuditEvent;
import casedesk.model.Decision;
import casedesk.model.CaseReference;
import casedesk.model.DecisionReview;
import casedesk.model.DecisionSummary;
import casedesk.model.DecisionFilter;
import casedesk.model.DecisionStatistics;
import casedesk.progress.Progress;
import casedesk.review.Evaluations;
import casedesk.review.Reevaluation;
import casedesk.security.Sha256;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail as a supervisor reads it: who did what, when, on which case, newest first, and
 * searchable. Supervisors only (they audit); reading it changes nothing.
 */
public final class AuditTrail {

    /** The most events one read returns: a screen's worth several times over. */
    public static final int PAGE = 500;

    private final Caseload caseload;
    private final Clock clock;
    private final Evaluations evaluations;
    /** Whether the facts of decisions from before format 7 have been derived since this service began. */
    private volatile boolean factsFilled;

    public AuditTrail(Caseload caseload, Clock clock) {
        this.caseload = caseload;
        this.clock = clock;
        this.evaluations = new Evaluations(caseload, clock);
    }

    /**
     * The newest events whose actor, event type or case contain {@code search}, or whose type is one of
     * {@code types} (named in the reader's words by the search), a page from {@code offset}.
     */
    public List<AuditEvent> events(Session session, String search, java.util.Set<String> types, int offset) {
        session.require(Permission.AUDIT);
        return caseload.audit().search(search, types, offset, PAGE);
    }

    /**
     * Attaches a review to one of a case's decisions: agree, disagree or discuss, with a note;
     * recorded as an audit event, the decision unchanged. Supervisors only.
     */
    public void review(Session session, CaseReference reference, long decisionId, DecisionReview.Flag flag, String note) {
        session.require(Permission.AUDIT);
        caseload.decisions().review(reference, decisionId, flag, note, session.username());
    }

    /** The reviews of a case's decisions, oldest first: for whoever may see the case. */
    public List<DecisionReview> reviews(Session session, CaseReference reference) {
        session.require(Permission.READ_CASES);
        return caseload.decisions().reviews(reference);
    }

    /** A page of the decisions a filter lets through, and how many it lets through in all. */
    public record Page(List<DecisionSummary> decisions, long total) {
    }

    /**
     * The decisions of the whole caseload that the filter lets through, in the order asked, a page of
     * at most {@link #PAGE} from {@code offset}. A "differs today" filter counts the decisions
     * {@link #recheck} has checked under today's rules. Supervisors only.
     */
    public Page decisions(Session session, DecisionFilter filter, DecisionSummary.Order order, boolean ascending,
            int offset) {
        session.require(Permission.AUDIT);
        fillFacts();
        String rules = rulesToday();
        return new Page(caseload.decisions().browse(filter, rules, order, ascending, offset, PAGE),
                caseload.decisions().count(filter, rules));
    }

    /** Every decision the filter lets through, newest first, in one pass: for reports. */
    public void eachDecision(Session session, DecisionFilter filter, java.util.function.Consumer<DecisionSummary> each) {
        session.require(Permission.AUDIT);
        fillFacts();
        caseload.decisions().each(filter, rulesToday(), each);
    }

    /** The statistics over the decisions the filter lets through. Supervisors only. */
    public DecisionStatistics statistics(Session session, DecisionFilter filter) {
        session.require(Permission.AUDIT);
        fillFacts();
        return caseload.decisions().statistics(filter, rulesToday());
    }

    /**
     * Checks the decisions the filter lets through that have not been checked under today's rules
     * yet: each decision's verdicts beside an evaluation of its case under the rule set and rates in
     * force today. What it finds is kept (a cache, not a change to any decision), so a second look
     * costs nothing. Returns how many it checked. Supervisors only; the caseload must take changes.
     */
    public int recheck(Session session, DecisionFilter filter, Progress progress) {
        session.require(Permission.AUDIT);
        // What it finds is kept: a caseload that takes no change says why before any work is done.
        caseload.requireWritable();
        fillFacts();
        String rules = rulesToday();
        LocalDate today = LocalDate.now(clock);
        var ruleSet = evaluations.ruleSets().inForce(today);
        List<Long> unchecked = caseload.decisions().unchecked(filter, rules, Integer.MAX_VALUE);
        int checked = 0;
        for (int from = 0; from < unchecked.size(); from += 200) {
            Map<Long, Boolean> differs = new LinkedHashMap<>();
            for (long id : unchecked.subList(from, Math.min(from + 200, unchecked.size()))) {
                Decision decision = caseload.decisions().get(id);
                differs.put(id, DecisionService.decidedOn(decision)
                        .map(then -> Reevaluation.of(then, evaluations.evaluate(evaluations.file(decision.caseReference()),
                                ruleSet, today)).anyChanged())
                        .orElse(false));
                progress.report(++checked, unchecked.size(), "Checking decisions against today's rules");
            }
            // Kept a batch at a time: a check cut short keeps what it found.
            caseload.decisions().recheck(differs, rules);
        }
        return checked;
    }

    /** The most decisions a PDF report's table lists (the newest); its counts and charts cover them all. */
    public static final int PDF_ROWS = 5_000;

    /** Writes the decisions the filter lets through as CSV, every one; returns how many. Supervisors only. */
    public long reportCsv(Session session, DecisionFilter filter, java.io.OutputStream out) throws java.io.IOException {
        session.require(Permission.AUDIT);
        return Report.csv(each -> eachDecision(session, filter, each), out);
    }

    /**
     * Writes the PDF report on the decisions the filter lets through, with the audit trail verified
     * afresh (its result and head hash are printed), in {@code language} (English or French); returns
     * how many decisions its table lists. Supervisors only.
     */
    public long reportPdf(Session session, DecisionFilter filter, java.io.OutputStream out, Progress progress,
            java.util.Locale language) throws java.io.IOException {
        session.require(Permission.AUDIT);
        progress.report(0, 3, "Verifying the audit trail");
        var chain = caseload.audit().verify();
        progress.report(1, 3, "Counting the decisions");
        DecisionStatistics statistics = statistics(session, filter);
        List<DecisionSummary> rows = caseload.decisions().browse(filter, rulesToday(), DecisionSummary.Order.DECIDED_AT,
                false, 0, PDF_ROWS);
        progress.report(2, 3, "Writing the report");
        long listed = Report.pdf(new Report.Heading(caseload.file().getFileName().toString(), filter, session.username(),
                java.time.Instant.now(clock), chain, language), statistics, rows, out);
        progress.report(3, 3, "Report written");
        return listed;
    }

    /**
     * What "today's rules" are, as a key for the checks kept: the rule-set version in force today and
     * the exchange rates held (a new rate can change a verdict on means).
     */
    private String rulesToday() {
        String version = evaluations.ruleSets().inForce(LocalDate.now(clock)).version();
        return version + "|" + Sha256.hex(caseload.rates().summary().toString()).substring(0, 16);
    }

    /** Derives the facts of decisions from before format 7, when the caseload may be changed: once. */
    private void fillFacts() {
        if (factsFilled || caseload.readOnly().isPresent()) {
            return;
        }
        if (caseload.decisions().withoutFacts() > 0) {
            while (caseload.decisions().fillFacts(500) > 0) {
                // Each batch is its own transaction: a long first fill is never lost to a kill.
            }
        }
        // Every decision recorded from now on keeps its facts as it is recorded.
        factsFilled = true;
    }

    /** Everyone who has decided a case, for the browser's officer filter. Supervisors only. */
    public List<String> deciders(Session session) {
        session.require(Permission.AUDIT);
        return caseload.decisions().deciders();
    }

    /** The signals raised on the documents decisions were taken on, for the browser's signal filter. */
    public List<String> signals(Session session) {
        session.require(Permission.AUDIT);
        return caseload.decisions().signalCodes();
    }

    /** The words of each refusal ground of the rule set in force today, by number. */
    public Map<Integer, String> groundTexts(Session session) {
        session.require(Permission.AUDIT);
        Map<Integer, String> texts = new LinkedHashMap<>();
        evaluations.ruleSets().inForce(LocalDate.now(clock)).refusalGrounds().grounds()
                .forEach(ground -> texts.put(ground.number(), ground.text()));
        return texts;
    }

    /**
     * Writes this workstation's bundle (its trail and every decision, and with {@code withDocuments}
     * the documents they were taken on, sealed under the passphrase and signed), for a supervisor's
     * caseload to import. Supervisors and administrators.
     */
    public casedesk.model.BundleHeader exportBundle(Session session, java.io.OutputStream out, char[] passphrase,
            boolean withDocuments) throws java.io.IOException {
        session.require(Permission.EXPORT_BUNDLE);
        caseload.requireWritable();
        return caseload.bundles().export(out, passphrase, session.username(), java.time.Instant.now(clock),
                withDocuments);
    }

    /**
     * Opens and verifies another workstation's bundle and imports its decisions, read-only and
     * labelled; refused whole at the first thing wrong. Supervisors only.
     */
    public casedesk.model.ImportedWorkstation importBundle(Session session, byte[] bundle, char[] passphrase,
            String label) {
        session.require(Permission.IMPORT_BUNDLES);
        caseload.requireWritable();
        var contents = casedesk.caseload.Bundles.open(bundle, passphrase);
        return caseload.bundles().importBundle(contents, label, session.username());
    }

    /** What a bundle says about itself, before its passphrase is asked for (nothing of it is verified yet). */
    public casedesk.model.BundleHeader peekBundle(Session session, byte[] bundle) {
        session.require(Permission.IMPORT_BUNDLES);
        return casedesk.caseload.Bundles.peek(bundle);
    }

    /** The workstations whose bundles were imported here. Supervisors only. */
    public List<casedesk.model.ImportedWorkstation> workstations(Session session) {
        session.require(Permission.AUDIT);
        return caseload.bundles().workstations();
    }

    /** A decision imported from a workstation's bundle, its note, reason and snapshot opened. Supervisors only. */
    public Decision importedDecision(Session session, String workstation, long decisionId) {
        session.require(Permission.AUDIT);
        return caseload.bundles().importedDecision(workstation, decisionId);
    }

    /**
     * A document an imported decision was taken on, by the SHA-256 its snapshot names, if the
     * workstation's bundles carried it. Supervisors only.
     */
    public java.util.Optional<byte[]> importedDocument(Session session, String workstation, String sha256) {
        session.require(Permission.AUDIT);
        return caseload.bundles().importedDocument(workstation, sha256);
    }

    /** How many events the trail holds. */
    public long size(Session session) {
        session.require(Permission.AUDIT);
        return caseload.audit().size();
    }
}
