package casedesk.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn -B -P installer verify}: builds the Linux app-image with installer/build-linux.sh from the
 * packaged jar, then runs its own launcher as a workstation without Java would, with no JDK on the
 * PATH and no locale: the version, an extraction of a statement from the corpus, and a demo caseload
 * written in the user's data folder, never in the install folder.
 */
class InstallerCheck {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static final Path IMAGE = PROJECT.resolve("target/installer/casedesk");

    @TempDir
    Path home;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void build() throws Exception {
        Process build = new ProcessBuilder("bash", PROJECT.resolve("installer/build-linux.sh").toString())
                .directory(PROJECT.toFile()).redirectErrorStream(true).start();
        String said = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(10, TimeUnit.MINUTES), said);
        assertEquals(0, build.exitValue(), said);
        assertTrue(Files.isExecutable(IMAGE.resolve("bin/casedesk")), said);
    }

    private Run casedesk(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(IMAGE.resolve("bin/casedesk").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", home.toString());
        builder.environment().put("CASEDESK_USER", "amartin");
        builder.environment().put("CASEDESK_PASSWORD", "demo");
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "finished");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theInstalledCommandRunsWithItsOwnRuntime() throws Exception {
        assertTrue(Files.isDirectory(IMAGE.resolve("lib/runtime")), "a runtime of its own");
        assertFalse(Files.exists(IMAGE.resolve("lib/runtime/bin/javac")), "a trimmed runtime, not a JDK");
        assertTrue(Files.isRegularFile(IMAGE.resolve("lib/app/native/libsqlitejdbc.so")), "sqlite's library unpacked once");
        assertTrue(Files.readString(IMAGE.resolve("lib/app/casedesk.cfg")).contains("-Dorg.sqlite.lib.path=$APPDIR/native"));

        Run version = casedesk("--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().matches("CaseDesk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), "the build's version: " + version.out());

        Path statement = PROJECT.resolve("src/test/resources/corpus/stmt-cib-1.pdf");
        Run extracted = casedesk("extract", statement.toString());
        assertEquals(0, extracted.exitCode(), extracted.err());
        assertTrue(extracted.out().contains("\"kind\":\"bank-statement\""), extracted.out());
        assertTrue(extracted.out().contains("兴业银行"), "Chinese in UTF-8 without a locale: " + extracted.out());
        assertFalse(extracted.err().contains("SEVERE"), extracted.err());

        Path db = home.resolve("demo.db");
        Run demo = casedesk("demo", "--db", db.toString(), "--cases", "4");
        assertEquals(0, demo.exitCode(), demo.err());
        Run cases = casedesk("cases", "--db", db.toString(), "--json");
        assertEquals(0, cases.exitCode(), cases.err());
        assertEquals(4, cases.out().split("\"reference\"", -1).length - 1, cases.out());
        try (var files = Files.walk(IMAGE)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".db")
                    || file.getFileName().toString().endsWith(".log")), "nothing written into the install folder");
        }
    }
}
