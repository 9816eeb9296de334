package casedesk.caseload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaseloadFileTest {

    @TempDir
    Path dir;

    @Test
    void aNewCaseloadAndItsFolderAreTheirOwnersOnly() throws Exception {
        Path file = dir.resolve("new-folder/caseload.db");
        try (Caseload caseload = Caseload.open(file)) {
            caseload.cases().size();
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(file)));
                assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(file.getParent())));
                Path wal = Path.of(file + "-wal");
                if (Files.exists(wal)) {
                    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(wal)));
                }
            }
        }
    }

    @Test
    void aKeyLeftBesideACaseloadThatIsGoneIsNotTakenForANewOnesKey() throws Exception {
        Path file = dir.resolve("caseload.db");
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            caseload.users().create(new casedesk.model.User("amartin", "Anne Martin", casedesk.model.Role.OFFICER, "x", true), Samples.WRAPPING_KEY, "admin");
        }
        Files.delete(file);

        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertEquals(java.util.Optional.empty(), caseload.readOnly());
            caseload.users().create(new casedesk.model.User("amartin", "Anne Martin", casedesk.model.Role.OFFICER, "x", true), Samples.WRAPPING_KEY, "admin");
            caseload.cases().create(Samples.wang(1), "amartin");
            assertTrue(caseload.audit().verify().isIntact());
        }
    }

    @Test
    void createsTheLatestSchemaInANewFileAndLogsIt() {
        Path file = dir.resolve("sub/folder/caseload.db");
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertEquals(Schema.LATEST, caseload.format());
            assertEquals("caseload-created", caseload.audit().events(0, 10).getFirst().type());
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void reopeningAnUpToDateFileChangesNothingInItsLog() {
        Path file = dir.resolve("caseload.db");
        try (Caseload caseload = Caseload.open(file)) {
            caseload.cases().create(Samples.wang(1), "officer");
        }
        try (Caseload caseload = Caseload.open(file)) {
            assertEquals(2, caseload.audit().size());
            assertEquals(1, caseload.cases().size());
        }
    }

    static IntStream earlierFormats() {
        return IntStream.range(0, Schema.LATEST);
    }

    /**
     * A file of every earlier format, with the data that format could hold, upgrades in place.
     * Format 0 is an empty SQLite file; for each later format k, {@code format-k.sql} in the test
     * resources fills a file of that format the way a CaseDesk of that time would have.
     */
    @ParameterizedTest
    @MethodSource("earlierFormats")
    void upgradesAFileOfAnEarlierFormatInPlace(int format) throws Exception {
        Path file = dir.resolve("format-" + format + ".db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Schema.migrate(connection, format);
            if (format > 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(fixture("format-" + format + ".sql"));
                }
            }
        }
        long casesBefore = format == 0 ? 0 : countRows(file, "cases");
        try (Caseload caseload = Caseload.open(file)) {
            assertEquals(Schema.LATEST, caseload.format());
            assertEquals(casesBefore, caseload.cases().size());
            ChainCheck verified = caseload.audit().verify();
            assertTrue(verified.isIntact(), verified.problem());
            if (format > 0) {
                var wang = caseload.cases().get(new casedesk.model.CaseReference("LU-SHA-2026-000001"));
                assertEquals("E12345678", wang.applicant().passportNumber());
                var document = caseload.documents().forCase(wang.reference()).getFirst();
                assertEquals(format >= 4 ? "6222020200112233445" : "786",
                        caseload.evidence().figures(document.id()).getFirst().figure().value().canonical());
                // kept before phrases: a verdict or a sign reads in the English it was recorded in, in any language
                caseload.evaluations().latest(wang.reference()).ifPresent(evaluation -> evaluation.verdicts()
                        .forEach(v -> assertEquals(casedesk.model.Phrase.text(v.explanation()), v.phrase())));
                caseload.evidence().signals(document.id())
                        .forEach(s -> assertEquals(casedesk.model.Phrase.text(s.detail()), s.phrase()));
            }
            var types = caseload.audit().events(0, 100).stream().map(casedesk.model.AuditEvent::type).toList();
            if (format == 0) {
                assertEquals("caseload-created", types.getLast());
            } else {
                assertTrue(types.contains("caseload-upgraded"), types.toString());
                // what the earlier format held in the clear is re-sealed, and recorded as such
                assertEquals("caseload-resealed", types.getLast());
            }
        }
    }

    @Test
    void refusesAFileFromANewerCaseDeskAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Caseload caseload = Caseload.open(file)) {
            caseload.cases().create(Samples.wang(1), "officer");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = " + (Schema.LATEST + 1));
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] before = Files.readAllBytes(file);

        var refused = assertThrows(CaseloadException.NewerVersion.class, () -> Caseload.open(file));

        assertTrue(refused.getMessage().contains("newer CaseDesk"), refused.getMessage());
        assertTrue(refused.getMessage().contains("not changed"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(Path.of(file + "-wal")), "no write-ahead log was started");
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesItUntouched() throws IOException {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a caseload".repeat(10));
        byte[] before = Files.readAllBytes(file);

        var refused = assertThrows(CaseloadException.NotACaseload.class, () -> Caseload.open(file));

        assertTrue(refused.getMessage().contains("not a SQLite database"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesAnotherProgramsSqliteDatabase() throws SQLException, IOException {
        Path file = dir.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE bookmarks (url TEXT)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThrows(CaseloadException.NotACaseload.class, () -> Caseload.open(file));

        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void keepsTheJournalInWriteAheadMode() throws SQLException {
        Path file = dir.resolve("caseload.db");
        Caseload.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("PRAGMA journal_mode")) {
            assertEquals("wal", rows.getString(1));
        }
    }

    private static long countRows(Path file, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return rows.getLong(1);
        }
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = CaseloadFileTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("add the test fixture " + name + " for that earlier format");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
