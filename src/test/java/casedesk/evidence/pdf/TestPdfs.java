package casedesk.evidence.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Ordinary PDFs made with PDFBox: the well-behaved files the hostile ones are variations of. */
final class TestPdfs {

    private TestPdfs() {
    }

    /** Pages saying "Page 1", "Page 2"..., without object streams: every object is plain in the file. */
    static byte[] plain(int pages) {
        return save(document(pages), CompressParameters.NO_COMPRESSION, null);
    }

    /** The same, saved the way PDFBox 3 saves by default: objects packed into compressed object streams. */
    static byte[] packed(int pages) {
        return save(document(pages), CompressParameters.DEFAULT_COMPRESSION, null);
    }

    /** AES-256 (revision 6) protection, as banks' e-statements use. */
    static byte[] protectedWith(String userPassword, String ownerPassword) {
        return protectedWith(userPassword, ownerPassword, 1);
    }

    static byte[] protectedWith(String userPassword, String ownerPassword, int pages) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(256);
        return save(document(pages), CompressParameters.NO_COMPRESSION, policy);
    }

    private static PDDocument document(int pages) {
        PDDocument document = new PDDocument();
        try {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Page " + i);
                    content.endText();
                }
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document, CompressParameters compression, StandardProtectionPolicy policy) {
        try (document) {
            if (policy != null) {
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, compression);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
