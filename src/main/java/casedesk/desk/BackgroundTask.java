package casedesk.desk;

import casedesk.progress.Progress;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;

/**
 * The one way the desk runs work off the JavaFX thread: database queries, PDF reading, demo
 * building. The work runs on the executor; the callbacks run on the JavaFX thread.
 *
 * <pre>{@code
 * BackgroundTask.wrap(() -> caseload.cases().queue(query))
 *         .onSuccess(rows::setAll)
 *         .onFailure(this::showProblem)
 *         .executeWith(executor);
 * }</pre>
 */
public final class BackgroundTask<T> {

    /** Work that returns a value and may throw. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    private final Function<Progress, T> work;
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Function<Progress, T> work) {
        this.work = work;
    }

    /** Work that reports its progress as it goes, and may throw. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        Objects.requireNonNull(work, "work");
        return withProgress(progress -> work.call());
    }

    /**
     * Work that reports its progress; the returned task's progress and message properties follow it.
     * A checked exception it throws reaches {@link #onFailure} as it was thrown.
     */
    public static <T> BackgroundTask<T> withProgress(ProgressWork<T> work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(progress -> {
            try {
                return work.call(progress);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new WrappedFailure(e);
            }
        });
    }

    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = action;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    /** Runs after success or failure, e.g. to hide a progress indicator. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    public Task<T> executeWith(Executor executor) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.apply((done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage(message);
                });
            }
        };
        task.setOnRunning(event -> onRunning.run());
        task.setOnSucceeded(event -> {
            onSuccess.accept(task.getValue());
            onFinished.run();
        });
        task.setOnFailed(event -> {
            Throwable failure = task.getException();
            onFailure.accept(failure instanceof WrappedFailure wrapped ? wrapped.getCause() : failure);
            onFinished.run();
        });
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The desk is closing and its executor with it: work asked for now has nobody to show it to.
            task.cancel();
        }
        return task;
    }

    private static final class WrappedFailure extends RuntimeException {
        WrappedFailure(Exception cause) {
            super(cause);
        }
    }
}
