package casedesk.caseload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first 100 bytes of a SQLite file, read without opening it as a database: deciding that a file
 * is not ours, or is from a newer CaseDesk, must not change a single byte of it.
 */
record FileHeader(boolean exists, boolean sqlite, int userVersion, int applicationId) {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;

    static FileHeader read(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return new FileHeader(false, false, 0, 0);
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_SIZE);
        }
        if (header.length < HEADER_SIZE || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new FileHeader(true, false, 0, 0);
        }
        ByteBuffer buffer = ByteBuffer.wrap(header);
        return new FileHeader(true, true, buffer.getInt(60), buffer.getInt(68));
    }
}
