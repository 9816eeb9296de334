package casedesk.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.model.DocumentKind;
import casedesk.model.User;
import casedesk.model.Role;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up in the middle of a change: SQLite's own limit on the file's pages makes it
 * fail exactly as a full disk does (SQLITE_FULL). The change is refused whole, in words the
 * officer can act on, and the caseload stays as it was and verifies.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aDiskFullInTheMiddleOfAnImportStoresNothingAndSaysSo() throws Exception {
        Path file = dir.resolve("caseload.db");
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, "x", true), Samples.WRAPPING_KEY,
                    "admin");
            caseload.cases().create(Samples.wang(1), "amartin");
            long events = caseload.audit().size();
            caseload.database().read(connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet pages = statement.executeQuery("PRAGMA page_count")) {
                    long used = pages.getLong(1);
                    statement.execute("PRAGMA max_page_count = " + (used + 8));
                }
                return null;
            });
            byte[] pdf = new byte[512 * 1024];
            new Random(7).nextBytes(pdf); // does not compress: it needs its room
            var refused = assertThrows(CaseloadException.Unwritable.class, () -> caseload.inTransaction(() -> {
                caseload.cases().create(Samples.wang(2), "amartin");
                return caseload.documents().add(Samples.wang(2).reference(),
                        new DocumentRepository.NewDocument("statement.pdf", DocumentKind.BANK_STATEMENT, 1, pdf), "amartin");
            }));

            assertTrue(refused.getMessage().startsWith("The disk holding the caseload is full: nothing of the change was "
                    + "stored."), refused.getMessage());
            assertEquals(Optional.empty(), caseload.cases().find(Samples.wang(2).reference()), "not even the case");
            assertEquals(events, caseload.audit().size());
            assertTrue(caseload.audit().verify().isIntact());
            caseload.cases().create(Samples.wang(3), "amartin"); // a small change still fits
        }
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertEquals(Optional.empty(), caseload.readOnly());
            assertTrue(caseload.audit().verify().isIntact());
            assertEquals(2, caseload.cases().queue(casedesk.model.QueueQuery.all()).size());
        }
    }
}
