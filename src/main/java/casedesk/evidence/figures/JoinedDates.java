package casedesk.evidence.figures;

import casedesk.evidence.text.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A period printed without spaces is one word to the text layer: "2026-03-01~2026-03-31",
 * "2025年08月01日~2025年10月31日", "2026/03/01-2026/03/31". Parted at the range sign, where both
 * sides read as dates, it gives the period's two dates.
 */
final class JoinedDates {

    private static final String RANGE_SIGNS = "~～至–—-";

    private JoinedDates() {
    }

    /** The words with every one that joins two dates by a range sign replaced by the two dates. */
    static List<Word> apart(List<Word> words, Predicate<String> isDate) {
        List<Word> apart = new ArrayList<>(words.size());
        for (Word word : words) {
            apart.addAll(isDate.test(word.text()) ? List.of(word) : parted(word, isDate));
        }
        return apart;
    }

    private static List<Word> parted(Word word, Predicate<String> isDate) {
        int n = word.glyphs().size();
        for (int k = 1; k < n - 1; k++) {
            if (RANGE_SIGNS.contains(word.glyphs().get(k).text())) {
                Word from = word.slice(0, k);
                Word to = word.slice(k + 1, n);
                if (isDate.test(from.text()) && isDate.test(to.text())) {
                    return List.of(from, to);
                }
            }
        }
        return List.of(word);
    }
}
