package casedesk.demo.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import casedesk.model.Applicant;

/** How values are printed on the documents. All formatters here are immutable and thread-safe. */
final class Formats {

    static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
    static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年MM月dd日", Locale.ROOT);
    static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private static final String DIGITS = Vocabulary.CAPITAL_DIGITS;
    private static final String[] IN_GROUP_UNITS = {"仟", "佰", "拾", ""};
    private static final String[] GROUP_UNITS = {"", "万", "亿", "万"};

    private Formats() {
    }

    /** 86400 → "86,400.00"; negative amounts with a leading "-". */
    static String amount(BigDecimal value) {
        BigDecimal scaled = value.setScale(2, RoundingMode.UNNECESSARY);
        String plain = scaled.abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(plain.charAt(i));
        }
        grouped.append(plain, dot, plain.length());
        return scaled.signum() < 0 ? "-" + grouped : grouped.toString();
    }

    /** "+18,000.00" or "-242.76", as statements with one signed amount column print them. */
    static String signedAmount(BigDecimal value) {
        return value.signum() < 0 ? amount(value) : "+" + amount(value);
    }

    static String date(LocalDate date, DateTimeFormatter format) {
        return format.format(date);
    }

    /** The Chinese name of a currency (人民币 for CNY), or the code where there is none. */
    static String currencyName(String code) {
        for (Vocabulary.Romanised currency : Vocabulary.CURRENCY_NAMES) {
            if (currency.pinyin().equals(code)) {
                return currency.hanzi();
            }
        }
        return code;
    }

    /** "王小明 WANG XIAOMING": characters then the name in capitals, as Chinese banks print a holder. */
    static String holderName(Applicant person) {
        String latin = person.latinName().toUpperCase(Locale.ROOT);
        return person.nativeName().isBlank() ? latin : person.nativeName() + " " + latin;
    }

    /** 86400.00 → 捌万陆仟肆佰元整: the amount in capital numerals, as certificates print it against alteration. */
    static String capitalAmount(BigDecimal value) {
        BigDecimal scaled = value.abs().setScale(2, RoundingMode.UNNECESSARY);
        long yuan = scaled.longValue();
        int cents = scaled.subtract(BigDecimal.valueOf(yuan)).movePointRight(2).intValueExact();
        StringBuilder words = new StringBuilder();
        if (yuan > 0) {
            int[] groups = new int[4];
            long rest = yuan;
            int highest = 0;
            for (int g = 0; g < 4 && rest > 0; g++) {
                groups[g] = (int) (rest % 10_000);
                rest /= 10_000;
                highest = g;
            }
            if (rest > 0) {
                throw new IllegalArgumentException("amount too large to write in words: " + value);
            }
            boolean zeroPending = false;
            for (int g = highest; g >= 0; g--) {
                int group = groups[g];
                if (group == 0) {
                    zeroPending = !words.isEmpty();
                    continue;
                }
                if (zeroPending || (!words.isEmpty() && group < 1000)) {
                    words.append('零');
                }
                words.append(groupInWords(group)).append(GROUP_UNITS[g]);
                zeroPending = false;
            }
            words.append('元');
        }
        int jiao = cents / 10;
        int fen = cents % 10;
        if (jiao == 0 && fen == 0) {
            return (words.isEmpty() ? "零元" : words) + "整";
        }
        if (jiao > 0) {
            words.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            words.append('零');
        }
        if (fen > 0) {
            words.append(DIGITS.charAt(fen)).append('分');
        } else {
            words.append('整');
        }
        return words.toString();
    }

    private static String groupInWords(int group) {
        StringBuilder words = new StringBuilder();
        int[] digits = {group / 1000, group / 100 % 10, group / 10 % 10, group % 10};
        boolean started = false;
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            if (digits[i] == 0) {
                zero = started;
            } else {
                if (zero) {
                    words.append('零');
                    zero = false;
                }
                words.append(DIGITS.charAt(digits[i])).append(IN_GROUP_UNITS[i]);
                started = true;
            }
        }
        return words.toString();
    }
}
