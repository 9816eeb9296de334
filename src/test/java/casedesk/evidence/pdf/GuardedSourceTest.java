package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class GuardedSourceTest {

    private static final byte[] BYTES = new byte[100_000];

    @Test
    void readsNormallyWhileThereIsTime() throws IOException {
        try (GuardedSource source = new GuardedSource(BYTES, Deadline.in(Duration.ofMinutes(1)))) {
            for (int i = 0; i < 50_000; i++) {
                assertEquals(0, source.read());
            }
            assertEquals(1000, source.read(new byte[1000], 0, 1000));
        }
    }

    @Test
    void stopsABulkReadAtOnceOnceTheDeadlineHasPassed() throws IOException {
        try (GuardedSource source = new GuardedSource(BYTES, Deadline.in(Duration.ZERO))) {
            assertThrows(TimeLimitExceeded.class, () -> source.read(new byte[10], 0, 10));
        }
    }

    @Test
    void stopsByteByByteReadingWithinAFewThousandBytesOnceTheDeadlineHasPassed() throws IOException {
        try (GuardedSource source = new GuardedSource(BYTES, Deadline.in(Duration.ZERO))) {
            assertThrows(TimeLimitExceeded.class, () -> {
                for (int i = 0; i < 5000; i++) {
                    source.read();
                }
            });
        }
    }

    @Test
    void stopsReadsThroughAViewAsWell() throws IOException {
        try (GuardedSource source = new GuardedSource(BYTES, Deadline.in(Duration.ZERO));
             var view = source.createView(10, 1000)) {
            assertThrows(TimeLimitExceeded.class, () -> view.read(new byte[100], 0, 100));
        }
    }
}
