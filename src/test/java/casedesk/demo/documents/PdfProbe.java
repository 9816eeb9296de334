package casedesk.demo.documents;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Calendar;

import casedesk.model.Box;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Reads generated PDFs back the way CaseDesk's extraction will: PDFBox text, by page and by area. */
final class PdfProbe implements AutoCloseable {

    private final PDDocument document;

    private PdfProbe(PDDocument document) {
        this.document = document;
    }

    static PdfProbe open(byte[] pdf) {
        return open(pdf, "");
    }

    static PdfProbe open(byte[] pdf, String password) {
        try {
            return new PdfProbe(Loader.loadPDF(pdf, password));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDDocument document() {
        return document;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** The text inside the box grown by {@code grow} points on every side, without whitespace. */
    String textIn(int page, Box box, double grow) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("r", new Rectangle2D.Double(box.x() - grow, box.y() - grow, box.width() + 2 * grow,
                    box.height() + 2 * grow));
            PDPage pdPage = document.getPage(page - 1);
            stripper.extractRegions(pdPage);
            return compact(stripper.getTextForRegion("r"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's whole text, without whitespace. */
    String pageText(int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return compact(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String allText() {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pages(); page++) {
            text.append(pageText(page));
        }
        return text.toString();
    }

    static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** How many times the file was saved: one %%EOF per revision. */
    static int revisions(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int count = 0;
        for (int at = raw.indexOf("%%EOF"); at >= 0; at = raw.indexOf("%%EOF", at + 1)) {
            count++;
        }
        return count;
    }

    static int startXrefs(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int count = 0;
        for (int at = raw.indexOf("startxref"); at >= 0; at = raw.indexOf("startxref", at + 1)) {
            count++;
        }
        return count;
    }

    /** The bytes of the first revision: up to and including its %%EOF line. */
    static byte[] firstRevision(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("%%EOF") + "%%EOF".length();
        return java.util.Arrays.copyOf(pdf, end);
    }

    static LocalDate day(Calendar calendar) {
        return calendar.toInstant().atZone(calendar.getTimeZone().toZoneId()).toLocalDate();
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
