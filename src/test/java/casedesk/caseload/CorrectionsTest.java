package casedesk.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.DocumentRepository.NewDocument;
import casedesk.model.AuditEvent;
import casedesk.model.Box;
import casedesk.model.Correction;
import casedesk.model.Document;
import casedesk.model.DocumentKind;
import casedesk.model.Extraction;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.ReadingStatus;
import casedesk.model.StoredFigure;
import casedesk.model.StoredReading;
import casedesk.model.SuppliedTransaction;
import casedesk.model.VisaCase;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The officer's corrections stand beside the reading in a real SQLite file: never over it, newest
 * first, kept through a new reading, audited, and not to be changed by hand.
 */
class CorrectionsTest {

    @TempDir
    Path dir;

    private Path file;
    private Caseload caseload;
    private VisaCase wang;
    private Document statement;
    private final Box box = new Box(72, 140, 60, 9);

    @BeforeEach
    void open() {
        file = dir.resolve("caseload.db");
        caseload = Caseload.open(file, Samples.CLOCK);
        wang = Samples.wang(7);
        caseload.cases().create(wang, "officer");
        statement = caseload.documents().add(wang.reference(),
                new NewDocument("s.pdf", DocumentKind.BANK_STATEMENT, 1, new byte[] {4, 5}), "officer");
        caseload.evidence().store(statement.id(), new Extraction(
                List.of(new Figure("holder", new FigureValue.Text("王小明"), 1, box, "王小明"),
                        new Figure("closing_balance", new FigureValue.Amount(Money.of("8640.00", "CNY")), 1, box, "8,640.00")),
                List.of(), List.of(), Optional.of(ReadingStatus.PARTIAL), List.of(3, 4)), "system");
    }

    @AfterEach
    void close() {
        caseload.close();
    }

    private void reopen() {
        caseload.close();
        caseload = Caseload.open(file, Samples.CLOCK);
    }

    private static Figure closing(String amount) {
        return new Figure("closing_balance", new FigureValue.Amount(Money.of(amount, "CNY")), 1,
                new Box(300, 500, 50, 10), "86,400.00");
    }

    @Test
    void aCorrectionStandsBesideTheReadingAndTheNewestIsUsed() {
        Correction first = new Correction("officer.li", Instant.parse("2026-11-20T09:00:00Z"));
        Correction second = new Correction("officer.li", Instant.parse("2026-11-20T09:05:00Z"));
        caseload.evidence().correct(statement.id(), closing("86400.00"), first);
        StoredFigure newest = caseload.evidence().correct(statement.id(), closing("86400.01"), second);
        reopen();

        List<StoredFigure> used = caseload.evidence().figures(statement.id());
        assertEquals(List.of("holder", "closing_balance"), used.stream().map(f -> f.figure().name()).toList());
        assertEquals(newest, used.get(1));
        assertEquals(Optional.of(second), used.get(1).correction());
        assertEquals("8640.00", caseload.evidence().extraction(statement.id()).figures().get(1).value().canonical(),
                "the reading itself is unchanged");
        assertEquals(used, caseload.evidence().figuresOfCase(wang.reference()));
    }

    @Test
    void aFigureTheReaderMissedCanBeSupplied() {
        Figure period = new Figure("period_end", new FigureValue.Date(java.time.LocalDate.of(2026, 8, 31)), 1, box,
                "typed by the officer");
        caseload.evidence().correct(statement.id(), period, new Correction("officer.li", Instant.parse("2026-11-20T09:00:00Z")));

        List<StoredFigure> used = caseload.evidence().figures(statement.id());
        assertEquals("period_end", used.getLast().figure().name());
        assertTrue(used.getLast().corrected());
    }

