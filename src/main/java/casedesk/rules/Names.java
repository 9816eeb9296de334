package casedesk.rules;

import casedesk.model.Applicant;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a name printed on a document is the applicant's: the name in Chinese characters, or the
 * Latin name in either order, any case, with or without spaces between syllables (WANG XIAOMING,
 * Xiaoming Wang, WANGXIAOMING, Wang Xiao Ming).
 */
final class Names {

    private Names() {
    }

    static boolean matches(Applicant applicant, String printed) {
        String text = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        if (!applicant.nativeName().isBlank() && han(text).equals(applicant.nativeName())) {
            return true;
        }
        String latin = latin(text);
        if (latin.isEmpty()) {
            return false;
        }
        String surname = latin(applicant.surname());
        String given = latin(applicant.givenNames());
        return latin.equals(surname + given) || latin.equals(given + surname);
    }

    /** The national ID as printed (often masked: 310101********1234) agrees with the applicant's, where shown. */
    static boolean idAgrees(String nationalId, String printed) {
        String id = printed.strip().toUpperCase(Locale.ROOT);
        String known = nationalId.strip().toUpperCase(Locale.ROOT);
        if (known.isEmpty() || id.length() != known.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c != '*' && c != known.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String han(String text) {
        StringBuilder han = new StringBuilder();
        text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .forEach(han::appendCodePoint);
        return han.toString();
    }

    private static String latin(String text) {
        StringBuilder latin = new StringBuilder();
        text.toUpperCase(Locale.ROOT).codePoints().filter(cp -> cp >= 'A' && cp <= 'Z').forEach(latin::appendCodePoint);
        return latin.toString();
    }
}
