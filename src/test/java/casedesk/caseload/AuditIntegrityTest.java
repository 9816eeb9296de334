package casedesk.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.model.Decision;
import casedesk.model.Outcome;
import casedesk.model.Role;
import casedesk.model.User;
import casedesk.security.Sha256;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Someone with the file and an SQLite shell tries to rewrite history; the caseload notices. */
class AuditIntegrityTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void caseloadWithADecision() {
        file = dir.resolve("caseload.db");
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK, Sealer.PLAIN)) {
            caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, "x", true), "admin");
            for (int serial = 1; serial <= 3; serial++) {
                caseload.cases().create(Samples.wang(serial), "amartin");
            }
            String snapshot = "{\"verdicts\":[\"means: PASS\"]}";
            caseload.decisions().record(new Decision(0, Samples.wang(2).reference(), Outcome.ISSUE, List.of(), "ok", "",
                    "amartin", Instant.parse("2026-11-20T10:00:00Z"), snapshot, Sha256.hex(snapshot),
                    OptionalLong.empty()), "amartin");
        }
    }

    @Test
    void anIntactCaseloadVerifies() {
        try (Caseload caseload = Caseload.open(file)) {
            ChainCheck check = caseload.audit().verify();
            assertTrue(check.isIntact(), check.problem());
            assertEquals(6, check.eventsChecked());
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
        }
    }

    @Test
    void anEditedEventIsFoundAndNamed() throws SQLException {
        behindTheTriggersBack("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3");
        assertBrokenAt(3, "changed");
    }

    @Test
    void aDeletedEventIsFound() throws SQLException {
        behindTheTriggersBack("DELETE FROM audit_events WHERE seq = 4");
        assertBrokenAt(5, "missing");
    }

    @Test
    void swappedEventsAreFound() throws SQLException {
        behindTheTriggersBack("UPDATE audit_events SET seq = -seq WHERE seq IN (3, 4)",
                "UPDATE audit_events SET seq = 4 WHERE seq = -3", "UPDATE audit_events SET seq = 3 WHERE seq = -4");
        assertBrokenAt(3, "does not follow");
    }

    @Test
    void aRewrittenDecisionIsFoundThoughItsEventIsUntouched() throws SQLException {
        behindTheTriggersBack("UPDATE decisions SET outcome = 'refuse', refusal_grounds = '[3]'");
        assertBrokenAt(6, "no longer matches");
    }

    @Test
    void aDecisionSlippedInWithoutAnEventIsFound() throws SQLException {
        behindTheTriggersBack("""
                INSERT INTO decisions (case_id, outcome, refusal_grounds, note, deviation_reason, decided_by,
                    decided_at, snapshot, snapshot_sha256) SELECT case_id, outcome, refusal_grounds, note,
                    deviation_reason, decided_by, decided_at, snapshot, snapshot_sha256 FROM decisions""");
        try (Caseload caseload = Caseload.open(file)) {
            ChainCheck check = caseload.audit().verify();
            assertFalse(check.isIntact());
            assertTrue(check.problem().contains("never recorded"), check.problem());
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
                    "audit_events_are_never_updated", "audit_events_are_never_deleted")) {
                statement.executeUpdate("DROP TRIGGER " + trigger);
            }
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
