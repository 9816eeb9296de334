package casedesk.cli;

import casedesk.progress.Progress;
import java.io.PrintWriter;

/** Progress for a person at a terminal: a line on standard error every few seconds, never on stdout. */
final class TerminalProgress implements Progress {

    private static final long INTERVAL_NANOS = 3_000_000_000L;

    private final PrintWriter err;
    private long lastReport = System.nanoTime();

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void report(long done, long total, String message) {
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS && done < total) {
            lastReport = now;
            err.printf("%s %d/%d (%d%%)%n", message, done, total, total == 0 ? 100 : done * 100 / total);
            err.flush();
        }
    }
}
