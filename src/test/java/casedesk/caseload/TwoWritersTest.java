package casedesk.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes writing one caseload (an import while the desk is open) wait their turn; neither fails. */
class TwoWritersTest {

    @TempDir
    Path dir;

    @Test
    void twoWritersOnOneFileBothStoreEverything() throws Exception {
        Path file = dir.resolve("caseload.db");
        Caseload.open(file, Samples.CLOCK).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            int first = writer * 100;
            writers.add(pool.submit(() -> {
                try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
                    for (int i = 1; i <= 25; i++) {
                        caseload.cases().create(Samples.wang(first + i), "officer");
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertEquals(50, caseload.cases().size());
            assertTrue(caseload.audit().verify().isIntact());
        }
    }
}
