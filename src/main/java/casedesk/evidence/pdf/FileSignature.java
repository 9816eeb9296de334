package casedesk.evidence.pdf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What a file's first bytes say it is. The name and any size or type claimed elsewhere are never
 * trusted. Like PDF readers, the {@code %PDF-} header may follow up to 1 KB of leading garbage (mail
 * gateways and some generators prepend bytes); but a file that starts as an image or an archive is
 * that, even when a PDF sits inside it uncompressed.
 */
final class FileSignature {

    static final int HEADER_WINDOW = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private record Known(String description, int offset, byte[] magic) {
        Known(String description, int offset, int... magic) {
            this(description, offset, bytes(magic));
        }

        boolean matches(byte[] file) {
            if (file.length < offset + magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (file[offset + i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] bytes(int... values) {
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) values[i];
            }
            return bytes;
        }
    }

    private static final List<Known> NOT_PDF = List.of(
            new Known("a JPEG image", 0, 0xFF, 0xD8, 0xFF),
            new Known("a PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            new Known("a GIF image", 0, 'G', 'I', 'F', '8'),
            new Known("a TIFF image", 0, 'I', 'I', 0x2A, 0x00),
            new Known("a TIFF image", 0, 'M', 'M', 0x00, 0x2A),
            new Known("a photo in HEIC format", 4, 'f', 't', 'y', 'p', 'h', 'e', 'i'),
            new Known("a zip archive", 0, 'P', 'K', 0x03, 0x04),
            new Known("a zip archive", 0, 'P', 'K', 0x05, 0x06),
            new Known("an old-style Word or Excel file", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            new Known("a RAR archive", 0, 'R', 'a', 'r', '!', 0x1A, 0x07),
            new Known("a 7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            new Known("a gzip archive", 0, 0x1F, 0x8B));

    private FileSignature() {
    }

    /** Refuses anything that is not recognisably a PDF, before PDFBox sees it. */
    static void requirePdf(byte[] file) throws PdfReadException {
        if (file.length == 0) {
            throw new PdfReadException(ErrorCode.NOT_A_PDF, "The file is empty.");
        }
        Optional<Known> other = NOT_PDF.stream().filter(known -> known.matches(file)).findFirst();
        if (other.isPresent()) {
            String what = other.get().description();
            String advice = what.endsWith("archive") ? "; if it holds the PDF, unpack it and add the PDF itself." : ".";
            throw new PdfReadException(ErrorCode.NOT_A_PDF, "The file is " + what + ", not a PDF" + advice);
        }
        if (indexOf(file, PDF_HEADER, 0, Math.min(file.length, HEADER_WINDOW - 1 + PDF_HEADER.length)) < 0) {
            throw new PdfReadException(ErrorCode.NOT_A_PDF);
        }
    }

    /** Where {@code pattern} first starts in {@code data[from, to)}, or -1. */
    static int indexOf(byte[] data, byte[] pattern, int from, int to) {
        int last = to - pattern.length;
        byte first = pattern[0];
        for (int i = Math.max(from, 0); i <= last; i++) {
            // Most bytes are not the pattern's first: a tight loop over them, the rest compared only there.
            if (data[i] != first) {
                continue;
            }
            int j = 1;
            while (j < pattern.length && data[i + j] == pattern[j]) {
                j++;
            }
            if (j == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
