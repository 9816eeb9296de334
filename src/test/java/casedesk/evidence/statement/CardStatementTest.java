package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.TablePdf.Col;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A credit card statement: spending printed plain, payments and refunds in brackets or with CR,
 * day and month without the year (DD/MM) in two date columns, and last month's balance as the first
 * line of the table, which is no transaction.
 */
class CardStatementTest {

    @Test
    void readsSpendingAsMoneyOutAndBracketedOrCrFiguresAsMoneyIn() throws Exception {
        List<Col> columns = List.of(
                new Col("Trans Date", "", 40, 60, false),
                new Col("Post Date", "", 100, 60, false),
                new Col("Description", "", 160, 240, false),
                new Col("Amount (HKD)", "", 400, 110, true));
        TablePdf pdf = new TablePdf().page()
                .text(40, "Credit Card Statement", 14).down(24)
                .field("Cardholder", "MS LAM WING")
                .field("Card Number", "4563 **** **** 1234")
                .field("Statement Period", "16 Aug 2026 to 15 Sep 2026")
                .field("Credit Limit", "50,000.00")
                .field("Minimum Payment", "468.00")
                .field("Payment Due Date", "05 Oct 2026").down(10)
                .header(columns, false)
                .row(columns, false, "16/08", "16/08", "LAST MONTH'S BALANCE", "12,345.60")
                .row(columns, false, "18/08", "19/08", "PAYMENT - THANK YOU", "(12,345.60)")
                .row(columns, false, "20/08", "21/08", "PARKNSHOP", "456.70")
                .row(columns, false, "02/09", "03/09", "CATHAY PACIFIC", "8,900.00")
                .row(columns, false, "05/09", "06/09", "REFUND CATHAY PACIFIC", "1,200.00 CR");
        Reading reading;
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            reading = DocumentReader.read(document, () -> { });
        }

        assertEquals(List.of("2026-08-18 12345.60", "2026-08-20 -456.70", "2026-09-02 -8900.00", "2026-09-05 1200.00"),
                reading.transactions().stream().map(t -> t.date() + " " + t.amount().amount().toPlainString()).toList(),
                reading.transactions()::toString);
    }
}
