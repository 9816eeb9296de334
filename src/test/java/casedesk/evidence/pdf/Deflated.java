package casedesk.evidence.pdf;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/** zlib data for tests. */
final class Deflated {

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
}
