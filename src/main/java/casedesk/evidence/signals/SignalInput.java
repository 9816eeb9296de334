package casedesk.evidence.signals;

import casedesk.evidence.Reading;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the tamper checks look at: the file's bytes (for its revisions), the opened document (for its
 * metadata and catalogue) and what was read from it (for its text layer, figures and rows).
 *
 * @param password the password the document was opened with ("" for none): an earlier revision of
 *                 an encrypted file is opened with it to see what a later save changed
 */
public record SignalInput(byte[] bytes, PDDocument document, Reading reading, String password) {

    public SignalInput {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(reading, "reading");
        password = password == null ? "" : password;
    }

    /** A document opened without a password. */
    public SignalInput(byte[] bytes, PDDocument document, Reading reading) {
        this(bytes, document, reading, "");
    }
}
