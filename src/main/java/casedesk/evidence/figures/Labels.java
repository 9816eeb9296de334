package casedesk.evidence.figures;

import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finding a label on a page: one of its synonyms, Chinese or English, as consecutive words of a
 * line (any case, with or without a trailing colon) that begins a line or a cell (a wide gap or a
 * cell border before it). "Sum Insured" therefore holds no label "Insured".
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

    /** A unit in brackets after a label: 期末余额（元）, Amount (CNY). */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "\\s*\\((?:元|人民币|人民币元|万元|rmb|cny|hkd|usd|eur|gbp)\\)$");

    /** Lower-case, NFKC, without trailing colons and surrounding punctuation, nor a unit in brackets after it. */
    public static String normalise(String text) {
        if (isPlainLowerAscii(text)) {
            return text; // the common case: a word NFKC, lower case and stripping leave as it is
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        while (!s.isEmpty() && (s.endsWith(":") || s.endsWith("："))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.endsWith(")") && s.indexOf('(') > 0) {
            s = UNIT.matcher(s).replaceFirst("");
        }
        return s;
    }

    private static boolean isPlainLowerAscii(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c <= ' ' || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        char last = text.charAt(text.length() - 1);
        return last != ':' && last != ')';
    }

    /** Every place on the pages where one of the synonyms stands as a label, top to bottom, page by page. */
    public static List<Hit> find(List<PageText> pages, List<String> synonyms) {
        return Index.of(pages).find(synonyms);
    }

    /**
     * The pages' words with their normalised forms, computed once, so that looking up many labels
     * does not normalise every word again for each.
     */
    public static final class Index {
        private final List<PageText> pages;
        private final List<List<String[]>> keys = new ArrayList<>();
        /** For each word, whether it begins a cell: worked out once, not once per label looked for. */
        private final List<List<boolean[]>> cellStarts = new ArrayList<>();

        private Index(List<PageText> pages) {
            this.pages = pages;
            for (PageText page : pages) {
                List<String[]> pageKeys = new ArrayList<>();
                List<boolean[]> pageStarts = new ArrayList<>();
                List<Box> upright = Borders.upright(page);
                for (Line line : page.lines()) {
                    List<Word> words = line.words();
                    String[] lineKeys = new String[words.size()];
                    boolean[] starts = new boolean[words.size()];
                    for (int i = 0; i < lineKeys.length; i++) {
                        lineKeys[i] = normalise(words.get(i).text());
                        starts[i] = beginsCell(words, i) || Borders.between(upright, words.get(i - 1), words.get(i));
                    }
                    pageKeys.add(lineKeys);
                    pageStarts.add(starts);
                }
                keys.add(pageKeys);
                cellStarts.add(pageStarts);
            }
        }

        public static Index of(List<PageText> pages) {
            return new Index(pages);
        }

        public List<Hit> find(List<String> synonyms) {
            // The longest synonym first: "Insured person" before "Insured".
            List<String[]> wanted = synonyms.stream().map(s -> normalise(s).split("\\s+"))
                    .sorted((a, b) -> b.length - a.length).toList();
            List<Hit> hits = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                PageText page = pages.get(p);
                for (int l = 0; l < page.lines().size(); l++) {
                    Line line = page.lines().get(l);
                    String[] lineKeys = keys.get(p).get(l);
                    boolean[] starts = cellStarts.get(p).get(l);
                    for (int start = 0; start < lineKeys.length; start++) {
                        if (!starts[start]) {
                            continue;
                        }
                        int end = labelEnd(lineKeys, start, wanted);
                        if (end > start) {
                            end = translationEnd(lineKeys, end, wanted);
                            hits.add(new Hit(page, line, line.words().subList(start, end)));
                            start = end - 1;
                        }
                    }
                }
            }
            return hits;
        }

        /** Where the first synonym that starts at {@code start} ends, or {@code start} if none does. */
        private static int labelEnd(String[] keys, int start, List<String[]> wanted) {
            for (String[] tokens : wanted) {
                if (matches(keys, start, tokens)) {
                    return start + tokens.length;
                }
            }
            return start;
        }

        /**
         * A bilingual label prints its translation right after it, with or without a slash: "户名
         * Account Name", "户名 / Account Name:". The translation is part of the label, not its value.
         */
        private static int translationEnd(String[] keys, int end, List<String[]> wanted) {
            int next = end < keys.length && keys[end].equals("/") ? end + 1 : end;
            int translated = labelEnd(keys, next, wanted);
            return translated > next ? translated : end;
        }

        private static boolean matches(String[] keys, int start, String[] tokens) {
            if (start + tokens.length > keys.length) {
                return false;
            }
            for (int i = 0; i < tokens.length; i++) {
                if (!keys[start + i].equals(tokens[i])) {
                    return false;
                }
            }
            return true;
        }
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
        // After a value, a label that ends in a colon starts anew: "报告日期：2026年08月16日 有效期至：…".
        boolean afterValue = before.text().chars().anyMatch(Character::isDigit)
                && (word.text().endsWith(":") || word.text().endsWith("："));
        return afterValue || word.left() - before.right() > 1.5 * Math.max(word.size(), 1)
                || before.text().equals("/")
                || before.text().endsWith(".") && before.text().length() > 3 && Character.isUpperCase(word.text().codePointAt(0))
                || before.text().endsWith(":") || before.text().endsWith(")") || before.text().endsWith("]")
                || before.text().endsWith("】");
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
