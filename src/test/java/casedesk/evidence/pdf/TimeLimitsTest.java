package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * The time limit holds whatever the content does: cooperatively, through the deadline checks in the
 * file reads and the content-stream operators, and as a last resort by giving up on the worker.
 */
class TimeLimitsTest {

    private static final ReadLimits LIMITS = ReadLimits.defaults().withMaxDecodedStreamBytes(64L * 1024 * 1024);

    @Test
    void stopsExtractingAPageOfTenMillionOperatorsAtTheDeadline() throws PdfReadException {
        ByteArrayOutputStream operators = new ByteArrayOutputStream();
        byte[] endPath = HandMadePdf.ascii("n\n".repeat(100_000));
        for (int i = 0; i < 100; i++) {
            operators.writeBytes(endPath);
        }
        HandMadePdf flood = new HandMadePdf();
        flood.add("<< /Type /Catalog /Pages 2 0 R >>");
        flood.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        flood.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>");
        flood.stream("/Filter /FlateDecode", Deflated.of(operators.toByteArray()));
        assertStoppedCooperatively(flood.bytes());
    }

    /**
     * PDFBox 3.0.8 has no guard against a form drawing itself, only a depth limit: past 50 nested
     * forms it logs "recursion is too deep" and skips. A form that draws itself once therefore ends
     * after 50 levels; one that draws itself twice makes 2^50 drawings, which only the deadline stops.
     */
    @Test
    void stopsAFormXObjectThatDrawsItselfTwice() throws PdfReadException {
        assertStoppedCooperatively(selfDrawing("/A Do /A Do"));
    }

