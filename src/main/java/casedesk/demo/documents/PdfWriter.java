package casedesk.demo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;

import casedesk.model.Box;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.ProtectionPolicy;
import org.apache.pdfbox.pdmodel.encryption.SecurityHandler;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One document being written: its pages, its one embedded CJK font, and the finishing steps that
 * make a genuine file or a doctored one (metadata, document ID, encryption, a covering overlay, an
 * incremental edit). Everything that would otherwise come from the clock or a random source comes
 * from the request's seed, so the same request gives the same bytes.
 */
final class PdfWriter implements AutoCloseable {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument document = new PDDocument();
    /** Advance widths of Noto Sans SC, in thousandths of the font size, by code point. */
    private static final ConcurrentHashMap<Integer, Float> NOTO_WIDTHS = new ConcurrentHashMap<>();

    private final PDType0Font font;
    private final List<PDPage> pages = new ArrayList<>();
    private final Set<Integer> usedCodePoints = new HashSet<>();
    private PDFont forgerFont;

    /** @param callerTexts caller-supplied strings the document will print (names, territory...) */
    PdfWriter(String... callerTexts) {
        try {
            font = FontSubset.covering(callerTexts).loadInto(document);
        } catch (IOException e) {
            close();
            throw new PdfGenerationException("cannot load the embedded font", e);
        }
    }

    PDFont font() {
        return font;
    }

    PageCanvas newPage() {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        try {
            return new PageCanvas(this, new PDPageContentStream(document, page), pages.size(), PAGE_HEIGHT);
        } catch (IOException e) {
            throw new PdfGenerationException("cannot open page " + pages.size(), e);
        }
    }

    int pageCount() {
        return pages.size();
    }

