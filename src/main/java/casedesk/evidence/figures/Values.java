package casedesk.evidence.figures;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text value may be, by the figure it is for: a person's name is the name alone (Chinese
 * characters and/or Latin letters, a title allowed, never a label word such as "Name" or "Account
 * No"), an account or ID number is digits (masked or grouped), anything else is the words as
 * printed. The reader would rather give no value than a label for one.
 */
final class Values {

    private static final Set<String> PERSON = Set.of("holder", "insured");
    private static final Set<String> NUMBERED = Set.of("account_number", "id_number");
    /** Stops a name: an opening bracket (an ID number follows), a comma, a digit, a colon. */
    private static final Pattern NAME = Pattern.compile(
            "^[\\p{IsHan}·•\\p{L} .'-]*?[\\p{IsHan}\\p{L}](?=\\s*(?:[(（,，;；:：\\d]|$))");
    /** Account and ID numbers: digits with spaces, dashes and masking stars; or a WeChat ID. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:[0-9Xx*＊•][0-9Xx*＊• -]*[0-9Xx*＊•])|(?:wxid_[A-Za-z0-9_-]+)");

    private Values() {
    }

    /**
     * The value for a figure from the words found beside its label, or empty when those words are
     * no such value.
     *
     * @param labelWords every label of the document kind, normalised, so that a label is never a value
     */
    static Optional<String> clean(String figure, String text, Set<String> labelWords) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        s = stripPunctuation(s);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (PERSON.contains(figure)) {
            Matcher m = NAME.matcher(s);
            if (!m.find()) {
                return Optional.empty();
            }
            String name = m.group().strip();
            return isLabel(name, labelWords) || name.codePoints().noneMatch(Character::isLetter)
                    ? Optional.empty() : Optional.of(name);
        }
        if (NUMBERED.contains(figure)) {
            Matcher m = NUMBER.matcher(s);
            while (m.find()) {
                String number = m.group().strip();
                if (number.startsWith("wxid_") || number.chars().filter(Character::isDigit).count() >= 4) {
                    return Optional.of(number);
                }
            }
            return Optional.empty();
        }
        return isLabel(s, labelWords) ? Optional.empty() : Optional.of(s);
    }

    private static boolean isLabel(String text, Set<String> labelWords) {
        return labelWords.contains(Labels.normalise(text));
    }

    private static String stripPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && ":：[]【】".indexOf(s.charAt(start)) >= 0 || start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && ":：[]【】,，;；".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end).strip();
    }

    /** Every label word of these fields, normalised. */
    static Set<String> labelWords(List<Field> fields) {
        return fields.stream().flatMap(f -> f.labels().stream()).map(Labels::normalise)
                .map(l -> l.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
