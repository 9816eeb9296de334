package casedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.json.Json;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(Accounts.signedInAs("amartin"), args);
    }

    @Test
    void casesNeverPrintsControlOrTextDirectionCharactersRaw() {
        Path file = dir.resolve("escapes.db");
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            caseload.cases().create(VisaCase.lodged(CaseReference.of("LU", "SHA", 2026, 9), LocalDate.of(2026, 11, 2),
                    new Applicant("WANG\u001b[2J", "XIAO\u202EGNIM", "", LocalDate.of(1988, 4, 17), "CHN", "E12345678", ""),
                    new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C")), "test");
        }

        CliRun run = run("cases", "--db", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("\u001b") || run.out().contains("\u202E"), run.out());
        assertTrue(run.out().contains("WANG\uFFFD[2J"), run.out());
    }

    private Path caseloadWithTwoCases() {
        Path file = dir.resolve("two.db");
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            caseload.cases().create(VisaCase.lodged(CaseReference.of("LU", "SHA", 2026, 7), LocalDate.of(2026, 11, 2),
                    new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678", ""),
                    new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C")), "test");
            caseload.cases().create(VisaCase.lodged(CaseReference.of("LU", "SHA", 2026, 8), LocalDate.of(2026, 10, 30),
                    new Applicant("LI", "NA", "", LocalDate.of(1990, 1, 1), "CHN", "E87654321", ""),
                    new Trip(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), "business", "LU", "C")), "test");
        }
        return file;
    }

    @Test
    void casesAsJsonIsAnArrayOfTheQueueInDeadlineOrder() {
        CliRun run = run("cases", "--db", caseloadWithTwoCases().toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode cases = Json.parse(run.out());
        assertEquals(2, cases.size());
        JsonNode first = cases.get(0);
        assertEquals("LU-SHA-2026-000008", first.get("reference").asText());
        assertEquals("LI NA", first.get("applicant").asText());
        assertEquals("2026-10-30", first.get("lodged").asText());
        assertEquals("2026-11-14", first.get("deadline").asText());
        assertEquals("open", first.get("status").asText());
        assertEquals("王小明", cases.get(1).get("native_name").asText());
    }

    @Test
    void benchQueueTimesEachQueryTheDeskMakes() {
        CliRun run = run("bench", "queue", "--db", caseloadWithTwoCases().toString(), "--rounds", "3");

        assertEquals(0, run.exitCode(), run.err());
        for (String query : List.of("first page, count, counts per status", "sorted by name, descending",
                "search 'WANG' and count", "search '王小明' and count", "search a passport number and count",
                "search case number '7' and count")) {
            assertTrue(run.out().lines().anyMatch(line -> line.startsWith(query) && line.matches(".* \\d+\\.\\d ms")),
                    query + " in\n" + run.out());
        }
    }

    @Test
    void benchQueueOnACaseloadWithoutPendingCasesSaysSo() {
        Path empty = dir.resolve("empty.db");
        casedesk.DemoKey.open(empty).close();

        CliRun run = run("bench", "queue", "--db", empty.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no pending cases"), run.err());
    }

    @Test
    void casesForPeopleIsAnAlignedTableEvenWithChineseNames() {
        CliRun run = run("cases", "--db", caseloadWithTwoCases().toString());

        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith("REFERENCE"), lines[0]);
        int lodgedColumn = TextTable.cells(lines[0].substring(0, lines[0].indexOf("LODGED")));
        for (int i = 1; i <= 2; i++) {
            String line = lines[i];
            int at = line.indexOf("2026-1");
            assertEquals(lodgedColumn, TextTable.cells(line.substring(0, at)), line);
        }
        assertEquals("2 cases", lines[3]);
    }

    @Test
    void casesCanBeNarrowedBySearchAndStatus() {
        Path file = caseloadWithTwoCases();
        assertEquals(1, Json.parse(run("cases", "--db", file.toString(), "--json", "--search", "王").out()).size());
        assertEquals(0, Json.parse(run("cases", "--db", file.toString(), "--json", "--status", "issued").out()).size());
    }

    @Test
    void aMissingCaseloadIsBadInputAndIsNotCreated() {
        Path missing = dir.resolve("typo.db");
        CliRun run = run("cases", "--db", missing.toString());

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("There is no caseload"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFileThatIsNotACaseloadIsBadInputWithoutAStackTrace() throws Exception {
        Path file = dir.resolve("letter.db");
        Files.writeString(file, "Dear consul, ".repeat(20));
        CliRun run = run("cases", "--db", file.toString());

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("not a CaseDesk caseload"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        Path file = dir.resolve("letter.db");
        Files.writeString(file, "Dear consul, ".repeat(20));
        CliRun run = run("cases", "--db", file.toString(), "--debug");

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void anUnknownCommandOrOptionIsBadInput() {
        assertEquals(Cli.BAD_INPUT, run("frobnicate").exitCode());
        assertEquals(Cli.BAD_INPUT, run("cases", "--db").exitCode());
        assertEquals(Cli.BAD_INPUT, run().exitCode());
    }

    @Test
    void demoRefusesToOverwriteAnExistingFile() {
        Path file = caseloadWithTwoCases();
        CliRun run = run("demo", "--db", file.toString(), "--cases", "5");

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("exists already"), run.err());
    }

    @Test
    void demoRefusesANonsensicalNumberOfCases() {
        CliRun run = run("demo", "--db", dir.resolve("x.db").toString(), "--cases", "0");

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--cases must be between 1"), run.err());
        assertFalse(Files.exists(dir.resolve("x.db")));
    }
}
