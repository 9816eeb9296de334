package casedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Role;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, backup and restore: a damaged file is named, stops every change, and a checked backup puts it right. */
class CheckCommandTest {

    static final CaseReference REF = CaseReference.of("LU", "SHA", 2026, 7);

    @TempDir
    Path dir;

    private Path db;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String user, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), Accounts.signedInAs(user)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void caseloadWithACase() {
        db = dir.resolve("caseload.db");
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            Accounts.add(caseload, "admin", Role.ADMINISTRATOR);
            Accounts.add(caseload, "amartin", Role.OFFICER);
            for (int serial = 1; serial <= 40; serial++) {
                caseload.cases().create(VisaCase.lodged(CaseReference.of("LU", "SHA", 2026, serial), LocalDate.of(2026, 11, 2),
                        new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678", ""),
                        new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C")), "amartin");
            }
        }
    }

    /** Overwrites bytes in the middle of the file, as a failing disk would. */
    private static void damage(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[3000];
            Arrays.fill(junk, (byte) 0xff);
            raw.seek(2 * 4096);
            raw.write(junk);
        }
    }

    @Test
    void aSoundCaseloadChecksOut() {
        Run check = run("admin", "check", "--db", db.toString());

        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("File: sound"), check.out());
        assertTrue(check.out().contains("Audit trail: intact"), check.out());
    }

    @Test
    void aDamagedCaseloadIsNamedAndTakesNoChangeThenABackupRestoresIt() throws Exception {
        Path backup = dir.resolve("backup.db");
        Run backedUp = run("admin", "backup", "--db", db.toString(), "--to", backup.toString());
        assertEquals(0, backedUp.exitCode(), backedUp.err());
        assertTrue(Files.exists(Path.of(backup + ".workstation")));
        assertEquals(Cli.BAD_INPUT, run("admin", "backup", "--db", db.toString(), "--to", backup.toString()).exitCode(),
                "a backup never overwrites a file");

        damage(db);
        Run check = run("admin", "check", "--db", db.toString());
        Run evaluate = run("amartin", "evaluate", "--db", db.toString(), REF.value());
        assertEquals(Cli.VERIFICATION_FAILED, check.exitCode(), check.out());
        assertTrue(check.out().startsWith("DAMAGED: "), check.out());
        assertEquals(Cli.VERIFICATION_FAILED, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.err().contains("damaged") && !evaluate.err().contains("internal error"), evaluate.err());

        Run restore = run("admin", "restore", "--db", db.toString(), "--from", backup.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("kept as"), restore.out());
        assertEquals(0, run("admin", "check", "--db", db.toString()).exitCode());
        try (Caseload restored = casedesk.DemoKey.open(db)) {
            assertEquals(40, restored.cases().size());
        }
    }

    @Test
    void anOfficerNeitherBacksUpNorRestores() {
        Run backup = run("amartin", "backup", "--db", db.toString(), "--to", dir.resolve("b.db").toString());

        assertEquals(Cli.BAD_INPUT, backup.exitCode());
        assertTrue(backup.err().contains("may not back up or restore"), backup.err());
        assertFalse(Files.exists(dir.resolve("b.db")));
    }

    @Test
    void aTamperedBackupIsNeverRestored() throws Exception {
        Path backup = dir.resolve("backup.db");
        assertEquals(0, run("admin", "backup", "--db", db.toString(), "--to", backup.toString()).exitCode());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE cases SET surname = 'LI' WHERE id = 1");
        }

        Run restore = run("admin", "restore", "--db", db.toString(), "--from", backup.toString());

        assertEquals(Cli.VERIFICATION_FAILED, restore.exitCode(), restore.out());
        assertTrue(restore.err().contains("nothing was replaced"), restore.err());
        try (Caseload current = casedesk.DemoKey.open(db)) {
            assertEquals("WANG", current.cases().get(CaseReference.of("LU", "SHA", 2026, 1)).applicant().surname());
        }
    }
}
