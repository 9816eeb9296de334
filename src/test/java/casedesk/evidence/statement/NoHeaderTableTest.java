package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.TablePdf.Col;
import casedesk.model.Money;
import casedesk.model.Transaction;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Tables that print no header words: the columns are told from the rows themselves, a column of
 * dates, columns of figures, and a last column of balances that the figures explain; and a list of
 * dated figures whose balances nothing explains is not taken for a statement's table.
 */
class NoHeaderTableTest {

    private static final List<Col> COLUMNS = List.of(
            new Col("", "", 40, 75, false),
            new Col("", "", 115, 185, false),
            new Col("", "", 300, 80, true),
            new Col("", "", 380, 80, true),
            new Col("", "", 460, 90, true));

    private static TablePdf statement() throws Exception {
        return new TablePdf().page()
                .text(40, "Statement of Account", 14).down(24)
                .field("Account Name", "CHEN JIA")
                .field("Account Number", "012-345678-833")
                .field("Currency", "HKD").down(10);
    }

    private static List<String> rows(byte[] pdf) throws Exception {
        Reading reading;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            reading = DocumentReader.read(document, () -> { });
        }
        return reading.transactions().stream().map(NoHeaderTableTest::row).toList();
    }

    private static String row(Transaction t) {
        return t.date() + " " + t.description() + " " + t.amount().amount().toPlainString() + " "
                + t.balance().map(Money::amount).map(Object::toString).orElse("-");
    }

    @Test
    void tellsWithdrawalsFromDepositsByWhatTheyDoToTheBalance() throws Exception {
        TablePdf pdf = statement()
                .row(COLUMNS, false, "2026-08-03", "PAYROLL ACME LIMITED", "", "30,000.00", "82,000.00")
                .row(COLUMNS, false, "2026-08-05", "FPS TRANSFER TO CHAN TAI MAN", "12,000.00", "", "70,000.00")
                .row(COLUMNS, false, "2026-08-17", "OCTOPUS AUTOPAY", "784.60", "", "69,215.40")
                .row(COLUMNS, false, "2026-08-21", "INTEREST", "", "2.15", "69,217.55");

        assertEquals(List.of("2026-08-03 PAYROLL ACME LIMITED 30000.00 82000.00",
                "2026-08-05 FPS TRANSFER TO CHAN TAI MAN -12000.00 70000.00",
                "2026-08-17 OCTOPUS AUTOPAY -784.60 69215.40",
                "2026-08-21 INTEREST 2.15 69217.55"), rows(pdf.bytes()));
    }

    @Test
    void readsOneSignedAmountColumnThatTheBalancesFollow() throws Exception {
        List<Col> columns = List.of(COLUMNS.get(0), COLUMNS.get(1), COLUMNS.get(3), COLUMNS.get(4));
        TablePdf pdf = statement()
                .row(columns, false, "03 Aug 2026", "SALARY", "8,000.00", "18,000.00")
                .row(columns, false, "04 Aug 2026", "RENT", "-3,500.00", "14,500.00")
                .row(columns, false, "09 Aug 2026", "GROCERIES", "-215.30", "14,284.70");

        assertEquals(List.of("2026-08-03 SALARY 8000.00 18000.00", "2026-08-04 RENT -3500.00 14500.00",
                "2026-08-09 GROCERIES -215.30 14284.70"), rows(pdf.bytes()));
    }

    @Test
    void aListOfDatedFiguresThatNoBalanceExplainsIsNoTable() throws Exception {
        TablePdf pdf = statement()
                .row(COLUMNS, false, "2026-08-03", "INVOICE 1001", "", "1,200.00", "5,000.00")
                .row(COLUMNS, false, "2026-08-05", "INVOICE 1002", "300.00", "", "7,300.00")
                .row(COLUMNS, false, "2026-08-17", "INVOICE 1003", "450.00", "", "1,150.00");

        assertTrue(rows(pdf.bytes()).isEmpty());
    }
}
