package casedesk.evidence.pdf;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs PDFBox work on a thread of its own, so that the caller can stop waiting for it.
 *
 * <p>Each calling thread (a reader) has one long-lived worker, which runs its work one piece after
 * another: opening a document and every stage run on it. Starting a thread for every piece cost
 * more, under load, than the extraction itself. The worker is replaced only when it is given up on,
 * and ends by itself after a while without work (a reader that is done leaves no idle thread).
 *
 * <p>Java cannot stop a thread ({@code Thread.stop} is gone) and PDFBox ignores interrupts, so a
 * worker that overruns its time is <em>abandoned</em>: the caller gets its answer and the worker is
 * left to finish on its own. That is acceptable because it rarely happens (the deadline is checked
 * cooperatively on every read of the file and every content-stream operator, so only a loop inside
 * PDFBox that neither reads nor draws can overrun), because the worker is a daemon thread (it never
 * keeps the application from exiting), and because whatever it produces is discarded (a document it
 * opened is closed). Abandoned workers are counted and logged for IT staff. Running PDFBox in a
 * separate process would be the only way to really kill it, at the price of a JVM per document and
 * no {@code PDDocument} to hand to the later stages.
 *
 * <p>Platform threads, not virtual ones: a virtual thread spinning in PDFBox would pin one of the few
 * carrier threads for as long as it runs.
 */
final class Worker {

    private static final Logger LOG = Logger.getLogger(Worker.class.getName());
    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final AtomicInteger STRAGGLERS = new AtomicInteger();
    /** How long a worker waits for its reader's next piece of work before it ends. */
    private static final long IDLE_SECONDS = 30;
    private static final ThreadLocal<Lane> LANES = new ThreadLocal<>();

    /** What became of the work. */
    sealed interface Outcome<T> {
    }

    record Done<T>(T value) implements Outcome<T> {
    }

    record Failed<T>(Throwable failure) implements Outcome<T> {
    }

    /** It ran past its time and was left behind. */
    record Abandoned<T>() implements Outcome<T> {
    }

    @FunctionalInterface
    interface Task<T> {
        T call() throws Exception;
    }

    private Worker() {
    }

    /**
     * Runs {@code task} and waits at most {@code patience} for it.
     *
     * @param discard what to do with a result nobody is waiting for any more (close it)
     * @throws InterruptedException when the caller is interrupted while it waits; the worker is then
     *                              abandoned like one that overran
     */
    static <T> Outcome<T> call(Task<T> task, Duration patience, Consumer<? super T> discard) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable job = () -> {
            try {
                work(task, result, discard);
            } catch (Throwable failure) {
                // Only reached if even the catch in work() failed, e.g. a second OutOfMemoryError: the
                // caller gets the failure rather than waiting out its patience.
                result.completeExceptionally(failure);
            }
        };
        Lane lane = LANES.get();
        if (lane == null || !lane.offer(job)) {
            lane = new Lane();
            LANES.set(lane);
            lane.offer(job);
        }
        try {
            return new Done<>(result.get(patience.toNanos(), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            return new Failed<>(e.getCause());
        } catch (TimeoutException e) {
            if (abandon(result, lane)) {
                return new Abandoned<>();
            }
            return settled(result);
        } catch (InterruptedException e) {
            if (!abandon(result, lane) && !result.isCompletedExceptionally()) {
                discardQuietly(discard, result.join());
            }
            throw e;
        }
    }

    /** One reader's worker: a daemon thread that runs the reader's work one piece after another. */
    private static final class Lane {
        private static final Runnable STOP = () -> { };

        private final java.util.concurrent.LinkedBlockingQueue<Runnable> work = new java.util.concurrent.LinkedBlockingQueue<>();
        private final Thread thread;
        private boolean open = true; // guarded by this

        Lane() {
            thread = Thread.ofPlatform().daemon(true).name("casedesk-pdf-" + NUMBER.incrementAndGet()).unstarted(this::run);
            thread.start();
        }

        /** Hands it a piece of work; false once it has ended or was given up on. */
        synchronized boolean offer(Runnable job) {
            if (!open) {
                return false;
            }
            work.add(job);
            return true;
        }

        /** Takes no more work: its thread ends when the piece it runs returns, if ever. */
        synchronized void close() {
            open = false;
            work.add(STOP);
        }

        private void run() {
            try {
                while (true) {
                    Runnable job = work.poll(IDLE_SECONDS, TimeUnit.SECONDS);
                    if (job == null) {
                        synchronized (this) {
                            if (work.isEmpty()) {
                                open = false;
                                return;
                            }
                        }
                        continue;
                    }
                    if (job == STOP) {
                        return;
                    }
                    try {
                        job.run();
                    } catch (Throwable failure) {
                        LOG.log(Level.WARNING, "PDF work failed outside its own handling", failure);
                    }
                }
            } catch (InterruptedException e) {
                // nobody interrupts a worker; end as if idle
            } finally {
                synchronized (this) {
                    open = false;
                }
            }
        }
    }

    /** How many abandoned workers are still running. */
    static int stragglers() {
        return STRAGGLERS.get();
    }

    private static <T> void work(Task<T> task, CompletableFuture<T> result, Consumer<? super T> discard) {
        try {
            T value = task.call();
            if (!result.complete(value)) {
                discardQuietly(discard, value);
            }
        } catch (Throwable failure) {
            // Everything, Errors included: an OutOfMemoryError or StackOverflowError here belongs to
            // this document alone, and its stack is unwound by now.
            result.completeExceptionally(failure);
        } finally {
            if (result.isCancelled()) {
                int left = STRAGGLERS.decrementAndGet();
                LOG.info(() -> Thread.currentThread().getName() + " finished after it was abandoned; " + left + " still running");
            }
        }
    }

    /**
     * Gives up on the worker unless it finished meanwhile; true if it was abandoned. The reader's next
     * work then gets a new worker: this one may stay inside PDFBox for as long as it likes.
     */
    private static boolean abandon(CompletableFuture<?> result, Lane lane) {
        Thread worker = lane.thread;
        STRAGGLERS.incrementAndGet(); // before the cancel, so the worker's decrement never comes first
        if (result.cancel(false)) {
            lane.close();
            if (LANES.get() == lane) {
                LANES.remove();
            }
            LOG.warning(() -> worker.getName() + " was abandoned before it finished; it runs on as a daemon until PDFBox "
                    + "returns (" + STRAGGLERS.get() + " abandoned and running)");
            return true;
        }
        STRAGGLERS.decrementAndGet();
        return false;
    }

    private static <T> Outcome<T> settled(CompletableFuture<T> result) {
        try {
            return new Done<>(result.join());
        } catch (RuntimeException e) {
            return new Failed<>(e.getCause() != null ? e.getCause() : e);
        }
    }

    private static <T> void discardQuietly(Consumer<? super T> discard, T value) {
        try {
            discard.accept(value);
        } catch (Throwable e) {
            LOG.log(Level.FINE, "discarding an abandoned result failed", e);
        }
    }
}
