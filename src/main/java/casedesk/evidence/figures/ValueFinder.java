package casedesk.evidence.figures;

import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The value that goes with a label: the words to its right at the same height (stacked bilingual
 * labels put the value a little lower than the Chinese label), up to a wide gap, a cell border or the
 * next label;
 * or, where a layout puts it there, the words just below it.
 */
public final class ValueFinder {

    /**
     * A gap wider than this many text sizes ends a value; so does a label with a colon ("金额: 50,000.00
     * 币种: CNY"). A label without one is taken for part of the value: "Insurance Company" is also
     * the end of an insurer's name.
     */
    private static final double VALUE_GAP = 2.5;

    private ValueFinder() {
    }

    /** The value right of a label, up to a wide gap: for checks that look at a labelled value themselves. */
    public static List<Word> rightOf(Labels.Hit label) {
        return rightOf(label, words -> false);
    }

    static List<Word> rightOf(Labels.Hit label, Predicate<List<Word>> startsLabel) {
        Word last = label.last();
        // Words at the label's height, from every line: a value set a little off the baseline (a
        // figure drawn over a covered one, a different font) still belongs to it.
        List<Word> candidates = new ArrayList<>();
        double top = last.box().y() - 2 * last.box().height();
        double bottom = last.box().y() + 3 * last.box().height();
        for (Line line : label.page().lines()) {
            if (line.bottom() < top || line.top() > bottom) {
                continue;
            }
            for (Word word : line.words()) {
                if (word.left() >= last.right() - 1 && sameHeight(last, word)) {
                    candidates.add(word);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Word::left));
        return run(label.page(), candidates, 0, startsLabel);
    }

    /** The first words under the label, overlapping it across, within a few lines. */
    static List<Word> below(Labels.Hit label, Predicate<List<Word>> startsLabel) {
        Word first = label.first();
        Word last = label.last();
        double left = first.left() - first.size();
        double right = Math.max(last.right(), first.left() + 120);
        for (Line line : label.page().lines()) {
            if (line.top() <= last.box().y() + last.box().height() - 1 || line.top() > last.box().y() + 8 * last.size()) {
                continue;
            }
            List<Word> words = line.words();
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                if (word.right() > left && word.left() < right) {
                    return run(label.page(), words, i, startsLabel);
                }
            }
        }
        return List.of();
    }

    /** Every word right of the label on its line, whatever the gaps. */
    static List<Word> restOfLine(Labels.Hit label) {
        List<Word> words = label.line().words();
        int at = words.indexOf(label.last());
        return at < 0 ? List.of() : words.subList(at + 1, words.size());
    }

    /** The words left of the label on its line, nearest first: a row that prints its figure before naming it. */
    static List<Word> leftOf(Labels.Hit label) {
        List<Word> words = label.line().words();
        int at = words.indexOf(label.first());
        List<Word> left = new ArrayList<>(words.subList(0, Math.max(0, at)));
        return left.reversed();
    }

    /** The words from {@code from} up to a wide gap, a cell border, or the next label with a colon. */
    private static List<Word> run(PageText page, List<Word> words, int from, Predicate<List<Word>> startsLabel) {
        List<Word> value = new ArrayList<>();
        for (int i = from; i < words.size(); i++) {
            Word word = words.get(i);
            if (!value.isEmpty()) {
                Word previous = value.getLast();
                if (word.left() - previous.right() > VALUE_GAP * Math.max(word.size(), 1)
                        || (word.text().endsWith(":") && startsLabel.test(words.subList(i, words.size())))
                        || Borders.between(page, previous, word)) {
                    break;
                }
            }
            value.add(word);
        }
        return value;
    }

    private static boolean sameHeight(Word label, Word value) {
        double dy = Math.abs((label.box().y() + label.box().height() / 2) - (value.box().y() + value.box().height() / 2));
        return dy <= 0.6 * Math.max(label.box().height(), value.box().height());
    }
}
