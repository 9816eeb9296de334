package casedesk.evidence.pdf;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one PDF may cost before CaseDesk gives up on it. Every limit is checked against what the
 * file really holds, never against what it claims.
 *
 * @param maxFileBytes           the largest file opened at all
 * @param maxPages               the most pages one document may have
 * @param timeLimit              the time budget of one document: opening it and every later stage run on it
 * @param maxScratchBytes        temporary-file space PDFBox may use for the document's stream buffers
 *                               (decrypted streams land there); 0 keeps everything in memory
 * @param maxMainMemoryBytes     heap PDFBox may use for those buffers before it moves to temporary files
 * @param maxDecodedStreamBytes  the most one stream may unpack to, and the most one image's pixels may
 *                               occupy; PDFBox unpacks streams on the heap, so this is what keeps a
 *                               decompression bomb from exhausting memory
 */
public record ReadLimits(long maxFileBytes, int maxPages, Duration timeLimit, long maxScratchBytes,
                         long maxMainMemoryBytes, long maxDecodedStreamBytes) {

    private static final long MB = 1024L * 1024L;
    /** PDFBox's scratch buffers grow by pages of 4 KB; a budget below one page means "unlimited" to it. */
    private static final long SMALLEST_BUFFER_BUDGET = 4096;

    public ReadLimits {
        Objects.requireNonNull(timeLimit, "time limit");
        if (maxFileBytes <= 0 || maxPages <= 0 || maxDecodedStreamBytes <= 0) {
            throw new IllegalArgumentException("file size, page count and decoded stream limits must be positive");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
        }
        if (maxScratchBytes < 0 || maxMainMemoryBytes < 0) {
            throw new IllegalArgumentException("buffer budgets cannot be negative");
        }
        if (maxScratchBytes + maxMainMemoryBytes < SMALLEST_BUFFER_BUDGET) {
            throw new IllegalArgumentException("memory and scratch budgets together must allow at least 4 KB");
        }
    }

    /** 50 MB, 500 pages, 30 s, 512 MB of scratch files, 32 MB of heap buffers, 256 MB per decoded stream. */
    public static ReadLimits defaults() {
        return new ReadLimits(50 * MB, 500, Duration.ofSeconds(30), 512 * MB, 32 * MB, 256 * MB);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxPages, timeLimit, maxScratchBytes, maxMainMemoryBytes, maxDecodedStreamBytes);
    }

    public ReadLimits withMaxPages(int pages) {
        return new ReadLimits(maxFileBytes, pages, timeLimit, maxScratchBytes, maxMainMemoryBytes, maxDecodedStreamBytes);
    }

    public ReadLimits withTimeLimit(Duration limit) {
        return new ReadLimits(maxFileBytes, maxPages, limit, maxScratchBytes, maxMainMemoryBytes, maxDecodedStreamBytes);
    }

    public ReadLimits withMaxScratchBytes(long bytes) {
        return new ReadLimits(maxFileBytes, maxPages, timeLimit, bytes, maxMainMemoryBytes, maxDecodedStreamBytes);
    }

    public ReadLimits withMaxMainMemoryBytes(long bytes) {
        return new ReadLimits(maxFileBytes, maxPages, timeLimit, maxScratchBytes, bytes, maxDecodedStreamBytes);
    }

    public ReadLimits withMaxDecodedStreamBytes(long bytes) {
        return new ReadLimits(maxFileBytes, maxPages, timeLimit, maxScratchBytes, maxMainMemoryBytes, bytes);
    }

    /**
     * How long to wait beyond the time limit for work that does not check its deadline before giving
     * up on it: a tenth of the limit, between 200 ms and 5 s.
     */
    Duration grace() {
        Duration tenth = timeLimit.dividedBy(10);
        Duration least = Duration.ofMillis(200);
        Duration most = Duration.ofSeconds(5);
        return tenth.compareTo(least) < 0 ? least : tenth.compareTo(most) > 0 ? most : tenth;
    }
}
