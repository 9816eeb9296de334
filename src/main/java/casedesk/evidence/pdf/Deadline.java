package casedesk.evidence.pdf;

import java.time.Duration;
import java.util.Objects;

/**
 * A cooperative time limit. PDFBox never looks at the clock nor at thread interrupts, so the loops
 * that can run away call {@link #check()}: reading the file's bytes does (see {@code GuardedSource}),
 * and so must every stage's page loop and every {@code PDFStreamEngine.processOperator} override (see
 * {@link DeadlineTextStripper}). A check costs one {@link System#nanoTime()}.
 *
 * <p>Once it has thrown, a deadline stays expired and remembers that it stopped someone: work that
 * caught the {@link TimeLimitExceeded} and carried on still ends as a time-limit error in
 * {@link SafePdf}, because what it produced is incomplete.
 */
public final class Deadline {

    private final Duration limit;
    private final long endNanos;
    private volatile boolean stopped;
    private volatile boolean tripped;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    /** A deadline {@code limit} from now. */
    public static Deadline in(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a deadline cannot be in the past: " + limit);
        }
        return new Deadline(limit);
    }

    /** Throws {@link TimeLimitExceeded} once the time is up or the work was given up on. */
    public void check() {
        if (expired()) {
            tripped = true;
            throw new TimeLimitExceeded(limit);
        }
    }

    public boolean expired() {
        return stopped || System.nanoTime() - endNanos >= 0;
    }

    /** Time left, zero once expired. */
    public Duration remaining() {
        if (stopped) {
            return Duration.ZERO;
        }
        long left = endNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** The budget this deadline was set with. */
    public Duration limit() {
        return limit;
    }

    /** Expires it now: the waiting side gave up, and a straggling worker should stop at its next check. */
    void stop() {
        stopped = true;
    }

    /** Whether a {@link #check()} has thrown. */
    boolean tripped() {
        return tripped;
    }
}
