package casedesk.evidence.pdf;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The file's bytes as PDFBox reads them, checking the deadline as it goes. PDFBox never looks at the
 * clock while it parses or repairs a file, but it reads all the time (objects are parsed lazily, so
 * later stages read too): this is where a parse that runs away gets stopped. The clock is read once
 * every few thousand reads, since PDFBox reads byte by byte.
 */
final class GuardedSource extends RandomAccessReadBuffer {

    private static final int READS_BETWEEN_CHECKS = 4096;

    private final Deadline deadline;
    private int untilCheck = READS_BETWEEN_CHECKS;

    GuardedSource(byte[] bytes, Deadline deadline) {
        super(bytes);
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        tick();
        return super.read();
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
        tick();
        return super.read(b, offset, length);
    }

    @Override
    public void seek(long position) throws IOException {
        tick();
        super.seek(position);
    }

    private void tick() {
        if (--untilCheck <= 0) {
            untilCheck = READS_BETWEEN_CHECKS;
            deadline.check();
        }
    }
}
