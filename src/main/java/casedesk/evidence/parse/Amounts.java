package casedesk.evidence.parse;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as documents print them: thousands separators, full-width digits, currency signs and
 * codes before or after ({@code ¥}, {@code RMB}, {@code CNY}, {@code €}, {@code S$}, {@code 元}),
 * negatives as {@code -x}, {@code −x}, {@code x-}, {@code (x)} or {@code x DR} (a
 * credit {@code x CR}), an explicit {@code +}, and the
 * stray spaces an OCR layer leaves inside a number ({@code 22 ,800}). Exact: BigDecimal from text.
 */
public final class Amounts {

    /** What was read: the signed value, and the currency if the text named one. */
    public record Parsed(BigDecimal value, Optional<String> currency, boolean explicitSign) {
    }

    private static final Pattern DEBIT_CREDIT_SUFFIX = Pattern.compile("(.*\\d)\\s*(DR|CR|Dr|Cr)\\.?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern EUROPEAN = Pattern.compile("\\d{1,3}(\\.\\d{3})+,\\d{1,2}|\\d+,\\d{2}");
    private static final Pattern MARKERS = Pattern.compile(
            "^(?<pre>RMB|CNY|USD|EUR|GBP|HKD|SGD|JPY|CHF|AUD|CAD|US\\$|HK\\$|S\\$|A\\$|C\\$|¥|€|£|\\$)?"
                    + "(?<number>.*?)"
                    + "(?<post>元|RMB|CNY|USD|EUR|GBP|HKD|SGD|JPY|CHF|AUD|CAD|€|£|¥|\\$)?$",
            Pattern.CASE_INSENSITIVE);

    private Amounts() {
    }

    public static Optional<Parsed> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip()
                .replace('\u2212', '-').replace('\u2013', '-').replace("\u00a0", "");
        boolean negative = false;
        boolean explicitSign = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            explicitSign = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("-") || s.startsWith("+")) {
            negative |= s.startsWith("-");
            explicitSign = true;
            s = s.substring(1).strip();
        }
        if (s.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        Matcher suffix = DEBIT_CREDIT_SUFFIX.matcher(s);
        if (suffix.matches()) {
            // "12,345.67 DR": an overdrawn balance or a debit; "CR" a credit.
            negative ^= suffix.group(2).equalsIgnoreCase("dr");
            explicitSign = true;
            s = suffix.group(1).strip();
        }
        Matcher markers = startsAndEndsWithDigit(s) ? null : MARKERS.matcher(s);
        if (markers == null) {
            return number(s, Optional.empty(), negative, explicitSign);
        }
        if (!markers.matches()) {
            return Optional.empty();
        }
        Optional<String> currency = Currencies.code(markers.group("pre"))
                .or(() -> Currencies.code(markers.group("post")));
        return number(markers.group("number").strip(), currency, negative, explicitSign);
    }

    /** A bare number, the common case of a statement cell: no currency marker to look for. */
    private static boolean startsAndEndsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(s.length() - 1));
    }

    private static Optional<Parsed> number(String text, Optional<String> currency, boolean negativeSoFar,
            boolean explicitSoFar) {
        String number = text;
        boolean negative = negativeSoFar;
        boolean explicitSign = explicitSoFar;
        if (number.startsWith("-") || number.startsWith("+")) {
            negative |= number.startsWith("-");
            explicitSign = true;
            number = number.substring(1);
        }
        if (number.endsWith("-")) {
            negative = true;
            explicitSign = true;
            number = number.substring(0, number.length() - 1);
        }
        if (number.chars().anyMatch(Character::isWhitespace)) {
            number = WHITESPACE.matcher(number).replaceAll("");
        }
        BigDecimal value;
        if (GROUPED.matcher(number).matches()) {
            value = new BigDecimal(number.replace(",", ""));
        } else if (PLAIN.matcher(number).matches()) {
            value = new BigDecimal(number);
        } else if (EUROPEAN.matcher(number).matches()) {
            value = new BigDecimal(number.replace(".", "").replace(',', '.'));
        } else {
            return Optional.empty();
        }
        return Optional.of(new Parsed(negative ? value.negate() : value, currency, explicitSign));
    }

    /** Whether the text reads as an amount (with or without a currency). */
    public static boolean isAmount(String text) {
        return parse(text).isPresent();
    }
}
