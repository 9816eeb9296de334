package casedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.DemoCaseload;
import casedesk.json.Json;
import casedesk.progress.Progress;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate, rules and rates from the command line, on a small demo caseload. */
class RulesCommandsTest {

    @TempDir
    static Path dir;

    static Path db;
    static String firstOpenCase;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), Accounts.signedInAs("amartin")).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void demo() {
        db = dir.resolve("demo.db");
        casedesk.DemoFiles.create(db, new DemoCaseload.Options(12, 5, LocalDate.now()));
        firstOpenCase = Json.parse(run("cases", "--db", db.toString(), "--json", "--status", "open").out()).get(0)
                .get("reference").asText();
    }

    @Test
    void evaluatePrintsEveryVerdictWithItsEvidenceAndASummary() {
        Run run = run("evaluate", "--db", db.toString(), firstOpenCase, "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode evaluation = Json.parse(run.out());
        assertEquals("LU-2026.1", evaluation.get("version").asText());
        assertEquals(9, evaluation.get("verdicts").size());
        JsonNode means = evaluation.get("verdicts").get(0);
        assertEquals("means", means.get("rule").asText());
        assertTrue(means.get("explanation").asText().contains("required"), means.toString());
        JsonNode evidence = means.get("evidence").get(0);
        assertTrue(evidence.has("document") && evidence.has("page") && evidence.get("bbox").size() == 4, means.toString());
        assertTrue(evaluation.has("summary") && evaluation.get("inputs_sha256").asText().length() == 64);

        Run people = run("evaluate", "--db", db.toString(), firstOpenCase);
        assertTrue(people.out().startsWith(firstOpenCase + " under rule set LU-2026.1: "), people.out());
    }

    @Test
    void evaluatingAnUnknownCaseIsBadInput() {
        Run run = run("evaluate", "--db", db.toString(), "LU-SHA-2026-999999");
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("There is no case LU-SHA-2026-999999"), run.err());
    }

    @Test
    void aNewRuleSetIsImportedAndComparedButAMalformedOneIsRefusedWithItsLine() throws Exception {
        String lu;
        try (InputStream in = RulesCommandsTest.class.getResourceAsStream("/casedesk/rules/LU-2026.1.json")) {
            lu = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, lu.replace("\"threshold\": 750", "\"threshold\": \"high\""));
        Run refused = run("rules", "import", "--user", "admin", "--db", db.toString(), broken.toString());
        assertEquals(Cli.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().matches("(?s).*line \\d+, sesame.threshold: must be a whole number.*"), refused.err());

        Path next = dir.resolve("LU-2026.2.json");
        // Effective in a year: LU-2026.1 stays in force today, and LU-2026.2 can be tried on a case before then.
        Files.writeString(next, lu.replace("\"LU-2026.1\"", "\"LU-2026.2\"").replace("\"min_months\": 3", "\"min_months\": 12")
                .replace("\"effective\": \"2026-01-01\",\n  \"member_state\"",
                        "\"effective\": \"" + LocalDate.now().plusYears(1) + "\",\n  \"member_state\""));
        assertEquals(0, run("rules", "import", "--user", "admin", "--db", db.toString(), next.toString()).exitCode());
        assertEquals(Cli.BAD_INPUT, run("rules", "import", "--user", "admin", "--db", db.toString(), next.toString()).exitCode(),
                "a version is imported once");
        assertTrue(run("rules", "show", "--db", db.toString()).out().contains("LU-2026.2"));
        assertTrue(run("rules", "show", "LU-2026.1").out().contains("[wording and number to be confirmed]"));

        String bankCase = null;
        for (JsonNode entry : Json.parse(run("cases", "--db", db.toString(), "--json").out())) {
            String reference = entry.get("reference").asText();
            if (run("evaluate", "--db", db.toString(), reference).out().contains("PASS    coverage       Statements cover")) {
                bankCase = reference;
                break;
            }
        }
        Run compared = run("evaluate", "--db", db.toString(), bankCase, "--rule-set", "LU-2026.2");
        assertTrue(compared.out().contains("coverage: PASS under LU-2026.1, FAIL under LU-2026.2"), bankCase + compared.out() + compared.err());
    }

    @Test
    void ratesFromTheEcbsFileAreImportedAndAMalformedFileIsRefusedWhole() throws Exception {
        Path csv = dir.resolve("eurofxref-hist.csv");
        Files.writeString(csv, "Date,USD,JPY,CNY,ISK,\n2026-11-20,1.0512,160.21,7.9153,N/A,\n");
        Run imported = run("rates", "import", "--user", "admin", "--db", db.toString(), csv.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("Imported 3 rates"), imported.out());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Date,USD\n2026-11-21,1.05\n21/11/2026,1.06\n");
        Run refused = run("rates", "import", "--user", "admin", "--db", db.toString(), bad.toString());
        assertEquals(Cli.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("line 3: '21/11/2026' in column Date is not a date"), refused.err());
        assertTrue(!run("rates", "show", "--db", db.toString()).out().contains("2026-11-21"), "nothing of it was stored");
    }
}
