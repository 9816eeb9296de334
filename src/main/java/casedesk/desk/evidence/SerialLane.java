package casedesk.desk.evidence;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in the order given, on a shared executor. A viewer's work on its document
 * is ordered (open it, then render it; open the next one, then render that) and PDFBox cannot render
 * two pages of one document at once anyway, so one lane per viewer loses nothing and keeps a late task
 * from overtaking an earlier one on the executor's other thread.
 */
final class SerialLane implements Executor {

    private final Executor executor;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private Runnable active;

    SerialLane(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public synchronized void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        tasks.add(() -> {
            try {
                task.run();
            } finally {
                next();
            }
        });
        if (active == null) {
            next();
        }
    }

    private synchronized void next() {
        active = tasks.poll();
        if (active != null) {
            try {
                executor.execute(active);
            } catch (RejectedExecutionException shutDown) {
                // The desk is closing: nothing queued here is wanted any more.
                tasks.clear();
                active = null;
            }
        }
    }
}
