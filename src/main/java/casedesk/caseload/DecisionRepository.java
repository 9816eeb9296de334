package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.AuditEvent;
import casedesk.model.CaseReference;
import casedesk.model.Decision;
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

    /** A decision with the case facts a browser lists beside it. */
    public record Decided(Decision decision, String applicant, java.time.LocalDate lodged, java.time.LocalDate deadline) {
    }

    /**
     * Decisions over the whole caseload, newest first, at most {@code limit}: those of one officer
     * and of one outcome when given (null: any). The caseload must be unlocked (snapshots are sealed).
     */
    public List<Decided> browse(String decidedBy, Outcome outcome, int limit) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT d.*, c.reference, c.surname, c.given_names, c.native_name, c.lodged, c.deadline
                    FROM decisions d JOIN cases c ON c.id = d.case_id
                    WHERE (? IS NULL OR d.decided_by = ?) AND (? IS NULL OR d.outcome = ?)
                    ORDER BY d.decided_at DESC, d.id DESC LIMIT ?""")) {
                query.setString(1, decidedBy);
                query.setString(2, decidedBy);
                query.setString(3, outcome == null ? null : outcome.code());
                query.setString(4, outcome == null ? null : outcome.code());
                query.setInt(5, limit);
                List<Decided> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String name = (rows.getString("surname") + " " + rows.getString("given_names")).strip()
                                + (rows.getString("native_name").isBlank() ? "" : " " + rows.getString("native_name"));
                        found.add(new Decided(decision(rows, keys, false), name,
                                java.time.LocalDate.parse(rows.getString("lodged")),
                                java.time.LocalDate.parse(rows.getString("deadline"))));
                    }
                }
                return found;
            }
        });
    }

    /** Everyone who has decided a case here, by name. */
    public List<String> deciders() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT decided_by FROM decisions ORDER BY decided_by");
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
                return asRecorded ? null
                        : "decision " + id + " of case " + event.caseReference()
                                + " no longer matches what event " + event.sequence() + " recorded";
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
