package casedesk.cli;

/** Input a command cannot use. Reported in one line; the command exits with {@link Cli#BAD_INPUT}. */
public final class BadInput extends RuntimeException {

    public BadInput(String message) {
        super(message);
    }
}
