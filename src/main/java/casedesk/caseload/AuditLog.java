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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The append-only, hash-chained, signed log of every change to the caseload. Each event's hash
 * covers its own fields, the previous event's hash, and the hashes of the subjects it is about (the
 * case record after the change, the document's bytes, what was read, the evaluation, the decision,
 * the account) as the tables held them then. Each event is signed with the workstation's Ed25519
 * key, and the signed head names the last event. The database refuses UPDATE and DELETE on the
 * log. Events are appended by the repositories inside the transaction of the change they record,
 * so a change and its event are stored together or not at all.
 */
public final class AuditLog {

    private static final char SEPARATOR = '\u001f';

    /** Events hashed the first way, before subjects and signatures; only a caseload's oldest events. */
    static final int UNSIGNED = 1;
    static final int SIGNED = 2;

    private final Database db;
    private SigningKey key;

    AuditLog(Database db) {
        this.db = db;
    }

    /** The key that signs what this workstation appends; none makes the log read-only. */
    void signWith(SigningKey key) {
        this.key = key;
    }

    /** Values an event records that are personal data (amounts, notes), sealed as the tables' are, for its detail. */
    String sealDetail(ObjectNode values, String type, String caseReference) {
        return java.util.Base64.getEncoder().encodeToString(
                db.keys().sealText(Json.canonical(values), RowIdentity.auditDetail(type, caseReference)));
    }

    /** Seals the signing key's private half under the data key, once the data key is at hand. */
    void sealSigningKey() {
        if (key != null) {
            key.sealWith(db.keys());
        }
    }

    AuditEvent append(Connection connection, String actor, String type, String caseReference, ObjectNode detail,
            Subject... subjects) throws SQLException {
        if (key == null) {
            throw new CaseloadException.ReadOnly("This workstation holds no key to sign the caseload's audit trail.", false);
        }
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
        SortedMap<String, String> covers = new TreeMap<>();
        for (Subject subject : subjects) {
            covers.put(subject.id(), Fingerprints.of(connection, subject));
        }
        String hash = hashOf(sequence, at, actor, type, reference, detailJson, previousHash, covers);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_events (seq, at, actor, type, case_reference, detail, previous_hash, hash,
                    hash_version, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, sequence);
            insert.setString(2, at);
            insert.setString(3, actor);
            insert.setString(4, type);
            insert.setString(5, reference);
            insert.setString(6, detailJson);
            insert.setString(7, previousHash);
            insert.setString(8, hash);
            insert.setInt(9, SIGNED);
            insert.setBytes(10, key.sign(hash.getBytes(StandardCharsets.US_ASCII), db.keys()));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_covers (seq, subject, sha256) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> cover : covers.entrySet()) {
                insert.setLong(1, sequence);
                insert.setString(2, cover.getKey());
                insert.setString(3, cover.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement("""
                INSERT INTO audit_head (id, seq, hash, signature) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, signature = excluded.signature""")) {
            head.setLong(1, sequence);
            head.setString(2, hash);
            head.setBytes(3, key.sign(headMessage(sequence, hash), db.keys()));
            head.executeUpdate();
        }
        return new AuditEvent(sequence, Database.instant(at), actor, type, reference, detailJson, previousHash, hash);
    }

    static String hashOf(long sequence, String at, String actor, String type, String caseReference, String detail,
            String previousHash) {
        return Sha256.hex(String.join(String.valueOf(SEPARATOR),
                Long.toString(sequence), at, actor, type, caseReference, detail, previousHash));
    }

    static String hashOf(long sequence, String at, String actor, String type, String caseReference, String detail,
            String previousHash, SortedMap<String, String> covers) {
        StringBuilder subjects = new StringBuilder();
        covers.forEach((subject, sha) -> subjects.append(subject).append('=').append(sha).append('\n'));
        return Sha256.hex(String.join(String.valueOf(SEPARATOR), "v2",
                Long.toString(sequence), at, actor, type, caseReference, detail, previousHash, subjects));
    }

    static byte[] headMessage(long sequence, String hash) {
        return ("casedesk-audit-head" + SEPARATOR + sequence + SEPARATOR + hash).getBytes(StandardCharsets.US_ASCII);
    }

