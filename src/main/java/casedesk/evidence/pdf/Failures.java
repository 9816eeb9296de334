package casedesk.evidence.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Turns whatever PDFBox threw into a {@link PdfReadException}. PDFBox has few exception types of its
 * own: much of what it means lives in the class of an {@code Error} or in a message, so those are
 * read here, in one place, and the tests pin every one of them against PDFBox 3.0.8's actual
 * behaviour (a PDFBox upgrade that rewords a message fails a test, not an officer).
 */
final class Failures {

    private static final int MOST_CAUSES = 16;

    private Failures() {
    }

    /**
     * @param limits          the limits in force, for the numbers in messages
     * @param budgetExhausted whether the document's buffers ran out: PDFBox then fails in all sorts of
     *                        ways, none of which is the real reason
     */
    static PdfReadException classify(Throwable failure, Deadline deadline, ReadLimits limits, boolean budgetExhausted) {
        if (failure instanceof PdfReadException known) {
            return known;
        }
        if (budgetExhausted) {
            return budgetExhausted(limits, failure);
        }
        if (deadline.tripped() || causedBy(failure, TimeLimitExceeded.class)) {
            return timeLimit(limits, failure);
        }
        if (causedBy(failure, OutOfMemoryError.class)) {
            return new PdfReadException(ErrorCode.CONTENT_TOO_LARGE,
                    "The PDF needs more memory than CaseDesk can give one document.", failure);
        }
        if (certificateEncryption(failure)) {
            return new PdfReadException(ErrorCode.UNSUPPORTED_ENCRYPTION,
                    "The PDF is locked to a digital certificate rather than a password, which CaseDesk cannot open.", failure);
        }
        if (unsupportedEncryption(failure)) {
            return new PdfReadException(ErrorCode.UNSUPPORTED_ENCRYPTION, ErrorCode.UNSUPPORTED_ENCRYPTION.defaultMessage(),
                    failure);
        }
        if (causedBy(failure, InvalidPasswordException.class)) {
            return new PdfReadException(ErrorCode.WRONG_PASSWORD, ErrorCode.WRONG_PASSWORD.defaultMessage(), failure);
        }
        if (causedBy(failure, StackOverflowError.class)) {
            return new PdfReadException(ErrorCode.DAMAGED, "The PDF is nested too deeply to be read.", failure);
        }
        if (mentions(failure, "recursion")) {
            return new PdfReadException(ErrorCode.DAMAGED, "The PDF's structure loops back on itself, so it cannot be read.",
                    failure);
        }
        return new PdfReadException(ErrorCode.DAMAGED, ErrorCode.DAMAGED.defaultMessage(), failure);
    }

    static PdfReadException timeLimit(ReadLimits limits, Throwable cause) {
        return new PdfReadException(ErrorCode.TIME_LIMIT, "Reading the PDF took longer than its limit of "
                + Describe.duration(limits.timeLimit()) + ".", cause);
    }

    static PdfReadException budgetExhausted(ReadLimits limits, Throwable cause) {
        return new PdfReadException(ErrorCode.CONTENT_TOO_LARGE, "The PDF needs more than the "
                + Describe.bytes(limits.maxMainMemoryBytes() + limits.maxScratchBytes())
                + " of working space CaseDesk gives one document.", cause);
    }

    /**
     * Certificate (public-key) encryption: without Bouncy Castle on the class path PDFBox's handler
     * cannot even be loaded, and the JVM throws a {@code NoClassDefFoundError}; with it, PDFBox asks
     * for a key store CaseDesk does not have.
     */
    private static boolean certificateEncryption(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if ((t instanceof LinkageError || t instanceof ClassNotFoundException)
                    && String.valueOf(t.getMessage()).contains("bouncycastle")) {
                return true;
            }
        }
        return mentions(failure, "decryption material is not compatible");
    }

    /** A security handler PDFBox does not know (vendor DRM) or an encryption revision it does not. */
    private static boolean unsupportedEncryption(Throwable failure) {
        return mentions(failure, "no security handler for filter")
                || mentions(failure, "unknown encryption revision")
                || mentions(failure, "while creating security handler");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t : chain(failure)) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable failure, String words) {
        for (Throwable t : chain(failure)) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** The failure and its causes, bounded: a chain of causes can loop. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < MOST_CAUSES; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
