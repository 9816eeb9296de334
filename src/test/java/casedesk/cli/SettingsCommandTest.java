package casedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Role;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caseload's settings on the command line: only an administrator changes them, each change is
 * audited, and they take effect: a sign-in even to read, the size of a document an intake takes.
 */
class SettingsCommandTest {

    static final CaseReference REF = CaseReference.of("LU", "SHA", 2026, 7);

    @TempDir
    Path dir;

    private Path db;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), Environment.of(environment)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Map<String, String> as(String user) {
        Map<String, String> environment = new HashMap<>();
        environment.put(SignIn.USER_VARIABLE, user);
        environment.put(SignIn.PASSWORD_VARIABLE, Accounts.PASSWORD);
        return environment;
    }

    @BeforeEach
    void caseloadWithAnOfficerAndAnAdministrator() {
        db = dir.resolve("caseload.db");
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            Accounts.add(caseload, "amartin", Role.OFFICER);
            Accounts.add(caseload, "admin", Role.ADMINISTRATOR);
            caseload.cases().create(VisaCase.lodged(REF, LocalDate.now().minusDays(2),
                    new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678", ""),
                    new Trip(LocalDate.now().plusDays(20), LocalDate.now().plusDays(30), "tourism", "LU", "C")), "amartin");
        }
    }

    @Test
    void anAdministratorCanAskForASignInEvenToReadAndNobodyElseCanChangeIt() throws Exception {
        Map<String, String> nobody = Map.of();

        Run before = run(nobody, "cases", "--db", db.toString());
        Run listed = run(as("admin"), "settings", "--db", db.toString());
        Run officerSets = run(as("amartin"), "settings", "--db", db.toString(), "sign-in-to-read=yes");
        Run adminSets = run(as("admin"), "settings", "--db", db.toString(), "sign-in-to-read=yes");

        assertEquals(0, before.exitCode(), before.err());
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().lines().anyMatch(line -> line.matches("sign-in-to-read +no +no")), listed.out());
        assertEquals(Cli.BAD_INPUT, officerSets.exitCode(), officerSets.out());
        assertTrue(officerSets.err().contains("may not change the caseload's settings"), officerSets.err());
        assertEquals(0, adminSets.exitCode(), adminSets.err());
        assertTrue(adminSets.out().lines().anyMatch(line -> line.matches("sign-in-to-read +yes +no")), adminSets.out());

        for (String[] reading : List.of(new String[] {"cases", "--db", db.toString()},
                new String[] {"audit", "verify", "--db", db.toString()}, new String[] {"check", "--db", db.toString()},
                new String[] {"rates", "show", "--db", db.toString()}, new String[] {"rules", "show", "--db", db.toString()})) {
            Run anonymous = run(nobody, reading);
            assertEquals(Cli.BAD_INPUT, anonymous.exitCode(), String.join(" ", reading) + ": " + anonymous.out());
            assertTrue(anonymous.err().contains("This caseload asks everyone to sign in, even to read it: sign in with "
                    + "--user NAME"), anonymous.err());
            assertEquals("", anonymous.out(), "nothing of the caseload is shown");
            Map<String, String> wrong = as("amartin");
            wrong.put(SignIn.PASSWORD_VARIABLE, "not the password");
            assertEquals(Cli.BAD_INPUT, run(wrong, reading).exitCode(), String.join(" ", reading));
            Run signedIn = run(as("amartin"), reading);
            assertEquals(0, signedIn.exitCode(), String.join(" ", reading) + ": " + signedIn.err());
        }

        // Turning it off behind the log's back is found, as any other edit is.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE settings SET value = 'no'");
        }
        Run tampered = run(nobody, "audit", "verify", "--db", db.toString());
        assertEquals(Cli.VERIFICATION_FAILED, tampered.exitCode(), tampered.out() + tampered.err());
        assertTrue(tampered.out().contains("the caseload's settings is no longer as event"), tampered.out());
        Run adminAgain = run(as("admin"), "settings", "--db", db.toString(), "sign-in-to-read=yes");
        assertEquals(Cli.VERIFICATION_FAILED, adminAgain.exitCode(), "a tampered caseload takes no change");
    }

    @Test
    void aValueOutsideItsRangeOrAnUnknownSettingIsRefusedWithNothingChanged() {
        Run unknown = run(as("admin"), "settings", "--db", db.toString(), "largest-document-mb=8", "colour=blue");
        Run zero = run(as("admin"), "settings", "--db", db.toString(), "sign-in-to-read=yes", "largest-document-mb=0");
        Run listed = run(as("admin"), "settings", "--db", db.toString());

        assertEquals(Cli.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("'colour=blue' names no setting"), unknown.err());
        assertEquals(Cli.BAD_INPUT, zero.exitCode());
        assertTrue(zero.err().contains("'0' is no value for largest-document-mb: it is the largest PDF"), zero.err());
        assertTrue(listed.out().lines().anyMatch(line -> line.matches("sign-in-to-read +no +no")), listed.out());
        assertTrue(listed.out().lines().anyMatch(line -> line.matches("largest-document-mb +64 +64")), listed.out());
    }

    @Test
    void aDocumentLargerThanTheCaseloadTakesIsRefusedBeforeItIsRead() throws Exception {
        Path pdf = dir.resolve("statement.pdf");
        byte[] bytes = new byte[1_500_000];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, bytes, 0, 9);
        Files.write(pdf, bytes);

        Run set = run(as("admin"), "settings", "--db", db.toString(), "largest-document-mb=1");
        Run refused = run(as("amartin"), "import", "--db", db.toString(), "--case", REF.value(), pdf.toString());

        assertEquals(0, set.exitCode(), set.err());
        assertEquals(Cli.BAD_INPUT, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains("statement.pdf is larger than 1 MB, the largest document this caseload takes "
                + "(setting largest-document-mb); nothing was imported."), refused.err());
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            assertEquals(List.of(), caseload.documents().forCase(REF));
        }
    }
}
