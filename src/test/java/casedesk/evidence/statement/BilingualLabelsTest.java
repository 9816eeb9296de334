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
 * Header labels of bilingual statements: the Chinese label and its English translation printed as
 * one, joined by a slash or a space ("户名/Account Name:", "户名 Account Name"), with the value right
 * after the translation.
 */
class BilingualLabelsTest {

    private static final List<Col> COLUMNS = List.of(
            new Col("交易日期 Date", "", 40, 100, false),
            new Col("摘要 Description", "", 150, 150, false),
            new Col("金额 Amount", "", 300, 100, true),
            new Col("余额 Balance", "", 400, 100, true));

    private static Reading read(TablePdf pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return DocumentReader.read(document, () -> { });
        }
    }

    private static String value(Reading reading, String name) {
        return reading.figure(name).map(f -> f.value().canonical()).orElse("(none)");
    }

    /** A label and its value set close, as a colon run prints them: "户名/Account Name:李娜". */
    private static TablePdf labelled(TablePdf pdf, String label, String value) throws Exception {
        return labelled(pdf, label, 1, value);
    }

    private static TablePdf labelled(TablePdf pdf, String label, float gap, String value) throws Exception {
        return pdf.text(40, label, 9).text(40 + pdf.width(label, 9) + gap, value, 9).down(16);
    }

    private static TablePdf table(TablePdf pdf) throws Exception {
        return pdf.down(10).header(COLUMNS, false)
                .row(COLUMNS, false, "2026-08-02", "工资", "500.00", "1,500.00")
                .row(COLUMNS, false, "2026-08-03", "房租", "-300.00", "1,200.00");
    }

    @Test
    void readsLabelsJoinedToTheirTranslationBySlash() throws Exception {
        TablePdf pdf = new TablePdf().page();
        labelled(pdf, "户名/Account Name:", "李娜");
        labelled(pdf, "卡号/A/C No.:", "6271********0719");
        labelled(pdf, "起始日期/Start Date:", "2026-08-01");
        labelled(pdf, "结束日期/End Date:", "2026-08-31");
        labelled(pdf, "期初余额/Opening Balance:", "1,000.00");
        Reading reading = read(table(pdf));

        assertEquals("李娜", value(reading, "holder"));
        assertEquals("6271********0719", value(reading, "account_number"));
        assertEquals("2026-08-01", value(reading, "period_start"));
        assertEquals("2026-08-31", value(reading, "period_end"));
        assertEquals("1000.00", value(reading, "opening_balance"));
    }

    @Test
    void takesATranslationAfterTheLabelForPartOfTheLabelNotTheValue() throws Exception {
        TablePdf pdf = new TablePdf().page();
        labelled(pdf, "户名 Account Name", 12, "ZHOU JIE");
        labelled(pdf, "账号 / Account Number", 12, "6222 0210 0012 3456");
        Reading reading = read(table(pdf));

        assertEquals("ZHOU JIE", value(reading, "holder"));
        assertEquals("6222 0210 0012 3456", value(reading, "account_number"));
    }

    @Test
    void knowsTheLongerChineseNamesOfTheAccountNumber() throws Exception {
        for (String label : List.of("账户号码：", "客户账号：")) {
            TablePdf pdf = new TablePdf().page();
            labelled(pdf, label, "6213 3649 3528 4210 594");
            Reading reading = read(table(pdf));

            assertEquals("6213 3649 3528 4210 594", value(reading, "account_number"), label);
        }
    }
}
