package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.AuditEvent;
import casedesk.model.CaseReference;
import casedesk.model.Decision;
import casedesk.model.DecisionFacts;
import casedesk.model.DecisionFilter;
import casedesk.model.DecisionStatistics;
import casedesk.model.DecisionSummary;
import casedesk.model.DecisionReview;
import casedesk.model.Outcome;
import casedesk.security.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decisions, frozen with their snapshots. The database refuses to update or delete them, and the
 * audit event that records each one carries its snapshot hash, so that a decision changed behind the
 * triggers' back is still found by {@link AuditLog#verify()}.
 */
public final class DecisionRepository {

    static final String EVENT = "decision-recorded";

    private final Database db;
    private final AuditLog audit;
    private final CaseRepository cases;
    private final KeyRing keys;

    DecisionRepository(Database db, AuditLog audit, CaseRepository cases) {
        this.db = db;
        this.audit = audit;
        this.cases = cases;
        this.keys = db.keys();
    }

    /**
     * Records a decision and moves the case to the status it leads to. The decision's id is assigned
     * here; the one passed in is ignored.
     */
    public Decision record(Decision decision, String actor) {
        if (!Sha256.hex(decision.snapshot()).equals(decision.snapshotSha256())) {
            throw new IllegalArgumentException("the snapshot hash does not match the snapshot");
        }
        return db.transaction(connection -> {
            long caseId = CaseRepository.requireId(connection, decision.caseReference());
            if (decision.supersedes().isPresent()) {
                requireOfCase(connection, decision.supersedes().getAsLong(), caseId, decision.caseReference());
            }
            ArrayNode grounds = Json.array();
            decision.refusalGrounds().forEach(grounds::add);
            long id = Database.nextId(connection, "decisions");
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO decisions (case_id, outcome, refusal_grounds, note, deviation_reason, decided_by,
                        decided_at, snapshot, snapshot_sha256, supersedes, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setLong(1, caseId);
                insert.setString(2, decision.outcome().code());
                insert.setString(3, Json.canonical(grounds));
                String decidedAt = Database.timestamp(decision.decidedAt());
                insert.setBytes(4, keys.sealText(decision.note(), RowIdentity.decision("note", id)));
                insert.setBytes(5, keys.sealText(decision.deviationReason(), RowIdentity.decision("deviation_reason", id)));
                insert.setString(6, decision.decidedBy());
                insert.setString(7, decidedAt);
                insert.setBytes(8, keys.sealText(decision.snapshot(), RowIdentity.decision("snapshot", id)));
                insert.setString(9, decision.snapshotSha256());
                if (decision.supersedes().isPresent()) {
                    insert.setLong(10, decision.supersedes().getAsLong());
                } else {
                    insert.setNull(10, Types.INTEGER);
                }
                insert.setLong(11, id);
                insert.executeUpdate();
            }
            storeFacts(connection, id, DecisionSnapshot.facts(decision.outcome(), decision.snapshot()));
            cases.setStatus(connection, decision.caseReference(), decision.outcome().resultingStatus());
            var detail = Json.object()
                    .put("decision", id)
                    .put("outcome", decision.outcome().code())
                    .put("decidedBy", decision.decidedBy())
                    .put("snapshotSha256", decision.snapshotSha256());
            detail.set("grounds", grounds);
            decision.supersedes().ifPresent(superseded -> detail.put("supersedes", superseded));
            audit.append(connection, actor, EVENT, decision.caseReference().value(), detail, Subject.decision(id),
                    Subject.caseRecord(decision.caseReference().value()));
            return new Decision(id, decision.caseReference(), decision.outcome(), decision.refusalGrounds(),
                    decision.note(), decision.deviationReason(), decision.decidedBy(),
                    Database.instant(Database.timestamp(decision.decidedAt())), decision.snapshot(),
                    decision.snapshotSha256(), decision.supersedes());
        });
    }

    /** The audit event of a supervisor's review of a decision. */
    static final String REVIEWED = "decision-reviewed";

