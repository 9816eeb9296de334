package casedesk.evidence.pdf;

import java.util.Objects;

/**
 * A PDF that could not be read, with a stable {@link #code()} and, as its message, one plain sentence
 * for an officer: never a class name, never a stack trace. What PDFBox actually said stays in
 * {@link #getCause()}, for the log and for {@code --debug}.
 */
public final class PdfReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public PdfReadException(ErrorCode code) {
        this(code, code.defaultMessage(), null);
    }

    public PdfReadException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public PdfReadException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
