package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.evidence.ExtractionResult;
import casedesk.evidence.Extractor;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.evidence.statement.TablePdf.Col;
import casedesk.model.ReadingStatus;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader is sure of a break only where the rows around it add up; elsewhere it says it could not
 * prove its own reading, at low severity, and accuses nobody.
 */
class HonestSignalsTest {

    private static final List<Col> COLUMNS = List.of(
            new Col("Date", "", 40, 70, false),
            new Col("Details", "", 110, 190, false),
            new Col("Amount", "", 300, 100, true),
            new Col("Balance", "", 400, 100, true));

    private static TablePdf statement() throws Exception {
        return new TablePdf().page()
                .text(40, "Statement of Account", 11).down(24)
                .field("Account Name", "WANG XIAOMING")
                .field("Currency", "CNY")
                .field("Opening Balance", "1,000.00").down(10)
                .header(COLUMNS, false);
    }

    private static ExtractionResult.Read extract(TablePdf pdf) throws Exception {
        return (ExtractionResult.Read) Extractor.withDefaults().extract(pdf.bytes(), PasswordCandidates.none());
    }

    private static List<TamperSignal> signals(ExtractionResult.Read read, String code) {
        return read.document().signals().stream().filter(s -> s.code().equals(code)).toList();
    }

    @Test
    void aTableThatAddsUpIsReconciledAndRaisesNothing() throws Exception {
        ExtractionResult.Read read = extract(statement()
                .row(COLUMNS, false, "2026-08-01", "SALARY", "500.00", "1,500.00")
                .row(COLUMNS, false, "2026-08-02", "RENT", "-300.00", "1,200.00")
                .row(COLUMNS, false, "2026-08-03", "FOOD", "-50.00", "1,150.00"));
        assertEquals(ReadingStatus.RECONCILED, read.document().reading().status());
        assertTrue(read.document().signals().stream().noneMatch(s -> s.severity() != Severity.LOW),
                read.document().signals().toString());
    }

    @Test
    void aBreakBetweenRowsThatReconcileIsHigh() throws Exception {
        ExtractionResult.Read read = extract(statement()
                .row(COLUMNS, false, "2026-08-01", "SALARY", "500.00", "1,500.00")
                .row(COLUMNS, false, "2026-08-02", "RENT", "-300.00", "9,200.00")
                .row(COLUMNS, false, "2026-08-03", "FOOD", "-50.00", "1,150.00")
                .row(COLUMNS, false, "2026-08-04", "TAXI", "-20.00", "1,130.00"));
        List<TamperSignal> breaks = signals(read, "balance-break");
        assertTrue(breaks.stream().anyMatch(s -> s.severity() == Severity.HIGH && s.detail().startsWith("On row 2 (")),
                breaks.toString());
        assertEquals(ReadingStatus.PARTIAL, read.document().reading().status());
    }

    @Test
    void rowsTheReaderCannotProveAreItsOwnDoubtNotAnAccusation() throws Exception {
        // Every balance disagrees with its neighbours: a misreading, as likely as a forgery.
        ExtractionResult.Read read = extract(statement()
                .row(COLUMNS, false, "2026-08-01", "SALARY", "500.00", "1,900.00")
                .row(COLUMNS, false, "2026-08-02", "RENT", "-300.00", "7,200.00")
                .row(COLUMNS, false, "2026-08-03", "FOOD", "-50.00", "3,150.00"));
        assertTrue(read.document().signals().stream().noneMatch(s -> s.severity() == Severity.HIGH),
                read.document().signals().toString());
        List<TamperSignal> doubt = signals(read, "unproven-reading");
        assertEquals(1, doubt.size(), read.document().signals().toString());
        assertEquals(Severity.LOW, doubt.getFirst().severity());
        assertTrue(doubt.getFirst().detail().contains("Check this table by hand"), doubt.getFirst().detail());
        assertEquals(ReadingStatus.PARTIAL, read.document().reading().status());
    }

    @Test
    void aBalanceOffByTwiceTheAmountIsTakenForAMisreadSign() throws Exception {
        // The reader lost the minus of row 2: the balance printed is the balance before it minus the amount.
        ExtractionResult.Read read = extract(statement()
                .row(COLUMNS, false, "2026-08-01", "SALARY", "500.00", "1,500.00")
                .row(COLUMNS, false, "2026-08-02", "RENT", "300.00", "1,200.00")
                .row(COLUMNS, false, "2026-08-03", "FOOD", "-50.00", "1,150.00"));
        assertTrue(read.document().signals().stream().noneMatch(s -> s.severity() == Severity.HIGH),
                read.document().signals().toString());
        assertEquals(1, signals(read, "unproven-reading").size());
    }

    @Test
    void rowsPrintedNewestFirstAreProvenOldestFirst() throws Exception {
        ExtractionResult.Read read = extract(new TablePdf().page()
                .text(40, "Statement of Account", 11).down(24)
                .field("Account Name", "WANG XIAOMING").down(10)
                .header(COLUMNS, false)
                .row(COLUMNS, false, "2026-08-03", "FOOD", "-50.00", "1,150.00")
                .row(COLUMNS, false, "2026-08-02", "RENT", "-300.00", "1,200.00")
                .row(COLUMNS, false, "2026-08-01", "SALARY", "500.00", "1,500.00"));
        assertEquals(ReadingStatus.RECONCILED, read.document().reading().status());
        assertTrue(read.document().signals().stream().noneMatch(s -> s.severity() == Severity.HIGH),
                read.document().signals().toString());
    }
}
