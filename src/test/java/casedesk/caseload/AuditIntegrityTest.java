package casedesk.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.model.Box;
import casedesk.model.Decision;
import casedesk.model.Document;
import casedesk.model.DocumentKind;
import casedesk.model.Extraction;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Outcome;
import casedesk.model.Role;
import casedesk.model.User;
import casedesk.security.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with the file and an SQLite shell tries to rewrite history: edits, deletes, inserts,
 * reorders or cuts off events, recomputes every hash without the key, or edits what the events are
 * about. Each is found and named; a caseload found tampered with opens read-only.
 */
class AuditIntegrityTest {

    static final String SNAPSHOT = "{\"verdicts\":[\"means: PASS\"]}";

    @TempDir
    Path dir;

    private Path file;

    /** Events: 1 caseload created, 2 user, 3-5 cases, 6 document, 7 evidence read, 8 decision. */
    @BeforeEach
    void caseloadWithADocumentAndADecision() {
        file = dir.resolve("caseload.db");
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, "x", true), Samples.WRAPPING_KEY, "admin");
            for (int serial = 1; serial <= 3; serial++) {
                caseload.cases().create(Samples.wang(serial), "amartin");
            }
            Document report = caseload.documents().add(Samples.wang(2).reference(),
                    new DocumentRepository.NewDocument("zhima.pdf", DocumentKind.CREDIT_REPORT, 1,
                            "%PDF-1.4 report".getBytes()), "amartin");
            caseload.evidence().store(report.id(), new Extraction(List.of(new Figure("score",
                    new FigureValue.Number(786), 1, new Box(70, 210, 73, 63), "786")), List.of(), List.of()), "amartin");
            caseload.decisions().record(new Decision(0, Samples.wang(2).reference(), Outcome.ISSUE, List.of(), "ok", "",
                    "amartin", Instant.parse("2026-11-20T10:00:00Z"), SNAPSHOT, Sha256.hex(SNAPSHOT),
                    OptionalLong.empty()), "amartin");
        }
    }

    @Test
    void anIntactCaseloadVerifies() {
        try (Caseload caseload = Caseload.open(file)) {
            ChainCheck check = caseload.audit().verify();
            assertTrue(check.isIntact(), check.problem());
            assertEquals(8, check.eventsChecked());
            assertEquals(8, check.headSequence());
            assertEquals(Optional.empty(), caseload.readOnly());
        }
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteDecisionsAndEvents() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            var update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE decisions SET outcome = 'refuse'"));
            assertTrue(update.getMessage().contains("never updated"), update.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM decisions"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_events SET actor = 'x'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_events WHERE seq = 3"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_covers"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM signing_keys"));
        }
    }

    @Test
    void anEditedEventIsFoundAndNamed() throws SQLException {
        behindTheTriggersBack("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3");
        assertBrokenAt(3, "changed");
    }

    @Test
    void aDeletedEventIsFound() throws SQLException {
        behindTheTriggersBack("DELETE FROM audit_covers WHERE seq = 4", "DELETE FROM audit_events WHERE seq = 4");
        assertBrokenAt(5, "missing");
    }

    @Test
    void swappedEventsAreFound() throws SQLException {
        behindTheTriggersBack("UPDATE audit_events SET seq = -seq WHERE seq IN (3, 4)",
                "UPDATE audit_events SET seq = 4 WHERE seq = -3", "UPDATE audit_events SET seq = 3 WHERE seq = -4");
        assertBrokenAt(3, "does not follow");
    }

    @Test
    void eventsCutOffTheEndAreFoundByTheSignedHead() throws SQLException {
        behindTheTriggersBack("DELETE FROM audit_covers WHERE seq >= 7", "DELETE FROM decisions",
                "UPDATE cases SET status = 'open'", "DELETE FROM audit_events WHERE seq >= 7");
        assertBrokenAt(7, "cut off");
    }

    @Test
    void aMissingHeadIsFound() throws SQLException {
        behindTheTriggersBack("DELETE FROM audit_head");
        assertBrokenAt(8, "head of the log is missing");
    }

    @Test
    void anEventAppendedWithoutTheKeyIsFound() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            String previous = hashOf(connection, 8);
            String at = "2026-11-20T11:00:00.000Z";
            String hash = AuditLog.hashOf(9, at, "intruder", "note", "", "{}", previous, new TreeMap<>());
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO audit_events (seq, at, actor, type, case_reference, detail, "
                        + "previous_hash, hash, hash_version, signature) VALUES (9, '" + at + "', 'intruder', 'note', '', "
                        + "'{}', '" + previous + "', '" + hash + "', 2, X'00')");
            }
        }
        assertBrokenAt(9, "not signed with the caseload's key");
    }

    @Test
    void aDecisionRewrittenAndEveryHashRecomputedWithoutTheKeyIsFound() throws SQLException {
        behindTheTriggersBack("UPDATE decisions SET outcome = 'refuse', refusal_grounds = '[3]'");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            // Recompute what event 8 recorded of the decision, then its hash, as a careful forger would.
            String fingerprint = Fingerprints.of(connection, Subject.decision(1));
            statement.executeUpdate("UPDATE audit_covers SET sha256 = '" + fingerprint + "' WHERE seq = 8 AND subject = 'decision:1'");
            TreeMap<String, String> covers = new TreeMap<>();
            try (var rows = statement.executeQuery("SELECT subject, sha256 FROM audit_covers WHERE seq = 8")) {
                while (rows.next()) {
                    covers.put(rows.getString(1), rows.getString(2));
                }
            }
            try (var rows = statement.executeQuery("SELECT * FROM audit_events WHERE seq = 8")) {
                rows.next();
                String hash = AuditLog.hashOf(8, rows.getString("at"), rows.getString("actor"), rows.getString("type"),
                        rows.getString("case_reference"), rows.getString("detail"), rows.getString("previous_hash"), covers);
                rows.close();
                statement.executeUpdate("UPDATE audit_events SET hash = '" + hash + "' WHERE seq = 8");
                statement.executeUpdate("UPDATE audit_head SET hash = '" + hash + "'");
            }
        }
        assertBrokenAt(8, "not signed with the caseload's key");
    }

    @Test
    void aRewrittenDecisionIsFoundThoughItsEventIsUntouched() throws SQLException {
        behindTheTriggersBack("UPDATE decisions SET outcome = 'refuse', refusal_grounds = '[3]'");
        assertBrokenAt(8, "decision 1 is no longer as event 8 recorded it");
    }

    @Test
    void aDecisionSlippedInWithoutAnEventIsFound() throws SQLException {
        behindTheTriggersBack("""
                INSERT INTO decisions (case_id, outcome, refusal_grounds, note, deviation_reason, decided_by,
                    decided_at, snapshot, snapshot_sha256) SELECT case_id, outcome, refusal_grounds, note,
                    deviation_reason, decided_by, decided_at, snapshot, snapshot_sha256 FROM decisions""");
        assertBrokenAt(8, "decision 2 is in the caseload, but no audit event recorded it");
    }

    @Test
    void aFigureEditedBehindTheLogsBackIsFound() throws SQLException {
        behindTheTriggersBack("UPDATE figures SET value = '952' WHERE name = 'score'");
        assertBrokenAt(7, "what was read from document 1 is no longer as event 7 recorded it");
    }

    @Test
    void swappedDocumentBytesAreFound() throws SQLException {
        behindTheTriggersBack("UPDATE blobs SET sealed = X'00255044462D312E3420666F72676564'");
        assertBrokenAt(6, "document 1 is no longer as event 6 recorded it");
    }

    @Test
    void aChangedPassportNumberOrStatusIsFound() throws SQLException {
        behindTheTriggersBack("UPDATE cases SET passport_sealed = X'0045393939393939393939' WHERE id = 1");
        assertBrokenAt(3, "case LU-SHA-2026-000001 is no longer as event 3 recorded it");
    }

    @Test
    void anOfficerMadeAdministratorBehindTheLogsBackIsFound() throws SQLException {
        behindTheTriggersBack("UPDATE users SET role = 'administrator' WHERE username = 'amartin'");
        assertBrokenAt(2, "the account amartin is no longer as event 2 recorded it");
    }

    @Test
    void aTamperedCaseloadOpensReadOnlyAndRefusesEveryChange() throws SQLException {
        behindTheTriggersBack("UPDATE decisions SET outcome = 'refuse', refusal_grounds = '[3]'");
        try (Caseload caseload = Caseload.open(file)) {
            assertFalse(caseload.integrity().isIntact());
            assertTrue(caseload.readOnly().orElseThrow().contains("failed verification at event 8"),
                    caseload.readOnly().orElse(""));
            assertThrows(CaseloadException.ReadOnly.class, () -> caseload.cases().create(Samples.wang(9), "amartin"));
        }
    }

    @Test
    void aCopyWithoutItsWorkstationKeyOpensReadOnly() throws Exception {
        Path copy = dir.resolve("copy.db");
        Files.copy(file, copy);
        try (Caseload caseload = Caseload.open(copy)) {
            assertTrue(caseload.readOnly().orElseThrow().contains("does not hold the key"), caseload.readOnly().orElse(""));
            assertThrows(CaseloadException.ReadOnly.class, () -> caseload.cases().create(Samples.wang(9), "amartin"));
            assertTrue(caseload.audit().verify().isIntact(), "still verifiable under the key it names");
        }
        assertTrue(Files.exists(SigningKey.fileFor(file)));
        if (Files.getFileAttributeView(SigningKey.fileFor(file), java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(SigningKey.fileFor(file))), "the key is its owner's only");
        }
    }

    @Test
    void anAdministratorsAcknowledgementLetsABrokenCaseloadTakeChangesAndEveryLaterCheckNamesTheBreak()
            throws SQLException {
        behindTheTriggersBack("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3",
                "DELETE FROM decisions");
        try (Caseload caseload = Caseload.open(file)) {
            assertTrue(caseload.readOnly().isPresent());
            assertTrue(caseload.acknowledgeable());
            Samples.unlock(caseload);
            ChainCheck now = caseload.acknowledgeBrokenTrail("admin");
            assertTrue(now.isIntact(), now.problem());
            assertEquals(Optional.empty(), caseload.readOnly(), "the caseload takes changes again");
            assertFalse(caseload.acknowledgeable());
            caseload.cases().create(Samples.wang(9), "amartin");
            var event = caseload.audit().events(8, 10).getFirst();
            assertEquals("audit-break-acknowledged", event.type());
            assertEquals("admin", event.actor());
            assertTrue(event.detail().contains("\"firstBadEvent\":3"), event.detail());
        }
        try (Caseload caseload = Caseload.open(file)) {
            assertEquals(Optional.empty(), caseload.readOnly(), "and keeps taking them after the next open");
            ChainCheck full = caseload.audit().verify();
            assertTrue(full.isIntact(), full.problem());
            assertTrue(full.isAcknowledged());
            assertTrue(full.acknowledged().contains("failed verification at event 3")
                    && full.acknowledged().contains("admin acknowledged it at event 9"), full.acknowledged());
        }
        // A break after the acknowledgement is not covered by it.
        behindTheTriggersBack("UPDATE cases SET status = 'issued' WHERE id = 1");
        try (Caseload caseload = Caseload.open(file)) {
            assertTrue(caseload.readOnly().isPresent(), "a later edit is refused again");
            ChainCheck full = caseload.audit().verify();
            assertFalse(full.isIntact());
            assertTrue(full.problem().contains("case LU-SHA-2026-000001 is no longer as event 9 recorded it"),
                    full.problem());
        }
    }

    @Test
    void anAcknowledgementWrittenWithoutTheKeyCoversNothing() throws SQLException {
        behindTheTriggersBack("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            String previous = hashOf(connection, 8);
            String at = "2026-11-20T11:00:00.000Z";
            String detail = "{\"firstBadEvent\":3,\"problem\":\"forged\"}";
            String hash = AuditLog.hashOf(9, at, "intruder", "audit-break-acknowledged", "", detail, previous,
                    new TreeMap<>());
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO audit_events (seq, at, actor, type, case_reference, detail, "
                        + "previous_hash, hash, hash_version, signature) VALUES (9, '" + at + "', 'intruder', "
                        + "'audit-break-acknowledged', '', '" + detail + "', '" + previous + "', '" + hash + "', 2, X'00')");
            }
        }
        try (Caseload caseload = Caseload.open(file)) {
            assertTrue(caseload.readOnly().isPresent());
            ChainCheck full = caseload.audit().verify();
            assertFalse(full.isIntact());
            assertTrue(full.problem().contains("not signed with the caseload's key"), full.problem());
        }
    }

    @Test
    void onlyABrokenTrailOnThisWorkstationCanBeAcknowledged() throws Exception {
        try (Caseload caseload = Caseload.open(file)) {
            assertFalse(caseload.acknowledgeable());
            Samples.unlock(caseload);
            var refused = assertThrows(CaseloadException.Refused.class, () -> caseload.acknowledgeBrokenTrail("admin"));
            assertTrue(refused.getMessage().contains("nothing to acknowledge"), refused.getMessage());
        }
        behindTheTriggersBack("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3");
        Path copy = dir.resolve("copy.db");
        Files.copy(file, copy);
        try (Caseload caseload = Caseload.open(copy)) {
            assertFalse(caseload.acknowledgeable(), "a copy without this workstation's key cannot sign anything");
            Samples.unlock(caseload);
            assertThrows(CaseloadException.Refused.class, () -> caseload.acknowledgeBrokenTrail("admin"));
        }
    }

    private static String hashOf(Connection connection, long sequence) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT hash FROM audit_events WHERE seq = " + sequence)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void removingTheSigningKeyDoesNotLetAnEditThroughAsANewCaseload() throws SQLException {
        // Without its registered key the caseload looked new: its first signed event recorded every
        // subject as it stood, the edit included, and everything verified.
        behindTheTriggersBack("DROP TRIGGER signing_keys_are_never_deleted", "DELETE FROM signing_keys",
                "UPDATE cases SET surname = 'FORGED' WHERE id = 1");
        try (Caseload caseload = Caseload.open(file)) {
            assertTrue(caseload.readOnly().isPresent(), "a caseload whose key was removed takes no change");
            assertTrue(caseload.integrity().problem().contains("key that signed"), caseload.integrity().problem());
            assertEquals(8, caseload.audit().size(), "nothing was appended to record the edit as it stands");
            assertFalse(caseload.audit().verify().isIntact());
        }
    }

    @Test
    void aSealedValueReplacedByOneInTheClearIsRefusedNotBelieved() throws SQLException {
        behindTheTriggersBack("UPDATE figures SET value = '999'");
        try (Caseload caseload = Caseload.open(file)) {
            Samples.unlock(caseload);
            var refused = assertThrows(CaseloadException.Unreadable.class, () -> caseload.evidence().figures(1));
            assertTrue(refused.getMessage().contains("behind CaseDesk's back"), refused.getMessage());
        }
    }

    private void assertBrokenAt(long event, String problem) {
        try (Caseload caseload = Caseload.open(file)) {
            ChainCheck check = caseload.audit().verify();
            assertEquals(OptionalLong.of(event), check.firstBadEvent(), check.problem());
            assertTrue(check.problem().contains(problem), check.problem());
        }
    }

    private void behindTheTriggersBack(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String trigger : List.of("decisions_are_never_updated", "decisions_are_never_deleted",
                    "audit_events_are_never_updated", "audit_events_are_never_deleted", "audit_covers_are_never_updated",
                    "audit_covers_are_never_deleted", "corrections_are_never_changed")) {
                statement.executeUpdate("DROP TRIGGER IF EXISTS " + trigger);
            }
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
