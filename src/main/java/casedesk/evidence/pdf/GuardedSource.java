package casedesk.evidence.pdf;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The file's bytes as PDFBox reads them, checking the deadline as it goes. PDFBox never looks at the
 * clock while it parses or repairs a file, but it reads all the time (objects are parsed lazily, so
 * later stages read too): this is where a parse that runs away gets stopped. Byte-by-byte reads and
 * seeks, which PDFBox makes by the million, look at the clock once every few thousand; bulk reads
 * every time, since each may feed a filter that inflates it a thousandfold (a page's content stream
 * is inflated on the fly, with nothing else checking the time while it yields no operator).
 *
 * <p>Stream data is read through views, and PDFBox's own views read a private copy of the buffer
 * (one per thread), which would bypass every check here: views are therefore made over guarded
 * copies too.
 */
final class GuardedSource extends RandomAccessReadBuffer {

    private static final int READS_BETWEEN_CHECKS = 4096;

    private final byte[] bytes;
    private final Deadline deadline;
    /** Like PDFBox's: a reader per thread, since a reader has a position and views seek it. */
    private final Map<Long, GuardedSource> viewReaders = new ConcurrentHashMap<>();
    private int untilCheck = READS_BETWEEN_CHECKS;

    GuardedSource(byte[] bytes, Deadline deadline) {
        super(bytes);
        this.bytes = bytes;
        this.deadline = deadline;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        checkClosed();
        GuardedSource reader = viewReaders.compute(Thread.currentThread().threadId(),
                (thread, existing) -> existing == null || existing.isClosed() ? new GuardedSource(bytes, deadline) : existing);
        return new RandomAccessReadView(reader, startPosition, streamLength);
    }

    @Override
    public void close() throws IOException {
        viewReaders.values().forEach(IOUtils::closeQuietly);
        viewReaders.clear();
        super.close();
    }

    @Override
    public int read() throws IOException {
        tick();
        return super.read();
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
        deadline.check();
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
