package casedesk.evidence.signals;

import static casedesk.evidence.signals.Evidence.describe;
import static casedesk.evidence.signals.Evidence.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.StatementLayout;
import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.StatementRow;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import casedesk.model.Figure;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.junit.jupiter.api.Test;

/**
 * Figures painted over and retyped, in a statement cell or under an annotation, and figures whose
 * digits do not match their neighbours' font or size.
 */
class CoveredFiguresTest {

    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    @Test
    void aRetypedBalanceCellIsCoveredAndSetUnlikeItsColumn() throws IOException {
        GeneratedDocument statement = Evidence.statement(StatementLayout.BOC, Set.of(), 81);
        byte[] doctored;
        String original;
        int rowCount;
        int page;
        try (PDDocument document = Loader.loadPDF(statement.pdf())) {
            Reading reading = DocumentReader.read(document, () -> { });
            rowCount = reading.rows().size();
            StatementRow last = reading.rows().getLast();
            page = last.transaction().page();
            Box cell = last.balanceBox().orElseThrow();
            Word word = wordAt(reading, last.transaction().page(), cell);
            original = word.text();
            PDPage pdfPage = document.getPage(page - 1);
            PDFont helvetica = Pdfs.helvetica();
            String raised = "96,400.00";
            float size = word.size();
            float width = helvetica.getStringWidth(raised) / 1000 * size;
            try (PDPageContentStream over = new PDPageContentStream(document, pdfPage, PDPageContentStream.AppendMode.APPEND, true)) {
                over.setNonStrokingColor(1f);
                over.addRect((float) cell.x() - 1, (float) (PAGE_HEIGHT - cell.y() - cell.height()) - 1,
                        (float) cell.width() + 2, (float) cell.height() + 2);
                over.fill();
                over.setNonStrokingColor(0f);
                over.beginText();
                over.setFont(helvetica, size);
                over.newLineAtOffset((float) (cell.x() + cell.width()) - width, PAGE_HEIGHT - (float) word.baseline());
                over.showText(raised);
                over.endText();
            }
            doctored = Pdfs.save(document);
        }
        List<TamperSignal> signals = Evidence.signals(doctored, "");
        assertTrue(withCode(signals, CoveredText.CODE).stream().anyMatch(s -> s.severity() == Severity.HIGH
                && s.detail().equals("'" + original + "' is hidden under a white box on page " + page
                        + "; '96,400.00' is drawn over it.")),
                describe(signals));
        assertTrue(withCode(signals, FontMismatch.CODE).stream().anyMatch(s -> s.severity() == Severity.HIGH
                && s.detail().startsWith("The balance '96,400.00' on row " + rowCount + " (")
                && s.detail().endsWith(", page " + page + ") is set in Helvetica, unlike the other " + (rowCount - 1)
                        + " balances of its column, set in NotoSansSC.")), describe(signals));
    }

    @Test
    void aFigureUnderAnOpaqueAnnotationIsCovered() throws IOException {
        GeneratedDocument statement = Evidence.statement(StatementLayout.ICBC, Set.of(), 82);
        Figure closing = statement.truth().figure("closing_balance").orElseThrow();
        byte[] doctored;
        try (PDDocument document = Loader.loadPDF(statement.pdf())) {
            Box box = closing.box();
            PDAnnotationSquare square = new PDAnnotationSquare();
            square.setRectangle(new PDRectangle((float) box.x() - 2, (float) (PAGE_HEIGHT - box.y() - box.height()) - 2,
                    (float) box.width() + 4, (float) box.height() + 4));
            square.setInteriorColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
            square.setColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
            document.getPage(closing.page() - 1).getAnnotations().add(square);
            doctored = Pdfs.save(document);
        }
        List<TamperSignal> covered = withCode(Evidence.signals(doctored, ""), CoveredText.CODE);
        assertEquals(1, covered.size(), describe(covered));
        assertEquals("'" + closing.sourceText() + "' is hidden under an annotation (Square) laid over page 1.",
                covered.getFirst().detail());
        assertEquals(Optional.of(1), covered.getFirst().page());
    }

    @Test
    void digitsOfOneAmountInTwoFontsAreAMismatch() throws IOException {
        PDDocument document = table(row -> row == 3 ? "TIMES" : "", 9);
        List<TamperSignal> found = withCode(Evidence.signals(Pdfs.save(document), ""), FontMismatch.CODE);
        assertEquals(1, found.size(), describe(found));
        assertEquals("The digits of the amount '-300.71' on row 4 (2026-08-04, page 1) are set in 2 different fonts "
                + "(Helvetica, Times-Roman): a figure printed in one go is set in one.", found.getFirst().detail());
    }

