package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorMessagesTest {

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeExplainsItselfInOnePlainSentence(ErrorCode code) {
        Expect.plainSentence(new PdfReadException(code).getMessage());
        Expect.plainSentence(code.defaultMessage());
    }

    @Test
    void theCodesAreTheStableOnesToolsRelyOn() {
        assertEquals(List.of("not-a-pdf", "damaged-pdf", "password-required", "wrong-password", "unsupported-encryption",
                        "too-large", "too-many-pages", "content-too-large", "time-limit", "cancelled"),
                Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList());
    }

    @Test
    void sizesAndDurationsReadAsAPersonWouldWriteThem() {
        assertEquals("512 bytes", Describe.bytes(512));
        assertEquals("2 KB", Describe.bytes(1025));
        assertEquals("50 MB", Describe.bytes(50L * 1024 * 1024));
        assertEquals("63.2 MB", Describe.bytes((long) (63.2 * 1024 * 1024)));
        assertEquals("30 seconds", Describe.duration(Duration.ofSeconds(30)));
        assertEquals("1 second", Describe.duration(Duration.ofSeconds(1)));
        assertEquals("300 milliseconds", Describe.duration(Duration.ofMillis(300)));
    }

    @Test
    void aSizeWithDecimalsIsStillOneSentence() {
        Expect.plainSentence("The file is 63.2 MB, more than the 50 MB CaseDesk opens.");
    }
}
