package casedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.demo.DecisionHistory;
import casedesk.progress.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'audit report' (and its other name, 'audit export'), 'audit export-bundle', 'import-bundle' and 'workstations'. */
class SupervisorCommandsTest {

    static final String PASSPHRASE = "a long bundle passphrase";

    @TempDir
    Path dir;

    private Path officers;
    private Path supervisor;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String user, String... args) {
        Map<String, String> variables = new HashMap<>(Map.of(SignIn.USER_VARIABLE, user, SignIn.PASSWORD_VARIABLE, "demo",
                AuditCommand.PASSPHRASE_VARIABLE, PASSPHRASE));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), Environment.of(variables)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void twoWorkstations() {
        officers = dir.resolve("officers.db");
        try (Caseload caseload = Caseload.open(officers)) {
            DecisionHistory.build(caseload, 12, 1, LocalDate.of(2026, 11, 30), Progress.NONE);
        }
        supervisor = dir.resolve("supervisor.db");
        try (Caseload caseload = Caseload.open(supervisor)) {
            DecisionHistory.build(caseload, 3, 2, LocalDate.of(2026, 11, 30), Progress.NONE);
        }
    }

    @Test
    void aReportOfAPeriodAndAnOfficerIsWrittenAsCsvOrPdf() throws Exception {
        Path csv = dir.resolve("report.csv");
        Run written = run("lschmit", "audit", "report", "--db", officers.toString(), "--from", "2025-12-01",
                "--to", "2026-11-30", "--officer", "amartin", "--out", csv.toString());
        assertEquals(0, written.exitCode(), written.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 1, "amartin decided some of the history");
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains(",amartin,")), lines.toString());
        assertTrue(written.out().contains("Wrote " + csv + ": " + (lines.size() - 1) + " decision"), written.out());

        Path pdf = dir.resolve("report.pdf");
        Run exported = run("lschmit", "audit", "export", "--db", officers.toString(), "--out", pdf.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Decisions: 12"), text);
            assertTrue(text.contains("Audit trail: intact"), text);
        }
        assertFalse(Files.exists(dir.resolve("report.pdf.partial")));

        Run officer = run("amartin", "audit", "report", "--db", officers.toString(), "--out", csv.toString());
        assertEquals(2, officer.exitCode());
        assertTrue(officer.err().contains("may not audit"), officer.err());
        Run badDate = run("lschmit", "audit", "report", "--db", officers.toString(), "--from", "2026-13-45",
                "--out", csv.toString());
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("--from '2026-13-45' is not a date"), badDate.err());
        assertEquals(2, run("lschmit", "audit", "report", "--db", officers.toString(), "--out", "report.txt").exitCode());
    }

    @Test
    void aBundleGoesFromOneWorkstationToTheOtherAndASpoiledOneIsRefused() throws Exception {
        Path bundle = dir.resolve("officers.cdbundle");
        Run exported = run("admin", "audit", "export-bundle", "--db", officers.toString(), "--out", bundle.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("Wrote " + bundle + ": 12 decisions"), exported.out());
        String fingerprint = exported.out().lines().filter(l -> l.startsWith("Workstation key fingerprint: ")).findFirst()
                .orElseThrow().substring("Workstation key fingerprint: ".length());

        Run unnamed = run("lschmit", "audit", "import-bundle", "--db", supervisor.toString(), bundle.toString());
        assertEquals(2, unnamed.exitCode());
        assertTrue(unnamed.err().contains("Name the workstation"), unnamed.err());

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 1;
        Path spoiled = dir.resolve("spoiled.cdbundle");
        Files.write(spoiled, bytes);
        Run refused = run("lschmit", "audit", "import-bundle", "--db", supervisor.toString(), "--label", "Desk 2",
                spoiled.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("refused, nothing of it imported"), refused.err());

        Run imported = run("lschmit", "audit", "import-bundle", "--db", supervisor.toString(), "--label", "Desk 2",
                bundle.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("imported 12 decisions of 'Desk 2' (key " + fingerprint + ")"), imported.out());
        Run listed = run("lschmit", "audit", "workstations", "--db", supervisor.toString());
        assertTrue(listed.out().contains("Desk 2") && listed.out().contains(fingerprint), listed.out());

        Path csv = dir.resolve("all.csv");
        run("lschmit", "audit", "report", "--db", supervisor.toString(), "--out", csv.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(1 + 3 + 12, lines.size(), "its own three and the twelve imported");
        assertEquals(12, lines.stream().filter(line -> line.endsWith(",Desk 2")).count());
        assertEquals(0, run("lschmit", "audit", "verify", "--db", supervisor.toString()).exitCode());
    }

    @Test
    void aBundleWithDocumentsCarriesThePdfsAndSaysHowMany() {
        Path desk = dir.resolve("desk.db");
        assertEquals(0, run("admin", "demo", "--db", desk.toString(), "--cases", "12", "--as-of", "2026-11-30").exitCode());
        Path bundle = dir.resolve("desk.cdbundle");
        Run exported = run("admin", "audit", "export-bundle", "--db", desk.toString(), "--out", bundle.toString(),
                "--with-documents");
        assertEquals(0, exported.exitCode(), exported.err());
        java.util.regex.Matcher count = java.util.regex.Pattern.compile(", (\\d+) documents\\.").matcher(exported.out());
        assertTrue(count.find(), exported.out());
        long documents = Long.parseLong(count.group(1));
        assertTrue(documents > 0, exported.out());

        Run imported = run("lschmit", "audit", "import-bundle", "--db", supervisor.toString(), "--label", "Desk 3",
                bundle.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains(" with " + documents + " documents, its trail verified"), imported.out());
        Run listed = run("lschmit", "audit", "workstations", "--db", supervisor.toString());
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("Desk 3") && l.contains("  " + documents + "  ")),
                listed.out());
        assertEquals(0, run("lschmit", "audit", "verify", "--db", supervisor.toString()).exitCode());
    }
}
