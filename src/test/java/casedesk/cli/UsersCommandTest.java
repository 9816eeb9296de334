package casedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.model.AuditEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts and sign-in on the command line: a new caseload starts with its administrator, who adds
 * the others; a command that changes the caseload signs in first and is recorded in that name.
 */
class UsersCommandTest {

    static final String ADMIN_PASSWORD = "chef de poste 2026";
    static final String OFFICER_PASSWORD = "anne martin 2026";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), Environment.of(environment)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Map<String, String> as(String user, String password) {
        Map<String, String> environment = new HashMap<>();
        environment.put(SignIn.USER_VARIABLE, user);
        environment.put(SignIn.PASSWORD_VARIABLE, password);
        return environment;
    }

    private Path caseloadWithAnAdministratorAndAnOfficer() {
        Path db = dir.resolve("post.db");
        Run first = run(Map.of(UsersCommand.NEW_PASSWORD_VARIABLE, ADMIN_PASSWORD),
                "users", "add", "--db", db.toString(), "--role", "administrator", "--name", "Chef de poste", "chef");
        assertEquals(0, first.exitCode(), first.err());
        Map<String, String> admin = as("chef", ADMIN_PASSWORD);
        admin.put(UsersCommand.NEW_PASSWORD_VARIABLE, OFFICER_PASSWORD);
        Run officer = run(admin, "users", "add", "--db", db.toString(), "--name", "Anne Martin", "amartin");
        assertEquals(0, officer.exitCode(), officer.err());
        return db;
    }

    @Test
    void aNewCaseloadStartsWithItsAdministratorWhoAddsTheOthers() {
        Path db = caseloadWithAnAdministratorAndAnOfficer();

        Run list = run(as("chef", ADMIN_PASSWORD), "users", "list", "--db", db.toString());

        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("amartin   officer        yes     Anne Martin"), list.out());
        assertTrue(list.out().contains("chef      administrator  yes     Chef de poste"), list.out());
    }

    @Test
    void aSecondFirstAdministratorIsRefused() {
        Path db = caseloadWithAnAdministratorAndAnOfficer();

        Run again = run(Map.of(UsersCommand.NEW_PASSWORD_VARIABLE, "another long one"),
                "users", "add", "--db", db.toString(), "--role", "administrator", "intruder");

        assertEquals(Cli.BAD_INPUT, again.exitCode());
        assertTrue(again.err().contains("sign in with --user"), again.err());
    }

    @Test
    void aChangingCommandWithoutSignInStoresNothing() throws Exception {
        Path db = caseloadWithAnAdministratorAndAnOfficer();
        Path csv = dir.resolve("rates.csv");
        Files.writeString(csv, "Date,USD,CNY,\n2026-11-20,1.0412,7.9153,\n");

        Run nobody = run(Map.of(), "rates", "import", "--db", db.toString(), csv.toString());
        Run wrong = run(as("chef", "not the password"), "rates", "import", "--db", db.toString(), csv.toString());
        Run officer = run(as("amartin", OFFICER_PASSWORD), "rates", "import", "--db", db.toString(), csv.toString());

        assertEquals(Cli.BAD_INPUT, nobody.exitCode());
        assertTrue(nobody.err().contains("--user NAME or set CASEDESK_USER"), nobody.err());
        assertEquals(Cli.BAD_INPUT, wrong.exitCode());
        assertTrue(wrong.err().contains("The name or the password is wrong."), wrong.err());
        assertEquals(Cli.BAD_INPUT, officer.exitCode());
        assertTrue(officer.err().contains("may not import exchange rates"), officer.err());
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            assertEquals(0, caseload.rates().summary().size(), "no rate was stored");
        }

        Run admin = run(as("chef", ADMIN_PASSWORD), "rates", "import", "--db", db.toString(), csv.toString());
        assertEquals(0, admin.exitCode(), admin.err());
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            List<AuditEvent> events = caseload.audit().events(0, 1_000);
            AuditEvent imported = events.stream().filter(e -> e.type().startsWith("rates")).findFirst().orElseThrow();
            assertEquals("chef", imported.actor(), "recorded in the signed-in name, not the operating system's");
        }
    }

    @Test
    void theOperatingSystemAccountCannotStandInForASignIn() {
        Path db = caseloadWithAnAdministratorAndAnOfficer();
        String was = System.getProperty("user.name");
        System.setProperty("user.name", "chef");
        try {
            Run spoofed = run(Map.of(), "users", "disable", "--db", db.toString(), "amartin");
            assertEquals(Cli.BAD_INPUT, spoofed.exitCode());
        } finally {
            System.setProperty("user.name", was);
        }
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            assertTrue(caseload.users().find("amartin").orElseThrow().active());
        }
    }

    @Test
    void aPasswordIsNeverTakenFromTheArguments() {
        Path db = caseloadWithAnAdministratorAndAnOfficer();

        Run run = run(Map.of(), "users", "list", "--db", db.toString(), "--user", "chef", "--password", ADMIN_PASSWORD);

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertFalse(run.out().contains("amartin"), run.out());
    }

    @Test
    void anAdministratorDisablesAnAccountAndItNoLongerSignsIn() {
        Path db = caseloadWithAnAdministratorAndAnOfficer();

        assertEquals(0, run(as("chef", ADMIN_PASSWORD), "users", "disable", "--db", db.toString(), "amartin").exitCode());
        Run refused = run(as("amartin", OFFICER_PASSWORD), "users", "passwd", "--db", db.toString());

        assertEquals(Cli.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("disabled"), refused.err());
    }

    @Test
    void anOfficerChangesTheirOwnPasswordButNobodyElses() {
        Path db = caseloadWithAnAdministratorAndAnOfficer();
        Map<String, String> officer = as("amartin", OFFICER_PASSWORD);
        officer.put(UsersCommand.NEW_PASSWORD_VARIABLE, "a fresh password");

        assertEquals(Cli.BAD_INPUT, run(officer, "users", "passwd", "--db", db.toString(), "chef").exitCode());
        assertEquals(0, run(officer, "users", "passwd", "--db", db.toString()).exitCode());
        assertEquals(Cli.BAD_INPUT, run(as("amartin", OFFICER_PASSWORD), "users", "passwd", "--db", db.toString()).exitCode(),
                "the old password no longer signs in");
    }
}
