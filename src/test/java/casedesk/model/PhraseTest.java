package casedesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.json.PhraseJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A phrase reads in English as the record keeps it and in French for a French desk, from one key and its arguments. */
class PhraseTest {

    private static final Phrase MEANS = Phrase.of("means.enough",
            Phrase.of("means.part.closing", Phrase.of("converted", Money.of("86400.00", "CNY"), new BigDecimal("10987.6543"),
                    new Phrase.Exact(new BigDecimal("7.8635")), "CNY", LocalDate.of(2026, 11, 2))).capitalised(),
            Phrase.of("means.required", new BigDecimal("1200"), Phrase.of("days", 12), Money.of("100", "EUR")),
            Phrase.of("means.not-counted", Phrase.join("; ", List.of(Phrase.of("means.excluded.no-closing", "a.pdf"),
                    Phrase.of("means.excluded.frozen-until", Money.of("5000", "CNY"), LocalDate.of(2026, 12, 1))))));

    @Test
    void readsInEnglishAsTheRecordKeepsIt() {
        assertEquals("Closing balance CNY 86,400.00 ≈ EUR 10,987.65 at 7.8635 CNY/EUR (rate of 2026-11-02) ≥ EUR 1,200.00 "
                + "required (12 days × EUR 100.00). Not counted: a.pdf (no closing balance read); deposit of CNY 5,000.00 "
                + "(frozen only until 2026-12-01).", MEANS.english());
    }

    @Test
    void readsInFrenchWithFrenchNumbersAndDates() {
        String french = MEANS.in(Locale.FRENCH);
        assertEquals("Solde de clôture CNY 86\u202f400,00 ≈ EUR 10\u202f987,65 au taux de 7,8635 CNY/EUR (taux du 02/11/2026) "
                + "≥ EUR 1\u202f200,00 exigés (12 jours × EUR 100,00). Non comptés\u00a0: a.pdf (solde de clôture non lu)"
                + "\u00a0; dépôt de CNY 5\u202f000,00 (bloqué seulement jusqu’au 01/12/2026).", french);
    }

    @Test
    void pluralsFollowEachLanguage() {
        assertEquals("1 day", Phrase.of("days", 1).english());
        assertEquals("0 days", Phrase.of("days", 0).english());
        assertEquals("0 jour", Phrase.of("days", 0).in(Locale.FRENCH));
        assertEquals("1 jour", Phrase.of("days", 1).in(Locale.FRENCH));
        assertEquals("2 jours", Phrase.of("days", 2).in(Locale.FRENCH));
        assertEquals("a bank statement", Phrase.of("documents.statements", 1).english());
        assertEquals("3 bank statements", Phrase.of("documents.statements", 3).english());
    }

    @Test
    void verbatimTextAndDocumentWordsAreNeverTranslated() {
        assertEquals("王小明 is in the name of WANG XIAOMING", Phrase.of("identity.other-name", "王小明", "WANG XIAOMING").english());
        assertEquals("王小明 est au nom de WANG XIAOMING", Phrase.of("identity.other-name", "王小明", "WANG XIAOMING")
                .in(Locale.FRENCH));
        assertEquals("Recorded before phrases.", Phrase.text("Recorded before phrases.").in(Locale.FRENCH));
    }

    @Test
    void anUnknownKeySaysSoInsteadOfPrintingGarbage() {
        assertThrows(MissingResourceException.class, () -> Phrase.of("from-a-newer-version").in(Locale.FRENCH));
        assertThrows(IllegalArgumentException.class, () -> Phrase.of("Not A Key"));
        assertThrows(IllegalArgumentException.class, () -> Phrase.of("days", new Object()));
    }

    @Test
    void jsonGivesBackTheSamePhrase() {
        String json = PhraseJson.text(MEANS);
        assertEquals(MEANS, PhraseJson.read(json).orElseThrow());
        assertEquals(MEANS.in(Locale.FRENCH), PhraseJson.read(json).orElseThrow().in(Locale.FRENCH));
        assertTrue(PhraseJson.read("{\"k\":\"days\",\"a\":[{\"q\":1}]}").isEmpty(), "a damaged phrase reads as none");
        assertTrue(PhraseJson.read("not json").isEmpty());
    }

    /** Every English message has its French, with no argument the English does not have, and no other key. */
    @Test
    void theFrenchBookSaysEverythingTheEnglishOneSays() throws IOException {
        Properties english = load("phrases.properties");
        Properties french = load("phrases_fr.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            Set<String> inEnglish = placeholders(english.getProperty(key));
            Set<String> inFrench = placeholders(french.getProperty(key));
            assertTrue(inEnglish.containsAll(inFrench), key + ": " + inFrench + " beyond " + inEnglish);
            if (!key.endsWith(".one")) {
                assertEquals(inEnglish, inFrench, key + " says every argument in both languages");
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Phrase.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
