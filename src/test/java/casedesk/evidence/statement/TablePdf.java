package casedesk.evidence.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small PDF writer for statements in layouts the demo generator does not make: the tests lay out
 * header blocks and tables by hand, column by column, so that the reader meets column orders, date
 * forms, languages and rulings it was not written against.
 */
final class TablePdf {

    private static final TrueTypeFont NOTO = load();
    private static final PDFont OTHER_FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** A column: where it starts, how wide it is, and whether its text is right-aligned. */
    record Col(String header, String subheader, float x, float width, boolean right) {
    }

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private final List<String[]> headerLines = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;
    private int pageCount;

    TablePdf() {
        try {
            font = PDType0Font.load(document, NOTO, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new page; text starts near its top. */
    TablePdf page() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = 800;
        pageCount++;
        return this;
    }

    TablePdf text(float x, String text, float size) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
        return this;
    }

    /** Text in a second font (Helvetica), as an engine that sets order numbers apart would draw it. */
    TablePdf textInOtherFont(float x, String text, float size) throws IOException {
        stream.beginText();
        stream.setFont(OTHER_FONT, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
        return this;
    }

    /** How wide the text is in the table's font, to right-align a figure by hand. */
    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    TablePdf down(float points) {
        y -= points;
        return this;
    }

    /** A label and its value on one line. */
    TablePdf field(String label, String value) throws IOException {
        text(40, label, 9).text(160, value, 9);
        return down(16);
    }

    TablePdf header(List<Col> columns, boolean ruled) throws IOException {
        for (Col column : columns) {
            cell(column, column.header(), 9);
        }
        if (columns.stream().anyMatch(c -> !c.subheader().isEmpty())) {
            down(11);
            for (Col column : columns) {
                cell(column, column.subheader(), 7);
            }
        }
        if (ruled) {
            rule(columns);
        }
        return down(16);
    }

    /** One line of a row: cells in column order ("" leaves a cell empty). */
    TablePdf row(List<Col> columns, boolean ruled, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                cell(columns.get(i), cells[i], 8.5f);
            }
        }
        if (ruled) {
            rule(columns);
        }
        return down(15);
    }

    /**
     * One band of a lattice, as Industrial Bank rules it: every cell boxed, as tall as its fullest
     * cell, each cell's lines (wrapped text, or a date over a time) centred in it top to bottom, so
     * that a one-line amount stands between the lines of the description beside it.
     */
    TablePdf band(List<Col> columns, float size, String[]... cells) throws IOException {
        float pitch = size + 1.5f;
        int most = 1;
        for (String[] lines : cells) {
            most = Math.max(most, lines.length);
        }
        float top = y + 11;
        float height = most * pitch + 6;
        for (int i = 0; i < cells.length; i++) {
            float blockTop = top - (height - cells[i].length * pitch) / 2;
            for (int k = 0; k < cells[i].length; k++) {
                float saved = y;
                y = blockTop - (k + 1) * pitch + 2.5f;
                cell(columns.get(i), cells[i][k], size);
                y = saved;
            }
        }
        Col first = columns.getFirst();
        Col last = columns.getLast();
        float right = last.x() + last.width();
        stream.setLineWidth(0.5f);
        stream.moveTo(first.x(), top);
        stream.lineTo(right, top);
        stream.moveTo(first.x(), top - height);
        stream.lineTo(right, top - height);
        for (Col column : columns) {
            stream.moveTo(column.x(), top);
            stream.lineTo(column.x(), top - height);
        }
        stream.moveTo(right, top);
        stream.lineTo(right, top - height);
        stream.stroke();
        y = top - height - 11;
        return this;
    }

    private void cell(Col column, String text, float size) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        float x = column.right() ? column.x() + column.width() - width - 2 : column.x() + 2;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** Grid lines under the row and between the columns, as ruled tables draw them. */
    private void rule(List<Col> columns) throws IOException {
        Col first = columns.getFirst();
        Col last = columns.getLast();
        stream.setLineWidth(0.5f);
        stream.moveTo(first.x(), y - 4);
        stream.lineTo(last.x() + last.width(), y - 4);
        for (Col column : columns) {
            stream.moveTo(column.x(), y - 4);
            stream.lineTo(column.x(), y + 11);
        }
        stream.moveTo(last.x() + last.width(), y - 4);
        stream.lineTo(last.x() + last.width(), y + 11);
        stream.stroke();
    }

    int pages() {
        return pageCount;
    }

    byte[] bytes() throws IOException {
        stream.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }

    private static TrueTypeFont load() {
        try (InputStream in = TablePdf.class.getResourceAsStream("/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
