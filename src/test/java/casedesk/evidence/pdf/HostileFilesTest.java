package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
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

    // --- decompression bombs and absurd images ---

    @Test
    void theTestBombIsValidZlibDataOfExactlyTheSizeItClaims() throws Exception {
        byte[] prefix = "0 0 m\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bomb = Deflated.zerosAfter(prefix, 3);
        Inflater inflater = new Inflater();
        inflater.setInput(bomb);
        byte[] out = new byte[64 * 1024];
        long total = 0;
        byte[] start = null;
        while (!inflater.finished()) {
            int produced = inflater.inflate(out);
            if (start == null) {
                start = Arrays.copyOf(out, prefix.length);
            }
            total += produced;
        }
        inflater.end();
        assertEquals(prefix.length + 3L * MB, total);
        assertArrayEquals(prefix, start);
        assertTrue(bomb.length < 4 * 1024, "about a kilobyte per megabyte: " + bomb.length);
    }

    /**
     * PDFBox 3.0.8 inflates a page's content on the fly when its filter is a lone /FlateDecode (4 GB of
     * zeros then cost 25 s of CPU) but onto the heap when the filter is an array (an OutOfMemoryError
     * after 4 s with 1 GB): either way the file is measured and refused first.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/Filter /FlateDecode", "/Filter [/FlateDecode]"})
    void refusesAContentStreamThatInflatesToFourGigabytes(String filter) {
        byte[] file = contentBomb(filter, 4096);
        assertTrue(file.length < 5 * MB, "small on disk: " + file.length);
        PdfReadException refusal = Expect.refusal(ErrorCode.CONTENT_TOO_LARGE, file, LIMITS);
        assertNull(refusal.getCause(), "measured and refused, not an OutOfMemoryError caught after the fact");
        assertEquals("The PDF holds compressed content that unpacks to more than 16 MB, more than CaseDesk can safely unpack.",
                refusal.getMessage());
    }

    /**
     * With an unpack limit above what the stream could ever inflate to, the file is no bomb by that
     * limit and opens without being measured; reading its page then runs into the time limit.
     */
    @Test
    void readingAHugeStreamStopsAtTheTimeLimitWhenTheUnpackLimitIsGenerous() throws Exception {
        ReadLimits generous = LIMITS.withMaxDecodedStreamBytes(8L * 1024 * MB).withTimeLimit(Duration.ofMillis(300));
        long start = System.nanoTime();
        PdfReadException refusal = assertThrows(PdfReadException.class, () -> {
            try (OpenedPdf pdf = SafePdf.open(contentBomb("/Filter /FlateDecode", 4096), PasswordCandidates.none(), generous)) {
                SafePdf.run(pdf, (document, deadline) -> new DeadlineTextStripper(deadline).getText(document));
            }
        });
        assertEquals(ErrorCode.TIME_LIMIT, refusal.code(), refusal.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(3)) < 0);
    }

    private static byte[] contentBomb(String filter, int megabytes) {
        HandMadePdf pdf = new HandMadePdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>");
        pdf.stream(filter, Deflated.zerosAfter("0 0 m\n".getBytes(StandardCharsets.US_ASCII), megabytes));
        return pdf.bytes();
    }

    /**
     * PDFBox unpacks the object stream holding the catalog while it loads, onto the heap, before any
     * check after loading could run: only the pass over the raw bytes stands between it and 4 GB.
     */
    @Test
    void refusesABombInTheObjectStreamPdfBoxUnpacksWhileLoading() throws PdfReadException {
        byte[] objects = objectStreamOfOnePage();
        int first = new String(objects, StandardCharsets.ISO_8859_1).indexOf("<<");
        try (OpenedPdf sound = SafePdf.open(withCrossReferenceStream(Deflated.zerosAfter(objects, 0), first, 3),
                PasswordCandidates.none(), LIMITS)) {
            assertEquals(1, sound.pages(), "without the zeros, the same file is sound");
        }
        byte[] bomb = withCrossReferenceStream(Deflated.zerosAfter(objects, 4096), first, 3);
        PdfReadException refusal = Expect.refusal(ErrorCode.CONTENT_TOO_LARGE, bomb, LIMITS);
        assertNull(refusal.getCause(), "refused before PDFBox unpacked it");
    }

    /** The data of an object stream holding catalog 1, page tree 2 and page 3: offsets, then the objects. */
    private static byte[] objectStreamOfOnePage() {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
        StringBuilder offsets = new StringBuilder();
        StringBuilder bodies = new StringBuilder();
        for (int i = 0; i < objects.length; i++) {
            offsets.append(i + 1).append(' ').append(bodies.length()).append(' ');
            bodies.append(objects[i]).append('\n');
        }
        return HandMadePdf.ascii(offsets + "\n" + bodies);
    }

    @Test
    void refusesABombThatIsEncryptedAndSoInvisibleUntilDecrypted() throws IOException {
        byte[] bomb = Deflated.zerosAfter("0 0 m\n".getBytes(StandardCharsets.US_ASCII), 1024);
        byte[] file;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            try (var raw = content.createRawOutputStream()) {
                raw.write(bomb);
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            file = out.toByteArray();
        }
        PdfReadException refusal = Expect.refusal(ErrorCode.CONTENT_TOO_LARGE, file, PasswordCandidates.of("user"), LIMITS);
        assertNull(refusal.getCause());
    }

    @Test
    void refusesABombHiddenBehindASecondFilter() {
        byte[] inner = Deflated.zerosAfter(new byte[0], 256);
        byte[] outer = Deflated.of(inner);
        HandMadePdf pdf = HandMadePdf.onePage("");
        pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Filter [/FlateDecode /FlateDecode]", outer);
        assertTrue(inner.length < LIMITS.maxDecodedStreamBytes(), "the first filter alone stays under the limit");
        Expect.refusal(ErrorCode.CONTENT_TOO_LARGE, pdf.bytes(), LIMITS);
    }

    @Test
    void refusesAnImageDeclaredAtOneHundredThousandPixelsSquare() {
        HandMadePdf pdf = new HandMadePdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
                + "/Resources << /XObject << /Im1 5 0 R >> >> >>");
        pdf.stream("", HandMadePdf.ascii("q 200 0 0 200 0 0 cm /Im1 Do Q"));
        pdf.stream("/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /BitsPerComponent 8 "
                + "/ColorSpace /DeviceRGB /Filter /FlateDecode", Deflated.of(new byte[300]));
        PdfReadException refusal = Expect.refusal(ErrorCode.CONTENT_TOO_LARGE, pdf.bytes(), LIMITS);
        assertEquals("The PDF holds an image of 100000 × 100000 pixels, more than CaseDesk can safely unpack.",
                refusal.getMessage());
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

    /**
     * A PDF 1.5 file of two objects: object stream 4 (holding objects 1 to {@code objectsInside}) and
     * cross-reference stream 5, written by hand because PDFBox would unpack the bomb to write it.
     */
    private static byte[] withCrossReferenceStream(byte[] objectStreamData, int first, int objectsInside) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HandMadePdf.ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        int objectStream = objectsInside + 1;
        int xrefStream = objectsInside + 2;
        long objectStreamOffset = file.size();
        file.writeBytes(HandMadePdf.ascii(objectStream + " 0 obj\n<< /Type /ObjStm /N " + objectsInside + " /First " + first
                + " /Filter /FlateDecode /Length " + objectStreamData.length + " >>\nstream\n"));
        file.writeBytes(objectStreamData);
        file.writeBytes(HandMadePdf.ascii("\nendstream\nendobj\n"));
        long xrefOffset = file.size();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        row(rows, 0, 0, 255);
        for (int i = 0; i < objectsInside; i++) {
            row(rows, 2, objectStream, i);
        }
        row(rows, 1, objectStreamOffset, 0);
        row(rows, 1, xrefOffset, 0);
        byte[] table = rows.toByteArray();
        file.writeBytes(HandMadePdf.ascii(xrefStream + " 0 obj\n<< /Type /XRef /Size " + (xrefStream + 1)
                + " /W [1 4 2] /Root 1 0 R /Length " + table.length + " >>\nstream\n"));
        file.writeBytes(table);
        file.writeBytes(HandMadePdf.ascii("\nendstream\nendobj\nstartxref\n" + xrefOffset + "\n%%EOF\n"));
        return file.toByteArray();
    }

    private static void row(ByteArrayOutputStream rows, int type, long field2, int field3) {
        rows.write(type);
        for (int shift = 24; shift >= 0; shift -= 8) {
            rows.write((int) (field2 >>> shift) & 0xFF);
        }
        rows.write(field3 >>> 8 & 0xFF);
        rows.write(field3 & 0xFF);
    }
}
