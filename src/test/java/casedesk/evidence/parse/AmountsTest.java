package casedesk.evidence.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest(name = "{0} reads as {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "86,400.00|86400.00|",
            "86400|86400|",
            "-242.76|-242.76|",
            "+18,000.00|18000.00|",
            "(1,000.00)|-1000.00|",
            "1,000.00-|-1000.00|",
            "−3,700.00|-3700.00|",
            "¥86,400.00|86400.00|CNY",
            "￥８６，４００．００|86400.00|CNY",
            "RMB 86,400.00|86400.00|CNY",
            "CNY86,400.00|86400.00|CNY",
            "86,400.00元|86400.00|CNY",
            "EUR 30,000.00|30000.00|EUR",
            "€30.000,00|30000.00|EUR",
            "S$22 ,800|22800|SGD",
            "GBP 1,234.5|1234.5|GBP",
            "0.01|0.01|"})
    void readsAmountsAsBanksPrintThem(String text, String value, String currency) {
        Amounts.Parsed parsed = Amounts.parse(text).orElseThrow();
        assertEquals(new BigDecimal(value), parsed.value());
        assertEquals(Optional.ofNullable(currency), parsed.currency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "2026-08-01", "12,34,567", "1.2.3", "快捷支付", "86,400.00 (共 52 笔)"})
    void refusesWhatIsNotAnAmount(String text) {
        assertTrue(Amounts.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"86400.00,false", "+86400.00,true", "-1.00,true", "(2.00),true"})
    void saysWhetherTheSignWasPrinted(String text, boolean explicit) {
        assertEquals(explicit, Amounts.parse(text).orElseThrow().explicitSign());
    }

    @ParameterizedTest
    @CsvSource({"'12,345.67 DR',-12345.67", "'12,345.67DR',-12345.67", "'500.00 CR',500.00", "'1,000.00 Dr',-1000.00",
            "'(1,234.00)',-1234.00", "'-88.00 CR',-88.00"})
    void readsDebitAndCreditSuffixes(String text, String value) {
        Amounts.Parsed parsed = Amounts.parse(text).orElseThrow();
        assertEquals(new BigDecimal(value), parsed.value());
        assertTrue(parsed.explicitSign());
    }
}