    @Test
    void aBalanceLargerThanTheRestOfItsColumnIsAMismatch() throws IOException {
        PDDocument document = table(row -> "", 9, 5, 11);
        List<TamperSignal> found = withCode(Evidence.signals(Pdfs.save(document), ""), FontMismatch.CODE);
        assertEquals(1, found.size(), describe(found));
        assertTrue(found.getFirst().detail().startsWith("The balance '12,764.53' on row 6 (2026-08-06, page 1)"), describe(found));
        assertTrue(found.getFirst().detail().endsWith("is set in 11 pt, unlike the other 7 balances of its column, set in 9 pt."),
                describe(found));
    }

    /** 8.999 pt, as a text matrix's scaling leaves it, reads as 8 pt: that is no other size than 9 pt. */
    @Test
    void aSizeThatDiffersOnlyByRoundingIsNoMismatch() throws IOException {
        List<TamperSignal> signals = Evidence.signals(Pdfs.save(table(row -> "", 9, 5, 8.999f)), "");
        assertTrue(signals.isEmpty(), describe(signals));
    }

    @Test
    void aPlainTableInOneFontHasNoMismatch() throws IOException {
        List<TamperSignal> signals = Evidence.signals(Pdfs.save(table(row -> "", 9)), "");
        assertTrue(signals.isEmpty(), describe(signals));
    }

    /** Issuers set a large credit or a total in bold: the weight of a font is not another font. */
    @Test
    void anAmountSetInBoldIsNoMismatch() throws IOException {
        List<TamperSignal> signals = Evidence.signals(Pdfs.save(table(row -> row == 2 ? "BOLD" : "", 9)), "");
        assertTrue(signals.isEmpty(), describe(signals));
    }

    private interface Split {
        /**
         * "TIMES" to set the last digits of the row's amount in Times-Roman, "BOLD" to set the amount in
         * Helvetica-Bold, "" to leave it in Helvetica.
         */
        String tail(int row);
    }

    private static PDDocument table(Split split, float size) throws IOException {
        return table(split, size, -1, size);
    }

    /** A small statement in Helvetica: 8 rows of date, description, amount, balance that add up. */
    private static PDDocument table(Split split, float size, int oddRow, float oddBalanceSize) throws IOException {
        PDDocument document = Pdfs.withText("Account statement");
        PDPage page = document.getPage(0);
        PDFont helvetica = Pdfs.helvetica();
        PDFont times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
            float top = 700;
            text(content, helvetica, 9, 72, top, "Date");
            text(content, helvetica, 9, 150, top, "Description");
            right(content, helvetica, 9, 380, top, "Amount");
            right(content, helvetica, 9, 480, top, "Balance");
            long balance = 1_000_000;
            for (int row = 0; row < 8; row++) {
                float y = top - 18 * (row + 1);
                long amount = row % 2 == 0 ? 120_000 + row * 1_111 : -(30_050 + row * 7);
                balance += amount;
                text(content, helvetica, size, 72, y, "2026-08-0" + (row + 1));
                text(content, helvetica, size, 150, y, row % 2 == 0 ? "Salary" : "Card");
                String amountText = (amount < 0 ? "-" : "") + money(Math.abs(amount));
                if (split.tail(row).equals("TIMES")) {
                    String head = amountText.substring(0, amountText.length() - 2);
                    String tail = amountText.substring(amountText.length() - 2);
                    float tailWidth = times.getStringWidth(tail) / 1000 * size;
                    right(content, helvetica, size, 380 - tailWidth, y, head);
                    right(content, times, size, 380, y, tail);
                } else {
                    right(content, split.tail(row).equals("BOLD") ? bold : helvetica, size, 380, y, amountText);
                }
                right(content, helvetica, row == oddRow ? oddBalanceSize : size, 480, y, money(balance));
            }
        }
        return document;
    }

    private static String money(long cents) {
        return String.format(Locale.ROOT, "%,d.%02d", cents / 100, cents % 100);
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static void right(PDPageContentStream content, PDFont font, float size, float right, float y, String text)
            throws IOException {
        text(content, font, size, right - font.getStringWidth(text) / 1000 * size, y, text);
    }

    private static Word wordAt(Reading reading, int page, Box box) {
        for (Line line : reading.pages().get(page - 1).lines()) {
            for (Word word : line.words()) {
                if (box.contains(word.centerX(), word.box().y() + word.box().height() / 2)) {
                    return word;
                }
            }
        }
        throw new AssertionError("no word in " + box);
    }
}
