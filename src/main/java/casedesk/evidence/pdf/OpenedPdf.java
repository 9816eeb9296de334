package casedesk.evidence.pdf;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF that {@link SafePdf#open} read successfully: its pages were counted (and the page tree found
 * sound), its streams measured, its password found. Use the document through {@link SafePdf#run},
 * which keeps the time limit and turns PDFBox's failures into {@link PdfReadException}s.
 *
 * <p>After a time-limit error the document is given up: a worker may still be inside it, and PDFBox
 * is not thread-safe, so {@link #document()} refuses to hand it out and every further run fails at
 * once. Closing it is still right (and makes the straggling worker fail at its next read).
 */
public final class OpenedPdf implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OpenedPdf.class.getName());

    private final PDDocument document;
    private final int pages;
    private final Optional<String> passwordUsed;
    private final boolean encrypted;
    private final Deadline deadline;
    private final ReadLimits limits;
    private final BudgetedStreamCache.Budget budget;
    private volatile boolean abandoned;
    private volatile boolean closed;

    OpenedPdf(PDDocument document, int pages, Optional<String> passwordUsed, Deadline deadline, ReadLimits limits,
              BudgetedStreamCache.Budget budget) {
        this.document = document;
        this.pages = pages;
        this.passwordUsed = passwordUsed;
        this.encrypted = document.isEncrypted();
        this.deadline = deadline;
        this.limits = limits;
        this.budget = budget;
    }

    /**
     * The PDFBox document. Prefer {@link SafePdf#run}: used directly, nothing guards the caller from
     * what PDFBox throws.
     *
     * @throws IllegalStateException once closed, or given up after a time-limit error
     */
    public PDDocument document() {
        if (closed) {
            throw new IllegalStateException("the document is closed");
        }
        if (abandoned) {
            throw new IllegalStateException("the document was given up after it overran its time limit");
        }
        return document;
    }

    /** The pages found by walking the page tree; {@code document().getNumberOfPages()} agrees. */
    public int pages() {
        return pages;
    }

    /**
     * The password that opened it, for the record: empty when the file is not encrypted, {@code ""}
     * when it opened with the empty user password (it may still carry an owner password).
     */
    public Optional<String> passwordUsed() {
        return passwordUsed;
    }

    /** Whether the file is encrypted; normal for bank statements, and no sign of anything by itself. */
    public boolean encrypted() {
        return encrypted;
    }

    /** The document's time budget, started when it was opened; later stages check it in their loops. */
    public Deadline deadline() {
        return deadline;
    }

    ReadLimits limits() {
        return limits;
    }

    boolean budgetExhausted() {
        return budget.exhausted();
    }

    boolean abandoned() {
        return abandoned;
    }

    void abandon() {
        abandoned = true;
        deadline.stop();
    }

    boolean closed() {
        return closed;
    }

    /** Closes the document; idempotent, and quiet: there is nothing a caller could do about a failed close. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            document.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing a PDF failed", e);
        }
    }

    @Override
    public String toString() {
        return "OpenedPdf[" + pages + " pages, " + (encrypted() ? "encrypted" : "not encrypted") + "]";
    }
}
