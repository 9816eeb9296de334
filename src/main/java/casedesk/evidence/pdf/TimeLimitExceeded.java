package casedesk.evidence.pdf;

import java.time.Duration;

/**
 * Thrown by {@link Deadline#check()} once a document's time budget is spent. Unchecked on purpose:
 * it has to travel up through PDFBox, which catches {@code IOException} in many places to repair
 * files and would swallow a checked one.
 */
public final class TimeLimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TimeLimitExceeded(Duration limit) {
        // No stack trace: it is thrown deliberately, from hot loops, and always caught by SafePdf.
        super("time limit of " + limit.toMillis() + " ms exceeded", null, false, false);
    }
}
