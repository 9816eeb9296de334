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
 * Where a header value ends: at the border of its cell in a bordered key/value grid, however close
 * the next label is set; and words that begin another label are no value at all.
 */
class HeaderCellsTest {

    private static final List<Col> COLUMNS = List.of(
            new Col("Date", "", 40, 80, false),
            new Col("Description", "", 120, 180, false),
            new Col("Amount", "", 300, 100, true),
            new Col("Balance", "", 400, 100, true));

    /** Label, value, label, value: narrow cells, so that a value ends a few points before the next label. */
    private static final List<Col> GRID = List.of(
            new Col("", "", 40, 75, false),
            new Col("", "", 115, 68, false),
            new Col("", "", 183, 75, false),
            new Col("", "", 258, 68, false));

    private static Reading read(TablePdf pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return DocumentReader.read(document, () -> { });
        }
    }

    private static String value(Reading reading, String name) {
        return reading.figure(name).map(f -> f.value().canonical()).orElse("(none)");
    }

    private static TablePdf table(TablePdf pdf) throws Exception {
        return pdf.down(16).header(COLUMNS, false)
                .row(COLUMNS, false, "2026.08.02", "SALARY", "500.00", "705.07")
                .row(COLUMNS, false, "2026.08.03", "RENT", "-300.00", "405.07");
    }

    @Test
    void endsAValueAtTheBorderOfItsCell() throws Exception {
        TablePdf pdf = new TablePdf().page().down(-20)
                .band(GRID, 8.5f, new String[] {"A/C No."}, new String[] {"626-421181-190"},
                        new String[] {"End Date"}, new String[] {"2026.10.31"})
                .band(GRID, 8.5f, new String[] {"Start Date"}, new String[] {"2026.08.01"},
                        new String[] {"Name"}, new String[] {"ZHOU JIE"})
                .band(GRID, 8.5f, new String[] {"Currency"}, new String[] {"EUR"},
                        new String[] {"期末余额"}, new String[] {"405.07"});
        Reading reading = read(table(pdf));

        assertEquals("626-421181-190", value(reading, "account_number"));
        assertEquals(List.of("626-421181-190"),
                reading.figure("account_number").map(f -> List.of(f.sourceText())).orElse(List.of()));
        assertEquals("2026-10-31", value(reading, "period_end"));
        assertEquals("ZHOU JIE", value(reading, "holder"));
        assertEquals("405.07", value(reading, "closing_balance"));
    }

    @Test
    void takesNoOtherLabelForAValue() throws Exception {
        TablePdf pdf = new TablePdf().page()
                .text(40, "户名 Account Holder", 9).text(200, "币种 Currency", 9).down(14)
                .text(40, "MR ZHANG WEI", 9).text(200, "EUR", 9).down(16);
        Reading reading = read(table(pdf));

        assertEquals("MR ZHANG WEI", value(reading, "holder"));
    }
}
