package casedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import casedesk.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as IT staff and scripts run it: a separate process, JSON on stdout, exit codes. */
class JarIT {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run casedesk(String... args) throws IOException, InterruptedException {
        return casedesk(new ProcessBuilder(), args);
    }

    private Run casedesk(ProcessBuilder builder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("casedesk.jar")));
        command.addAll(List.of(args));
        builder.command(command);
        builder.environment().put("CASEDESK_HOME", dir.resolve("home").toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "casedesk " + String.join(" ", args) + " finished");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void buildsADemoOfSixtyCasesAndListsThemAsJson() throws Exception {
        Path db = dir.resolve("x.db");

        Run demo = casedesk("demo", "--db", db.toString(), "--cases", "60");
        assertEquals(0, demo.exitCode(), demo.err());
        assertTrue(demo.out().contains("60 demo cases"), demo.out());
        assertFalse(demo.err().contains("WARNING"), "PDFBox's notes go to the log file, not the terminal: " + demo.err());

        Run cases = casedesk("cases", "--db", db.toString(), "--json");
        assertEquals(0, cases.exitCode(), cases.err());
        JsonNode list = Json.parse(cases.out());
        assertEquals(60, list.size());
        for (JsonNode entry : list) {
            for (String field : List.of("reference", "applicant", "lodged", "deadline", "status")) {
                assertTrue(entry.hasNonNull(field), field + " in " + entry);
            }
        }
        assertTrue(Files.exists(dir.resolve("home/logs/casedesk-0.log")), "the log is written to the data folder");
        // the log names cases and files, the caseload holds them: neither is anyone else's to read
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("home/logs"))));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("home/logs/casedesk-0.log"))));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
    }

    @Test
    void badInputExitsTwoWithAMessageAndNoStackTrace() throws Exception {
        Run run = casedesk("cases", "--db", dir.resolve("missing.db").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("casedesk: There is no caseload"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void theDeskWithoutADisplaySaysSoWithoutAStackTrace() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "X11 only");
        ProcessBuilder noDisplay = new ProcessBuilder();
        noDisplay.environment().remove("DISPLAY");
        noDisplay.environment().remove("WAYLAND_DISPLAY");

        Run run = casedesk(noDisplay);

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("casedesk: The desk could not open its window"), run.err());
        assertTrue(run.err().contains("--help"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run run = casedesk("--help");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("demo") && run.out().contains("cases"), run.out());
    }

    @Test
    void theVersionIsTheBuildsOwn() throws Exception {
        Run run = casedesk("audit", "verify", "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("CaseDesk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
    }
}
