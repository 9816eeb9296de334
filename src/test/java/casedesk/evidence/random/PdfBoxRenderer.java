package casedesk.evidence.random;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes a {@link Drawing} with PDFBox: Noto Sans SC embedded as a subset, or a standard 14 font. */
final class PdfBoxRenderer {

    private PdfBoxRenderer() {
    }

    static byte[] render(Drawing drawing) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = drawing.face() == Face.NOTO_SANS_SC ? PDType0Font.load(document, Fonts.NOTO, true)
                    : Fonts.standard(drawing.face());
            for (Drawing.Page each : drawing.pages()) {
                PDPage page = new PDPage(new PDRectangle(each.width(), each.height()));
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.setLineWidth(0.5f);
                    for (Drawing.Op op : each.ops()) {
                        switch (op) {
                            case Drawing.Text(float x, float y, float size, String text) -> {
                                stream.beginText();
                                stream.setFont(font, size);
                                stream.newLineAtOffset(x, y);
                                stream.showText(text);
                                stream.endText();
                            }
                            case Drawing.Line(float x1, float y1, float x2, float y2) -> {
                                stream.moveTo(x1, y1);
                                stream.lineTo(x2, y2);
                                stream.stroke();
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
