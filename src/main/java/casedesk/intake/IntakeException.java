package casedesk.intake;

/** An intake that cannot be read at all (a missing folder, a broken or oversized zip); nothing was stored. */
public final class IntakeException extends Exception {

    public IntakeException(String message) {
        super(message);
    }

    public IntakeException(String message, Throwable cause) {
        super(message, cause);
    }
}
