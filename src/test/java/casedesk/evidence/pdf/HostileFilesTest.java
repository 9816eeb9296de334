package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of file an applicant (or a forger) might hand in that is not a sound PDF: each ends as
 * its own error code, in time, with a plain message. Every file is made here, by PDFBox or by hand.
 */
class HostileFilesTest {

    private static final int MB = 1024 * 1024;
    /** Tight limits: a test that ran away would show at once. */
    private static final ReadLimits LIMITS = ReadLimits.defaults()
            .withTimeLimit(Duration.ofSeconds(2))
            .withMaxDecodedStreamBytes(16L * MB);

    // --- not a PDF at all ---

    @Test
    void refusesAnEmptyFile() {
        assertEquals("The file is empty.", Expect.refusal(ErrorCode.NOT_A_PDF, new byte[0], LIMITS).getMessage());
    }

    @Test
    void refusesText() {
        Expect.refusal(ErrorCode.NOT_A_PDF, "Account statement, 2026-08\nBalance 86,400.00\n".getBytes(StandardCharsets.UTF_8),
                LIMITS);
    }

    @Test
    void refusesAJpegRenamedPdf() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        PdfReadException refusal = Expect.refusal(ErrorCode.NOT_A_PDF, jpeg.toByteArray(), LIMITS);
        assertEquals("The file is a JPEG image, not a PDF.", refusal.getMessage());
    }

    @Test
    void refusesAZipRenamedPdfEvenWhenThePdfInsideIsStoredUncompressed() throws IOException {
        byte[] pdf = TestPdfs.plain(1);
        byte[] zip = zipHolding(pdf, ZipEntry.STORED);
        assertTrue(FileSignature.indexOf(zip, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0, 1024) >= 0,
                "a PDF header within the first kilobyte, which a lenient reader would accept");
        PdfReadException refusal = Expect.refusal(ErrorCode.NOT_A_PDF, zip, LIMITS);
        assertTrue(refusal.getMessage().startsWith("The file is a zip archive, not a PDF"), refusal.getMessage());
        Expect.refusal(ErrorCode.NOT_A_PDF, zipHolding(pdf, ZipEntry.DEFLATED), LIMITS);
    }

    @Test
    void refusesAHeaderFurtherThanOneKilobyteIntoTheFile() {
        byte[] plain = TestPdfs.plain(1);
        byte[] late = new byte[1024 + plain.length];
        Arrays.fill(late, 0, 1024, (byte) ' ');
        System.arraycopy(plain, 0, late, 1024, plain.length);
        Expect.refusal(ErrorCode.NOT_A_PDF, late, LIMITS);
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeLookingInsideIt() {
        byte[] pdf = TestPdfs.plain(1);
        PdfReadException refusal = Expect.refusal(ErrorCode.TOO_LARGE, pdf, LIMITS.withMaxFileBytes(pdf.length - 1));
        assertEquals("The file is " + pdf.length + " bytes, more than the " + (pdf.length - 1) + " bytes CaseDesk opens.",
                refusal.getMessage());
    }

    // --- damaged ---

    @Test
    void refusesAHeaderFollowedByGarbageAsDamaged() {
        byte[] garbage = ("%PDF-1.7\n" + "garbage 0 obj << /Type ".repeat(200)).getBytes(StandardCharsets.US_ASCII);
        Expect.refusal(ErrorCode.DAMAGED, garbage, LIMITS);
    }

    @Test
    void refusesAFileCutRightAfterItsHeader() {
        byte[] pdf = TestPdfs.plain(2);
        Expect.refusal(ErrorCode.DAMAGED, Arrays.copyOf(pdf, 40), LIMITS);
    }

    /**
     * PDFBox rebuilds a lost cross-reference table by scanning for objects; the pages it finds are
     * fine to read, even when some are missing. The cut points are the objects of {@link TestPdfs#plain}:
     * catalog 1, page tree 2, pages 3 and 4, their resources and content streams 5 to 8, fonts 9 to 11.
     */
    @ParameterizedTest(name = "cut at {0} + {1}: {2} pages")
    @CsvSource({"xref, 0, 2", "11 0 obj, 20, 2", "8 0 obj, 40, 2", "4 0 obj, 10, 1"})
    void readsWhatRemainsOfATruncatedFileThatPdfBoxCanRepair(String marker, int past, int pages) throws PdfReadException {
        byte[] pdf = TestPdfs.plain(2);
        int cut = new String(pdf, StandardCharsets.ISO_8859_1).indexOf(marker) + past;
        try (OpenedPdf opened = SafePdf.open(Arrays.copyOf(pdf, cut), PasswordCandidates.none(), LIMITS)) {
            assertEquals(pages, opened.pages());
            assertEquals(pages, opened.document().getNumberOfPages());
        }
    }

    /**
     * PDFBox 3 saves by default with objects packed into a compressed object stream (the catalog's page
     * tree included) and a cross-reference stream after it. Cut the object stream, and the pages are
     * lost with it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"6 0 obj", "/Type /ObjStm"})
    void refusesAPackedFileCutBeforeItsObjectStreamEnds(String marker) {
        byte[] pdf = TestPdfs.packed(2);
        int cut = new String(pdf, StandardCharsets.ISO_8859_1).indexOf(marker) + 30;
        Expect.refusal(ErrorCode.DAMAGED, Arrays.copyOf(pdf, cut), LIMITS);
    }

    @Test
    void readsAPackedFileCutInsideItsCrossReferenceStream() throws PdfReadException {
        byte[] pdf = TestPdfs.packed(2);
        int cut = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("/Type /XRef") + 30;
        try (OpenedPdf opened = SafePdf.open(Arrays.copyOf(pdf, cut), PasswordCandidates.none(), LIMITS)) {
            assertEquals(2, opened.pages());
        }
    }

    @Test
    void refusesAFileWhosePagesAreAllMissing() {
        HandMadePdf pdf = new HandMadePdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [] /Count 0 >>");
        assertEquals("The PDF has no pages that can be read.",
                Expect.refusal(ErrorCode.DAMAGED, pdf.bytes(), LIMITS).getMessage());
    }

    // --- page trees ---

    @Test
    void refusesAPageTreeWhoseChildPointsBackToItsParent() {
        // PDFBox 3.0.8 iterates this as one page but getPage(1) throws "Possible recursion found".
        HandMadePdf pdf = new HandMadePdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 2 >>");
        pdf.add("<< /Type /Pages /Kids [4 0 R 2 0 R] /Parent 2 0 R /Count 2 >>");
        pdf.add("<< /Type /Page /Parent 3 0 R /MediaBox [0 0 200 200] >>");
        PdfReadException refusal = Expect.refusal(ErrorCode.DAMAGED, pdf.bytes(), LIMITS);
        assertTrue(refusal.getMessage().contains("refers back to itself"), refusal.getMessage());
    }

    @Test
    void refusesAPageTreeRootThatIsItsOwnKid() {
        // PDFBox 3.0.8 iterates this as no page at all, without complaint.
        HandMadePdf pdf = new HandMadePdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        Expect.refusal(ErrorCode.DAMAGED, pdf.bytes(), LIMITS);
    }

    @Test
    void countsPagesByWalkingTheTreeNotByTrustingItsCount() throws PdfReadException {
        HandMadePdf pdf = new HandMadePdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 1 >>");
        pdf.add("<< /Type /Pages /Kids [5 0 R 5 0 R] /Parent 2 0 R /Count 7 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        pdf.add("<< /Type /Page /Parent 3 0 R /MediaBox [0 0 300 300] >>");
        try (OpenedPdf opened = SafePdf.open(pdf.bytes(), PasswordCandidates.none(), LIMITS)) {
            assertEquals(3, opened.pages());
            PDDocument document = opened.document();
            assertEquals(3, document.getNumberOfPages(), "the /Count entries are set right for getPage(i)");
            assertEquals(200, document.getPage(2).getMediaBox().getWidth());
        }
    }

    @Test
    void refusesFiveThousandPagesAgainstALimitOfFiveHundred() {
        HandMadePdf pdf = new HandMadePdf();
        int pages = 5000;
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(i + 3).append(" 0 R ");
        }
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
        for (int i = 0; i < pages; i++) {
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        }
        PdfReadException refusal = Expect.refusal(ErrorCode.TOO_MANY_PAGES, pdf.bytes(), LIMITS.withMaxPages(500));
        assertEquals("The PDF has more than 500 pages, more than CaseDesk reads in one document.", refusal.getMessage());
    }

    // --- encryption CaseDesk cannot open ---

    /**
     * PDFBox writes certificate encryption only with Bouncy Castle, which CaseDesk does not ship, so
     * the encryption dictionary is written by hand. Reading it, PDFBox 3.0.8 fails to load its
     * public-key handler and the JVM throws NoClassDefFoundError: org/bouncycastle/cms/CMSException.
     */
    @Test
    void refusesCertificateEncryptionAsUnsupported() {
        PdfReadException refusal = Expect.refusal(ErrorCode.UNSUPPORTED_ENCRYPTION, encryptedWith(
                "<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s4 /V 4 /R 4 /Length 128 "
                        + "/CF << /DefaultCryptFilter << /CFM /AESV2 /Recipients [<3082010a0282010100>] >> >> "
                        + "/StmF /DefaultCryptFilter /StrF /DefaultCryptFilter >>"), PasswordCandidates.of("secret"), LIMITS);
        assertInstanceOf(NoClassDefFoundError.class, refusal.getCause(), "what PDFBox really threw");
        assertTrue(refusal.getMessage().contains("certificate"), refusal.getMessage());
    }

    @Test
    void refusesAnUnknownSecurityHandlerAsUnsupported() {
        Expect.refusal(ErrorCode.UNSUPPORTED_ENCRYPTION, encryptedWith("<< /Filter /FOPN_foweb /V 1 /R 2 /Length 40 >>"), LIMITS);
    }

    @Test
    void refusesAnUnknownEncryptionRevisionAsUnsupported() {
        Expect.refusal(ErrorCode.UNSUPPORTED_ENCRYPTION,
                encryptedWith("<< /Filter /Standard /V 9 /R 9 /O <00> /U <00> /P -4 >>"), LIMITS);
    }

    // --- budgets PDFBox would otherwise overrun in silence ---

    /**
     * PDFBox decrypts each stream into its scratch buffers; when they are full it logs the failure and
     * leaves the stream out, so the page reads as blank. That must be an error, never a shorter text.
     */
    @Test
    void reportsABufferBudgetTooSmallForTheDecryptedStreamsInsteadOfDroppingThem() throws PdfReadException {
        byte[] file = TestPdfs.protectedWith("user", "owner", 3);
        try (OpenedPdf roomy = SafePdf.open(file, PasswordCandidates.of("user"), LIMITS)) {
            String text = SafePdf.run(roomy, (document, deadline) -> new DeadlineTextStripper(deadline).getText(document));
            assertTrue(text.contains("Page 3"), "with room enough, every page reads");
        }
        PdfReadException refusal = Expect.refusal(ErrorCode.CONTENT_TOO_LARGE, file, PasswordCandidates.of("user"),
                LIMITS.withMaxMainMemoryBytes(4096).withMaxScratchBytes(0));
        assertEquals("The PDF needs more than the 4 KB of working space CaseDesk gives one document.", refusal.getMessage());
    }

    private static byte[] encryptedWith(String encryptionDictionary) {
        HandMadePdf pdf = HandMadePdf.onePage("");
        int encryption = pdf.add(encryptionDictionary);
        return pdf.bytes("/Encrypt " + encryption + " 0 R /ID [<0123456789abcdef0123456789abcdef> "
                + "<0123456789abcdef0123456789abcdef>]");
    }

    private static byte[] zipHolding(byte[] pdf, int method) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            ZipEntry entry = new ZipEntry("statement.pdf");
            entry.setMethod(method);
            if (method == ZipEntry.STORED) {
                CRC32 crc = new CRC32();
                crc.update(pdf);
                entry.setSize(pdf.length);
                entry.setCrc(crc.getValue());
            }
            out.putNextEntry(entry);
            out.write(pdf);
            out.closeEntry();
        }
        return zip.toByteArray();
    }
}
