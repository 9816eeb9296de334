package casedesk.evidence.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"人民币叁拾万零捌佰伍拾元整,300850.00,CNY", "人民币壹拾贰万叁仟肆佰元整,123400.00,CNY",
            "壹万贰仟叁佰肆拾伍元陆角柒分,12345.67,", "捌万陆仟肆佰元整,86400.00,", "美元伍仟元零伍分,5000.05,USD",
            "拾元整,10.00,", "壹亿零伍万元整,100050000.00,", "人民币 贰拾万元整,200000.00,CNY", "三千二百元,3200.00,",
            "伍角,0.50,"})
    void readsCapitalNumerals(String text, String value, String currency) {
        ChineseNumerals.Parsed parsed = ChineseNumerals.parse(text).orElseThrow();
        assertEquals(new BigDecimal(value), parsed.value());
        assertEquals(Optional.ofNullable(currency), parsed.currency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "人民币", "86,400.00", "叁拾万元整另加", "Say US Dollars Thirty Only", "壹元伍"})
    void refusesWhatIsNoAmountInNumerals(String text) {
        assertTrue(ChineseNumerals.parse(text).isEmpty(), text);
    }
}
