package casedesk.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.model.FigureValue;
import casedesk.model.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A value as an officer types it, or as a box drawn on the page reads, means what a read one would. */
class FigureInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"86,400.00|86400.00|CNY", "¥300,850.00|300850.00|CNY", "EUR 30 000,00|30000.00|EUR",
            "30,000.00 EUR|30000.00|EUR", "€30,000|30000.00|EUR", "50.000,00 EUR|50000.00|EUR", "1234.5|1234.50|CNY"})
    void readsAmountsInEveryNotation(String text, String value, String currency) {
        assertEquals(Optional.of(new FigureValue.Amount(Money.of(value, currency))),
                FigureInput.parse("closing_balance", text, Optional.of("CNY")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-08-31", "2026年08月31日", "31 Aug 2026", "[2026-08-31 23:59:59]", "August 31, 2026"})
    void readsDatesInEveryForm(String text) {
        assertEquals(Optional.of(new FigureValue.Date(LocalDate.of(2026, 8, 31))), FigureInput.parse("period_end", text,
                Optional.empty()));
    }

    @Test
    void readsAScoreAsAWholeNumberAndTextAsItStands() {
        assertEquals(Optional.of(new FigureValue.Number(756)), FigureInput.parse("score", " 756 ", Optional.empty()));
        assertEquals(Optional.of(new FigureValue.Text("WANG XIAOMING")), FigureInput.parse("holder", "WANG  XIAOMING",
                Optional.empty()));
        assertEquals(Optional.of(new FigureValue.Text("HKD")), FigureInput.parse("currency", "港币", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "86,400.00 (共 52 笔)"})
    void refusesWhatIsNoAmount(String text) {
        assertTrue(FigureInput.parse("opening_balance", text, Optional.of("CNY")).isEmpty(), text);
    }

    @Test
    void anAmountWithoutACurrencyNeedsTheDocuments() {
        assertTrue(FigureInput.parse("amount", "1,000.00", Optional.empty()).isEmpty());
        assertTrue(FigureInput.parse("score", "seven hundred", Optional.empty()).isEmpty());
        assertTrue(FigureInput.parse("period_end", "yesterday", Optional.empty()).isEmpty());
    }
}
