package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a stage's PDFBox call throws, {@link SafePdf#run} returns an error with the right code.
 * The throwables are the ones PDFBox 3.0.8 really throws on real-world files (TOOLCHAIN.md).
 */
class FailureClassificationTest {

    private static OpenedPdf pdf;

    @BeforeAll
    static void open() throws PdfReadException {
        pdf = SafePdf.open(TestPdfs.plain(1), PasswordCandidates.none(), ReadLimits.defaults());
    }

    @AfterAll
    static void close() {
        pdf.close();
    }

    static Stream<Arguments> whatPdfBoxThrows() {
        return Stream.of(
                Arguments.of(new IOException("Missing root object specification in trailer."), ErrorCode.DAMAGED),
                Arguments.of(new IllegalStateException("Possible recursion found when searching for page 2"), ErrorCode.DAMAGED),
                Arguments.of(new IOException("Missing descendant font dictionary"), ErrorCode.DAMAGED),
                Arguments.of(new NullPointerException(), ErrorCode.DAMAGED),
                Arguments.of(new ArrayIndexOutOfBoundsException(-1), ErrorCode.DAMAGED),
                Arguments.of(new StackOverflowError(), ErrorCode.DAMAGED),
                Arguments.of(new NoClassDefFoundError("org/bouncycastle/cms/CMSException"), ErrorCode.UNSUPPORTED_ENCRYPTION),
                Arguments.of(new IOException("No security handler for filter FOPN_foweb"), ErrorCode.UNSUPPORTED_ENCRYPTION),
                Arguments.of(new OutOfMemoryError("Java heap space"), ErrorCode.CONTENT_TOO_LARGE),
                Arguments.of(new IOException("wrapped", new OutOfMemoryError("Java heap space")), ErrorCode.CONTENT_TOO_LARGE));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("whatPdfBoxThrows")
    void turnsWhatPdfBoxThrowsIntoAnErrorWithTheRightCode(Throwable thrown, ErrorCode expected) {
        PdfReadException refusal = assertThrows(PdfReadException.class, () -> SafePdf.run(pdf, (document, deadline) -> {
            throw rethrowable(thrown);
        }));
        assertEquals(expected, refusal.code());
        assertSame(thrown, refusal.getCause(), "what PDFBox said is kept for the log");
        Expect.plainSentence(refusal.getMessage());
    }

    /** A spent buffer budget makes PDFBox fail in arbitrary ways; the budget is the reason to give. */
    @Test
    void blamesASpentBufferBudgetRatherThanWhateverPdfBoxThrewNext() {
        IOException pdfBoxSaid = new IOException("Page tree root must be a dictionary");
        PdfReadException refusal = Failures.classify(pdfBoxSaid, Deadline.in(Duration.ofMinutes(1)), ReadLimits.defaults(), true);
        assertEquals(ErrorCode.CONTENT_TOO_LARGE, refusal.code());
        assertSame(pdfBoxSaid, refusal.getCause());
        Expect.plainSentence(refusal.getMessage());
    }

    @Test
    void blamesTheDeadlineWhenItStoppedTheWorkWhateverElseWasThrown() {
        Deadline deadline = Deadline.in(Duration.ZERO);
        assertThrows(TimeLimitExceeded.class, deadline::check);
        PdfReadException refusal = Failures.classify(new IllegalStateException("half-parsed"), deadline, ReadLimits.defaults(),
                false);
        assertEquals(ErrorCode.TIME_LIMIT, refusal.code());
    }

    private static IOException rethrowable(Throwable thrown) {
        if (thrown instanceof IOException io) {
            return io;
        }
        if (thrown instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        throw (Error) thrown;
    }
}
