package casedesk.desk.evidence;

import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.ChineseNames;
import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.model.Applicant;
import casedesk.model.Box;
import casedesk.model.Money;
import casedesk.model.Transaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/** The PDFs the viewer's tests show: a generated statement with its ground truth, and small hand-made ones. */
final class EvidencePdfs {

    static final Applicant HOLDER = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN",
            "E12345678", ChineseNames.nationalId("310101", LocalDate.of(1988, 4, 17), 123));

    /** A three-page BOC statement (generated once: the first generation loads the fonts). */
    static final GeneratedDocument STATEMENT = BankStatements.generate(StatementRequest.of(StatementLayout.BOC, HOLDER,
            "6222 0210 0111 2223 334", LocalDate.of(2026, 8, 31), 6, Money.of("86400.00", "CNY"), 42));

    /** A user-space rectangle drawn black on the rotated page: x, y (bottom-left origin), width, height. */
    static final float[] INK = {100, 300, 100, 50};
    /** Where {@link #INK} stands on page 2 as displayed: /Rotate 90 turns the page clockwise, so the displayed x is the user-space y and the displayed y the user-space x. */
    static final Box INK_AS_DISPLAYED = new Box(300, 100, 50, 100);

    /** Where the line of text on the rotated page starts as displayed: x, and the baseline's y. */
    static final float[] TEXT_BASELINE_AS_DISPLAYED = {400, 150};

    private EvidencePdfs() {
    }

    static ViewedDocument statement(long id) {
        return viewed(id, STATEMENT.fileName(), STATEMENT.pdf(), STATEMENT.pages(), PasswordCandidates.none());
    }

    static ViewedDocument viewed(long id, String name, byte[] pdf, int pages, PasswordCandidates passwords) {
        return new ViewedDocument(id, name, pages, () -> pdf, passwords);
    }

    /** The statement's transaction rows on {@code page}, as targets keyed "row-N" (N indexes the ground truth). */
    static List<PageTarget> rowsOn(int page) {
        List<Transaction> rows = STATEMENT.truth().transactions();
        return IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).page() == page)
                .mapToObj(i -> new PageTarget("row-" + i, page, rows.get(i).box(), rows.get(i).description()))
                .toList();
    }

    /** The statement's figures as targets keyed by name. */
    static List<PageTarget> figures() {
        return STATEMENT.truth().figures().stream().map(f -> PageTarget.of(f.name(), f)).toList();
    }

    /** Page 1 upright, page 2 US Letter with /Rotate 90 (shown landscape, 792 × 612), the {@link #INK} rectangle and a line of text on it. */
    static byte[] rotated() {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage upright = new PDPage(PDRectangle.LETTER);
            document.addPage(upright);
            try (PDPageContentStream content = new PDPageContentStream(document, upright)) {
                text(content, font, 72, 700, "Upright page");
            }
            PDPage turned = new PDPage(PDRectangle.LETTER);
            turned.setRotation(90);
            document.addPage(turned);
            try (PDPageContentStream content = new PDPageContentStream(document, turned)) {
                content.addRect(INK[0], INK[1], INK[2], INK[3]);
                content.fill();
                // Turned a quarter left in user space, so that it reads left to right once the page is shown
                // turned a quarter right: the way a landscape statement is stored on a portrait page.
                content.beginText();
                content.setFont(font, 14);
                content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, TEXT_BASELINE_AS_DISPLAYED[1],
                        TEXT_BASELINE_AS_DISPLAYED[0]));
                content.showText("Closing balance 12,345.67");
                content.endText();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two pages behind AES-256 with this user password. */
    static byte[] protectedWith(String password) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    text(content, font, 72, 700, "Protected page " + i);
                }
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that starts like a PDF and then is not one: what a truncated or overwritten download looks like. */
    static byte[] damaged() {
        byte[] start = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1);
        byte[] noise = new byte[4000];
        Arrays.fill(noise, (byte) 'x');
        byte[] bytes = Arrays.copyOf(start, start.length + noise.length);
        System.arraycopy(noise, 0, bytes, start.length, noise.length);
        return bytes;
    }

    private static void text(PDPageContentStream content, PDType1Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 14);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
