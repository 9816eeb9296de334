package casedesk.caseload;

import casedesk.model.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One walk over the audit trail, from an event known to be good: links, hashes and signatures of
 * every later event, the signed head, and the subjects the events recorded against the tables.
 */
final class Verification {

    private record Recorded(String sha256, long sequence) {
    }

    private final Connection connection;
    private final Optional<byte[]> localKey;

    private final KeyRing sealing;

    Verification(Connection connection, Optional<byte[]> localKey, KeyRing keys) {
        this.sealing = keys;
        this.connection = connection;
        this.localKey = localKey;
    }

    /**
     * @param after the last event known good (0: none), whose hash is {@code previousHash}
     * @param allSubjects every subject the tables hold, not only those of the events walked
     */
    ChainCheck run(long after, String previousHash, boolean allSubjects) throws SQLException {
        List<byte[]> keys = AuditLog.registeredKeys(connection);
        if (keys.size() > 1) {
            return ChainCheck.broken(0, 1, "a second signing key was added to the caseload behind the log's back");
        }
        byte[] publicKey = keys.isEmpty() ? null : keys.getFirst();
        if (publicKey != null && localKey.isPresent() && !Arrays.equals(publicKey, localKey.get())) {
            return ChainCheck.broken(0, 1, "the caseload names a signing key that is not this workstation's: "
                    + "its events may have been signed again by someone else");
        }
        boolean signedBefore = after > 0 && version(after) == AuditLog.SIGNED;
        Map<String, Recorded> latest = new LinkedHashMap<>();
        long checked = 0;
        long expected = after + 1;
        String expectedPrevious = previousHash;
        java.util.Set<Long> badSignatures = badSignatures(after, publicKey);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM audit_events WHERE seq > ? ORDER BY seq")) {
            query.setLong(1, after);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    AuditEvent event = new AuditEvent(rows.getLong("seq"), Database.instant(rows.getString("at")),
                            rows.getString("actor"), rows.getString("type"), rows.getString("case_reference"),
                            rows.getString("detail"), rows.getString("previous_hash"), rows.getString("hash"));
                    int version = rows.getInt("hash_version");
                    byte[] signature = rows.getBytes("signature");
                    checked++;
                    long seq = event.sequence();
                    if (seq != expected) {
                        return ChainCheck.broken(checked, seq,
                                "event " + expected + " is missing: the log jumps to event " + seq);
                    }
                    if (!event.previousHash().equals(expectedPrevious)) {
                        return ChainCheck.broken(checked, seq, "event " + seq + " does not follow the event before it");
                    }
                    String at = Database.timestamp(event.at());
                    if (version == AuditLog.SIGNED) {
                        SortedMap<String, String> covers = covers(seq);
                        String recomputed = AuditLog.hashOf(seq, at, event.actor(), event.type(), event.caseReference(),
                                event.detail(), event.previousHash(), covers);
                        if (!recomputed.equals(event.hash())) {
                            return ChainCheck.broken(checked, seq, "event " + seq + " was changed after it was written");
                        }
                        if (badSignatures.contains(seq)) {
                            return ChainCheck.broken(checked, seq, "event " + seq
                                    + " is not signed with the caseload's key: it was written or rewritten without it");
                        }
                        covers.forEach((subject, sha) -> latest.put(subject, new Recorded(sha, seq)));
                        signedBefore = true;
                    } else {
                        if (signedBefore) {
                            return ChainCheck.broken(checked, seq,
                                    "event " + seq + " is not signed, though the events before it are");
                        }
                        String recomputed = AuditLog.hashOf(seq, at, event.actor(), event.type(), event.caseReference(),
                                event.detail(), event.previousHash());
                        if (!recomputed.equals(event.hash())) {
                            return ChainCheck.broken(checked, seq, "event " + seq + " was changed after it was written");
                        }
                        if (event.type().equals(DecisionRepository.EVENT)) {
                            String problem = DecisionRepository.checkAgainst(connection, event, sealing);
                            if (problem != null) {
                                return ChainCheck.broken(checked, seq, problem);
                            }
                        }
                    }
                    expected++;
                    expectedPrevious = event.hash();
                }
            }
        }
        long lastSequence = expected - 1;
        String lastHash = expectedPrevious;
        if (!signedBefore && !AuditLog.anySigned(connection)) {
            // A trail from before signing recorded no subjects: its chain is all there is to check.
            return ChainCheck.intact(checked, lastSequence, lastHash);
        }
        ChainCheck head = checkHead(checked, lastSequence, lastHash, publicKey);
        if (head != null) {
            return head;
        }
        if (allSubjects) {
            latest.clear();
            latest.putAll(latestOfAll());
        }
        List<Subject> subjects = new ArrayList<>();
        latest.keySet().forEach(id -> subjects.add(Subject.parse(id)));
        if (allSubjects) {
            for (Subject existing : Fingerprints.all(connection)) {
                if (!latest.containsKey(existing.id())) {
                    subjects.add(existing);
                }
            }
        }
        if (!allSubjects && !latest.containsKey(Subject.settings().id())) {
            // Opening checks the settings too (one row): they decide who must sign in.
            Map<String, Recorded> recorded = latestOf(Subject.Kind.SETTINGS);
            if (!recorded.isEmpty()) {
                latest.putAll(recorded);
                subjects.add(Subject.settings());
            } else if (!Fingerprints.of(connection, Subject.settings()).equals(Fingerprints.EMPTY)) {
                return ChainCheck.broken(checked, lastSequence, "the caseload's settings are in the caseload, but no "
                        + "audit event recorded them");
            }
        }
        if (!allSubjects) {
            // Opening: besides what the new events recorded, every case, decision and account (the
            // records an edit behind the log's back would aim at), each in one pass over its table.
            for (Subject.Kind kind : List.of(Subject.Kind.CASE, Subject.Kind.DECISION, Subject.Kind.USER)) {
                Map<String, Recorded> everRecorded = latestOf(kind);
                Map<String, String> current = Fingerprints.ofEvery(connection, kind);
                for (Map.Entry<String, String> subject : current.entrySet()) {
                    Recorded recorded = everRecorded.get(subject.getKey());
                    if (recorded == null) {
                        return ChainCheck.broken(checked, lastSequence, Subject.parse(subject.getKey()).describe()
                                + " is in the caseload, but no audit event recorded it");
                    }
                    if (!recorded.sha256().equals(subject.getValue())) {
                        return ChainCheck.broken(checked, recorded.sequence(), Subject.parse(subject.getKey()).describe()
                                + " is no longer as event " + recorded.sequence()
                                + " recorded it: it was changed or deleted behind the log's back");
                    }
                }
                for (Map.Entry<String, Recorded> recorded : everRecorded.entrySet()) {
                    // Recorded as gone (an acknowledgement recorded a deletion it accepted) is no deletion now.
                    if (!current.containsKey(recorded.getKey()) && !recorded.getValue().sha256().equals(Fingerprints.EMPTY)) {
                        return ChainCheck.broken(checked, recorded.getValue().sequence(),
                                Subject.parse(recorded.getKey()).describe() + " is no longer as event "
                                        + recorded.getValue().sequence() + " recorded it: it was deleted behind the log's back");
                    }
                }
            }
        }
        // Cases, decisions and accounts are many, one row each: fingerprinted in one pass per table.
        Map<String, String> bulk = new java.util.HashMap<>();
        if (allSubjects) {
            for (Subject.Kind kind : List.of(Subject.Kind.CASE, Subject.Kind.DECISION, Subject.Kind.USER)) {
                bulk.putAll(Fingerprints.ofEvery(connection, kind));
            }
        }
        for (Subject subject : subjects) {
            String current = bulk.containsKey(subject.id()) ? bulk.get(subject.id()) : Fingerprints.of(connection, subject);
            Recorded recorded = latest.get(subject.id());
            if (recorded == null) {
                if (subject.mayBeEmptyUnrecorded() && current.equals(Fingerprints.EMPTY)) {
                    continue;
                }
                return ChainCheck.broken(checked, lastSequence,
                        subject.describe() + " is in the caseload, but no audit event recorded it");
            }
            if (!recorded.sha256().equals(current)) {
                return ChainCheck.broken(checked, recorded.sequence(), subject.describe() + " is no longer as event "
                        + recorded.sequence() + " recorded it: it was changed or deleted behind the log's back");
            }
        }
        if (allSubjects && sealing.unlocked()) {
            // What the supervisor's browser filters by is derived from each decision's snapshot: derived again.
            String problem = DecisionRepository.checkFacts(connection, sealing);
            if (problem != null) {
                return ChainCheck.broken(checked, lastSequence, problem);
            }
        }
        return ChainCheck.intact(checked, lastSequence, lastHash);
    }

    /** Events per batch whose signatures are checked side by side. */
    private static final int SIGNATURE_BATCH = 4_096;

    /**
     * The signed events after {@code after} whose signature does not verify under {@code publicKey}:
     * checked in batches on every core first (Ed25519 verification is most of a walk's cost), so
     * that the walk in order only looks the answer up. Each event's hash is still recomputed by the
     * walk, and a hash that is not the one signed fails there.
     */
    private java.util.Set<Long> badSignatures(long after, byte[] publicKey) throws SQLException {
        java.util.Set<Long> bad = java.util.concurrent.ConcurrentHashMap.newKeySet();
        record Signed(long sequence, byte[] hash, byte[] signature) {
        }
        List<Signed> batch = new ArrayList<>(SIGNATURE_BATCH);
        Runnable check = () -> batch.parallelStream()
                .filter(event -> !SigningKey.verifies(publicKey, event.hash(), event.signature()))
                .forEach(event -> bad.add(event.sequence()));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq, hash, signature FROM audit_events WHERE seq > ? AND hash_version = ? ORDER BY seq")) {
            query.setLong(1, after);
            query.setInt(2, AuditLog.SIGNED);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Signed(rows.getLong(1), rows.getString(2).getBytes(StandardCharsets.US_ASCII),
                            rows.getBytes(3)));
                    if (batch.size() == SIGNATURE_BATCH) {
                        check.run();
                        batch.clear();
                    }
                }
            }
        }
        check.run();
        return bad;
    }

    private ChainCheck checkHead(long checked, long lastSequence, String lastHash, byte[] publicKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, hash, signature FROM audit_head WHERE id = 1");
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return ChainCheck.broken(checked, lastSequence, "the signed head of the log is missing");
            }
            long headSequence = rows.getLong(1);
            String headHash = rows.getString(2);
            byte[] signature = rows.getBytes(3);
            if (!SigningKey.verifies(publicKey, AuditLog.headMessage(headSequence, headHash), signature)) {
                return ChainCheck.broken(checked, headSequence, "the head of the log is not signed with the caseload's key");
            }
            if (headSequence > lastSequence) {
                return ChainCheck.broken(checked, lastSequence + 1, "the log ends at event " + lastSequence
                        + " but its signed head names event " + headSequence + ": events " + (lastSequence + 1)
                        + " to " + headSequence + " were cut off");
            }
            if (headSequence < lastSequence || !headHash.equals(lastHash)) {
                return ChainCheck.broken(checked, headSequence + 1, "event " + (headSequence + 1)
                        + " and those after it were added without the caseload's key (the signed head names event "
                        + headSequence + ")");
            }
            return null;
        }
    }

    private int version(long sequence) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT hash_version FROM audit_events WHERE seq = ?")) {
            query.setLong(1, sequence);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : AuditLog.UNSIGNED;
            }
        }
    }


    private SortedMap<String, String> covers(long sequence) throws SQLException {
        SortedMap<String, String> covers = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT subject, sha256 FROM audit_covers WHERE seq = ?")) {
            query.setLong(1, sequence);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    covers.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return covers;
    }

    /** The last recorded state of each subject of one kind (by the index on subject and event). */
    private Map<String, Recorded> latestOf(Subject.Kind kind) throws SQLException {
        Map<String, Recorded> latest = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT subject, sha256, max(seq) FROM audit_covers WHERE subject >= ? AND subject < ? GROUP BY subject")) {
            query.setString(1, kind.code + ":");
            query.setString(2, kind.code + ";");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    latest.put(rows.getString(1), new Recorded(rows.getString(2), rows.getLong(3)));
                }
            }
        }
        return latest;
    }

    /** Each subject's last recorded state over the whole log. */
    private Map<String, Recorded> latestOfAll() throws SQLException {
        Map<String, Recorded> latest = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT subject, sha256, seq FROM audit_covers ORDER BY seq");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                latest.put(rows.getString(1), new Recorded(rows.getString(2), rows.getLong(3)));
            }
        }
        return latest;
    }
}