    /**
     * Records a supervisor's review of one of the case's decisions, as an audit event about it; the
     * note is sealed as the decision's own note is. The decision is not changed.
     */
    public void review(CaseReference reference, long decisionId, DecisionReview.Flag flag, String note, String actor) {
        db.transaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT 1 FROM decisions d JOIN cases c ON c.id = d.case_id WHERE d.id = ? AND c.reference = ?""")) {
                query.setLong(1, decisionId);
                query.setString(2, reference.value());
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new CaseloadException.NotFound("The case " + reference + " has no decision " + decisionId + ".");
                    }
                }
            }
            ObjectNode detail = Json.object().put("decision", decisionId).put("flag", flag.code());
            detail.put("sealed", audit.sealDetail(Json.object().put("note", note == null ? "" : note.strip()), REVIEWED,
                    reference.value()));
            audit.append(connection, actor, REVIEWED, reference.value(), detail, Subject.decision(decisionId));
            return null;
        });
    }

    /** The reviews of a case's decisions, oldest first (their notes opened: the caseload must be unlocked). */
    public List<DecisionReview> reviews(CaseReference reference) {
        List<DecisionReview> reviews = new java.util.ArrayList<>();
        for (AuditEvent event : audit.forCase(reference)) {
            if (event.type().equals(REVIEWED)) {
                var detail = audit.readableDetail(event);
                reviews.add(new DecisionReview(detail.path("decision").asLong(),
                        DecisionReview.Flag.of(detail.path("flag").asText()), detail.path("note").asText(""),
                        event.actor(), event.at()));
            }
        }
        return reviews;
    }

    /**
     * Decisions over the whole caseload that the filter lets through, a page of at most {@code limit}
     * from {@code offset}, in the order asked (ties newest first). Nothing sealed is opened: the
     * browser lists what the queue shows and the facts kept beside each decision. {@code rules} names
     * the rules a "differs today" filter is checked under (see {@link #recheck}).
     */
    public List<DecisionSummary> browse(DecisionFilter filter, String rules, DecisionSummary.Order order,
            boolean ascending, int offset, int limit) {
        Where where = where(filter, rules);
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT v.* " + FROM + where.sql
                    + " ORDER BY " + orderBy(order) + (ascending ? " ASC" : " DESC")
                    + ", v.decided_at DESC, v.workstation, v.id DESC LIMIT ? OFFSET ?")) {
                int next = where.bind(query, 1);
                query.setInt(next, limit);
                query.setInt(next + 1, offset);
                List<DecisionSummary> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(summary(rows));
                    }
                }
                return found;
            }
        });
    }

    /** How many decisions the filter lets through. */
    public long count(DecisionFilter filter, String rules) {
        Where where = where(filter, rules);
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) " + FROM + where.sql)) {
                where.bind(query, 1);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.getLong(1);
                }
            }
        });
    }

    /**
     * The statistics over the decisions the filter lets through: one pass of one query over a few
     * columns of each (at 100,000 decisions, cheaper than a query per chart over the same relation);
     * only the scores of Sesame-path issuances are opened (they are sealed), one small value each.
     */
    public DecisionStatistics statistics(DecisionFilter filter, String rules) {
        Where where = where(filter, rules);
        return db.read(connection -> {
            long total = 0;
            java.util.TreeMap<String, Long> weeks = new java.util.TreeMap<>();
            java.util.TreeMap<String, long[]> officers = new java.util.TreeMap<>();
            java.util.TreeMap<Integer, Long> grounds = new java.util.TreeMap<>();
            java.util.EnumMap<DecisionFilter.Timeliness, Long> timeliness = new java.util.EnumMap<>(DecisionFilter.Timeliness.class);
            java.util.TreeMap<String, Long> signals = new java.util.TreeMap<>();
            List<Integer> scores = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT substr(v.decided_at, 1, 10), v.outcome, v.decided_by, v.against, v.refusal_grounds, v.signals,
                        v.path, v.lodged, v.deadline, CASE WHEN v.path = 'sesame' AND v.outcome = 'issue' THEN v.score END,
                        v.id, v.ws_id, v.bundle""" + " " + FROM + where.sql)) {
                where.bind(query, 1);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        total++;
                        java.time.LocalDate day = java.time.LocalDate.parse(rows.getString(1));
                        String outcome = rows.getString(2);
                        java.time.LocalDate monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                                java.time.DayOfWeek.MONDAY));
                        weeks.merge(monday + " " + outcome, 1L, Long::sum);
                        long[] officer = officers.computeIfAbsent(rows.getString(3), k -> new long[2]);
                        officer[0]++;
                        officer[1] += rows.getInt(4);
                        String refused = rows.getString(5);
                        if (refused.length() > 2) {
                            Json.parse(refused).forEach(ground -> grounds.merge(ground.asInt(), 1L, Long::sum));
                        }
                        String raised = rows.getString(6);
                        if (raised != null && raised.length() > 2) {
                            Json.parse(raised).forEach(code -> signals.merge(code.asText() + " " + outcome, 1L, Long::sum));
                        }
                        java.time.LocalDate lodged = java.time.LocalDate.parse(rows.getString(8));
                        java.time.LocalDate deadline = java.time.LocalDate.parse(rows.getString(9));
                        DecisionFilter.Timeliness timely = java.time.temporal.ChronoUnit.DAYS.between(lodged, day) <= 15
                                ? DecisionFilter.Timeliness.WITHIN_15_DAYS
                                : !day.isAfter(deadline) ? DecisionFilter.Timeliness.BY_EXTENDED_DEADLINE
                                : DecisionFilter.Timeliness.LATE;
                        timeliness.merge(timely, 1L, Long::sum);
                        if ("sesame".equals(rows.getString(7)) && "issue".equals(outcome)) {
                            scores.add(score(rows.getLong(11), rows.getObject(10), rows.getLong(12), rows.getLong(13)));
                        }
                    }
                }
            }
            List<DecisionStatistics.Week> byWeek = new ArrayList<>();
            weeks.forEach((key, n) -> byWeek.add(new DecisionStatistics.Week(java.time.LocalDate.parse(key.substring(0, 10)),
                    Outcome.fromCode(key.substring(11)), n)));
            List<DecisionStatistics.Officer> byOfficer = new ArrayList<>();
            officers.forEach((name, n) -> byOfficer.add(new DecisionStatistics.Officer(name, n[0], n[1])));
            List<DecisionStatistics.Ground> byGround = new ArrayList<>();
            grounds.forEach((ground, n) -> byGround.add(new DecisionStatistics.Ground(ground, n)));
            List<DecisionStatistics.Timely> byTimeliness = new ArrayList<>();
            timeliness.forEach((timely, n) -> byTimeliness.add(new DecisionStatistics.Timely(timely, n)));
            List<DecisionStatistics.Signal> bySignal = new ArrayList<>();
            signals.forEach((key, n) -> {
                int space = key.lastIndexOf(' ');
                bySignal.add(new DecisionStatistics.Signal(key.substring(0, space), Outcome.fromCode(key.substring(space + 1)), n));
            });
            return new DecisionStatistics(total, byWeek, byOfficer, byGround, scores.size(), bands(scores), byTimeliness,
                    bySignal);
        });
    }

    /**
     * Every decision the filter lets through, newest first, read by one query as it goes (a report of
     * 100,000 rows in one pass, not page after page).
     */
    public void each(DecisionFilter filter, String rules, java.util.function.Consumer<DecisionSummary> each) {
        Where where = where(filter, rules);
        db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT v.* " + FROM + where.sql
                    + " ORDER BY v.decided_at DESC, v.workstation, v.id DESC")) {
                where.bind(query, 1);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        each.accept(summary(rows));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Decisions the filter lets through (its "differs today" criterion aside) that have not been
     * checked under {@code rules}, oldest first, at most {@code limit}. Only this caseload's own: an
     * imported decision has no case here to evaluate again.
     */
    public List<Long> unchecked(DecisionFilter filter, String rules, int limit) {
        Where where = where(filter.withDiffersToday(false), rules);
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT v.id " + FROM + where.sql
                    + (where.sql.isEmpty() ? " WHERE" : " AND") + " v.workstation = ''"
                    + " AND NOT EXISTS (SELECT 1 FROM decision_rechecks r WHERE r.decision_id = v.id AND r.rules = ?)"
                    + " ORDER BY v.id LIMIT ?")) {
                int next = where.bind(query, 1);
                query.setString(next, rules);
                query.setInt(next + 1, limit);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /**
     * Keeps whether each decision's verdicts differ under {@code rules}: a cache for the browser's
     * "differs today" filter, not a change to any decision, so no audit event records it.
     */
    public void recheck(java.util.Map<Long, Boolean> differs, String rules) {
        db.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO decision_rechecks (decision_id, rules, differs) VALUES (?, ?, ?)")) {
                for (var entry : differs.entrySet()) {
                    insert.setLong(1, entry.getKey());
                    insert.setString(2, rules);
                    insert.setInt(3, entry.getValue() ? 1 : 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** A decision by its id, with its sealed texts opened. */
    public Decision get(long id) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT d.*, c.reference FROM decisions d JOIN cases c ON c.id = d.case_id WHERE d.id = ?""")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new CaseloadException.NotFound("There is no decision " + id + ".");
                    }
                    return decision(rows, keys, false);
                }
            }
        });
    }

    /**
     * Derives and keeps the facts of decisions recorded before they were kept (a caseload from before
     * format 7), at most {@code limit} at a time; returns how many it kept. Needs the caseload
     * unlocked (snapshots are sealed) and writable.
     */
    public int fillFacts(int limit) {
        return db.transaction(connection -> {
            List<Decision> missing = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT d.*, c.reference FROM decisions d JOIN cases c ON c.id = d.case_id
                    LEFT JOIN decision_facts f ON f.decision_id = d.id
                    WHERE f.decision_id IS NULL ORDER BY d.id LIMIT ?""")) {
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        missing.add(decision(rows, keys, false));
                    }
                }
            }
            for (Decision decision : missing) {
                storeFacts(connection, decision.id(), DecisionSnapshot.facts(decision.outcome(), decision.snapshot()));
            }
            return missing.size();
        });
    }

    /** How many decisions have no facts kept yet (recorded before format 7 and not yet filled in). */
    public long withoutFacts() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT count(*) FROM decisions d LEFT JOIN decision_facts f ON f.decision_id = d.id
                    WHERE f.decision_id IS NULL""");
                    ResultSet rows = query.executeQuery()) {
                return rows.getLong(1);
            }
        });
    }

    /**
     * Every decision the browser lists, as one relation {@code v}: this caseload's own (workstation
     * '') and those of the workstations imported here, each as its latest bundle held them.
     */
    private static final String FROM = """
             FROM (SELECT d.id AS id, '' AS workstation, 0 AS ws_id, 0 AS bundle, c.reference AS reference,
                     trim(c.surname || ' ' || c.given_names)
                         || CASE WHEN c.native_name = '' THEN '' ELSE ' ' || c.native_name END AS applicant,
                     c.surname || ' ' || c.given_names AS sort_name, c.lodged AS lodged, c.deadline AS deadline,
                     d.outcome AS outcome, d.refusal_grounds AS refusal_grounds, d.decided_by AS decided_by,
                     d.decided_at AS decided_at, f.path AS path, f.against AS against, f.signals AS signals,
                     f.score AS score
                   FROM decisions d JOIN cases c ON c.id = d.case_id LEFT JOIN decision_facts f ON f.decision_id = d.id
                   UNION ALL
                   SELECT i.decision_id, w.label, w.id, i.bundle, i.case_reference, i.applicant, i.applicant, i.lodged,
                     i.deadline, i.outcome, i.refusal_grounds, i.decided_by, i.decided_at, i.path, i.against, i.signals,
                     i.score
                   FROM imported_decisions i JOIN workstations w ON w.id = i.workstation_id AND w.bundle = i.bundle) v""";

    /** The timeliness of a decision, as its code: within 15 days of lodging, by the case's deadline, or late. */
    private static final String TIMELINESS = """
            CASE WHEN julianday(substr(v.decided_at, 1, 10)) - julianday(v.lodged) <= 15 THEN 'within-15-days'
                 WHEN substr(v.decided_at, 1, 10) <= v.deadline THEN 'by-extended-deadline'
                 ELSE 'late' END""";

    private static String orderBy(DecisionSummary.Order order) {
        return switch (order) {
            case CASE -> "v.reference";
            case APPLICANT -> "v.sort_name";
            case OUTCOME -> "v.outcome";
            case DECIDED_BY -> "v.decided_by";
            case DECIDED_AT -> "v.decided_at";
            case DAYS -> "julianday(substr(v.decided_at, 1, 10)) - julianday(v.lodged)";
            case DEADLINE -> "substr(v.decided_at, 1, 10) <= v.deadline";
            case AGAINST -> "coalesce(v.against, 0)";
            case WORKSTATION -> "v.workstation";
        };
    }

    /** A filter as SQL over decisions {@code d}, cases {@code c} and facts {@code f}, with its parameters. */
    private record Where(String sql, List<Object> parameters) {

        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            return index;
        }
    }

    private static Where where(DecisionFilter filter, String rules) {
        List<String> terms = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filter.officer().ifPresent(name -> {
            terms.add("v.decided_by = ?");
            parameters.add(name);
        });
        filter.from().ifPresent(day -> {
            terms.add("v.decided_at >= ?");
            parameters.add(day.toString());
        });
        filter.to().ifPresent(day -> {
            terms.add("v.decided_at < ?");
            parameters.add(day.plusDays(1).toString());
        });
        filter.outcome().ifPresent(outcome -> {
            terms.add("v.outcome = ?");
            parameters.add(outcome.code());
        });
        filter.path().ifPresent(path -> {
            terms.add("v.path = ?");
            parameters.add(path.code());
        });
        if (filter.againstOnly()) {
            terms.add("v.against = 1");
        }
        filter.signal().ifPresent(code -> {
            if (code.equals(DecisionFilter.ANY_SIGNAL)) {
                terms.add("v.signals <> '[]'");
            } else {
                terms.add("EXISTS (SELECT 1 FROM json_each(v.signals) s WHERE s.value = ?)");
                parameters.add(code);
            }
        });
        filter.ground().ifPresent(ground -> {
            terms.add("EXISTS (SELECT 1 FROM json_each(v.refusal_grounds) g WHERE g.value = ?)");
            parameters.add(ground);
        });
        filter.timeliness().ifPresent(timeliness -> {
            terms.add(TIMELINESS + " = ?");
            parameters.add(timeliness.code());
        });
        filter.workstation().ifPresent(label -> {
            terms.add("v.workstation = ?");
            parameters.add(label);
        });
        if (filter.differsToday()) {
            terms.add("EXISTS (SELECT 1 FROM decision_rechecks r WHERE v.workstation = '' AND r.decision_id = v.id AND r.rules = ? AND r.differs = 1)");
            parameters.add(rules);
        }
        return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), parameters);
    }

    private static DecisionSummary summary(ResultSet rows) throws SQLException {
        List<String> signals = new ArrayList<>();
        String stored = rows.getString("signals");
        if (stored != null) {
            Json.parse(stored).forEach(code -> signals.add(code.asText()));
        }
        List<Integer> grounds = new ArrayList<>();
        Json.parse(rows.getString("refusal_grounds")).forEach(ground -> grounds.add(ground.asInt()));
        String path = rows.getString("path");
        return new DecisionSummary(rows.getLong("id"), new CaseReference(rows.getString("reference")),
                rows.getString("applicant"), java.time.LocalDate.parse(rows.getString("lodged")),
                java.time.LocalDate.parse(rows.getString("deadline")), Outcome.fromCode(rows.getString("outcome")),
                rows.getString("decided_by"), Database.instant(rows.getString("decided_at")), rows.getInt("against") == 1,
                path == null ? DecisionFacts.Path.NONE : DecisionFacts.Path.fromCode(path), signals, grounds,
                rows.getString("workstation"));
    }

    private void storeFacts(Connection connection, long id, DecisionFacts facts) throws SQLException {
        ArrayNode signals = Json.array();
        facts.signals().forEach(signals::add);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO decision_facts (decision_id, path, against, signals, top_severity, rule_set, score)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, id);
            insert.setString(2, facts.path().code());
            insert.setInt(3, facts.against() ? 1 : 0);
            insert.setString(4, Json.canonical(signals));
            insert.setString(5, facts.topSeverity().map(casedesk.model.Severity::code).orElse(null));
            insert.setString(6, facts.ruleSet().orElse(null));
            insert.setBytes(7, facts.sesameScore().isPresent()
                    ? keys.sealText(Integer.toString(facts.sesameScore().getAsInt()), RowIdentity.decision("score", id))
                    : null);
            insert.executeUpdate();
        }
    }

    private Integer score(long id, Object sealed, long workstation, long bundle) {
        if (sealed == null) {
            return null;
        }
        return Integer.valueOf(keys.openText(sealed, workstation == 0 ? RowIdentity.decision("score", id)
                : RowIdentity.imported("score", workstation, bundle, id)));
    }

    /** Scores in bands of 50 from 750 (the default threshold) up; lower accepted scores, if a rule set allowed them, below. */
    private static List<DecisionStatistics.ScoreBand> bands(List<Integer> scores) {
        java.util.TreeMap<Integer, Long> byBand = new java.util.TreeMap<>();
        for (Integer score : scores) {
            if (score != null) {
                byBand.merge(Math.floorDiv(score, 50) * 50, 1L, Long::sum);
            }
        }
        List<DecisionStatistics.ScoreBand> bands = new ArrayList<>();
        byBand.forEach((low, count) -> bands.add(new DecisionStatistics.ScoreBand(low, low + 49, count)));
        return bands;
    }

    /** The codes of every signal raised on the documents of a decision, each once, in order. */
    public List<String> signalCodes() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT s.value FROM decision_facts f, json_each(f.signals) s UNION "
                            + "SELECT s.value FROM imported_decisions i, json_each(i.signals) s ORDER BY 1");
                    ResultSet rows = query.executeQuery()) {
                List<String> codes = new ArrayList<>();
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
                return codes;
            }
        });
    }

    /** Everyone who has decided a case here, by name. */
    public List<String> deciders() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT decided_by FROM decisions UNION SELECT decided_by FROM imported_decisions ORDER BY 1");
                    ResultSet rows = query.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        });
    }

    /** Every decision of a case, oldest first. */
    public List<Decision> forCase(CaseReference reference) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT d.*, c.reference FROM decisions d JOIN cases c ON c.id = d.case_id
                    WHERE c.reference = ? ORDER BY d.id""")) {
                query.setString(1, reference.value());
                List<Decision> decisions = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        decisions.add(decision(rows, keys, false));
                    }
                }
                return decisions;
            }
        });
    }

    /** The decision in force for a case: its latest. */
    public Optional<Decision> latest(CaseReference reference) {
        List<Decision> decisions = forCase(reference);
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.getLast());
    }

    public long size() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM decisions");
                    ResultSet rows = query.executeQuery()) {
                return rows.getLong(1);
            }
        });
    }

    /** What is wrong with the decision an audit event recorded, or null when it is as recorded. */
    static String checkAgainst(Connection connection, AuditEvent event, KeyRing keys) throws SQLException {
        JsonNode detail = AuditLog.detail(event);
        long id = detail.path("decision").asLong();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT d.*, c.reference FROM decisions d JOIN cases c ON c.id = d.case_id WHERE d.id = ?""")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return "decision " + id + ", recorded by event " + event.sequence() + ", is missing";
                }
                // The snapshot itself is checked against its hash only while the caseload is unlocked;
                // locked, the decision's fingerprint (over what is stored, sealed) covers it.
                boolean readable = keys.unlocked() || !KeyRing.isSealed(rows.getObject("snapshot"));
                Decision decision;
                try {
                    decision = decision(rows, keys, true);
                } catch (CaseloadException.Unreadable e) {
                    return "decision " + id + " of case " + event.caseReference() + " cannot be read: " + e.getMessage();
                }
                boolean asRecorded = decision.caseReference().value().equals(event.caseReference())
                        && decision.outcome().code().equals(detail.path("outcome").asText())
                        && decision.snapshotSha256().equals(detail.path("snapshotSha256").asText())
                        && (!readable || Sha256.hex(decision.snapshot()).equals(decision.snapshotSha256()));
                if (!asRecorded) {
                    return "decision " + id + " of case " + event.caseReference()
                            + " no longer matches what event " + event.sequence() + " recorded";
                }
                return null;
            }
        }
    }

    /**
     * What is wrong with the facts kept beside the decisions, or null when each is what its
     * decision's snapshot says (the snapshot itself is covered by the trail). Needs the caseload
     * unlocked.
     */
    static String checkFacts(Connection connection, KeyRing keys) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT d.*, c.reference FROM decisions d JOIN cases c ON c.id = d.case_id
                WHERE EXISTS (SELECT 1 FROM decision_facts f WHERE f.decision_id = d.id) ORDER BY d.id""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Decision decision;
                try {
                    decision = decision(rows, keys, false);
                } catch (CaseloadException.Unreadable e) {
                    return "decision " + rows.getLong("id") + " cannot be read: " + e.getMessage();
                }
                if (!factsAgree(connection, decision, keys)) {
                    return "the facts kept beside decision " + decision.id() + " of case " + decision.caseReference()
                            + " (path, override, signals, score) no longer match its snapshot";
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT f.decision_id FROM decision_facts f LEFT JOIN decisions d ON d.id = f.decision_id
                WHERE d.id IS NULL LIMIT 1""");
                ResultSet rows = query.executeQuery()) {
            if (rows.next()) {
                return "facts are kept for a decision " + rows.getLong(1) + " the caseload does not hold";
            }
        }
        return null;
    }

    /** Whether the facts kept for a decision, if any yet, are what its snapshot says. */
    private static boolean factsAgree(Connection connection, Decision decision, KeyRing keys) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM decision_facts WHERE decision_id = ?")) {
            query.setLong(1, decision.id());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return true;
                }
                DecisionFacts expected = DecisionSnapshot.facts(decision.outcome(), decision.snapshot());
                ArrayNode signals = Json.array();
                expected.signals().forEach(signals::add);
                Object score = rows.getObject("score");
                String storedScore;
                try {
                    storedScore = score == null ? null : keys.openText(score, RowIdentity.decision("score", decision.id()));
                } catch (RuntimeException e) {
                    return false;
                }
                return expected.path().code().equals(rows.getString("path"))
                        && (expected.against() ? 1 : 0) == rows.getInt("against")
                        && Json.canonical(signals).equals(rows.getString("signals"))
                        && java.util.Objects.equals(expected.topSeverity().map(casedesk.model.Severity::code).orElse(null),
                                rows.getString("top_severity"))
                        && java.util.Objects.equals(expected.ruleSet().orElse(null), rows.getString("rule_set"))
                        && java.util.Objects.equals(expected.sesameScore().isPresent()
                                ? Integer.toString(expected.sesameScore().getAsInt()) : null, storedScore);
            }
        }
    }

    private static void requireOfCase(Connection connection, long decisionId, long caseId, CaseReference reference)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT case_id FROM decisions WHERE id = ?")) {
            query.setLong(1, decisionId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next() || rows.getLong(1) != caseId) {
                    throw new CaseloadException.NotFound(
                            "Decision " + decisionId + " is not a decision of case " + reference + ".");
                }
            }
        }
    }

    /** A sealed text of a decision; empty while the caseload is locked (verification needs none of them). */
    private static String text(ResultSet rows, String column, KeyRing keys, boolean lenient) throws SQLException {
        Object stored = rows.getObject(column);
        return lenient && !keys.unlocked() && KeyRing.isSealed(stored) ? ""
                : keys.openText(stored, RowIdentity.decision(column, rows.getLong("id")));
    }

    /** A decision as stored; {@code lenient}ly, while locked, with its sealed texts left empty. */
    private static Decision decision(ResultSet rows, KeyRing keys, boolean lenient) throws SQLException {
        List<Integer> grounds = new ArrayList<>();
        for (JsonNode ground : Json.parse(rows.getString("refusal_grounds"))) {
            grounds.add(ground.asInt());
        }
        long supersedes = rows.getLong("supersedes");
        OptionalLong superseded = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(supersedes);
        return new Decision(rows.getLong("id"), new CaseReference(rows.getString("reference")),
                Outcome.fromCode(rows.getString("outcome")), grounds,
                text(rows, "note", keys, lenient), text(rows, "deviation_reason", keys, lenient),
                rows.getString("decided_by"), Database.instant(rows.getString("decided_at")),
                text(rows, "snapshot", keys, lenient),
                rows.getString("snapshot_sha256"), superseded);
    }
}
