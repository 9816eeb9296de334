package casedesk.evidence.signals;

import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed in a page's words between two saves: a diff of the words in reading order, so that an
 * edit that shifts the rest of a line still shows as one change, "'8,400.00' became '86,400.00'".
 */
final class TextChanges {

    /** Beyond this many word pairs to compare, the changed stretch is reported whole instead of diffed. */
    private static final long LARGEST_TABLE = 4_000_000;

    /**
     * @param before the words the first save showed there (empty when words were added)
     * @param after  the words shown now (empty when words were removed)
     * @param box    where the change stands: the new words, else the place of the removed ones
     */
    record Change(int page, String before, String after, Box box) {
    }

    private TextChanges() {
    }

    static List<Change> between(PageText first, PageText last) {
        List<Word> a = words(first);
        List<Word> b = words(last);
        int start = 0;
        while (start < a.size() && start < b.size() && same(a.get(start), b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && same(a.get(endA - 1), b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Word> oldMiddle = a.subList(start, endA);
        List<Word> newMiddle = b.subList(start, endB);
        List<Change> changes = new ArrayList<>();
        if (oldMiddle.isEmpty() && newMiddle.isEmpty()) {
            return changes;
        }
        if ((long) oldMiddle.size() * newMiddle.size() > LARGEST_TABLE) {
            change(last.number(), oldMiddle, newMiddle).ifPresent(changes::add);
            return changes;
        }
        diff(last.number(), oldMiddle, newMiddle, changes);
        return changes;
    }

    /** A longest-common-subsequence diff; each run of unmatched words on either side is one change. */
    private static void diff(int page, List<Word> a, List<Word> b, List<Change> changes) {
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = same(a.get(i), b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Word> removed = new ArrayList<>();
        List<Word> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(a.get(i), b.get(j))) {
                change(page, removed, added).ifPresent(changes::add);
                removed = new ArrayList<>();
                added = new ArrayList<>();
                i++;
                j++;
            } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                removed.add(a.get(i++));
            } else {
                added.add(b.get(j++));
            }
        }
        change(page, removed, added).ifPresent(changes::add);
    }

    private static Optional<Change> change(int page, List<Word> removed, List<Word> added) {
        if (removed.isEmpty() && added.isEmpty()) {
            return Optional.empty();
        }
        List<Word> where = added.isEmpty() ? removed : added;
        Box box = where.getFirst().box();
        for (Word word : where) {
            box = box.union(word.box());
        }
        return Optional.of(new Change(page, text(removed), text(added), box));
    }

    private static List<Word> words(PageText page) {
        List<Word> words = new ArrayList<>();
        for (Line line : page.lines()) {
            words.addAll(line.words());
        }
        return words;
    }

    private static boolean same(Word a, Word b) {
        return a.text().equals(b.text());
    }

    private static String text(List<Word> words) {
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word.text());
        }
        return text.toString();
    }
}
