package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.TablePdf.Col;
import casedesk.model.ReadingStatus;
import casedesk.model.Transaction;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Brackets, suffixes and direction words mean what the statement's own balances say they mean. */
class SignConventionsTest {

    private static final List<Col> COLUMNS = List.of(
            new Col("Date", "", 40, 60, false),
            new Col("Particulars", "", 100, 200, false),
            new Col("Amount", "", 300, 100, true),
            new Col("Balance", "", 400, 100, true));

    private static Reading read(TablePdf pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return DocumentReader.read(document, () -> { });
        }
    }

    private static List<String> amounts(Reading reading) {
        return reading.transactions().stream().map(Transaction::amount).map(m -> m.plain()).toList();
    }

    @Test
    void creditsPrintedInBracketsAreMoneyInWhereTheBalancesSaySo() throws Exception {
        Reading reading = read(new TablePdf().page()
                .text(40, "STATEMENT OF ACCOUNT", 12).down(20)
                .field("Statement Period", "01/07/2026 - 31/07/2026")
                .field("Currency", "HKD").down(10)
                .header(COLUMNS, false)
                .row(COLUMNS, false, "", "LAST MONTH'S BALANCE", "", "5,000.00")
                .row(COLUMNS, false, "03/07", "SALARY", "(2,000.00)", "7,000.00")
                .row(COLUMNS, false, "15/07", "CITYSUPER", "450.00", "6,550.00")
                .row(COLUMNS, false, "20/07", "REFUND CITYSUPER", "(50.00)", "6,600.00"));

        assertEquals(List.of("2000.00", "-450.00", "50.00"), amounts(reading));
        assertEquals("5000.00", reading.figure("opening_balance").orElseThrow().value().canonical());
        assertEquals(ReadingStatus.RECONCILED, reading.status());
        assertEquals("2026-07-03", reading.transactions().getFirst().date().toString(), "the year from the period");
    }

    @Test
    void onABankStatementBracketsAreMoneyOutAsItsBalancesSay() throws Exception {
        Reading reading = read(new TablePdf().page()
                .field("Account Name", "WANG XIAOMING")
                .field("Opening Balance", "1,000.00").down(10)
                .header(COLUMNS, false)
                .row(COLUMNS, false, "2026-08-01", "RENT", "(300.00)", "700.00")
                .row(COLUMNS, false, "2026-08-02", "SALARY", "500.00", "1,200.00"));

        assertEquals(List.of("-300.00", "500.00"), amounts(reading));
        assertEquals(ReadingStatus.RECONCILED, reading.status());
    }

    /**
     * A table that brackets its credits but holds none: every figure is bare, and only the falling
     * balances say they are money out.
     */
    @Test
    void bareFiguresAreMoneyOutWhereTheBalancesFallByThem() throws Exception {
        Reading reading = read(new TablePdf().page()
                .field("Account Name", "WANG XIAOMING")
                .field("Currency", "HKD")
                .field("Opening Balance", "2,202.02").down(10)
                .header(COLUMNS, false)
                .row(COLUMNS, false, "2026-05-11", "CARD PURCHASE", "136.91", "2,065.11")
                .row(COLUMNS, false, "2026-05-19", "OCTOPUS AUTOPAY", "65.11", "2,000.00"));

        assertEquals(List.of("-136.91", "-65.11"), amounts(reading));
        assertEquals(ReadingStatus.RECONCILED, reading.status());
    }

    /** Bare figures the balances rise by stay money in: the balances, not the missing sign, decide. */
    @Test
    void bareFiguresStayMoneyInWhereTheBalancesRiseByThem() throws Exception {
        Reading reading = read(new TablePdf().page()
                .field("Account Name", "WANG XIAOMING")
                .field("Currency", "HKD")
                .field("Opening Balance", "100.00").down(10)
                .header(COLUMNS, false)
                .row(COLUMNS, false, "2026-05-11", "SALARY", "1,000.00", "1,100.00")
                .row(COLUMNS, false, "2026-05-19", "INTEREST", "0.50", "1,100.50"));

        assertEquals(List.of("1000.00", "0.50"), amounts(reading));
        assertEquals(ReadingStatus.RECONCILED, reading.status());
    }
}
