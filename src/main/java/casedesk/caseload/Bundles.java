package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.CaseReference;
import casedesk.model.BundleHeader;
import casedesk.model.Decision;
import casedesk.model.ImportedWorkstation;
import casedesk.model.DecisionFacts;
import casedesk.model.Outcome;
import casedesk.security.Passwords;
import casedesk.security.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Audit bundles: how decisions taken on one workstation reach a supervisor's caseload on another.
 *
 * <p>A bundle holds the workstation's whole audit trail (every event with its signature and what it
 * covers, and the signed head) and every decision with its snapshot, note and reason and the case it
 * decided (reference, applicant's name, lodging date, deadline). It is one file: a plain header
 * (who exported it, when, the workstation's public key, the trail's head, the counts, how its key is
 * derived), then the contents compressed and sealed with AES-256-GCM under a key derived from a
 * passphrase (the data is personal: the stick it travels on may be lost), then an Ed25519 signature
 * by the workstation's own key over all of it.
 *
 * <p>Importing checks the signature, opens the contents, verifies the trail event by event as
 * {@code audit verify} does and its signed head, binds every decision to the event that recorded it
 * (outcome, officer, snapshot hash), and refuses the bundle whole at the first thing wrong. A
 * workstation is trusted on its first import under the label the supervisor gives it; a later
 * bundle of the same workstation must continue the trail the last one showed.
 */
public final class Bundles {

    /** The first bytes of every bundle. */
    static final byte[] MAGIC = "CASEDESK-BUNDLE-1\n".getBytes(StandardCharsets.US_ASCII);
    /** Iterations of PBKDF2 for the passphrase: as slow as an account's password. */
    public static final int ITERATIONS = Passwords.DEFAULT_ITERATIONS;
    /** The shortest passphrase accepted to seal a bundle. */
    public static final int SHORTEST_PASSPHRASE = 12;
    /** The audit event an export records. */
    static final String EXPORTED = "bundle-exported";
    /** The audit event an import records. */
    static final String IMPORTED = "bundle-imported";

    private static final int LONGEST_HEADER = 64 * 1024;
    private static final long LONGEST_CONTENTS = 1L << 30;
    private static final String AAD = "casedesk bundle contents";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final AuditLog audit;
    private final KeyRing keys;
    private final java.nio.file.Path file;

    Bundles(Database db, AuditLog audit, java.nio.file.Path file) {
        this.db = db;
        this.audit = audit;
        this.keys = db.keys();
        this.file = file;
    }

    /** Why a bundle was refused, in a sentence for the person importing it. Nothing of it was stored. */
    public static final class Refused extends CaseloadException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * A bundle opened and verified: the workstation it came from, the decisions it holds, and the
     * documents they were taken on where it carries them (by SHA-256, each checked against its bytes).
     */
    public record Contents(BundleHeader header, byte[] publicKey, String acknowledged, List<Decided> decisions,
            Map<Long, String> eventHashes, String sha256, Map<String, byte[]> documents) {
    }

    /** One decision of a bundle with the case facts the browser lists beside it. */
    public record Decided(Decision decision, String applicant, java.time.LocalDate lodged, java.time.LocalDate deadline) {
    }

    /** The fingerprint of a workstation's public key: what a supervisor compares with the workstation's own. */
    public static String fingerprint(byte[] publicKey) {
        String hex = Sha256.hex(publicKey).substring(0, 32);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : ":").append(hex, i, i + 4);
        }
        return grouped.toString();
    }

    /** This workstation's fingerprint, if it holds the caseload's signing key. */
    public Optional<String> ownFingerprint() {
        return audit.localKey().map(Bundles::fingerprint);
    }

    /**
     * Writes this caseload's bundle: its whole trail and every decision, and with {@code withDocuments}
     * the documents those decisions were taken on, sealed under the passphrase and signed with this
     * workstation's key. Refused while the trail does not verify, or without the key or the data key
     * (locked). Returns the bundle's header.
     */
    public BundleHeader export(OutputStream out, char[] passphrase, String exportedBy, Instant at, boolean withDocuments)
            throws IOException {
        if (passphrase.length < SHORTEST_PASSPHRASE) {
            throw new Refused("A bundle's passphrase has at least " + SHORTEST_PASSPHRASE + " characters.");
        }
        byte[] publicKey = audit.localKey().orElseThrow(() -> new Refused(
                "This workstation holds no key to sign the caseload's trail: it cannot export a bundle of it."));
        if (!keys.unlocked()) {
            throw new CaseloadException.Locked("The caseload is locked: sign in to export its decisions.");
        }
        ChainCheck check = audit.verify();
        if (!check.isIntact()) {
            throw new Refused("The audit trail fails verification at event " + check.firstBadEvent().getAsLong() + " ("
                    + check.problem() + "): a bundle of it would be refused. Acknowledge or restore first.");
        }
        ObjectNode contents = db.snapshot(connection -> contents(connection, publicKey, withDocuments));
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(packed)) {
            Json.mapper().writeValue(zip, contents);
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        JsonNode head = contents.path("head");
        ObjectNode header = Json.object()
                .put("format", 1)
                .put("fingerprint", fingerprint(publicKey))
                .put("publicKey", Base64.getEncoder().encodeToString(publicKey))
                .put("caseload", file.getFileName().toString())
                .put("exportedBy", exportedBy)
                .put("exportedAt", Database.timestamp(at))
                .put("events", contents.path("events").size())
                .put("decisions", contents.path("decisions").size())
                .put("documents", contents.path("documents").size())
                .put("salt", Base64.getEncoder().encodeToString(salt))
                .put("iterations", ITERATIONS);
        header.putObject("head").put("seq", head.path("seq").asLong()).put("hash", head.path("hash").asText());
        byte[] headerBytes = Json.canonical(header).getBytes(StandardCharsets.UTF_8);
        byte[] key = Passwords.key(passphrase, salt, ITERATIONS);
        byte[] sealed;
        try {
            sealed = KeyRing.encrypt(key, packed.toByteArray(), AAD + "\n" + new String(headerBytes, StandardCharsets.UTF_8));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(signed);
        data.write(MAGIC);
        data.writeInt(headerBytes.length);
        data.write(headerBytes);
        data.writeLong(sealed.length);
        data.write(sealed);
        data.flush();
        byte[] body = signed.toByteArray();
        byte[] signature = audit.signExport(body).orElseThrow();
        out.write(body);
        out.write(signature.length);
        out.write(signature);
        out.flush();
        // Who took the workstation's personal data away, and which: the trail says so.
        String sha256 = Sha256.hex(concat(body, signature));
        db.transaction(connection -> audit.append(connection, exportedBy, EXPORTED, "", Json.object()
                .put("headSequence", head.path("seq").asLong()).put("headHash", head.path("hash").asText())
                .put("decisions", contents.path("decisions").size())
                .put("documents", contents.path("documents").size()).put("bundleSha256", sha256)));
        return header(header);
    }

    private ObjectNode contents(Connection connection, byte[] publicKey, boolean withDocuments) throws SQLException {
        ObjectNode contents = Json.object();
        contents.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        ArrayNode events = contents.putArray("events");
        Map<Long, ObjectNode> bySequence = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM audit_events ORDER BY seq");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ObjectNode event = events.addObject()
                        .put("seq", rows.getLong("seq"))
                        .put("at", rows.getString("at"))
                        .put("actor", rows.getString("actor"))
                        .put("type", rows.getString("type"))
                        .put("case", rows.getString("case_reference"))
                        .put("detail", rows.getString("detail"))
                        .put("previous", rows.getString("previous_hash"))
                        .put("hash", rows.getString("hash"))
                        .put("version", rows.getInt("hash_version"));
                byte[] signature = rows.getBytes("signature");
                if (signature != null) {
                    event.put("signature", Base64.getEncoder().encodeToString(signature));
                }
                event.putObject("covers");
                bySequence.put(rows.getLong("seq"), event);
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, subject, sha256 FROM audit_covers ORDER BY seq");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ObjectNode event = bySequence.get(rows.getLong(1));
                if (event != null) {
                    ((ObjectNode) event.get("covers")).put(rows.getString(2), rows.getString(3));
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, hash, signature FROM audit_head WHERE id = 1");
                ResultSet rows = query.executeQuery()) {
            if (rows.next()) {
                contents.putObject("head").put("seq", rows.getLong(1)).put("hash", rows.getString(2))
                        .put("signature", Base64.getEncoder().encodeToString(rows.getBytes(3)));
            }
        }
        ArrayNode decisions = contents.putArray("decisions");
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT d.*, c.reference, c.surname, c.given_names, c.native_name, c.lodged, c.deadline
                FROM decisions d JOIN cases c ON c.id = d.case_id ORDER BY d.id""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                ObjectNode decision = decisions.addObject()
                        .put("id", id)
                        .put("case", rows.getString("reference"))
                        .put("applicant", (rows.getString("surname") + " " + rows.getString("given_names")).strip()
                                + (rows.getString("native_name").isBlank() ? "" : " " + rows.getString("native_name")))
                        .put("lodged", rows.getString("lodged"))
                        .put("deadline", rows.getString("deadline"))
                        .put("outcome", rows.getString("outcome"))
                        .put("grounds", rows.getString("refusal_grounds"))
                        .put("decidedBy", rows.getString("decided_by"))
                        .put("decidedAt", rows.getString("decided_at"))
                        .put("note", keys.openText(rows.getObject("note"), RowIdentity.decision("note", id)))
                        .put("reason", keys.openText(rows.getObject("deviation_reason"),
                                RowIdentity.decision("deviation_reason", id)))
                        .put("snapshot", keys.openText(rows.getObject("snapshot"), RowIdentity.decision("snapshot", id)))
                        .put("snapshotSha256", rows.getString("snapshot_sha256"));
                long supersedes = rows.getLong("supersedes");
                if (!rows.wasNull()) {
                    decision.put("supersedes", supersedes);
                }
            }
        }
        if (withDocuments) {
            ArrayNode documents = contents.putArray("documents");
            try (PreparedStatement query = connection.prepareStatement("SELECT sealed FROM blobs WHERE sha256 = ?")) {
                for (String sha256 : documentsDecidedOn(decisions)) {
                    query.setString(1, sha256);
                    try (ResultSet rows = query.executeQuery()) {
                        if (rows.next()) {
                            byte[] pdf = keys.open(rows.getBytes(1), RowIdentity.documentBytes(sha256));
                            // Said here rather than by every supervisor's import, which would refuse the bundle.
                            if (!Sha256.hex(pdf).equals(sha256)) {
                                throw new Refused("The stored copy of document " + sha256 + " is not that document: "
                                        + "'casedesk check' gives the details; export without --with-documents meanwhile.");
                            }
                            documents.addObject().put("sha256", sha256).put("pdf", Base64.getEncoder().encodeToString(pdf));
                        }
                    }
                }
            }
        }
        return contents;
    }

    /** The SHA-256 of each document a decision's snapshot names, once each, in the order first named. */
    private static java.util.SequencedSet<String> documentsDecidedOn(JsonNode decisions) {
        java.util.SequencedSet<String> named = new java.util.LinkedHashSet<>();
        for (JsonNode decision : decisions) {
            DecisionSnapshot.evidence(decision.path("snapshot").asText()).documents()
                    .forEach(document -> named.add(document.sha256()));
        }
        return named;
    }

    private static byte[] concat(byte[] body, byte[] signature) {
        byte[] all = Arrays.copyOf(body, body.length + 1 + signature.length);
        all[body.length] = (byte) signature.length;
        System.arraycopy(signature, 0, all, body.length + 1, signature.length);
        return all;
    }

    /** The header of a bundle, read without the passphrase (and not yet verified). */
    public static BundleHeader peek(byte[] bundle) {
        return header(Json.parse(new String(parts(bundle).header(), StandardCharsets.UTF_8)));
    }

    /**
     * Opens and verifies a bundle; refuses it whole, saying why, at the first thing wrong: cut
     * short, not signed by the key it names, not opened by the passphrase, a trail that does not
     * verify, a decision that is not the one its event recorded.
     */
    public static Contents open(byte[] bundle, char[] passphrase) {
        Parts parts = parts(bundle);
        JsonNode header;
        try {
            header = Json.parse(new String(parts.header(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new Refused("The bundle's header is not CaseDesk's: it was damaged or is not a bundle.");
        }
        if (header.path("format").asInt() != 1) {
            throw new Refused("The bundle is of format " + header.path("format").asText("?")
                    + ", which this CaseDesk does not read.");
        }
        byte[] publicKey;
        try {
            publicKey = Base64.getDecoder().decode(header.path("publicKey").asText());
        } catch (IllegalArgumentException e) {
            throw new Refused("The bundle's header names no readable signing key.");
        }
        if (!SigningKey.verifies(publicKey, parts.signed(), parts.signature())) {
            throw new Refused("The bundle is not signed by the workstation it names: it was changed after it was "
                    + "exported, or cut short.");
        }
        byte[] salt = Base64.getDecoder().decode(header.path("salt").asText(""));
        int iterations = header.path("iterations").asInt();
        if (salt.length < 16 || iterations < 100_000 || iterations > 10_000_000) {
            throw new Refused("The bundle's key derivation is not one CaseDesk writes.");
        }
        byte[] key = Passwords.key(passphrase, salt, iterations);
        byte[] packed;
        try {
            packed = KeyRing.decrypt(key, parts.contents(), AAD + "\n" + new String(parts.header(), StandardCharsets.UTF_8));
        } catch (CaseloadException.Unreadable e) {
            throw new Refused("The bundle does not open with this passphrase.");
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        JsonNode contents;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            contents = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new Refused("The bundle's contents cannot be read: " + e.getMessage());
        }
        if (!Base64.getEncoder().encodeToString(publicKey).equals(contents.path("publicKey").asText())) {
            throw new Refused("The bundle's contents name another key than its header.");
        }
        BundleHeader read = header(header);
        Chain chain = verify(contents, publicKey);
        if (chain.headSequence() != read.headSequence() || !chain.headHash().equals(read.headHash())
                || contents.path("events").size() != read.events()
                || contents.path("decisions").size() != read.decisions()
                || contents.path("documents").size() != read.documents()) {
            throw new Refused("The bundle's header does not describe its contents.");
        }
        List<Decided> decisions = decisions(contents, chain.recorded());
        return new Contents(read, publicKey, chain.acknowledged(), decisions, chain.hashes(), Sha256.hex(bundle),
                documents(contents));
    }

    /** What a verified trail gives the import: its head, each event's hash, and each decision's event detail. */
    private record Chain(long headSequence, String headHash, Map<Long, JsonNode> recorded, Map<Long, String> hashes,
            String acknowledged) {
    }

    private static Chain verify(JsonNode contents, byte[] publicKey) {
        List<JsonNode> events = new ArrayList<>();
        contents.path("events").forEach(events::add);
        if (events.isEmpty()) {
            throw new Refused("The bundle holds no audit trail.");
        }
        String problem = problem(events, 0, casedesk.model.AuditEvent.GENESIS_HASH, publicKey);
        String acknowledged = "";
        if (problem != null) {
            // A trail its workstation's administrator acknowledged is intact from the acknowledgement on.
            int last = -1;
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i).path("type").asText().equals(AuditLog.ACKNOWLEDGED)
                        && events.get(i).path("version").asInt() == AuditLog.SIGNED) {
                    last = i;
                    break;
                }
            }
            String since = last < 0 ? problem : problem(events, last, events.get(last).path("previous").asText(), publicKey);
            if (last < 0 || since != null) {
                throw new Refused("The bundle's audit trail does not verify: " + (since == null ? problem : since) + ".");
            }
            acknowledged = "intact since the acknowledgement at event " + events.get(last).path("seq").asLong()
                    + " of a break before it";
        }
        JsonNode last = events.getLast();
        JsonNode head = contents.path("head");
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(head.path("signature").asText(""));
        } catch (IllegalArgumentException e) {
            signature = new byte[0];
        }
        if (!SigningKey.verifies(publicKey, AuditLog.headMessage(head.path("seq").asLong(), head.path("hash").asText()),
                signature)) {
            throw new Refused("The bundle's audit trail has no head signed by its workstation.");
        }
        if (head.path("seq").asLong() != last.path("seq").asLong() || !head.path("hash").asText().equals(last.path("hash").asText())) {
            throw new Refused("The bundle's audit trail does not end at its signed head (event "
                    + head.path("seq").asLong() + "): events were cut off or added.");
        }
        Map<Long, JsonNode> recorded = new HashMap<>();
        Map<Long, String> hashes = new HashMap<>();
        for (JsonNode event : events) {
            hashes.put(event.path("seq").asLong(), event.path("hash").asText());
            if (event.path("type").asText().equals(DecisionRepository.EVENT)) {
                JsonNode detail = Json.parse(event.path("detail").asText());
                recorded.put(detail.path("decision").asLong(), detail.deepCopy());
            }
        }
        return new Chain(last.path("seq").asLong(), last.path("hash").asText(), recorded, hashes, acknowledged);
    }

    /** What is wrong with the trail from event index {@code from} on (following {@code previous}), or null. */
    private static String problem(List<JsonNode> events, int from, String previous, byte[] publicKey) {
        long expected = events.get(from).path("seq").asLong();
        if (from == 0 && expected != 1) {
            return "it begins at event " + expected + ", not 1";
        }
        String expectedPrevious = previous;
        boolean signedBefore = false;
        for (int i = from; i < events.size(); i++) {
            JsonNode event = events.get(i);
            long seq = event.path("seq").asLong();
            if (seq != expected) {
                return "event " + expected + " is missing";
            }
            if (!event.path("previous").asText().equals(expectedPrevious)) {
                return "event " + seq + " does not follow the event before it";
            }
            int version = event.path("version").asInt();
            String recomputed;
            if (version == AuditLog.SIGNED) {
                SortedMap<String, String> covers = new TreeMap<>();
                event.path("covers").properties().forEach(entry -> covers.put(entry.getKey(), entry.getValue().asText()));
                recomputed = AuditLog.hashOf(seq, event.path("at").asText(), event.path("actor").asText(),
                        event.path("type").asText(), event.path("case").asText(), event.path("detail").asText(),
                        event.path("previous").asText(), covers);
                byte[] signature;
                try {
                    signature = Base64.getDecoder().decode(event.path("signature").asText(""));
                } catch (IllegalArgumentException e) {
                    signature = new byte[0];
                }
                if (!SigningKey.verifies(publicKey, event.path("hash").asText().getBytes(StandardCharsets.US_ASCII),
                        signature)) {
                    return "event " + seq + " is not signed with the workstation's key";
                }
                signedBefore = true;
            } else {
                if (signedBefore) {
                    return "event " + seq + " is not signed, though the events before it are";
                }
                recomputed = AuditLog.hashOf(seq, event.path("at").asText(), event.path("actor").asText(),
                        event.path("type").asText(), event.path("case").asText(), event.path("detail").asText(),
                        event.path("previous").asText());
            }
            if (!recomputed.equals(event.path("hash").asText())) {
                return "event " + seq + " was changed after it was written";
            }
            expected++;
            expectedPrevious = event.path("hash").asText();
        }
        return null;
    }

    /**
     * The documents a bundle carries, each the very bytes a decision's snapshot names by its SHA-256
     * (the snapshot the trail vouches for): a document no decision names, or bytes that are not the
     * ones named, refuse the bundle.
     */
    private static Map<String, byte[]> documents(JsonNode contents) {
        java.util.Set<String> named = documentsDecidedOn(contents.path("decisions"));
        Map<String, byte[]> documents = new java.util.LinkedHashMap<>();
        for (JsonNode document : contents.path("documents")) {
            String sha256 = document.path("sha256").asText();
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(document.path("pdf").asText());
            } catch (IllegalArgumentException e) {
                throw new Refused("A document of the bundle cannot be read.");
            }
            if (!Sha256.hex(bytes).equals(sha256)) {
                throw new Refused("A document of the bundle is not the one its decisions name (SHA-256 " + sha256 + ").");
            }
            if (!named.contains(sha256)) {
                throw new Refused("The bundle carries a document no decision of it was taken on (SHA-256 " + sha256 + ").");
            }
            if (documents.put(sha256, bytes) != null) {
                throw new Refused("The bundle carries the document " + sha256 + " twice.");
            }
        }
        return documents;
    }

    private static List<Decided> decisions(JsonNode contents, Map<Long, JsonNode> recorded) {
        List<Decided> decisions = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (JsonNode node : contents.path("decisions")) {
            long id = node.path("id").asLong();
            JsonNode event = recorded.get(id);
            if (event == null) {
                throw new Refused("Decision " + id + " of the bundle was recorded by no event of its trail.");
            }
            String snapshot = node.path("snapshot").asText();
            Decision decision;
            try {
                List<Integer> grounds = new ArrayList<>();
                Json.parse(node.path("grounds").asText()).forEach(ground -> grounds.add(ground.asInt()));
                decision = new Decision(id, new CaseReference(node.path("case").asText()),
                        Outcome.fromCode(node.path("outcome").asText()), grounds, node.path("note").asText(),
                        node.path("reason").asText(), node.path("decidedBy").asText(),
                        Database.instant(node.path("decidedAt").asText()), snapshot, node.path("snapshotSha256").asText(),
                        node.has("supersedes") ? OptionalLong.of(node.get("supersedes").asLong()) : OptionalLong.empty());
                decisions.add(new Decided(decision, node.path("applicant").asText(),
                        java.time.LocalDate.parse(node.path("lodged").asText()),
                        java.time.LocalDate.parse(node.path("deadline").asText())));
            } catch (RuntimeException e) {
                throw new Refused("Decision " + id + " of the bundle cannot be read: " + e.getMessage());
            }
            if (!Sha256.hex(snapshot).equals(decision.snapshotSha256())
                    || !decision.snapshotSha256().equals(event.path("snapshotSha256").asText())
                    || !decision.outcome().code().equals(event.path("outcome").asText())
                    || !decision.decidedBy().equals(event.path("decidedBy").asText())) {
                throw new Refused("Decision " + id + " of the bundle is not the decision its event recorded.");
            }
            seen.add(id);
        }
        for (Long id : recorded.keySet()) {
            if (!seen.contains(id)) {
                throw new Refused("The bundle's trail recorded decision " + id + ", which the bundle does not hold.");
            }
        }
        return decisions;
    }

    /**
     * Imports a verified bundle's decisions, labelled with their workstation, read-only; one audit
     * event records the import. A workstation seen before must be named by its label and continue
     * the trail its last bundle showed; a new one takes {@code label}, which no other may hold.
     */
    public ImportedWorkstation importBundle(Contents contents, String label, String actor) {
        if (audit.localKey().filter(own -> Arrays.equals(own, contents.publicKey())).isPresent()) {
            throw new Refused("The bundle is this caseload's own: its decisions are here already.");
        }
        String fingerprint = fingerprint(contents.publicKey());
        return db.transaction(connection -> {
            Optional<Known> known = known(connection, fingerprint);
            String name = label == null ? "" : label.strip();
            long id;
            if (known.isPresent()) {
                id = known.get().id();
                long headSeq = known.get().headSequence();
                String stored = known.get().label();
                if (!name.isEmpty() && !name.equals(stored)) {
                    throw new Refused("This workstation (key " + fingerprint + ") was imported as '" + stored
                            + "'; it keeps that label.");
                }
                name = stored;
                if (contents.header().headSequence() < headSeq) {
                    throw new Refused("The bundle of '" + stored + "' ends at event " + contents.header().headSequence()
                            + ", before the one imported last (event " + headSeq + "): it is an older bundle. "
                            + "Nothing was imported.");
                }
                if (!known.get().headHash().equals(contents.eventHashes().get(headSeq))) {
                    throw new Refused("The bundle does not continue the trail of '" + stored + "' as its last bundle "
                            + "showed it (event " + headSeq + "): that workstation's trail was rewritten or restored "
                            + "from an older backup since. Nothing was imported.");
                }
                if (contents.header().headSequence() == headSeq && storedAlready(connection, id, contents.documents().keySet())) {
                    throw new Refused("The bundle of '" + stored + "' ends at event " + headSeq + ", as the one imported "
                            + "last, and carries no document not here already: there is nothing new in it.");
                }
            } else {
                if (name.isEmpty() || name.length() > 60 || name.chars().anyMatch(Character::isISOControl)) {
                    throw new Refused("Name the workstation (a label of 1 to 60 characters) on its first import.");
                }
                try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM workstations WHERE label = ?")) {
                    query.setString(1, name);
                    try (ResultSet rows = query.executeQuery()) {
                        if (rows.next()) {
                            throw new Refused("Another workstation is labelled '" + name + "' already.");
                        }
                    }
                }
                id = Database.nextId(connection, "workstations");
            }
            // The import's own audit event numbers the bundle; it is appended last, so that it covers
            // the workstation's row and every decision stored for it (an edit of either is then found).
            long bundle;
            try (PreparedStatement next = connection.prepareStatement("SELECT coalesce(max(seq), 0) + 1 FROM audit_events");
                    ResultSet rows = next.executeQuery()) {
                bundle = rows.getLong(1);
            }
            String now = db.now();
            if (known.isPresent()) {
                try (PreparedStatement update = connection.prepareStatement("""
                        UPDATE workstations SET imported_at = ?, imported_by = ?, head_seq = ?, head_hash = ?, events = ?,
                            acknowledged = ?, bundle = ? WHERE id = ?""")) {
                    update.setString(1, now);
                    update.setString(2, actor);
                    update.setLong(3, contents.header().headSequence());
                    update.setString(4, contents.header().headHash());
                    update.setLong(5, contents.header().events());
                    update.setString(6, contents.acknowledged());
                    update.setLong(7, bundle);
                    update.setLong(8, id);
                    update.executeUpdate();
                }
            } else {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO workstations (id, fingerprint, public_key, label, imported_at, imported_by, head_seq,
                            head_hash, events, acknowledged, bundle) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    insert.setLong(1, id);
                    insert.setString(2, fingerprint);
                    insert.setBytes(3, contents.publicKey());
                    insert.setString(4, name);
                    insert.setString(5, now);
                    insert.setString(6, actor);
                    insert.setLong(7, contents.header().headSequence());
                    insert.setString(8, contents.header().headHash());
                    insert.setLong(9, contents.header().events());
                    insert.setString(10, contents.acknowledged());
                    insert.setLong(11, bundle);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO imported_decisions (workstation_id, bundle, decision_id, case_reference, applicant, lodged,
                        deadline, outcome, refusal_grounds, decided_by, decided_at, note, deviation_reason, snapshot,
                        snapshot_sha256, supersedes, path, against, signals, top_severity, rule_set, score)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Decided decided : contents.decisions()) {
                    Decision decision = decided.decision();
                    DecisionFacts facts = DecisionSnapshot.facts(decision.outcome(), decision.snapshot());
                    ArrayNode grounds = Json.array();
                    decision.refusalGrounds().forEach(grounds::add);
                    ArrayNode signals = Json.array();
                    facts.signals().forEach(signals::add);
                    long d = decision.id();
                    insert.setLong(1, id);
                    insert.setLong(2, bundle);
                    insert.setLong(3, d);
                    insert.setString(4, decision.caseReference().value());
                    insert.setString(5, decided.applicant());
                    insert.setString(6, decided.lodged().toString());
                    insert.setString(7, decided.deadline().toString());
                    insert.setString(8, decision.outcome().code());
                    insert.setString(9, Json.canonical(grounds));
                    insert.setString(10, decision.decidedBy());
                    insert.setString(11, Database.timestamp(decision.decidedAt()));
                    insert.setBytes(12, keys.sealText(decision.note(), RowIdentity.imported("note", id, bundle, d)));
                    insert.setBytes(13, keys.sealText(decision.deviationReason(),
                            RowIdentity.imported("deviation_reason", id, bundle, d)));
                    insert.setBytes(14, keys.sealText(decision.snapshot(), RowIdentity.imported("snapshot", id, bundle, d)));
                    insert.setString(15, decision.snapshotSha256());
                    if (decision.supersedes().isPresent()) {
                        insert.setLong(16, decision.supersedes().getAsLong());
                    } else {
                        insert.setNull(16, Types.INTEGER);
                    }
                    insert.setString(17, facts.path().code());
                    insert.setInt(18, facts.against() ? 1 : 0);
                    insert.setString(19, Json.canonical(signals));
                    insert.setString(20, facts.topSeverity().map(casedesk.model.Severity::code).orElse(null));
                    insert.setString(21, facts.ruleSet().orElse(null));
                    insert.setBytes(22, facts.sesameScore().isPresent() ? keys.sealText(
                            Integer.toString(facts.sesameScore().getAsInt()), RowIdentity.imported("score", id, bundle, d))
                            : null);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO imported_documents (workstation_id, sha256, size, sealed) VALUES (?, ?, ?, ?)
                    ON CONFLICT (workstation_id, sha256) DO NOTHING""")) {
                for (Map.Entry<String, byte[]> document : contents.documents().entrySet()) {
                    insert.setLong(1, id);
                    insert.setString(2, document.getKey());
                    insert.setLong(3, document.getValue().length);
                    insert.setBytes(4, keys.seal(document.getValue(), RowIdentity.importedDocument(id, document.getKey())));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            ObjectNode detail = Json.object().put("workstation", name).put("fingerprint", fingerprint)
                    .put("headSequence", contents.header().headSequence()).put("headHash", contents.header().headHash())
                    .put("events", contents.header().events()).put("decisions", contents.decisions().size())
                    .put("documents", contents.documents().size())
                    .put("bundleSha256", contents.sha256()).put("exportedBy", contents.header().exportedBy())
                    .put("exportedAt", Database.timestamp(contents.header().exportedAt()));
            var event = audit.append(connection, actor, IMPORTED, "", detail, Subject.workstation(id));
            if (event.sequence() != bundle) {
                throw new IllegalStateException("the import's event is " + event.sequence() + ", not " + bundle);
            }
            return workstation(connection, id);
        });
    }

    /** Whether every one of {@code documents} is stored for the workstation already. */
    private static boolean storedAlready(Connection connection, long workstation, java.util.Set<String> documents)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM imported_documents WHERE workstation_id = ? AND sha256 = ?")) {
            for (String sha256 : documents) {
                query.setLong(1, workstation);
                query.setString(2, sha256);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The workstations imported here, by label. */
    public List<ImportedWorkstation> workstations() {
        return db.read(connection -> {
            List<ImportedWorkstation> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM workstations ORDER BY label");
                    ResultSet rows = query.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                for (long id : ids) {
                    found.add(workstation(connection, id));
                }
            }
            return found;
        });
    }

    /** An imported decision with its sealed texts opened. */
    public Decision importedDecision(String label, long decisionId) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT i.* FROM imported_decisions i JOIN workstations w ON w.id = i.workstation_id AND w.bundle = i.bundle
                    WHERE w.label = ? AND i.decision_id = ?""")) {
                query.setString(1, label);
                query.setLong(2, decisionId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new CaseloadException.NotFound("Workstation '" + label + "' has no decision " + decisionId + ".");
                    }
                    long ws = rows.getLong("workstation_id");
                    long bundle = rows.getLong("bundle");
                    List<Integer> grounds = new ArrayList<>();
                    Json.parse(rows.getString("refusal_grounds")).forEach(g -> grounds.add(g.asInt()));
                    long supersedes = rows.getLong("supersedes");
                    OptionalLong superseded = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(supersedes);
                    return new Decision(decisionId, new CaseReference(rows.getString("case_reference")),
                            Outcome.fromCode(rows.getString("outcome")), grounds,
                            keys.openText(rows.getObject("note"), RowIdentity.imported("note", ws, bundle, decisionId)),
                            keys.openText(rows.getObject("deviation_reason"),
                                    RowIdentity.imported("deviation_reason", ws, bundle, decisionId)),
                            rows.getString("decided_by"), Database.instant(rows.getString("decided_at")),
                            keys.openText(rows.getObject("snapshot"), RowIdentity.imported("snapshot", ws, bundle, decisionId)),
                            rows.getString("snapshot_sha256"), superseded);
                }
            }
        });
    }

    /**
     * The bytes of a document an imported decision was taken on, if the workstation's bundles carried
     * it (it is looked up by the SHA-256 the decision's snapshot names).
     */
    public Optional<byte[]> importedDocument(String label, String sha256) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT d.workstation_id, d.sealed FROM imported_documents d JOIN workstations w ON w.id = d.workstation_id
                    WHERE w.label = ? AND d.sha256 = ?""")) {
                query.setString(1, label);
                query.setString(2, sha256);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<byte[]>empty();
                    }
                    byte[] bytes = keys.open(rows.getBytes(2), RowIdentity.importedDocument(rows.getLong(1), sha256));
                    if (!Sha256.hex(bytes).equals(sha256)) {
                        throw new CaseloadException.Unreadable("The stored copy of document " + sha256 + " of '" + label
                                + "' is not that document.");
                    }
                    return Optional.of(bytes);
                }
            }
        });
    }

    private static ImportedWorkstation workstation(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT w.*, (SELECT count(*) FROM imported_documents d WHERE d.workstation_id = w.id),
                    (SELECT count(*) FROM imported_decisions i WHERE i.workstation_id = w.id AND i.bundle = w.bundle)
                FROM workstations w WHERE w.id = ?""")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new ImportedWorkstation(rows.getString("label"), rows.getString("fingerprint"),
                        Database.instant(rows.getString("imported_at")), rows.getString("imported_by"),
                        rows.getLong("head_seq"), rows.getString("head_hash"), rows.getLong("events"),
                        rows.getLong(rows.getMetaData().getColumnCount()), rows.getString("acknowledged"),
                        rows.getLong(rows.getMetaData().getColumnCount() - 1));
            }
        }
    }

    /** A workstation imported before: how it is known here, and the head of its trail its last bundle showed. */
    private record Known(long id, String label, long headSequence, String headHash) {
    }

    private static Optional<Known> known(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, label, head_seq, head_hash FROM workstations WHERE fingerprint = ?")) {
            query.setString(1, fingerprint);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Known(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4)))
                        : Optional.empty();
            }
        }
    }

    private static BundleHeader header(JsonNode header) {
        try {
            return new BundleHeader(header.path("fingerprint").asText(), header.path("caseload").asText(),
                    header.path("exportedBy").asText(), Database.instant(header.path("exportedAt").asText()),
                    header.path("head").path("seq").asLong(), header.path("head").path("hash").asText(),
                    header.path("events").asLong(), header.path("decisions").asLong(), header.path("documents").asLong());
        } catch (RuntimeException e) {
            throw new Refused("The bundle's header is not CaseDesk's: it was damaged or is not a bundle.");
        }
    }

    /** A bundle's parts: what is signed (magic, header, sealed contents), and the signature. */
    private record Parts(byte[] header, byte[] contents, byte[] signed, byte[] signature) {
    }

    private static Parts parts(byte[] bundle) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bundle));
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new Refused("The file is not a CaseDesk bundle.");
            }
            int headerLength = in.readInt();
            if (headerLength <= 0 || headerLength > LONGEST_HEADER) {
                throw new Refused("The bundle's header is damaged.");
            }
            byte[] header = in.readNBytes(headerLength);
            long contentsLength = in.readLong();
            if (header.length < headerLength || contentsLength <= 0 || contentsLength > LONGEST_CONTENTS
                    || contentsLength > in.available()) {
                throw new Refused("The bundle is cut short: it ends before its contents do.");
            }
            byte[] contents = in.readNBytes((int) contentsLength);
            int signed = MAGIC.length + 4 + headerLength + 8 + (int) contentsLength;
            int signatureLength = in.read();
            if (signatureLength <= 0) {
                throw new Refused("The bundle is cut short: its signature is missing.");
            }
            byte[] signature = in.readNBytes(signatureLength);
            if (signature.length < signatureLength) {
                throw new Refused("The bundle is cut short: its signature is incomplete.");
            }
            if (in.available() > 0) {
                throw new Refused("The bundle has bytes after its signature: it was changed.");
            }
            return new Parts(header, contents, Arrays.copyOf(bundle, signed), signature);
        } catch (EOFException e) {
            throw new Refused("The bundle is cut short.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
