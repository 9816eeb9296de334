package casedesk.evidence.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Refuses decompression bombs and absurd images before PDFBox unpacks them. PDFBox 3.0.8 unpacks
 * almost every stream wholly onto the heap ({@code Filter.decode} into a
 * {@code RandomAccessReadWriteBuffer}, whatever stream cache it was given): object and
 * cross-reference streams, forms, images, fonts, and page contents given as an array or with any
 * filter but a lone FlateDecode. A 4 MB file of deflated zeros is then 4 GB of heap: with 1 GB, an
 * OutOfMemoryError after 4 seconds. The one exception, a page's content stream with a single
 * FlateDecode filter, is inflated on the fly, and costs 25 seconds of CPU per 4 GB instead, with no
 * operator in sight for the deadline to be checked at. Here streams are inflated into a counter, and
 * the document refused once one passes the limit.
 *
 * <p>Two passes, because PDFBox unpacks some streams while it loads (cross-reference streams, and
 * the object stream holding the catalog) and the rest lazily:
 * <ol>
 * <li>{@link #checkRawStreams} runs before PDFBox sees the file: it inflates whatever follows each
 *     {@code stream} keyword exactly as PDFBox's Flate filter would (two header bytes skipped, raw
 *     deflate). It needs no parsing, so it also protects the load itself.</li>
 * <li>{@link #checkStreams} runs after loading, over every stream object: it sees what the first pass
 *     cannot (decrypted data, chains of filters, LZW and the other filters) and the declared size of
 *     every image, which PDFBox allocates in full when it renders one.</li>
 * </ol>
 */
final class UnpackedSize {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_STREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OBJECT_STREAM = "/ObjStm".getBytes(StandardCharsets.US_ASCII);
    /**
     * Deflate cannot expand data more than about 1,032 times (RFC 1951: 258 bytes from a 2-bit code
     * at most, rounded up), so compressed data this many times smaller than the limit is no bomb, and
     * need not be inflated to know it.
     */
    static final long DEFLATE_MAX_RATIO = 1032;
    private static final int CHUNK = 64 * 1024;
    /** Decoded by image readers straight into a raster, which the image's declared size bounds. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);
    private static final int MOST_FILTERS = 8;

    private UnpackedSize() {
    }

    /** First pass: the raw bytes, before any parsing. */
    static void checkRawStreams(byte[] pdf, long limit, Deadline deadline) throws PdfReadException {
        if ((long) pdf.length * DEFLATE_MAX_RATIO <= limit) {
            // No deflated data in a file this short can unpack past the limit, object streams included.
            return;
        }
        Inflater inflater = new Inflater(true);
        byte[] out = new byte[CHUNK];
        try {
            int at = FileSignature.indexOf(pdf, STREAM, 0, pdf.length);
            while (at >= 0) {
                deadline.check();
                boolean endKeyword = at > 0 && pdf[at - 1] == 'd';
                int data = endKeyword ? -1 : dataStart(pdf, at + STREAM.length) + 2;
                // The next keyword is looked for after this stream's data, which is read once, not twice.
                int end = data > 0 && data < pdf.length ? FileSignature.indexOf(pdf, END_STREAM, data, pdf.length) : -1;
                if (data > 0 && data < pdf.length && mayBeBomb(pdf, at, data, end, limit)) {
                    inflater.reset();
                    inflater.setInput(pdf, data, pdf.length - data);
                    long total = 0;
                    while (!inflater.finished()) {
                        int produced;
                        try {
                            produced = inflater.inflate(out);
                        } catch (DataFormatException e) {
                            break; // not deflated data, or damaged: PDFBox stops there too
                        }
                        if (produced == 0) {
                            break; // needs input or a dictionary: the data ended
                        }
                        total += produced;
                        if (total > limit) {
                            throw bomb(limit);
                        }
                        deadline.check();
                    }
                }
                at = FileSignature.indexOf(pdf, STREAM, end > 0 ? end + END_STREAM.length : at + STREAM.length, pdf.length);
            }
        } finally {
            inflater.end();
        }
    }

    /**
     * Whether a stream must be inflated to be measured. Most need not: data too short to inflate past
     * the limit at deflate's highest ratio is safe. An object stream is always measured, since PDFBox
     * unpacks those while it loads, before the second pass could look; so is a stream whose end
     * cannot be found.
     */
    private static boolean mayBeBomb(byte[] pdf, int keyword, int data, int end, long limit) {
        int dictionary = lastIndexOf(pdf, OBJ, Math.max(0, keyword - 4096), keyword);
        if (dictionary < 0 || FileSignature.indexOf(pdf, OBJECT_STREAM, dictionary, keyword) >= 0) {
            return true;
        }
        return end < 0 || (long) (end - data) * DEFLATE_MAX_RATIO > limit;
    }

    private static int lastIndexOf(byte[] data, byte[] pattern, int from, int to) {
        outer:
        for (int i = to - pattern.length; i >= from; i--) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Where a stream's data starts after its keyword, skipping whitespace the way PDFBox's parser does. */
    private static int dataStart(byte[] pdf, int afterKeyword) {
        int at = afterKeyword;
        while (at < pdf.length && pdf[at] == ' ') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\r') {
            at++;
            if (at < pdf.length && pdf[at] == '\n') {
                at++;
            }
        } else if (at < pdf.length && pdf[at] == '\n') {
            at++;
        }
        return at;
    }

    /**
     * Second pass: every stream object of the loaded document. Only top-level objects are visited;
     * objects inside object streams are never streams, and dereferencing one would make PDFBox
     * unpack its object stream before it has been measured.
     */
    static void checkStreams(COSDocument document, long limit, Deadline deadline) throws PdfReadException {
        List<COSObjectKey> topLevel = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            if (entry.getValue() != null && entry.getValue() > 0) {
                topLevel.add(entry.getKey());
            }
        }
        // In a file that is not encrypted, a stream whose one filter is Flate and whose data is short
        // cannot unpack past the limit: measuring it would only double the cost of opening.
        // Encrypted streams and chains of filters are what the first pass could not see.
        boolean rawPassSawFlate = !document.isEncrypted();
        for (COSObjectKey key : topLevel) {
            deadline.check();
            if (parse(document, key) instanceof COSStream stream) {
                if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    checkImage(stream, limit);
                }
                List<COSName> filters = filterNames(stream.getFilters());
                // The raw length PDFBox found is the stream's true length: data too short to unpack
                // past the limit at the highest ratio of each of its filters cannot be a bomb,
                // whatever the first pass assumed about where the stream ended.
                boolean measured = rawPassSawFlate && mostUnpacked(filters, stream.getLength()) <= limit;
                if (!measured) {
                    checkDecodedLength(stream, limit, deadline);
                }
            }
        }
    }

    /**
     * How far each filter can at most expand its input: ASCII85 four times (a 'z' is four zero bytes),
     * hex halves it, run-length 64 times (two bytes for 128), LZW a 4,096-byte string per 9-bit code,
     * deflate about 1,032 times. A filter not listed is measured by decoding.
     */
    private static final Map<COSName, Long> MOST_EXPANSION = Map.ofEntries(
            Map.entry(COSName.ASCII85_DECODE, 4L), Map.entry(COSName.ASCII85_DECODE_ABBREVIATION, 4L),
            Map.entry(COSName.ASCII_HEX_DECODE, 1L), Map.entry(COSName.ASCII_HEX_DECODE_ABBREVIATION, 1L),
            Map.entry(COSName.RUN_LENGTH_DECODE, 64L), Map.entry(COSName.RUN_LENGTH_DECODE_ABBREVIATION, 64L),
            Map.entry(COSName.LZW_DECODE, 3641L), Map.entry(COSName.LZW_DECODE_ABBREVIATION, 3641L),
            Map.entry(COSName.FLATE_DECODE, DEFLATE_MAX_RATIO), Map.entry(COSName.FLATE_DECODE_ABBREVIATION, DEFLATE_MAX_RATIO));

    /** The most a chain of filters can unpack raw data of this length to; {@code Long.MAX_VALUE} when unknown. */
    static long mostUnpacked(List<COSName> filters, long rawLength) {
        if (filters.isEmpty() || filters.size() > MOST_FILTERS) {
            return filters.isEmpty() ? rawLength : Long.MAX_VALUE;
        }
        long most = Math.max(rawLength, 1);
        for (COSName filter : filters) {
            Long ratio = MOST_EXPANSION.get(filter);
            if (ratio == null || most > Long.MAX_VALUE / ratio) {
                return Long.MAX_VALUE;
            }
            most *= ratio;
        }
        return most;
    }

    /**
     * The object, or null when PDFBox cannot parse it: an object nothing uses may be broken beyond
     * repair without the document being so, and PDFBox only parses what a stage asks for.
     */
    private static COSBase parse(COSDocument document, COSObjectKey key) {
        try {
            var object = document.getObjectFromPool(key);
            return object == null ? null : object.getObject();
        } catch (TimeLimitExceeded e) {
            throw e;
        } catch (RuntimeException unparsable) {
            return null;
        }
    }

    private static void checkImage(COSStream image, long limit) throws PdfReadException {
        int width = image.getInt(COSName.WIDTH, COSName.W, -1);
        int height = image.getInt(COSName.HEIGHT, COSName.H, -1);
        if (width <= 0 || height <= 0) {
            return; // PDFBox refuses such an image itself, when something draws it
        }
        boolean mask = image.getBoolean(COSName.IMAGE_MASK, COSName.IM, false);
        int bits = mask ? 1 : Math.max(1, Math.min(16, image.getInt(COSName.BITS_PER_COMPONENT, COSName.BPC, 8)));
        int components = mask ? 1 : components(image.getDictionaryObject(COSName.COLORSPACE, COSName.CS));
        long rowBytes = ((long) width * components * bits + 7) / 8;
        if (rowBytes > limit / height) {
            throw new PdfReadException(ErrorCode.CONTENT_TOO_LARGE, "The PDF holds an image of " + width + " × " + height
                    + " pixels, more than CaseDesk can safely unpack.");
        }
    }

    /** Colour components per pixel; four when unsure, the most any colour space here has. */
    private static int components(COSBase colourSpace) {
        COSBase family = colourSpace instanceof COSArray array && array.size() > 0 ? array.getObject(0) : colourSpace;
        if (!(family instanceof COSName name)) {
            return 4;
        }
        String n = name.getName();
        return switch (n) {
            case "DeviceGray", "G", "CalGray", "Indexed", "I", "Separation" -> 1;
            case "DeviceRGB", "RGB", "CalRGB", "Lab" -> 3;
            case "ICCBased" -> colourSpace instanceof COSArray array && array.getObject(1) instanceof COSStream profile
                    ? Math.max(1, Math.min(4, profile.getInt(COSName.N, 4))) : 4;
            case "DeviceN" -> colourSpace instanceof COSArray array && array.getObject(1) instanceof COSArray names
                    ? Math.max(1, names.size()) : 4;
            default -> 4;
        };
    }

    private static void checkDecodedLength(COSStream stream, long limit, Deadline deadline) throws PdfReadException {
        List<Filter> filters = new ArrayList<>();
        for (COSName name : filterNames(stream.getFilters())) {
            if (IMAGE_CODECS.contains(name) || filters.size() == MOST_FILTERS) {
                break;
            }
            try {
                filters.add(FilterFactory.INSTANCE.getFilter(name));
            } catch (IOException unknownFilter) {
                return; // PDFBox cannot decode it either
            }
        }
        if (filters.isEmpty()) {
            return; // raw data: no larger than the file
        }
        try {
            InputStream input = stream.createRawInputStream();
            for (int i = 0; i < filters.size(); i++) {
                boolean last = i == filters.size() - 1;
                CappedSink sink = new CappedSink(limit, deadline, !last);
                try (InputStream encoded = input) {
                    filters.get(i).decode(encoded, sink, stream, i);
                } catch (IOException damaged) {
                    // Damaged data is PDFBox's to repair or refuse later; only the size matters here.
                }
                if (sink.overflowed) {
                    throw bomb(limit);
                }
                if (!last) {
                    input = sink.kept.asInput();
                }
            }
        } catch (IOException unreadable) {
            // The raw data cannot be read: PDFBox will say so when a stage needs the stream.
        }
    }

    private static List<COSName> filterNames(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static PdfReadException bomb(long limit) {
        return new PdfReadException(ErrorCode.CONTENT_TOO_LARGE, "The PDF holds compressed content that unpacks to more than "
                + Describe.bytes(limit) + ", more than CaseDesk can safely unpack.");
    }

    /** A filter's output that the next filter reads, without the copy {@code toByteArray()} would make. */
    private static final class Kept extends ByteArrayOutputStream {
        InputStream asInput() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }

    /** Counts what a filter writes, keeps it only when another filter needs it, and stops it past the limit. */
    private static final class CappedSink extends OutputStream {
        private final long limit;
        private final Deadline deadline;
        private final Kept kept;
        private long written;
        private boolean overflowed;

        CappedSink(long limit, Deadline deadline, boolean keep) {
            this.limit = limit;
            this.deadline = deadline;
            this.kept = keep ? new Kept() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            written += length;
            if (overflowed || written > limit) {
                overflowed = true;
                throw new IOException("decoded stream longer than " + limit + " bytes");
            }
            deadline.check();
            if (kept != null) {
                kept.write(b, offset, length);
            }
        }
    }
}
