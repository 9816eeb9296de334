package casedesk.desk.evidence;

import casedesk.evidence.pdf.PasswordCandidates;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A document the viewer can show.
 *
 * @param id        the caseload's document id; the renderer's cache and the open document are keyed on it
 * @param fileName  for the officer, as imported
 * @param pages     the page count known from the import; the opened file's own count replaces it
 * @param bytes     the PDF's bytes, fetched when the document is opened: always called off the JavaFX
 *                  thread, and again if the document must be reopened
 * @param passwords what to try if the file is protected
 */
public record ViewedDocument(long id, String fileName, int pages, Supplier<byte[]> bytes, PasswordCandidates passwords) {

    public ViewedDocument {
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(passwords, "passwords");
        if (pages < 0) {
            throw new IllegalArgumentException("a document cannot have " + pages + " pages");
        }
    }

    @Override
    public String toString() {
        return "ViewedDocument[" + id + ", " + fileName + ", " + pages + " pages]";
    }
}
