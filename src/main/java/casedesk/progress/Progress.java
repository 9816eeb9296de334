package casedesk.progress;

/**
 * How long work tells whoever waits for it how far it has got. The desk turns it into a progress
 * bar, the command line into a line on standard error; the work itself knows neither.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, message) -> { };

    /** {@code done} of {@code total} steps are finished; {@code message} says what is being done. */
    void report(long done, long total, String message);
}
