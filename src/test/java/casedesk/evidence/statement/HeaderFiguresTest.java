package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.TablePdf.Col;
import casedesk.model.Figure;
import casedesk.model.ReadingStatus;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Header figures as a reader finds them: right of the label, after a colon set apart, below it, in a
 * summary under the table, in an address block without a label; a label is never a value; and a
 * balance the statement does not print is derived from its rows and says so.
 */
class HeaderFiguresTest {

    private static final List<Col> COLUMNS = List.of(
            new Col("Date", "", 40, 80, false),
            new Col("Description", "", 120, 180, false),
            new Col("Amount", "", 300, 100, true),
            new Col("Balance", "", 400, 100, true));

    private static Reading read(TablePdf pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return DocumentReader.read(document, () -> { });
        }
    }

    private static String value(Reading reading, String name) {
        return reading.figure(name).map(f -> f.value().canonical()).orElse("(none)");
    }

    @Test
    void derivesTheOpeningBalanceOfANewestFirstStatementFromItsOldestRowAndSaysSo() throws Exception {
        Reading reading = read(new TablePdf().page()
                .text(40, "MR TANG YIMING", 10).down(14)
                .text(40, "FLAT 12B, TOWER 3", 10).down(20)
                .field("Account No.", ": 6217 **** **** 0611")
                .field("Currency", "HKD")
                .field("Statement Period", "01/06/2026 - 30/06/2026").down(10)
                .header(COLUMNS, false)
                .row(COLUMNS, false, "20/06/2026", "FOOD", "-50.00", "1,150.00")
                .row(COLUMNS, false, "12/06/2026", "RENT", "-300.00", "1,200.00")
                .row(COLUMNS, false, "03/06/2026", "SALARY", "500.00", "1,500.00"));

        assertEquals("MR TANG YIMING", value(reading, "holder"));
        assertEquals("6217 **** **** 0611", value(reading, "account_number"));
        assertEquals("2026-06-01", value(reading, "period_start"));
        assertEquals("2026-06-30", value(reading, "period_end"));
        Figure opening = reading.figure("opening_balance").orElseThrow();
        assertEquals("1000.00", opening.value().canonical());
        assertTrue(opening.derived(), opening.sourceText());
        assertTrue(opening.sourceText().startsWith("derived from row 3:"), opening.sourceText());
        Figure closing = reading.figure("closing_balance").orElseThrow();
        assertEquals("1150.00", closing.value().canonical());
        assertTrue(closing.sourceText().startsWith("derived from row 1:"), closing.sourceText());
        assertEquals(ReadingStatus.RECONCILED, reading.status());
    }

    @Test
    void readsTheSummaryUnderTheTableAndNeverTakesALabelForAValue() throws Exception {
        Reading reading = read(new TablePdf().page()
                .text(40, "户名：", 9).text(300, "账号：", 9).text(330, "6222 0210 0012 3456", 9).down(16)
                .field("币种", "人民币").down(10)
                .header(COLUMNS, false)
                .row(COLUMNS, false, "2026-08-01", "工资", "500.00", "1,500.00")
                .row(COLUMNS, false, "2026-08-02", "房租", "-300.00", "1,200.00").down(10)
                .text(40, "期初余额：", 9).text(100, "1,000.00", 9).text(220, "期末余额：", 9).text(280, "1,200.00", 9));

        assertEquals("(none)", value(reading, "holder"), "the next label is no holder");
        assertEquals("6222 0210 0012 3456", value(reading, "account_number"));
        assertEquals("CNY", value(reading, "currency"));
        Figure opening = reading.figure("opening_balance").orElseThrow();
        assertEquals("1000.00", opening.value().canonical());
        assertFalse(opening.derived());
        assertEquals("1200.00", value(reading, "closing_balance"));
        assertEquals(ReadingStatus.RECONCILED, reading.status());
    }

    @Test
    void readsAValueSetBelowItsLabel() throws Exception {
        Reading reading = read(new TablePdf().page()
                .text(40, "户名", 9).text(120, "姜文博", 9).text(400, "期末余额（元）", 9).down(14)
                .text(400, "1,200.00", 9).down(16)
                .text(40, "起始日期", 9).text(120, "2026-08-01", 9).text(220, "截止日期", 9).text(300, "2026-08-31", 9)
                .down(24)
                .header(COLUMNS, false)
                .row(COLUMNS, false, "2026-08-01", "工资", "500.00", "1,500.00")
                .row(COLUMNS, false, "2026-08-02", "房租", "-300.00", "1,200.00"));

        assertEquals("姜文博", value(reading, "holder"));
        assertEquals("1200.00", value(reading, "closing_balance"));
        assertFalse(reading.figure("closing_balance").orElseThrow().derived());
        assertEquals("2026-08-01", value(reading, "period_start"));
        assertEquals("2026-08-31", value(reading, "period_end"));
    }

    @Test
    void readsAPeriodPrintedAsOneWord() throws Exception {
        for (String period : List.of("2026-08-01~2026-08-31", "2026年08月01日~2026年08月31日", "2026/08/01-2026/08/31")) {
            Reading reading = read(new TablePdf().page()
                    .field("起止日期：", period).down(10)
                    .header(COLUMNS, false)
                    .row(COLUMNS, false, "2026-08-02", "工资", "500.00", "1,500.00")
                    .row(COLUMNS, false, "2026-08-03", "房租", "-300.00", "1,200.00"));

            assertEquals("2026-08-01", value(reading, "period_start"), period);
            assertEquals("2026-08-31", value(reading, "period_end"), period);
        }
    }
}
