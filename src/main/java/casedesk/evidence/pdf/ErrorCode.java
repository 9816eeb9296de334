package casedesk.evidence.pdf;

/**
 * Why a PDF could not be read. The code is stable: the command line's JSON, the caseload and the
 * desk's translations key on it. The default sentence is for an officer; a {@link PdfReadException}
 * may carry a more precise one (with the file's size, the limit, the kind of file it really is).
 */
public enum ErrorCode {
    NOT_A_PDF("not-a-pdf", "The file is not a PDF."),
    DAMAGED("damaged-pdf", "The PDF is damaged and cannot be read."),
    PASSWORD_REQUIRED("password-required", "The PDF is protected by a password; ask the applicant for it."),
    WRONG_PASSWORD("wrong-password", "None of the passwords given opens the PDF."),
    UNSUPPORTED_ENCRYPTION("unsupported-encryption", "The PDF is protected in a way CaseDesk cannot open."),
    TOO_LARGE("too-large", "The file is larger than CaseDesk opens."),
    TOO_MANY_PAGES("too-many-pages", "The PDF has more pages than CaseDesk reads in one document."),
    /** A decompression bomb, an image declared absurdly large, or a document that exhausts its memory budget. */
    CONTENT_TOO_LARGE("content-too-large", "The PDF holds more data than CaseDesk can safely unpack."),
    TIME_LIMIT("time-limit", "Reading the PDF took longer than CaseDesk allows."),
    /** The thread waiting for the PDF was interrupted, e.g. the officer moved on to another case. */
    CANCELLED("cancelled", "Reading the PDF was stopped before it finished.");

    private final String code;
    private final String defaultMessage;

    ErrorCode(String code, String defaultMessage) {
        this.code = code;
        this.defaultMessage = defaultMessage;
    }

    /** The stable, machine-readable code, e.g. {@code "damaged-pdf"}. */
    public String code() {
        return code;
    }

    /** One plain sentence an officer understands. */
    public String defaultMessage() {
        return defaultMessage;
    }
}
