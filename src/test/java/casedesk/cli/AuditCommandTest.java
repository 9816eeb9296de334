package casedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.json.Json;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Role;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'audit verify' on an intact and on a tampered caseload, and what the other commands do with the latter. */
class AuditCommandTest {

    static final CaseReference REF = CaseReference.of("LU", "SHA", 2026, 7);

    @TempDir
    Path dir;

    private Path db;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        return runAs("amartin", args);
    }

    private static Run runAs(String user, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), Accounts.signedInAs(user)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void caseloadWithACase() {
        db = dir.resolve("caseload.db");
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            Accounts.add(caseload, "amartin", Role.OFFICER);
            Accounts.add(caseload, "admin", Role.ADMINISTRATOR);
            caseload.cases().create(VisaCase.lodged(REF, LocalDate.of(2026, 11, 2),
                    new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678", ""),
                    new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C")), "amartin");
        }
    }

    @Test
    void anIntactTrailVerifiesWithItsHead() {
        Run run = run("audit", "verify", "--db", db.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = Json.parse(run.out());
        assertTrue(result.get("intact").asBoolean());
        assertEquals(4, result.get("events").asInt());
        assertEquals(4, result.get("head").get("sequence").asInt());
        assertEquals(64, result.get("head").get("hash").asText().length());
    }

    @Test
    void aPassportChangedBehindTheLogsBackFailsVerificationAndStopsEveryChange() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE cases SET passport_sealed = X'0045393939393939393939'");
        }

        Run verify = run("audit", "verify", "--db", db.toString());
        Run evaluate = run("evaluate", "--db", db.toString(), REF.value());

        assertEquals(Cli.VERIFICATION_FAILED, verify.exitCode());
        assertTrue(verify.out().contains("BROKEN at event 4: case LU-SHA-2026-000007 is no longer as event 4 recorded it"),
                verify.out());
        assertEquals(Cli.VERIFICATION_FAILED, evaluate.exitCode(), evaluate.out());
        assertTrue(evaluate.err().contains("failed verification at event 4"), evaluate.err());
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            assertEquals(java.util.Optional.empty(), caseload.evaluations().latest(REF), "nothing was stored");
        }
    }

    @Test
    void anAdministratorAcknowledgesABrokenTrailAndTheCaseloadTakesChangesAgain() throws Exception {
        Run intact = runAs("admin", "audit", "acknowledge", "--db", db.toString());
        assertEquals(Cli.BAD_INPUT, intact.exitCode(), intact.out());
        assertTrue(intact.err().contains("Nothing to acknowledge: the audit trail is intact"), intact.err());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE cases SET surname = 'WANGG'");
        }

        Run officer = run("audit", "acknowledge", "--db", db.toString());
        Run admin = runAs("admin", "audit", "acknowledge", "--db", db.toString());
        Run verify = run("audit", "verify", "--db", db.toString());
        Run evaluate = run("evaluate", "--db", db.toString(), REF.value());

        assertEquals(Cli.BAD_INPUT, officer.exitCode(), officer.out() + officer.err());
        assertTrue(officer.err().contains("acknowledge a broken audit trail"), officer.err());
        assertEquals(Cli.OK, admin.exitCode(), admin.err());
        assertTrue(admin.out().contains("failed verification at event 4: case LU-SHA-2026-000007 is no longer"),
                admin.out());
        assertTrue(admin.out().contains("Acknowledged at event 5"), admin.out());
        assertEquals(Cli.OK, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("Intact since an acknowledgement: the trail failed verification at event 4"),
                verify.out());
        assertEquals(Cli.OK, evaluate.exitCode(), evaluate.err());
    }

    @Test
    void theEventsAreListedInOrderWithWhoWhatAndTheCaseAndTheTrailsStatus() {
        Run all = run("audit", "events", "--db", db.toString());
        Run onCase = run("audit", "events", "--db", db.toString(), "--case", REF.value(), "--json");
        Run bad = run("audit", "events", "--db", db.toString(), "--case", "not-a-reference");

        assertEquals(0, all.exitCode(), all.err());
        List<String> lines = all.out().lines().toList();
        assertTrue(lines.getFirst().startsWith("SEQ"), all.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("4 +\\S+ \\S+ +amartin +case-created +LU-SHA-2026-000007 .*")),
                all.out());
        assertTrue(lines.getLast().startsWith("Audit trail: intact; head event 5"), "the sign-in to read is an event too: " + all.out());

        assertEquals(0, onCase.exitCode(), onCase.err());
        JsonNode result = Json.parse(onCase.out());
        assertEquals(1, result.get("events").size(), "only the events about the case");
        assertEquals("case-created", result.get("events").get(0).get("type").asText());
        assertEquals(4, result.get("events").get(0).get("seq").asInt());
        assertTrue(result.get("verification").get("intact").asBoolean());

        assertEquals(Cli.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("'not-a-reference' is not a case reference"), bad.err());
    }
}
