package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;

/** Assertions the reader's tests share. */
final class Expect {

    /** Slack for the JVM and the machine, on top of the time limit and its grace. */
    private static final Duration SLACK = Duration.ofSeconds(1);
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.|[A-Z][a-z]+[A-Z][A-Za-z]*(Exception|Error)");
    /** A sentence ends at . ! or ? followed by a space or the end; "63.2 MB" does not end one. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private Expect() {
    }

    /** Opening fails with {@code code}, in time, with a message an officer can read. */
    static PdfReadException refusal(ErrorCode code, byte[] pdf, PasswordCandidates passwords, ReadLimits limits) {
        long start = System.nanoTime();
        PdfReadException refusal = assertThrows(PdfReadException.class, () -> SafePdf.open(pdf, passwords, limits).close());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(code, refusal.code(), () -> "message: " + refusal.getMessage() + ", cause: " + refusal.getCause());
        plainSentence(refusal.getMessage());
        assertTrue(took.compareTo(limits.timeLimit().plus(limits.grace()).plus(SLACK)) < 0, "took " + took);
        return refusal;
    }

    static PdfReadException refusal(ErrorCode code, byte[] pdf, ReadLimits limits) {
        return refusal(code, pdf, PasswordCandidates.none(), limits);
    }

    /** One sentence, for an officer: capital first, full stop last, no class names, no stack trace. */
    static void plainSentence(String message) {
        assertFalse(message == null || message.isBlank(), "no message");
        assertTrue(Character.isUpperCase(message.codePointAt(0)), () -> "starts in lower case: " + message);
        assertTrue(message.endsWith("."), () -> "no full stop: " + message);
        assertEquals(1, SENTENCE_END.matcher(message).results().count(), () -> "not one sentence: " + message);
        assertFalse(message.contains("\n") || message.contains("\tat "), () -> "a stack trace: " + message);
        assertFalse(message.contains("Exception") || message.contains("Error"), () -> "names an exception: " + message);
        assertFalse(CLASS_NAME.matcher(message).find(), () -> "names a class: " + message);
    }
}
