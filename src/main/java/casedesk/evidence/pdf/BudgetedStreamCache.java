package casedesk.evidence.pdf;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.io.ScratchFile;

/**
 * PDFBox's stream buffers for one document (heap up to one budget, then temporary files up to
 * another) that remember running out. PDFBox decrypts every stream into such a buffer, and when the
 * budget is spent it logs the failure and carries on without the stream: the page then reads as
 * blank. A statement missing its transactions must not pass for a complete one, so SafePdf asks
 * {@link Budget#exhausted()} after every piece of work.
 */
final class BudgetedStreamCache implements RandomAccessStreamCache {

    /** Shared by the caches of one document, which PDFBox may create more than once. */
    static final class Budget {
        private final AtomicBoolean exhausted = new AtomicBoolean();

        boolean exhausted() {
            return exhausted.get();
        }

        void markExhausted() {
            exhausted.set(true);
        }
    }

    private final ScratchFile scratch;
    private final Budget budget;

    private BudgetedStreamCache(ScratchFile scratch, Budget budget) {
        this.scratch = scratch;
        this.budget = budget;
    }

    static StreamCacheCreateFunction factory(ReadLimits limits, Budget budget) {
        MemoryUsageSetting setting = setting(limits.maxMainMemoryBytes(), limits.maxScratchBytes());
        return () -> {
            try {
                return new BudgetedStreamCache(new ScratchFile(setting), budget);
            } catch (IOException e) {
                budget.markExhausted();
                throw e;
            }
        };
    }

    private static MemoryUsageSetting setting(long heap, long scratch) {
        if (scratch == 0) {
            return MemoryUsageSetting.setupMainMemoryOnly(heap);
        }
        if (heap == 0) {
            return MemoryUsageSetting.setupTempFileOnly(scratch);
        }
        return MemoryUsageSetting.setupMixed(heap, heap + scratch);
    }

    @Override
    public RandomAccess createBuffer() throws IOException {
        try {
            return new Buffer(scratch.createBuffer());
        } catch (IOException e) {
            budget.markExhausted();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        scratch.close();
    }

    /** Delegates everything; notes a failed write, which is how a spent budget shows. */
    private final class Buffer implements RandomAccess {
        private final RandomAccess delegate;

        Buffer(RandomAccess delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                delegate.write(b);
            } catch (IOException e) {
                budget.markExhausted();
                throw e;
            }
        }

        @Override
        public void write(byte[] b) throws IOException {
            write(b, 0, b.length);
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            try {
                delegate.write(b, offset, length);
            } catch (IOException e) {
                budget.markExhausted();
                throw e;
            }
        }

        @Override
        public void clear() throws IOException {
            delegate.clear();
        }

        @Override
        public int read() throws IOException {
            return delegate.read();
        }

        @Override
        public int read(byte[] b, int offset, int length) throws IOException {
            return delegate.read(b, offset, length);
        }

        @Override
        public long getPosition() throws IOException {
            return delegate.getPosition();
        }

        @Override
        public void seek(long position) throws IOException {
            delegate.seek(position);
        }

        @Override
        public long length() throws IOException {
            return delegate.length();
        }

        @Override
        public boolean isClosed() {
            return delegate.isClosed();
        }

        @Override
        public boolean isEOF() throws IOException {
            return delegate.isEOF();
        }

        @Override
        public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
            return delegate.createView(startPosition, streamLength);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
