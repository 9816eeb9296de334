package casedesk;

import casedesk.demo.DemoCaseload;
import casedesk.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A demo caseload for a test, built once per test JVM for each set of options and then copied into
 * the test's own folder, the file and the workstation key beside it, as IT staff would move one.
 * Building one generates and reads every PDF and hashes four passwords: seconds that the window
 * tests would otherwise spend again before every test. A test that changes its copy changes only
 * its copy.
 */
public final class DemoFiles {

    private record Built(Path file, DemoCaseload.Summary summary) {
    }

    private static final Map<DemoCaseload.Options, Built> BUILT = new ConcurrentHashMap<>();

    private DemoFiles() {
    }

    /** Makes {@code file} the demo caseload of {@code options}, as {@link DemoCaseload#createFile} would. */
    public static DemoCaseload.Summary create(Path file, DemoCaseload.Options options) {
        Built built = BUILT.computeIfAbsent(options, DemoFiles::build);
        try {
            Files.copy(built.file(), file);
            Files.copy(key(built.file()), key(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return built.summary();
    }

    private static Built build(DemoCaseload.Options options) {
        try {
            Path folder = Files.createTempDirectory("casedesk-demo-");
            Path file = folder.resolve("demo.db");
            DemoCaseload.Summary summary = DemoCaseload.createFile(file, options, Progress.NONE);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.list(folder)) {
                    for (Path each : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(each);
                    }
                    Files.deleteIfExists(folder);
                } catch (IOException e) {
                    // a temporary folder left behind
                }
            }));
            return new Built(file, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path key(Path caseload) {
        return caseload.resolveSibling(caseload.getFileName() + ".workstation");
    }
}
