package casedesk.evidence.parse;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

/**
 * Amounts in Chinese capital numerals (大写), as certificates print them beside the figures so that
 * neither can be changed alone: 人民币叁拾万零捌佰伍拾元整 is 300,850.00; 壹万贰仟叁佰肆拾伍元陆角柒分 is
 * 12,345.67. The everyday numerals (一二三, 两) read too. A text that is not wholly such an amount is none.
 */
public final class ChineseNumerals {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('壹', 1), Map.entry('一', 1), Map.entry('贰', 2),
            Map.entry('貳', 2), Map.entry('二', 2), Map.entry('两', 2), Map.entry('叁', 3), Map.entry('參', 3),
            Map.entry('三', 3), Map.entry('肆', 4), Map.entry('四', 4), Map.entry('伍', 5), Map.entry('五', 5),
            Map.entry('陆', 6), Map.entry('陸', 6), Map.entry('六', 6), Map.entry('柒', 7), Map.entry('七', 7),
            Map.entry('捌', 8), Map.entry('八', 8), Map.entry('玖', 9), Map.entry('九', 9));
    private static final Map<Character, Integer> SMALL_UNITS = Map.of('拾', 10, '十', 10, '佰', 100, '百', 100,
            '仟', 1000, '千', 1000);
    private static final String CURRENCY_WORDS = "人民币|美元|港币|港元|欧元|英镑|日元";

    private ChineseNumerals() {
    }

    /** The amount, with the currency it names if it names one. */
    public record Parsed(BigDecimal value, Optional<String> currency) {
    }

    public static Optional<Parsed> parse(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s:：()（）]", "");
        Optional<String> currency = Optional.empty();
        java.util.regex.Matcher prefix = java.util.regex.Pattern.compile("^(" + CURRENCY_WORDS + ")").matcher(s);
        if (prefix.find()) {
            currency = Currencies.code(prefix.group(1));
            s = s.substring(prefix.end());
        }
        s = s.replaceAll("[整正]$", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int yuan = Math.max(s.indexOf('元'), s.indexOf('圆'));
        boolean centsOnly = yuan < 0 && (s.endsWith("角") || s.endsWith("分"));
        String whole = yuan >= 0 ? s.substring(0, yuan) : centsOnly ? "" : s;
        String fraction = yuan >= 0 ? s.substring(yuan + 1) : centsOnly ? s : "";
        Optional<Long> integer = whole.isEmpty() ? Optional.of(0L) : integer(whole);
        if (integer.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> cents = cents(fraction);
        if (cents.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = BigDecimal.valueOf(integer.get()).add(BigDecimal.valueOf(cents.get(), 2)).setScale(2);
        return Optional.of(new Parsed(value, currency));
    }

    /** 叁拾万零捌佰伍拾: sections of up to 仟 closed by 万 and 亿. */
    private static Optional<Long> integer(String text) {
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : text.toCharArray()) {
            if (DIGITS.containsKey(c)) {
                digit = DIGITS.get(c);
            } else if (SMALL_UNITS.containsKey(c)) {
                section += (digit < 0 ? 1 : digit) * SMALL_UNITS.get(c);
                digit = -1;
            } else if (c == '万' || c == '萬') {
                total += (section + Math.max(digit, 0)) * 10_000;
                section = 0;
                digit = -1;
            } else if (c == '亿') {
                total = (total + section + Math.max(digit, 0)) * 100_000_000;
                section = 0;
                digit = -1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(total + section + Math.max(digit, 0));
    }

    /** 陆角柒分, 零伍分, or nothing. */
    private static Optional<Integer> cents(String text) {
        int cents = 0;
        int digit = -1;
        for (char c : text.toCharArray()) {
            if (DIGITS.containsKey(c)) {
                digit = DIGITS.get(c);
            } else if (c == '角') {
                cents += Math.max(digit, 0) * 10;
                digit = -1;
            } else if (c == '分') {
                cents += Math.max(digit, 0);
                digit = -1;
            } else {
                return Optional.empty();
            }
        }
        return digit > 0 ? Optional.empty() : Optional.of(cents);
    }
}
