package casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetFormatTest {

    static String builtIn() throws IOException {
        try (InputStream in = RuleSetFormatTest.class.getResourceAsStream("/casedesk/rules/LU-2026.1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The line of the file on which a text first appears, counting from 1. */
    static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).lines().count() + (text.substring(0, text.indexOf(needle))
                .endsWith("\n") ? 1 : 0);
    }

    @Test
    void theBuiltInRuleSetCarriesEveryNumberWithItsSourceAndDate() throws Exception {
        RuleSet lu = RuleSetFormat.parse(builtIn());

        assertEquals("LU-2026.1", lu.version());
        assertEquals(750, lu.sesame().threshold());
        assertEquals("30000.00", lu.insurance().minimum().amount().toPlainString());
        assertEquals(LocalDate.of(2023, 9, 1), lu.referenceAmount("LU").orElseThrow().provenance().effective());
        assertTrue(lu.referenceAmount("LU").orElseThrow().provenance().source().contains("minimum wage"));
        assertEquals(11, lu.refusalGrounds().grounds().size());
        assertTrue(lu.refusalGrounds().number(3).orElseThrow().confirmed());
        assertTrue(!lu.refusalGrounds().number(9).orElseThrow().confirmed(), "grounds past 7 are to be confirmed");
        assertEquals(64, lu.sha256().length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"threshold\": 750|\"threshold\": 1000|sesame.threshold|must be a whole number from 350 to 950",
            "\"amount\": \"2570.93\"|\"amount\": \"2.570,93\"|means.reference_amounts.LU.amount|is not a decimal number",
            "\"max_age_days\": 7,|\"max_age_days\": \"seven\",|exchange_rates.max_age_days|must be a whole number",
            "\"share_of_closing\": \"0.30\"|\"share_of_closing\": \"1.5\"|funds_parking.share_of_closing|is not a share",
            "\"version\": \"LU-2026.1\"|\"version\": \"2026\"|version|is not of the form LU-2026.1",
            "\"number\": 2,|\"number\": 3,|refusal_grounds.grounds[1].number|grounds are numbered",
            "\"insurance\": 11}|\"insurance\": 12}|refusal_grounds.suggested.insurance|is not among the grounds",
            "\"threshold\": 750|\"treshold\": 750|sesame.treshold|is not a field CaseDesk reads",
            "\"version\": \"LU-2026.1\"|\"version\": \"LU-2026.1\", \"verison\": 2|verison|a misspelling?",
            "\"insurance\": 11}|\"insurance\": 11, \"insurence\": 11}|refusal_grounds.suggested.insurence|is not a rule"})
    void refusesAMalformedFileWithTheLineAndFieldAtFault(String good, String bad, String field, String words)
            throws Exception {
        String text = builtIn().replace(good, bad);
        RuleSetFormat.Malformed refused = assertThrows(RuleSetFormat.Malformed.class, () -> RuleSetFormat.parse(text));

        assertEquals(field, refused.field(), refused.getMessage());
        assertEquals(lineOf(text, bad), refused.line(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("line " + refused.line() + ", " + field + ": "), refused.getMessage());
        assertTrue(refused.getMessage().contains(words), refused.getMessage());
    }

    /** A version an earlier CaseDesk imported with a field it did not read still reads: evaluations rest on it. */
    @Test
    void aStoredVersionWithAFieldNotReadStillReads() throws Exception {
        String text = builtIn().replace("\"threshold\": 750", "\"threshold\": 750, \"comment\": \"as notified\"")
                .replace("\"insurance\": 11}", "\"insurance\": 11, \"insurence\": 11}");
        assertThrows(RuleSetFormat.Malformed.class, () -> RuleSetFormat.parse(text), "not imported now");
        RuleSet stored = RuleSetFormat.parseStored(text);
        assertEquals(750, stored.sesame().threshold());
    }

    @Test
    void aMissingFieldIsNamedOnTheLineOfItsParent() throws Exception {
        String text = builtIn().replace("\"max_report_age_days\": 30,", "");
        RuleSetFormat.Malformed refused = assertThrows(RuleSetFormat.Malformed.class, () -> RuleSetFormat.parse(text));
        assertEquals("sesame.max_report_age_days", refused.field());
        assertEquals(lineOf(text, "\"sesame\""), refused.line());
        assertTrue(refused.getMessage().contains("is missing"));
    }

    @Test
    void brokenJsonIsRefusedWithItsLine() throws Exception {
        String text = builtIn().replaceFirst("\"title\"", "title");
        RuleSetFormat.Malformed refused = assertThrows(RuleSetFormat.Malformed.class, () -> RuleSetFormat.parse(text));
        assertEquals(lineOf(text, "title"), refused.line());
        assertTrue(refused.getMessage().contains("not valid JSON"), refused.getMessage());
    }
}