    float width(PDFont withFont, String text, float size) {
        if (withFont != font) {
            return measure(withFont, text) / 1000f * size;
        }
        // PDFBox measures by encoding the text and decoding it again through the CMap, which was the
        // largest cost of a document. Every subset of Noto Sans SC keeps the original advance widths,
        // so one width per code point serves all documents. Summed in text order, as PDFBox sums them.
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += NOTO_WIDTHS.computeIfAbsent(codePoint, cp -> measure(font, Character.toString(cp)));
            i += Character.charCount(codePoint);
        }
        return units / 1000f * size;
    }

    private static float measure(PDFont withFont, String text) {
        try {
            return withFont.getStringWidth(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new PdfGenerationException("cannot measure '" + text + "'", e);
        }
    }

    float width(String text, float size) {
        return width(font, text, size);
    }

    /** The box of a run: advance width across, the font's ascent above and descent below the baseline. */
    Box box(PDFont withFont, String text, float x, float baseline, float size) {
        PDFontDescriptor descriptor = withFont.getFontDescriptor();
        float ascent = descriptor.getAscent() / 1000f * size;
        float descent = -descriptor.getDescent() / 1000f * size;
        return new Box(round(x), round(baseline - ascent), round(width(withFont, text, size)), round(ascent + descent));
    }

    /** The box with its coordinates rounded to the hundredth of a point, as all boxes here are. */
    static Box rounded(Box box) {
        return new Box(round(box.x()), round(box.y()), round(box.width()), round(box.height()));
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    void noteUsed(String text) {
        text.codePoints().forEach(usedCodePoints::add);
    }

    /** Whether every character of the text is already drawn somewhere, hence in the embedded subset. */
    boolean inEmbeddedSubset(String text) {
        return text.codePoints().allMatch(usedCodePoints::contains);
    }

    /**
     * Hides a run under a white rectangle drawn in an appended content stream and sets a new text on
     * top, in Helvetica as a quick editing tool would, slightly lower than the original: the old text
     * stays in the text layer. The offset (more than a third of a digit's width) keeps PDF text
     * extractors from dropping the new digits as overprinted (fake bold) copies of the old ones where
     * they coincide: Noto's and Helvetica's digits are both about 0.556 em wide.
     */
    Placed cover(Placed original, String newText, boolean alignRight) {
        PDPage page = pages.get(original.page() - 1);
        if (forgerFont == null) {
            forgerFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        float size = original.size();
        float newWidth = width(forgerFont, newText, size);
        float x = alignRight ? original.right() - newWidth : original.x();
        float baseline = original.baseline() + Math.max(2f, 0.22f * size);
        Box hidden = original.box();
        try (PDPageContentStream overlay = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
            overlay.setNonStrokingColor(1f);
            overlay.addRect((float) hidden.x() - 1.5f, (float) (PAGE_HEIGHT - hidden.y() - hidden.height()) - 1f,
                    (float) hidden.width() + 3f, (float) hidden.height() + 2f);
            overlay.fill();
            overlay.setNonStrokingColor(0f);
            overlay.beginText();
            overlay.setFont(forgerFont, size);
            overlay.newLineAtOffset(x, PAGE_HEIGHT - baseline);
            overlay.showText(newText);
            overlay.endText();
        } catch (IOException e) {
            throw new PdfGenerationException("cannot cover '" + original.text() + "'", e);
        }
        return new Placed(newText, original.page(), x, baseline, size, box(forgerFont, newText, x, baseline, size), 0);
    }

    /** Where an incremental edit rewrites a run: same operator, same position, new glyphs. */
    record TextEdit(Placed original, String newText) {

        /** The box of the new text, which starts where the old one did. */
        Box newBox(PdfWriter writer) {
            return writer.box(writer.font(), newText, original.x(), original.baseline(), original.size());
        }
    }

    /**
     * Saves the document: metadata, a document ID from the seed, AES-256 when a password is given.
     * With edits, the saved file is then reopened, the runs' string operands are replaced in their
     * pages' content streams and the result is appended as a second revision, the way an editing
     * tool's "save" appends to a signed or protected file.
     */
    byte[] save(DocumentInfo info, long seed, Optional<String> password, List<TextEdit> edits,
                Optional<DocumentInfo> infoAfterEdit) {
        List<ResolvedEdit> resolved = new ArrayList<>();
        for (TextEdit edit : edits) {
            if (!inEmbeddedSubset(edit.newText())) {
                throw new IllegalArgumentException("edit '" + edit.newText() + "' uses glyphs the document does not embed");
            }
            resolved.add(new ResolvedEdit(edit.original().page(), operand(edit.original().text()),
                    edit.original().occurrence(), operand(edit.newText())));
        }
        byte[] firstRevision;
        try {
            info.applyTo(document);
            document.setDocumentId(Seeds.mix(seed, 0x1D));
            password.ifPresent(userPassword -> protect(document, userPassword, seed));
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out, CompressParameters.NO_COMPRESSION);
            firstRevision = out.toByteArray();
        } catch (IOException e) {
            throw new PdfGenerationException("cannot save the document", e);
        }
        if (resolved.isEmpty()) {
            return firstRevision;
        }
        return appendEdit(firstRevision, password, resolved, infoAfterEdit, seed);
    }

    private byte[] operand(String text) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            COSWriter.writeString(font.encode(text), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfGenerationException("cannot encode '" + text + "'", e);
        }
    }

    private record ResolvedEdit(int page, byte[] oldOperand, int occurrence, byte[] newOperand) {
    }

    private static byte[] appendEdit(byte[] pdf, Optional<String> password, List<ResolvedEdit> edits,
                                     Optional<DocumentInfo> infoAfterEdit, long seed) {
        try (PDDocument loaded = Loader.loadPDF(pdf, password.orElse(""))) {
            // Later occurrences first, so that replacing one does not renumber the others.
            List<ResolvedEdit> ordered = new ArrayList<>(edits);
            ordered.sort(Comparator.comparingInt(ResolvedEdit::page).thenComparing(
                    Comparator.comparingInt(ResolvedEdit::occurrence).reversed()));
            for (ResolvedEdit edit : ordered) {
                replaceInPage(loaded.getPage(edit.page() - 1), edit);
            }
            infoAfterEdit.ifPresent(info -> info.applyTo(loaded));
            loaded.setDocumentId(Seeds.mix(seed, 0x2E));
            if (loaded.getEncryption() != null) {
                loaded.getEncryption().getSecurityHandler().setCustomSecureRandom(Seeds.secureRandom(Seeds.mix(seed, 0x3F)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            loaded.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfGenerationException("cannot append the edited revision", e);
        }
    }

    /** Replaces the run's operand, counting occurrences across the page's content streams in order. */
    private static void replaceInPage(PDPage page, ResolvedEdit edit) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<COSStream> streams = new ArrayList<>();
        if (contents instanceof COSStream stream) {
            streams.add(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        int skip = edit.occurrence();
        for (COSStream stream : streams) {
            byte[] content;
            try (InputStream in = stream.createInputStream()) {
                content = in.readAllBytes();
            }
            int at = find(content, edit.oldOperand(), skip);
            if (at >= 0) {
                byte[] replacement = edit.newOperand();
                byte[] changed = new byte[content.length - edit.oldOperand().length + replacement.length];
                System.arraycopy(content, 0, changed, 0, at);
                System.arraycopy(replacement, 0, changed, at, replacement.length);
                System.arraycopy(content, at + edit.oldOperand().length, changed, at + replacement.length,
                        content.length - at - edit.oldOperand().length);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(changed);
                }
                return;
            }
            skip -= count(content, edit.oldOperand());
        }
        throw new IllegalStateException("run #" + edit.occurrence() + " of the edited text is not on page " + edit.page());
    }

    /** Where the {@code skip}-th (0-based) occurrence of the pattern starts, or -1. */
    private static int find(byte[] content, byte[] pattern, int skip) {
        int seen = 0;
        for (int i = 0; i <= content.length - pattern.length; i++) {
            if (matchesAt(content, i, pattern)) {
                if (seen == skip) {
                    return i;
                }
                seen++;
                i += pattern.length - 1;
            }
        }
        return -1;
    }

    private static int count(byte[] content, byte[] pattern) {
        int seen = 0;
        while (find(content, pattern, seen) >= 0) {
            seen++;
        }
        return seen;
    }

    private static boolean matchesAt(byte[] content, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (content[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    private static void protect(PDDocument document, String userPassword, long seed) {
        try {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            permissions.setCanAssembleDocument(false);
            String ownerPassword = Seeds.hex(Seeds.mix(seed, 0x4A)) + Seeds.hex(Seeds.mix(seed, 0x4B));
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            if (SeededAes256Handler.supports(userPassword)) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                SecurityHandler<ProtectionPolicy> seeded = (SecurityHandler) new SeededAes256Handler(policy, seed);
                document.getEncryption().setSecurityHandler(seeded);
            } else {
                // SASLprep of non-ASCII passwords is PDFBox's business: such files are not byte-reproducible.
                document.getEncryption().getSecurityHandler().setCustomSecureRandom(Seeds.secureRandom(Seeds.mix(seed, 0x5C)));
            }
        } catch (IOException e) {
            throw new PdfGenerationException("cannot encrypt the document", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new PdfGenerationException("cannot close the document", e);
        }
    }
}
