package casedesk.evidence.figures;

import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finding a label on a page: one of its synonyms, Chinese or English, as consecutive words of a
 * line (any case, with or without a trailing colon) that begins a line or a cell (a wide gap before
 * it). "Sum Insured" therefore holds no label "Insured".
 */
public final class Labels {

    /** A label found: the page, its words. */
    public record Hit(PageText page, Line line, List<Word> words) {
        public Word last() {
            return words.getLast();
        }

        public Word first() {
            return words.getFirst();
        }
    }

    private Labels() {
    }

    /** Lower-case, NFKC, without trailing colons and surrounding punctuation. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        while (!s.isEmpty() && (s.endsWith(":") || s.endsWith("："))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Every place on the pages where one of the synonyms stands as a label, top to bottom, page by page. */
    public static List<Hit> find(List<PageText> pages, List<String> synonyms) {
        List<List<String>> wanted = synonyms.stream()
                .map(s -> Arrays.stream(normalise(s).split("\\s+")).toList()).toList();
        List<Hit> hits = new ArrayList<>();
        for (PageText page : pages) {
            for (Line line : page.lines()) {
                List<Word> words = line.words();
                for (int start = 0; start < words.size(); start++) {
                    if (!beginsCell(words, start)) {
                        continue;
                    }
                    for (List<String> tokens : wanted) {
                        if (matches(words, start, tokens)) {
                            hits.add(new Hit(page, line, words.subList(start, start + tokens.size())));
                            break;
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Whether any synonym starts at this word, as a label would. */
    public static boolean isLabelAt(List<Word> words, int start, List<List<String>> tokens) {
        return tokens.stream().anyMatch(t -> matches(words, start, t));
    }

    static boolean beginsCell(List<Word> words, int index) {
        if (index == 0) {
            return true;
        }
        Word before = words.get(index - 1);
        Word word = words.get(index);
        return word.left() - before.right() > 1.5 * Math.max(word.size(), 1)
                || before.text().endsWith(":") || before.text().endsWith(")");
    }

    private static boolean matches(List<Word> words, int start, List<String> tokens) {
        if (start + tokens.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!normalise(words.get(start + i).text()).equals(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }
}
