package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

/** Assertions the reader's tests share. */
final class Expect {

    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.|[A-Z][a-z]+[A-Z][A-Za-z]*(Exception|Error)");
    /** A sentence ends at . ! or ? followed by a space or the end; "63.2 MB" does not end one. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private Expect() {
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
