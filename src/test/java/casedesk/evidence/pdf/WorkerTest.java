package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** One long-lived worker per reader: reused piece after piece, replaced only when given up on. */
class WorkerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static Thread runOn() throws InterruptedException {
        Worker.Outcome<Thread> outcome = Worker.call(Thread::currentThread, PATIENCE, thread -> { });
        return (Thread) assertInstanceOf(Worker.Done.class, outcome).value();
    }

    @Test
    void aReadersWorkRunsOnOneWorkerPieceAfterPiece() throws Exception {
        Thread first = runOn();
        assertNotSame(Thread.currentThread(), first, "not on the caller");
        for (int i = 0; i < 20; i++) {
            assertSame(first, runOn(), "the same worker, not a new thread per piece");
        }
        AtomicReference<Thread> elsewhere = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                elsewhere.set(runOn());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();
        other.join();
        assertNotEquals(first, elsewhere.get(), "another reader has a worker of its own");
    }

    @Test
    void aWorkerGivenUpOnIsReplacedAndTheStuckOneLeftToFinish() throws Exception {
        Thread before = runOn();
        AtomicBoolean release = new AtomicBoolean();
        try {
            Worker.Outcome<String> stuck = Worker.call(() -> {
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                return "too late";
            }, Duration.ofMillis(200), value -> { });
            assertInstanceOf(Worker.Abandoned.class, stuck);
            Thread after = runOn();
            assertNotSame(before, after, "a new worker for the next piece");
            assertSame(after, runOn());
        } finally {
            release.set(true);
        }
        before.join(5_000);
        assertEquals(Thread.State.TERMINATED, before.getState(), "the abandoned worker ends once its work returns");
    }
}
