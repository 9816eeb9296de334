package casedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.CreditReportRequest;
import casedesk.demo.documents.CreditReports;
import casedesk.demo.documents.Language;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.json.Json;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Money;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractAndImportCommandTest {

    static final Applicant WANG = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678",
            "310101198804171234");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        List<JsonNode> lines() {
            return out.lines().map(Json::parse).toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), Accounts.signedInAs("amartin")).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path statement(String password) throws Exception {
        var request = StatementRequest.of(StatementLayout.CCB, WANG, "6217001234567890123", LocalDate.of(2026, 10, 20), 3,
                Money.of("86400.00", "CNY"), 4);
        Path file = dir.resolve(password == null ? "statement.pdf" : "protected.pdf");
        Files.write(file, BankStatements.generate(password == null ? request : request.withPassword(password)).pdf());
        return file;
    }

    @Test
    void extractPrintsOneJsonObjectPerFileWithTheContractsFields() throws Exception {
        Path report = dir.resolve("zhima.pdf");
        Files.write(report, CreditReports.generate(CreditReportRequest.of(WANG, 786, LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 11, 24), Language.EN, 1)).pdf());

        Run run = run("extract", statement(null).toString(), report.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = run.lines();
        assertEquals(2, lines.size());
        JsonNode statement = lines.getFirst();
        assertEquals("bank-statement", statement.get("kind").asText());
        assertEquals(64, statement.get("sha256").asText().length());
        JsonNode closing = figure(statement, "closing_balance");
        assertEquals("86400.00", closing.get("value").asText());
        assertEquals("CNY", closing.get("currency").asText());
        assertEquals(4, closing.get("bbox").size());
        assertEquals("86,400.00", closing.get("text").asText());
        JsonNode row = statement.get("transactions").get(0);
        for (String field : List.of("date", "description", "amount", "balance", "page", "bbox")) {
            assertTrue(row.has(field), field);
        }
        assertTrue(statement.at("/reconciliation/consistent").asBoolean());
        assertEquals(statement.get("transactions").size(), statement.at("/reconciliation/rows").asInt());
        assertTrue(statement.get("signals").isArray());
        assertTrue(statement.get("checks").size() >= 5, "says which signs were looked for");
        assertEquals("786", figure(lines.get(1), "score").get("value").asText());
    }

    @Test
    void anUnreadableFileIsReportedOnItsLineAndTheExitCodeIsTwo() throws Exception {
        Path text = dir.resolve("letter.pdf");
        Files.writeString(text, "Dear consul, please find attached my bank statement.");

        Run run = run("extract", text.toString(), statement("171234").toString(), dir.resolve("missing.pdf").toString(),
                statement(null).toString());

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        List<JsonNode> lines = run.lines();
        assertEquals(4, lines.size());
        assertEquals("not-a-pdf", lines.get(0).at("/error/code").asText());
        assertEquals("password-required", lines.get(1).at("/error/code").asText());
        assertEquals("no-such-file", lines.get(2).at("/error/code").asText());
        assertEquals("bank-statement", lines.get(3).get("kind").asText());
        assertFalse(run.out().contains("Exception"), run.out());
    }

    @Test
    void extractOpensAProtectedFileWithThePasswordOrTheHoldersId() throws Exception {
        Path file = statement("171234");
        assertEquals("wrong-password", run("extract", "--password", "000000", file.toString()).lines().getFirst()
                .at("/error/code").asText());
        assertEquals(0, run("extract", "--password", "171234", file.toString()).exitCode());
        assertEquals(0, run("extract", "--national-id", "310101198804171234", file.toString()).exitCode());
    }

    @Test
    void importAddsPdfsToACaseAndReportsWhatItRefused() throws Exception {
        Path db = dir.resolve("x.db");
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            Accounts.add(caseload, "amartin", casedesk.model.Role.OFFICER);
            caseload.cases().create(casedesk.model.VisaCase.lodged(new CaseReference("LU-SHA-2026-000042"),
                    LocalDate.of(2026, 11, 2), WANG, new casedesk.model.Trip(LocalDate.of(2026, 12, 10),
                            LocalDate.of(2026, 12, 24), "tourism", "LU", "C")), "test");
        }
        Path junk = dir.resolve("junk.pdf");
        Files.writeString(junk, "not a pdf");

        Run run = run("import", "--db", db.toString(), "--case", "LU-SHA-2026-000042", statement("171234").toString(),
                junk.toString());

        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.out().contains("stored   protected.pdf: bank-statement"), run.out());
        assertTrue(run.out().contains("REFUSED  junk.pdf"), run.out());
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            assertEquals(1, caseload.documents().forCase(new CaseReference("LU-SHA-2026-000042")).size());
        }
    }

    @Test
    void importRefusesABadManifestWholeNamingTheField() throws Exception {
        Path db = dir.resolve("y.db");
        try (Caseload caseload = casedesk.DemoKey.open(db)) {
            Accounts.add(caseload, "amartin", casedesk.model.Role.OFFICER);
        }
        Path intake = Files.createDirectories(dir.resolve("intake"));
        Files.writeString(intake.resolve("case.json"), "{\"reference\": \"LU-SHA-2026-000001\", \"lodged\": \"2026-11-31\"}");

        Run run = run("import", "--db", db.toString(), intake.toString());

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("case.json: lodged: '2026-11-31' is not a date"), run.err());
        assertTrue(run.err().contains("Nothing was imported"), run.err());
    }

    private static JsonNode figure(JsonNode document, String name) {
        for (JsonNode figure : document.get("figures")) {
            if (figure.get("name").asText().equals(name)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + name + " in " + document);
    }
}
