package casedesk.evidence.pdf;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/** zlib data for tests, including decompression bombs that are quick to make. */
final class Deflated {

    private static final int CHUNK = 1 << 20;
    private static final int ADLER_BASE = 65521;

    private Deflated() {
    }

    static byte[] of(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * {@code prefix} followed by {@code megabytes} MB of zeros, deflated. Deflating gigabytes takes
     * half a minute, so one megabyte of zeros is deflated once, after a full flush (which resets the
     * compressor, making its output independent of what came before), and that block is repeated:
     * 4 GB of zeros cost about 4 MB and a few milliseconds. The file ends with a final empty block
     * and the right Adler-32, so it is valid zlib data throughout.
     */
    static byte[] zerosAfter(byte[] prefix, int megabytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            byte[] head = flushed(deflater, prefix);
            byte[] zeros = flushed(deflater, new byte[CHUNK]);
            ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + zeros.length * megabytes + 8);
            out.writeBytes(head);
            for (int i = 0; i < megabytes; i++) {
                out.writeBytes(zeros);
            }
            out.writeBytes(new byte[] {0x03, 0x00}); // final block, fixed Huffman codes, end of block only
            long adler = adlerOfZerosAfter(prefix, (long) megabytes * CHUNK);
            out.writeBytes(new byte[] {(byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler});
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int produced;
        do {
            produced = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, produced);
        } while (produced == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    /** Adler-32 of prefix + zeros: a zero adds nothing to the first sum and the first sum to the second. */
    private static long adlerOfZerosAfter(byte[] prefix, long zeros) {
        Adler32 adler = new Adler32();
        adler.update(prefix);
        long value = adler.getValue();
        long a = value & 0xFFFF;
        long b = (value >>> 16) + (zeros % ADLER_BASE) * a % ADLER_BASE;
        return ((b % ADLER_BASE) << 16) | a;
    }
}
