package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.AuditEvent;
import casedesk.model.CaseReference;
import casedesk.security.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only, hash-chained log of every change to the caseload. Each event's hash covers its
 * own fields and the previous event's hash; the database refuses UPDATE and DELETE on the table.
 * Events are appended by the repositories inside the transaction of the change they record, so a
 * change and its event are stored together or not at all.
 */
public final class AuditLog {

    private static final char SEPARATOR = '\u001f';

    private final Database db;

    AuditLog(Database db) {
        this.db = db;
    }

    AuditEvent append(Connection connection, String actor, String type, String caseReference, ObjectNode detail)
            throws SQLException {
        long previousSequence = 0;
        String previousHash = AuditEvent.GENESIS_HASH;
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
                ResultSet rows = last.executeQuery()) {
            if (rows.next()) {
                previousSequence = rows.getLong(1);
                previousHash = rows.getString(2);
            }
        }
        long sequence = previousSequence + 1;
        String at = db.now();
        String reference = caseReference == null ? "" : caseReference;
        String detailJson = Json.canonical(detail);
        String hash = hashOf(sequence, at, actor, type, reference, detailJson, previousHash);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_events (seq, at, actor, type, case_reference, detail, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, sequence);
            insert.setString(2, at);
            insert.setString(3, actor);
            insert.setString(4, type);
            insert.setString(5, reference);
            insert.setString(6, detailJson);
            insert.setString(7, previousHash);
            insert.setString(8, hash);
            insert.executeUpdate();
        }
        return new AuditEvent(sequence, Database.instant(at), actor, type, reference, detailJson, previousHash, hash);
    }

    static String hashOf(long sequence, String at, String actor, String type, String caseReference, String detail,
            String previousHash) {
        return Sha256.hex(String.join(String.valueOf(SEPARATOR),
                Long.toString(sequence), at, actor, type, caseReference, detail, previousHash));
    }

    /** Events in order, starting after {@code afterSequence}, at most {@code limit} of them. */
    public List<AuditEvent> events(long afterSequence, int limit) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?")) {
                query.setLong(1, afterSequence);
                query.setInt(2, limit);
                return list(query);
            }
        });
    }

    public List<AuditEvent> forCase(CaseReference reference) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM audit_events WHERE case_reference = ? ORDER BY seq")) {
                query.setString(1, reference.value());
                return list(query);
            }
        });
    }

    public long size() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM audit_events");
                    ResultSet rows = query.executeQuery()) {
                return rows.getLong(1);
            }
        });
    }

    /**
     * Walks the whole chain and every decision. Finds an edited event (its hash no longer matches),
     * a removed or reordered one (a gap in the sequence or a broken link), and a decision whose
     * snapshot no longer matches the hash its audit event recorded.
     */
    public ChainCheck verify() {
        return db.read(connection -> {
            long checked = 0;
            long expectedSequence = 1;
            String expectedPrevious = AuditEvent.GENESIS_HASH;
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM audit_events ORDER BY seq");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    AuditEvent event = event(rows);
                    checked++;
                    if (event.sequence() != expectedSequence) {
                        return ChainCheck.broken(checked, event.sequence(),
                                "event " + expectedSequence + " is missing: the log jumps to event " + event.sequence());
                    }
                    if (!event.previousHash().equals(expectedPrevious)) {
                        return ChainCheck.broken(checked, event.sequence(),
                                "event " + event.sequence() + " does not follow the event before it");
                    }
                    String recomputed = hashOf(event.sequence(), Database.timestamp(event.at()), event.actor(),
                            event.type(), event.caseReference(), event.detail(), event.previousHash());
                    if (!recomputed.equals(event.hash())) {
                        return ChainCheck.broken(checked, event.sequence(),
                                "event " + event.sequence() + " was changed after it was written");
                    }
                    if (event.type().equals(DecisionRepository.EVENT)) {
                        String problem = DecisionRepository.checkAgainst(connection, event);
                        if (problem != null) {
                            return ChainCheck.broken(checked, event.sequence(), problem);
                        }
                    }
                    expectedSequence++;
                    expectedPrevious = event.hash();
                }
            }
            String unrecorded = DecisionRepository.findUnrecorded(connection);
            if (unrecorded != null) {
                return ChainCheck.broken(checked, expectedSequence, unrecorded);
            }
            return ChainCheck.intact(checked);
        });
    }

    private static List<AuditEvent> list(PreparedStatement query) throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                events.add(event(rows));
            }
        }
        return events;
    }

    private static AuditEvent event(ResultSet rows) throws SQLException {
        return new AuditEvent(rows.getLong("seq"), Database.instant(rows.getString("at")), rows.getString("actor"),
                rows.getString("type"), rows.getString("case_reference"), rows.getString("detail"),
                rows.getString("previous_hash"), rows.getString("hash"));
    }

    static JsonNode detail(AuditEvent event) {
        return Json.parse(event.detail());
    }
}