    /** Registers the public half of this workstation's key: the key the caseload's events are signed with. */
    static void register(Connection connection, SigningKey key, String at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO signing_keys (public_key, created_at) VALUES (?, ?)")) {
            insert.setBytes(1, key.publicKey());
            insert.setString(2, at);
            insert.executeUpdate();
        }
    }

    /** The public keys registered in the caseload. */
    /** Whether any event was ever signed (or a signed head kept): then the trail has a key. */
    static boolean anySigned(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM audit_events WHERE hash_version = ?) OR EXISTS (SELECT 1 FROM audit_head)")) {
            query.setInt(1, SIGNED);
            try (ResultSet rows = query.executeQuery()) {
                return rows.getInt(1) == 1;
            }
        }
    }

    static List<byte[]> registeredKeys(Connection connection) throws SQLException {
        List<byte[]> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT public_key FROM signing_keys ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getBytes(1));
            }
        }
        return keys;
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

    /**
     * The newest events first, those whose actor, type or case contain {@code text} (all when it is
     * blank) or whose type is one of {@code types} (those the reader's words for them hold it:
     * "connexion" finds {@code signed-in}), from {@code offset} on, at most {@code limit}.
     */
    public List<AuditEvent> search(String text, java.util.Set<String> types, int offset, int limit) {
        String wanted = text == null ? "" : text.strip();
        com.fasterxml.jackson.databind.node.ArrayNode named = Json.array();
        types.forEach(named::add);
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT * FROM audit_events
                    WHERE ? = '' OR instr(lower(actor), ?) > 0 OR instr(lower(type), ?) > 0
                        OR instr(lower(case_reference), ?) > 0 OR type IN (SELECT value FROM json_each(?))
                    ORDER BY seq DESC LIMIT ? OFFSET ?""")) {
                String lower = wanted.toLowerCase(java.util.Locale.ROOT);
                query.setString(1, wanted);
                query.setString(2, lower);
                query.setString(3, lower);
                query.setString(4, lower);
                query.setString(5, Json.canonical(named));
                query.setInt(6, limit);
                query.setInt(7, offset);
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
     * Verifies the whole trail: every event's link, hash and signature, the signed head (events cut
     * off the end), and every subject the tables hold against the state its last event recorded
     * (edited, inserted or deleted behind the log's back). Names the first bad event.
     */
    public ChainCheck verify() {
        return db.snapshot(connection -> acknowledgedOrNot(connection,
                new Verification(connection, localKey(), db.keys()).run(0, AuditEvent.GENESIS_HASH, true), true));
    }

    /** The event by which an administrator acknowledged a trail that failed verification. */
    static final String ACKNOWLEDGED = "audit-break-acknowledged";

    /**
     * A break found before an administrator's acknowledgement of it is accepted if the trail is
     * intact from that (signed) acknowledgement on, which recorded every subject as it stood: then
     * the trail is reported intact with what was acknowledged. Any other break stands.
     */
    private ChainCheck acknowledgedOrNot(Connection connection, ChainCheck check, boolean allSubjects)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT seq, previous_hash, at, actor, detail FROM audit_events WHERE type = ? AND hash_version = ?
                ORDER BY seq DESC LIMIT 1""")) {
            query.setString(1, ACKNOWLEDGED);
            query.setInt(2, SIGNED);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next() || !check.isIntact() && check.firstBadEvent().getAsLong() >= rows.getLong("seq")) {
                    return check;
                }
                long acknowledgement = rows.getLong("seq");
                ChainCheck since = check.isIntact() ? check : new Verification(connection, localKey(), db.keys())
                        .run(acknowledgement - 1, rows.getString("previous_hash"), allSubjects);
                if (!since.isIntact()) {
                    return since;
                }
                JsonNode detail = Json.parse(rows.getString("detail"));
                return since.acknowledging("the trail failed verification at event " + detail.path("firstBadEvent").asLong()
                        + " (" + detail.path("problem").asText() + "); " + rows.getString("actor")
                        + " acknowledged it at event " + acknowledgement + " on "
                        + Database.instant(rows.getString("at")).toString().substring(0, 10));
            }
        }
    }

    /** Whether this workstation holds the key that signs the trail (else nothing can be appended). */
    boolean canSign() {
        return key != null;
    }

    /** Records that the trail is known good up to an event this workstation just appended. */
    void verifiedUpTo(AuditEvent event) {
        if (key != null) {
            key.verifiedUpTo(new SigningKey.Checkpoint(event.sequence(), event.hash()));
        }
    }

    /**
     * Verifies what was appended since this workstation last found the trail intact, and the
     * subjects those events recorded; then remembers how far it got. Opening a caseload runs it.
     */
    ChainCheck verifySinceLastTime() {
        SigningKey.Checkpoint from = key == null ? new SigningKey.Checkpoint(0, "") : key.verified();
        ChainCheck check = db.snapshot(connection -> {
            if (from.sequence() > 0) {
                try (PreparedStatement query = connection.prepareStatement("SELECT hash FROM audit_events WHERE seq = ?")) {
                    query.setLong(1, from.sequence());
                    try (ResultSet rows = query.executeQuery()) {
                        if (!rows.next() || !rows.getString(1).equals(from.hash())) {
                            return ChainCheck.broken(0, from.sequence(), "event " + from.sequence()
                                    + ", which this workstation found intact before, was changed or removed");
                        }
                    }
                }
            }
            return acknowledgedOrNot(connection, new Verification(connection, localKey(), db.keys()).run(from.sequence(),
                    from.sequence() == 0 ? AuditEvent.GENESIS_HASH : from.hash(), false), false);
        });
        if (check.isIntact() && key != null) {
            key.verifiedUpTo(new SigningKey.Checkpoint(check.headSequence(), check.headHash()));
        }
        return check;
    }

    /**
     * Signs what this workstation exports (a bundle) with the key its trail is signed with; empty when
     * this workstation holds no key for the caseload. The caseload must be unlocked.
     */
    java.util.Optional<byte[]> signExport(byte[] message) {
        return key == null ? java.util.Optional.empty() : java.util.Optional.of(key.sign(message, db.keys()));
    }

    java.util.Optional<byte[]> localKey() {
        return java.util.Optional.ofNullable(key).map(SigningKey::publicKey);
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

    /**
     * An event's detail with the values it sealed (the amounts of a correction, of a supplied row)
     * opened: for those who may read the caseload's personal data, while it is unlocked.
     */
    public JsonNode readableDetail(AuditEvent event) {
        JsonNode detail = detail(event);
        if (!(detail instanceof ObjectNode object) || !detail.hasNonNull("sealed")) {
            return detail;
        }
        byte[] sealed = java.util.Base64.getDecoder().decode(detail.get("sealed").asText());
        JsonNode values = Json.parse(db.keys().openText(sealed, RowIdentity.auditDetail(event.type(), event.caseReference())));
        ObjectNode readable = object.deepCopy();
        readable.remove("sealed");
        values.properties().forEach(field -> readable.set(field.getKey(), field.getValue()));
        return readable;
    }
}
