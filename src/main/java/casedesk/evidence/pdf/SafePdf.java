package casedesk.evidence.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens an applicant's PDF, whatever it turns out to be, and runs the later stages' work on it.
 * Nothing here lets a file crash its caller: every failure ends as a {@link PdfReadException} with a
 * stable code and a sentence an officer understands, within the time limit, with memory bounded.
 *
 * <p>How, in the order a file meets it:
 * <ol>
 * <li>the size and the first bytes are checked before PDFBox sees anything ({@code FileSignature});</li>
 * <li>the raw bytes are searched for deflated streams that unpack past the limit ({@code UnpackedSize});</li>
 * <li>PDFBox loads the file on a worker thread, reading it through a source that checks the deadline
 *     ({@code GuardedSource}) and buffering streams in a bounded heap-then-scratch-file cache
 *     ({@code BudgetedStreamCache}); each password candidate is tried in turn;</li>
 * <li>the page tree is walked and counted ({@code PageTree}), every stream and image measured;</li>
 * <li>whatever PDFBox throws, {@code Error}s included, is classified ({@code Failures}); a worker
 *     that overruns the limit and a grace period is abandoned ({@code Worker}).</li>
 * </ol>
 */
public final class SafePdf {

    private SafePdf() {
    }

    /**
     * Opens {@code bytes} as a PDF. The bytes are read, never copied nor changed; they must not change
     * while the document is open.
     */
    public static OpenedPdf open(byte[] bytes, PasswordCandidates passwords, ReadLimits limits) throws PdfReadException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(passwords, "passwords");
        Objects.requireNonNull(limits, "limits");
        if (bytes.length > limits.maxFileBytes()) {
            throw new PdfReadException(ErrorCode.TOO_LARGE, "The file is " + Describe.bytes(bytes.length)
                    + ", more than the " + Describe.bytes(limits.maxFileBytes()) + " CaseDesk opens.");
        }
        FileSignature.requirePdf(bytes);
        Deadline deadline = Deadline.in(limits.timeLimit());
        BudgetedStreamCache.Budget budget = new BudgetedStreamCache.Budget();
        Worker.Outcome<OpenedPdf> outcome = onWorker(() -> load(bytes, passwords, limits, deadline, budget),
                deadline, limits, OpenedPdf::close);
        return switch (outcome) {
            case Worker.Done<OpenedPdf>(OpenedPdf pdf) -> pdf;
            case Worker.Failed<OpenedPdf>(Throwable failure) ->
                    throw Failures.classify(failure, deadline, limits, budget.exhausted());
            case Worker.Abandoned<OpenedPdf>() -> throw Failures.timeLimit(limits, null);
        };
    }

    /**
     * Runs a stage's work on an opened document within what is left of its time budget. Whatever
     * PDFBox throws ({@code IOException}, an {@code IllegalStateException} such as "Possible recursion
     * found", a {@code StackOverflowError}, a {@code NoClassDefFoundError}, an {@code OutOfMemoryError})
     * becomes a {@link PdfReadException} with the right code. Work that overruns the budget and a
     * grace period is abandoned, and the document with it (see {@link OpenedPdf}).
     */
    public static <T> T run(OpenedPdf pdf, PdfWork<T> work) throws PdfReadException {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(work, "work");
        if (pdf.closed()) {
            throw new IllegalStateException("the document is closed");
        }
        ReadLimits limits = pdf.limits();
        Deadline deadline = pdf.deadline();
        if (pdf.abandoned() || deadline.expired()) {
            throw Failures.timeLimit(limits, null);
        }
        PDDocument document = pdf.document();
        Worker.Outcome<T> outcome = onWorker(() -> {
            T result = work.apply(document, deadline);
            requireWithinLimits(pdf.budgetExhausted(), deadline, limits);
            return result;
        }, deadline, limits, abandonedResult -> { });
        return switch (outcome) {
            case Worker.Done<T>(T result) -> result;
            case Worker.Failed<T>(Throwable failure) ->
                    throw Failures.classify(failure, deadline, limits, pdf.budgetExhausted());
            case Worker.Abandoned<T>() -> {
                pdf.abandon();
                throw Failures.timeLimit(limits, null);
            }
        };
    }

    /**
     * How many workers were given up on (time limit or cancellation) and are still running inside
     * PDFBox: for the log and for IT staff. More than a few means a file keeps PDFBox busy in a way
     * the deadline checks do not reach.
     */
    public static int abandonedWorkersStillRunning() {
        return Worker.stragglers();
    }

    private static <T> Worker.Outcome<T> onWorker(Worker.Task<T> task, Deadline deadline, ReadLimits limits,
                                                  Consumer<? super T> discard) throws PdfReadException {
        try {
            return Worker.call(task, deadline.remaining().plus(limits.grace()), discard);
        } catch (InterruptedException e) {
            deadline.stop();
            Thread.currentThread().interrupt();
            throw new PdfReadException(ErrorCode.CANCELLED, ErrorCode.CANCELLED.defaultMessage(), e);
        }
    }

    /** On the worker: everything between the bytes and a checked, opened document. */
    private static OpenedPdf load(byte[] bytes, PasswordCandidates passwords, ReadLimits limits, Deadline deadline,
                                  BudgetedStreamCache.Budget budget) throws IOException, PdfReadException {
        UnpackedSize.checkRawStreams(bytes, limits.maxDecodedStreamBytes(), deadline);
        List<String> candidates = passwords.inOrder();
        for (String password : candidates) {
            Optional<PDDocument> loaded = tryPassword(bytes, password, limits, deadline, budget);
            if (loaded.isPresent()) {
                return checked(loaded.get(), password, limits, deadline, budget);
            }
        }
        throw passwordFailure(passwords);
    }

    private static Optional<PDDocument> tryPassword(byte[] bytes, String password, ReadLimits limits, Deadline deadline,
                                                    BudgetedStreamCache.Budget budget) throws IOException {
        GuardedSource source = new GuardedSource(bytes, deadline);
        try {
            return Optional.of(Loader.loadPDF(source, password, null, null,
                    BudgetedStreamCache.factory(limits, budget)));
        } catch (InvalidPasswordException wrong) {
            IOUtils.closeQuietly(source);
            return Optional.empty();
        } catch (IOException | RuntimeException | Error e) {
            IOUtils.closeQuietly(source);
            throw e;
        }
    }

    private static OpenedPdf checked(PDDocument document, String password, ReadLimits limits, Deadline deadline,
                                     BudgetedStreamCache.Budget budget) throws PdfReadException {
        try {
            int pages = PageTree.checkedPageCount(document, limits.maxPages(), deadline);
            UnpackedSize.checkStreams(document.getDocument(), limits.maxDecodedStreamBytes(), deadline);
            requireWithinLimits(budget.exhausted(), deadline, limits);
            Optional<String> used = document.isEncrypted() ? Optional.of(password) : Optional.empty();
            return new OpenedPdf(document, pages, used, deadline, limits, budget);
        } catch (PdfReadException | RuntimeException | Error e) {
            IOUtils.closeQuietly(document);
            throw e;
        }
    }

    /**
     * After work that returned normally: PDFBox swallows some failures (a spent buffer budget drops the
     * stream being decrypted; a caught time-limit leaves work half done), and their results are
     * incomplete.
     */
    private static void requireWithinLimits(boolean budgetExhausted, Deadline deadline, ReadLimits limits)
            throws PdfReadException {
        if (budgetExhausted) {
            throw Failures.budgetExhausted(limits, null);
        }
        if (deadline.tripped()) {
            throw Failures.timeLimit(limits, null);
        }
    }

    private static PdfReadException passwordFailure(PasswordCandidates passwords) {
        if (passwords.anyGiven()) {
            return new PdfReadException(ErrorCode.WRONG_PASSWORD);
        }
        if (passwords.conventionPassword().isPresent()) {
            return new PdfReadException(ErrorCode.PASSWORD_REQUIRED, "The PDF is protected by a password that is not the "
                    + "last six characters of the applicant's ID number; ask the applicant for it.");
        }
        return new PdfReadException(ErrorCode.PASSWORD_REQUIRED);
    }
}
