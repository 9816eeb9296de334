package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.decision.DecisionService;
import casedesk.model.CaseStatus;
import casedesk.model.DocumentKind;
import casedesk.model.Outcome;
import casedesk.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() {
        Set<String> english = new TreeSet<>(Collections.list(new Messages(Locale.ENGLISH).bundle().getKeys()));
        Set<String> french = new TreeSet<>(Collections.list(new Messages(Locale.FRENCH).bundle().getKeys()));
        assertEquals(english, french);
    }

    /**
     * Every key the desk's code names literally, and every key it builds from a status, kind,
     * severity, outcome or form problem, is in the bundle: a missing one would show as !key! on screen.
     */
    @Test
    void everyKeyTheDeskUsesIsInTheBundle() throws IOException {
        Set<String> keys = new TreeSet<>(Collections.list(new Messages(Locale.ENGLISH).bundle().getKeys()));
        Pattern literal = Pattern.compile("(?:get|format|getOrElse|column)\\(\"([a-z][a-zA-Z-]*(?:\\.[a-zA-Z0-9-]+)+)\"");
        Pattern problem = Pattern.compile("problems\\.put\\(Field\\.[A-Z_]+, \"([a-zA-Z]+)\"\\)");
        List<String> used = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/casedesk/desk"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher p = problem.matcher(code);
                while (p.find()) {
                    used.add("form.problem." + p.group(1));
                }
            }
        }
        assertTrue(used.size() > 100, "the scan finds the desk's keys: " + used.size());
        for (CaseStatus s : CaseStatus.values()) {
            used.add("status." + s.code());
        }
        for (DocumentKind k : DocumentKind.values()) {
            used.add("kind." + k.code());
        }
        for (Severity s : Severity.values()) {
            used.add("severity." + s.code());
        }
        for (DecisionService.Reason r : DecisionService.Reason.values()) {
            used.add("decision.refused." + r.code());
        }
        for (Outcome o : Outcome.values()) {
            used.add("outcome." + o.code());
        }
        casedesk.desk.cases.CaseFields.PURPOSES.forEach(purpose -> used.add("purpose." + purpose.replace(' ', '-')));
        List<String> missing = used.stream().filter(key -> !keys.contains(key)).distinct().sorted().toList();
        assertEquals(List.of(), missing);
    }

    /** MessageFormat drops a lone ASCII apostrophe: text with arguments uses ’ or ''. */
    @Test
    void noTextWithArgumentsLosesAnApostrophe() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            var bundle = new Messages(locale).bundle();
            for (String key : Collections.list(bundle.getKeys())) {
                String text = bundle.getString(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertTrue(!text.replace("''", "").contains("'"), locale + " " + key + ": " + text);
                }
            }
        }
    }

    /** The help overlay makes a table of the shortcuts: every indented line is keys, two spaces, one action. */
    @Test
    void everyShortcutLineHasItsKeysThenOneAction() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String[] lines = new Messages(locale).get("help.shortcuts").split("\n");
            assertTrue(lines.length > 15, locale + ": the shortcuts are listed");
            for (String line : lines) {
                if (line.startsWith(" ")) {
                    String entry = line.strip();
                    assertTrue(entry.contains("  "), locale + ": keys and action in " + entry);
                    assertEquals(-1, entry.indexOf("  ", entry.indexOf("  ") + 2), locale + ": one shortcut per line: " + entry);
                }
            }
        }
    }

    @Test
    void pluralsReadNaturallyInBothLanguages() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages fr = new Messages(Locale.FRENCH);
        assertEquals("1 day", en.format("queue.daysLeft", 1));
        assertEquals("12 days", en.format("queue.daysLeft", 12));
        assertEquals("due today", en.format("queue.daysLeft", 0));
        assertEquals("en retard d’1 jour", fr.format("queue.overdue", 1));
        assertEquals("1,234 cases", en.format("queue.status.all", 1234));
    }

    @Test
    void amountsAreGroupedAsTheDesksLanguageGroupsThemWhateverTheMachinesLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,410.69", new Messages(Locale.ENGLISH).amount(new java.math.BigDecimal("1410.69")));
            String french = new Messages(Locale.FRENCH).amount(new java.math.BigDecimal("1410.685"));
            assertTrue(french.matches("1\\h410,68"), "rounded half-even to the cent, French grouping: " + french);
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void anyOtherLanguageFallsBackToEnglish() {
        assertEquals(Locale.ENGLISH, new Messages(Locale.GERMAN).locale());
        assertEquals(Locale.FRENCH, new Messages(Locale.CANADA_FRENCH).locale());
    }
}
