package casedesk.evidence.signals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs made by hand for the cases the evidence generators do not make: scans, attachments, later saves. */
final class Pdfs {

    /** Something done to an opened document before it is saved again. */
    interface Change {
        void apply(PDDocument document) throws IOException;
    }

    private Pdfs() {
    }

    static PDType1Font helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** A one-page document with a line of text in Helvetica, the way a report engine writes it. */
    static PDDocument withText(String text) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(helvetica(), 11);
            content.newLineAtOffset(72, 760);
            content.showText(text);
            content.endText();
        }
        return document;
    }

    static byte[] save(PDDocument document) {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saved with object streams and a cross-reference stream, as PDFBox saves by default. */
    static byte[] saveCompressed(PDDocument document) {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file opened, changed and saved again as an incremental update appended to it. */
    static byte[] appendSave(byte[] pdf, String password, Change change) {
        try (PDDocument document = Loader.loadPDF(pdf, password)) {
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
