package casedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line behaves as the contract says for IT staff: help and the version from every command,
 * help wrapped at word boundaries, and bad input answered in a sentence (exit 2), never a class name.
 */
class HelpAndInputTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(Environment.of(Map.of(SignIn.USER_VARIABLE, "admin", SignIn.PASSWORD_VARIABLE, "demo")), args);
    }

    /** Every command and sub-command, as the words that name it: [demo], [audit, report], ... */
    private static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), List.of(), all);
        return all;
    }

    private static void collect(CommandLine line, List<String> path, List<List<String>> into) {
        line.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) {
                List<String> words = new ArrayList<>(path);
                words.add(name);
                into.add(words);
                collect(sub, words, into);
            }
        });
    }

    @Test
    void everyCommandAndSubCommandGivesItsHelpAndTheVersion() {
        List<List<String>> commands = commands();
        assertTrue(commands.size() > 30, "the commands and their sub-commands: " + commands);
        for (List<String> command : commands) {
            List<String> help = new ArrayList<>(command);
            help.add("--help");
            CliRun shown = run(help.toArray(String[]::new));
            assertEquals(0, shown.exitCode(), command + ": " + shown.err());
            assertTrue(shown.out().startsWith("Usage: casedesk " + String.join(" ", command)), shown.out());
            assertTrue(shown.out().lines().allMatch(line -> line.length() <= 80), "wrapped to 80 columns: " + shown.out());
            List<String> version = new ArrayList<>(command);
            version.add("--version");
            CliRun printed = run(version.toArray(String[]::new));
            assertEquals(0, printed.exitCode(), command + " --version: " + printed.err());
            assertTrue(printed.out().startsWith("CaseDesk"), printed.out());
        }
    }

    @Test
    void helpIsWrappedAtWordBoundariesNotWhereTheSourceBrokeItsLines() {
        String help = run("demo", "--help").out();
        // The source writes "...generated PDF evidence with a", "realistic mix of", "clean, ..." as lines.
        assertTrue(help.lines().noneMatch(line -> line.strip().equals("realistic mix of")), help);
        assertTrue(help.contains("realistic mix of clean, borderline"), help);
    }

    @Test
    void badInputIsSaidInASentenceAndExitsTwo() throws Exception {
        CliRun date = run("demo", "--db", dir.resolve("a.db").toString(), "--as-of", "2026-13-45");
        assertEquals(2, date.exitCode());
        assertTrue(date.err().contains("'2026-13-45' is not a date"), date.err());
        assertFalse(date.err().contains("java."), "no class names: " + date.err());

        Path nowhere = dir.resolve("no-such-folder").resolve("x.db");
        CliRun folder = run("demo", "--db", nowhere.toString(), "--cases", "1");
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("There is no folder"), folder.err());
        assertFalse(Files.exists(nowhere.getParent()), "no folder was made for a typo");

        CliRun bench = run("bench", "extract", dir.resolve("missing").toString());
        assertEquals(2, bench.exitCode(), bench.err());
        assertTrue(bench.err().contains("There is no folder"), bench.err());

        Path db = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", db.toString(), "--cases", "8").exitCode());
        for (String spelling : List.of("documents-requested", "DOCUMENTS_REQUESTED", "open,documents-requested")) {
            CliRun cases = run("cases", "--db", db.toString(), "--status", spelling, "--user", "amartin");
            assertEquals(0, cases.exitCode(), spelling + ": " + cases.err());
        }
        CliRun unknown = run("cases", "--db", db.toString(), "--status", "pending", "--user", "amartin");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("'pending' is no status: open, documents-requested, issued, refused"),
                unknown.err());

        String ruleSet = new String(casedesk.rules.RuleSets.class.getResourceAsStream("/casedesk/rules/LU-2026.1.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"version\": \"LU-2026.1\"", "\"version\": \"LU-2027.1\"")
                .replace("\"threshold\": 750", "\"treshold\": 700");
        Path misspelt = dir.resolve("LU-2027.1.json");
        Files.writeString(misspelt, ruleSet);
        CliRun refused = run("rules", "import", "--db", db.toString(), misspelt.toString());
        assertEquals(2, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains("sesame.treshold: is not a field CaseDesk reads"), refused.err());
        assertFalse(run("rules", "show", "--db", db.toString()).out().contains("LU-2027.1"), "nothing was imported");
    }
}
