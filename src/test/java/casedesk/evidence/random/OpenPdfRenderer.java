package casedesk.evidence.random;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a {@link Drawing} with OpenPDF, the other library: its own font subsetting (Identity-H
 * for Noto Sans SC), its own text operators and object layout, and its own Producer entry.
 */
final class OpenPdfRenderer {

    private OpenPdfRenderer() {
    }

    static byte[] render(Drawing drawing) {
        try {
            BaseFont font = switch (drawing.face()) {
                case NOTO_SANS_SC -> BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED, false, Fonts.NOTO_BYTES, null);
                case HELVETICA -> BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
                case TIMES -> BaseFont.createFont(BaseFont.TIMES_ROMAN, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
                case COURIER -> BaseFont.createFont(BaseFont.COURIER, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            };
            Drawing.Page first = drawing.pages().getFirst();
            Document document = new Document(new Rectangle(first.width(), first.height()), 0, 0, 0, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            boolean firstPage = true;
            for (Drawing.Page each : drawing.pages()) {
                if (!firstPage) {
                    document.setPageSize(new Rectangle(each.width(), each.height()));
                    document.newPage();
                }
                firstPage = false;
                writer.setPageEmpty(false);
                PdfContentByte content = writer.getDirectContent();
                content.setLineWidth(0.5f);
                for (Drawing.Op op : each.ops()) {
                    switch (op) {
                        case Drawing.Text(float x, float y, float size, String text) -> {
                            content.beginText();
                            content.setFontAndSize(font, size);
                            content.setTextMatrix(x, y);
                            content.showText(text);
                            content.endText();
                        }
                        case Drawing.Line(float x1, float y1, float x2, float y2) -> {
                            content.moveTo(x1, y1);
                            content.lineTo(x2, y2);
                            content.stroke();
                        }
                    }
                }
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF could not write the statement", e);
        }
    }
}
