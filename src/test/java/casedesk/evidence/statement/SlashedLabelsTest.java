package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.TablePdf.Col;
import casedesk.model.Transaction;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Column labels that name two things at once: "Date/Time" over a date with its time, "Payee/Payer"
 * over the other party. Without them the table has no date column (and so no table), or the other
 * party's name falls into the next column and spoils it.
 */
class SlashedLabelsTest {

    private static Reading read(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return DocumentReader.read(document, () -> { });
        }
    }

    private static String rows(Reading reading) {
        StringBuilder text = new StringBuilder();
        for (Transaction t : reading.transactions()) {
            text.append(t.date()).append(' ').append(t.amount().plain()).append(' ')
                    .append(t.balance().map(b -> b.plain()).orElse("-")).append(' ').append(t.counterparty()).append('\n');
        }
        return text.toString();
    }

    @Test
    void readsADateTimeColumnAsTheRowsDates() throws Exception {
        List<Col> columns = List.of(
                new Col("Date/Time", "", 40, 110, false),
                new Col("Details", "", 150, 150, false),
                new Col("Amount", "", 300, 80, true),
                new Col("Ledger Balance", "", 380, 90, true));
        TablePdf pdf = new TablePdf().page()
                .text(40, "HSBC", 16).down(40)
                .field("Currency", "HKD")
                .field("Opening Balance", "1,000.00").down(10)
                .header(columns, false)
                .row(columns, false, "2026/8/3 09:12:45", "PAYROLL", "2,500.00", "3,500.00")
                .row(columns, false, "2026/8/4 18:01:03", "CARD PURCHASE", "-120.50", "3,379.50");

        assertEquals("2026-08-03 2500.00 3500.00 \n2026-08-04 -120.50 3379.50 \n", rows(read(pdf.bytes())));
    }

    @Test
    void keepsAPayeePayerColumnOutOfTheDirectionBesideIt() throws Exception {
        List<Col> columns = List.of(
                new Col("Date", "", 40, 70, false),
                new Col("Amount", "", 110, 80, true),
                new Col("Payee/Payer", "", 200, 120, false),
                new Col("D/C", "", 330, 30, false),
                new Col("Balance", "", 370, 90, true));
        TablePdf pdf = new TablePdf().page()
                .text(40, "Standard Chartered Bank", 16).down(40)
                .field("Currency", "HKD")
                .field("Opening Balance", "1,000.00").down(10)
                .header(columns, false)
                .row(columns, false, "03 Aug 2026", "927.44", "WONG SIU MING", "D", "72.56")
                .row(columns, false, "05 Aug 2026", "40.00", "PARKNSHOP", "C", "112.56");

        assertEquals("2026-08-03 -927.44 72.56 WONG SIU MING\n2026-08-05 40.00 112.56 PARKNSHOP\n", rows(read(pdf.bytes())));
    }
}