    @Test
    void leavesAFormThatDrawsItselfOnceToPdfBoxsDepthLimit() throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(selfDrawing("/A Do"), PasswordCandidates.none(),
                LIMITS.withTimeLimit(Duration.ofSeconds(5)))) {
            String text = SafePdf.run(pdf, (document, deadline) -> new DeadlineTextStripper(deadline).getText(document));
            assertTrue(text.isBlank());
            assertFalse(pdf.deadline().expired(), "finished well within its time");
        }
    }

    private static byte[] selfDrawing(String formContent) {
        HandMadePdf loop = new HandMadePdf();
        loop.add("<< /Type /Catalog /Pages 2 0 R >>");
        loop.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        loop.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
                + "/Resources << /XObject << /A 5 0 R >> >> >>");
        loop.stream("", HandMadePdf.ascii("/A Do"));
        loop.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /A 5 0 R >> >>",
                HandMadePdf.ascii(formContent));
        return loop.bytes();
    }

    /**
     * The last resort: work that never checks its deadline is given up on after the limit and a
     * grace period, and the document with it, since the worker may still be inside.
     */
    @Test
    void givesUpOnWorkThatIgnoresItsDeadlineAndOnTheDocumentWithIt() throws PdfReadException {
        AtomicBoolean release = new AtomicBoolean();
        ReadLimits limits = LIMITS.withTimeLimit(Duration.ofMillis(300));
        try (OpenedPdf pdf = SafePdf.open(TestPdfs.plain(1), PasswordCandidates.none(), limits)) {
            long start = System.nanoTime();
            PdfReadException refusal = assertThrows(PdfReadException.class, () -> SafePdf.run(pdf, (document, deadline) -> {
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                return "too late";
            }));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(ErrorCode.TIME_LIMIT, refusal.code());
            Expect.plainSentence(refusal.getMessage());
            assertTrue(took.compareTo(limits.timeLimit()) >= 0, "waited for the limit: " + took);
            assertTrue(took.compareTo(limits.timeLimit().plus(limits.grace()).plus(Duration.ofSeconds(1))) < 0, "took " + took);
            assertTrue(pdf.abandoned());
            assertTrue(SafePdf.abandonedWorkersStillRunning() >= 1, "the spinning worker is counted");
            assertThrows(IllegalStateException.class, pdf::document);
            AtomicBoolean ran = new AtomicBoolean();
            assertEquals(ErrorCode.TIME_LIMIT, assertThrows(PdfReadException.class,
                    () -> SafePdf.run(pdf, (document, deadline) -> ran.getAndSet(true))).code());
            assertFalse(ran.get(), "nothing more runs on a document given up on");
        } finally {
            release.set(true);
        }
    }

    @Test
    void reportsCancellationWhenTheWaitingThreadIsInterrupted() throws PdfReadException {
        AtomicBoolean release = new AtomicBoolean();
        try (OpenedPdf pdf = SafePdf.open(TestPdfs.plain(1), PasswordCandidates.none(), LIMITS)) {
            Thread.currentThread().interrupt();
            PdfReadException refusal = assertThrows(PdfReadException.class, () -> SafePdf.run(pdf, (document, deadline) -> {
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                return null;
            }));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
            assertEquals(ErrorCode.CANCELLED, refusal.code());
            Expect.plainSentence(refusal.getMessage());
            assertTrue(pdf.deadline().expired(), "the straggling work is told to stop");
        } finally {
            release.set(true);
        }
    }

    @Test
    void reportsTheTimeLimitEvenWhenTheWorkSwallowedTheDeadlineAndCarriedOn() throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(TestPdfs.plain(1), PasswordCandidates.none(), LIMITS.withTimeLimit(Duration.ofMillis(300)))) {
            PdfReadException refusal = assertThrows(PdfReadException.class, () -> SafePdf.run(pdf, (document, deadline) -> {
                while (true) {
                    try {
                        deadline.check();
                    } catch (TimeLimitExceeded swallowed) {
                        return "half a result";
                    }
                }
            }));
            assertEquals(ErrorCode.TIME_LIMIT, refusal.code());
        }
    }

    @Test
    void runsPdfBoxOnDaemonThreadsSoThatAStragglerNeverKeepsTheApplicationAlive() throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(TestPdfs.plain(1), PasswordCandidates.none(), LIMITS)) {
            Thread worker = SafePdf.run(pdf, (document, deadline) -> Thread.currentThread());
            assertTrue(worker.isDaemon());
            assertFalse(worker.isVirtual(), "a virtual thread stuck in PDFBox would pin a carrier thread");
            assertTrue(worker != Thread.currentThread());
        }
    }

    @Test
    void aDeadlineExpiresAndThenAlwaysThrows() {
        Deadline deadline = Deadline.in(Duration.ZERO);
        assertTrue(deadline.expired());
        assertEquals(Duration.ZERO, deadline.remaining());
        assertThrows(TimeLimitExceeded.class, deadline::check);
        assertThrows(TimeLimitExceeded.class, deadline::check);
        assertTrue(deadline.tripped());

        Deadline later = Deadline.in(Duration.ofMinutes(1));
        later.check();
        assertFalse(later.expired());
        assertFalse(later.tripped());
        later.stop();
        assertThrows(TimeLimitExceeded.class, later::check);
    }

    /**
     * The content's own loop stops itself at its deadline. Run on this thread, with a deadline of its
     * own: no wait for a worker, and no grace period that a loaded machine could overrun, stands
     * between the check and the result, so the test says the same on a busy machine as on a quiet one.
     */
    private static void assertStoppedCooperatively(byte[] file) throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(file, PasswordCandidates.none(), LIMITS)) {
            Deadline deadline = Deadline.in(Duration.ofMillis(50));
            assertThrows(TimeLimitExceeded.class, () -> new DeadlineTextStripper(deadline).getText(pdf.document()));
            assertTrue(deadline.tripped(), "stopped by its own deadline check");
        }
    }

    /** Work that checks its deadline ends, through SafePdf, as a time-limit refusal, the document kept. */
    @Test
    void workThatChecksItsDeadlineEndsAsATimeLimitRefusalAndKeepsTheDocument() throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(TestPdfs.plain(1), PasswordCandidates.none(),
                LIMITS.withTimeLimit(Duration.ofSeconds(1)))) {
            PdfReadException refusal = assertThrows(PdfReadException.class, () -> SafePdf.run(pdf, (document, deadline) -> {
                while (true) {
                    deadline.check();
                    Thread.onSpinWait();
                }
            }));
            assertEquals(ErrorCode.TIME_LIMIT, refusal.code(), () -> "cause: " + refusal.getCause());
            Expect.plainSentence(refusal.getMessage());
            assertInstanceOf(TimeLimitExceeded.class, refusal.getCause(), "stopped by the deadline check, not given up on");
            assertFalse(pdf.abandoned());
        }
    }
}