    @Test
    void aNewReadingOfTheDocumentKeepsTheCorrections() {
        caseload.evidence().correct(statement.id(), closing("86400.00"), new Correction("officer.li", Instant.parse("2026-11-20T09:00:00Z")));
        caseload.evidence().store(statement.id(), new Extraction(
                List.of(new Figure("closing_balance", new FigureValue.Amount(Money.of("8640.00", "CNY")), 1, box, "8,640.00")),
                List.of(), List.of(), Optional.of(ReadingStatus.RECONCILED), List.of()), "system");

        assertEquals("86400.00", caseload.evidence().figures(statement.id()).getFirst().figure().value().canonical());
        assertEquals(Optional.of(new StoredReading(ReadingStatus.RECONCILED, List.of())),
                caseload.evidence().reading(statement.id()));
    }

    @Test
    void aTransactionTheReaderMissedIsAddedBesideTheRowsReadAndKeptThroughANewReading() throws SQLException {
        var missed = new casedesk.model.Transaction(java.time.LocalDate.of(2026, 8, 12), "工资", Money.of("9000.00", "CNY"),
                Optional.of(Money.of("17640.00", "CNY")), "", 1, box);
        Correction by = new Correction("officer.li", Instant.parse("2026-11-20T09:00:00Z"));
        caseload.evidence().supply(statement.id(), missed, by);
        caseload.evidence().store(statement.id(), new Extraction(List.of(), List.of(), List.of(),
                Optional.of(ReadingStatus.PARTIAL), List.of()), "system");
        reopen();

        assertEquals(List.of(missed), caseload.evidence().transactions(statement.id()));
        assertEquals(List.of(new SuppliedTransaction(missed, by)),
                caseload.evidence().supplied(statement.id()));
        assertEquals(List.of(), caseload.evidence().extraction(statement.id()).transactions(), "not part of the reading");
        assertEquals("transaction-supplied", caseload.audit().forCase(wang.reference()).stream()
                .filter(e -> e.type().equals("transaction-supplied")).findFirst().orElseThrow().type());
        caseload.close();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE transactions SET amount = '90000.00' WHERE supplied_by IS NOT NULL"));
            assertTrue(refused.getMessage().contains("never changed"), refused.getMessage());
            SQLException kept = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM transactions WHERE supplied_by IS NOT NULL"));
            assertTrue(kept.getMessage().contains("never deleted"), kept.getMessage());
        }
        caseload = Caseload.open(file, Samples.CLOCK);
    }

    @Test
    void theReadingStatusComesBackWithItsUnprovenRows() {
        reopen();
        assertEquals(Optional.of(new StoredReading(ReadingStatus.PARTIAL, List.of(3, 4))),
                caseload.evidence().reading(statement.id()));
    }

    @Test
    void aCorrectionIsAuditedWithWhatItReplaced() {
        caseload.evidence().correct(statement.id(), closing("86400.00"), new Correction("officer.li", Instant.parse("2026-11-20T09:00:00Z")));
        AuditEvent event = caseload.audit().forCase(wang.reference()).getLast();
        assertEquals("figure-corrected", event.type());
        assertEquals("officer.li", event.actor());
        assertFalse(event.detail().contains("8640"), "amounts are sealed in the log as in the tables: " + event.detail());
        var readable = caseload.audit().readableDetail(event);
        assertEquals("8640.00", readable.path("before").asText(), readable.toString());
        assertEquals("86400.00", readable.path("value").asText(), readable.toString());
    }

    @Test
    void nobodyChangesACorrectionInTheFileBehindTheDesksBack() throws SQLException {
        caseload.evidence().correct(statement.id(), closing("86400.00"), new Correction("officer.li", Instant.parse("2026-11-20T09:00:00Z")));
        caseload.close();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE figures SET value = '999999.00' WHERE corrected_by IS NOT NULL"));
            assertTrue(refused.getMessage().contains("a correction is never changed"), refused.getMessage());
            SQLException kept = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM figures WHERE corrected_by IS NOT NULL"));
            assertTrue(kept.getMessage().contains("a correction is never deleted"), kept.getMessage());
        }
        caseload = Caseload.open(file, Samples.CLOCK);
    }
}
