package casedesk.demo.documents;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import casedesk.model.Box;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws on one page in the coordinates CaseDesk uses everywhere: points from the top-left corner.
 * Every text run is its own BT/ET block with its own string operand, as report engines write them,
 * and comes back as a {@link Placed} with the box computed from the font's advance widths and its
 * ascent and descent at the size used.
 */
final class PageCanvas implements AutoCloseable {

    enum Align { LEFT, RIGHT, CENTER }

    private final PdfWriter writer;
    private final PDPageContentStream stream;
    private final int pageNumber;
    private final float pageHeight;
    private final Map<String, Integer> occurrences = new HashMap<>();
    private PDFont currentFont;
    private float currentSize = -1;

    PageCanvas(PdfWriter writer, PDPageContentStream stream, int pageNumber, float pageHeight) {
        this.writer = writer;
        this.stream = stream;
        this.pageNumber = pageNumber;
        this.pageHeight = pageHeight;
    }

    int pageNumber() {
        return pageNumber;
    }

    Placed text(String text, float x, float baseline, float size) {
        return text(text, x, baseline, size, Align.LEFT, false);
    }

    Placed right(String text, float rightX, float baseline, float size) {
        return text(text, rightX, baseline, size, Align.RIGHT, false);
    }

    Placed center(String text, float centerX, float baseline, float size) {
        return text(text, centerX, baseline, size, Align.CENTER, false);
    }

    Placed bold(String text, float x, float baseline, float size, Align align) {
        return text(text, x, baseline, size, align, true);
    }

    Placed text(String text, float anchorX, float baseline, float size, Align align, boolean bold) {
        PDFont font = writer.font();
        float width = writer.width(font, text, size);
        float x = switch (align) {
            case LEFT -> anchorX;
            case RIGHT -> anchorX - width;
            case CENTER -> anchorX - width / 2;
        };
        try {
            if (font != currentFont || size != currentSize) {
                stream.setFont(font, size);
                currentFont = font;
                currentSize = size;
            }
            if (bold) {
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setLineWidth(size * 0.035f);
            }
            stream.beginText();
            stream.newLineAtOffset(x, pageHeight - baseline);
            stream.showText(text);
            stream.endText();
            if (bold) {
                stream.setRenderingMode(RenderingMode.FILL);
            }
        } catch (IOException e) {
            throw new PdfGenerationException("cannot draw '" + text + "'", e);
        }
        writer.noteUsed(text);
        int occurrence = occurrences.merge(text, 1, Integer::sum) - 1;
        return new Placed(text, pageNumber, x, baseline, size, writer.box(font, text, x, baseline, size), occurrence);
    }

    /** A straight line between two points given from the top-left. */
    void line(float x1, float y1, float x2, float y2, float lineWidth, float gray) {
        try {
            stream.setLineWidth(lineWidth);
            stream.setStrokingColor(gray);
            stream.moveTo(x1, pageHeight - y1);
            stream.lineTo(x2, pageHeight - y2);
            stream.stroke();
            stream.setStrokingColor(0f);
        } catch (IOException e) {
            throw new PdfGenerationException("cannot draw a line", e);
        }
    }

    void fill(Box box, float gray) {
        try {
            stream.setNonStrokingColor(gray);
            stream.addRect((float) box.x(), (float) (pageHeight - box.y() - box.height()), (float) box.width(), (float) box.height());
            stream.fill();
            stream.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new PdfGenerationException("cannot fill a rectangle", e);
        }
    }

    void frame(Box box, float lineWidth, float gray) {
        try {
            stream.setLineWidth(lineWidth);
            stream.setStrokingColor(gray);
            stream.addRect((float) box.x(), (float) (pageHeight - box.y() - box.height()), (float) box.width(), (float) box.height());
            stream.stroke();
            stream.setStrokingColor(0f);
        } catch (IOException e) {
            throw new PdfGenerationException("cannot draw a frame", e);
        }
    }

    /** A round red seal with a line of text across it, as banks and insurers stamp their certificates. */
    void seal(float centerX, float centerY, float radius, String text) {
        try {
            stream.setStrokingColor(0.80f, 0.10f, 0.10f);
            stream.setLineWidth(1.6f);
            circle(centerX, pageHeight - centerY, radius);
            stream.stroke();
            stream.setLineWidth(0.6f);
            circle(centerX, pageHeight - centerY, radius - 3.5f);
            stream.stroke();
            stream.setNonStrokingColor(0.80f, 0.10f, 0.10f);
            text(text, centerX, centerY + 3, 9, Align.CENTER, false);
            stream.setNonStrokingColor(0f);
            stream.setStrokingColor(0f);
        } catch (IOException e) {
            throw new PdfGenerationException("cannot draw a seal", e);
        }
    }

    private void circle(float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.closePath();
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new PdfGenerationException("cannot close page " + pageNumber, e);
        }
    }
}
