package casedesk.evidence.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Glyphs to lines and words, by position alone: glyphs whose baselines are within a fraction of the
 * text size share a line; a gap wider than a fraction of the text size or of the glyphs' own widths,
 * or a blank, ends a word. Column gaps in statements are many times wider than that; the letters of
 * a word, none. Two values set almost touching are still two words where the first one's form ends
 * (an amount's two decimals followed by a long number) or where a run of digits changes font: a
 * WeChat bill prints its merchant order number a few points right of the amount.
 */
final class LineBuilder {

    /** Baselines closer than this share a line, as a fraction of the smaller text size. */
    static final double SAME_LINE = 0.35;
    /** A gap wider than this ends a word, as a fraction of the text size. */
    static final double WORD_GAP = 0.3;
    /** A gap wider than this also ends a word, as a fraction of the mean width of the glyphs beside it. */
    static final double WORD_GAP_OF_WIDTH = 0.5;
    /** Glyphs narrower than this, as a fraction of the size, carry no usable width (zero-width fonts). */
    private static final double NO_WIDTH = 0.1;
    /** So many digits at least after an amount's two decimals make a number of their own, not decimals. */
    private static final int NUMBER_AFTER_AMOUNT = 8;
    /** An amount with exactly two decimals at the end of the word so far: "5,400.00", "12.95". */
    private static final Pattern ENDS_IN_AMOUNT = Pattern.compile("(^|[^\\d.,])(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d{2}$");

    private static final Comparator<Glyph> BY_X = (a, b) -> Double.compare(a.box().x(), b.box().x());
    private static final Comparator<Glyph> BY_BASELINE_THEN_X = (a, b) -> {
        int byBaseline = Double.compare(a.baseline(), b.baseline());
        return byBaseline != 0 ? byBaseline : Double.compare(a.box().x(), b.box().x());
    };

    private LineBuilder() {
    }

    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        if (!isSorted(sorted, BY_BASELINE_THEN_X)) {
            sorted.sort(BY_BASELINE_THEN_X);
        }
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double lineBaseline = Double.NaN;
        float lineSize = 0;
        for (Glyph glyph : sorted) {
            if (!current.isEmpty()
                    && glyph.baseline() - lineBaseline > SAME_LINE * Math.max(1, Math.min(lineSize, glyph.size()))) {
                addLine(lines, current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineBaseline = glyph.baseline();
                lineSize = glyph.size();
            }
            current.add(glyph);
        }
        addLine(lines, current);
        return lines;
    }

    /**
     * A colon ends a word, so that "户名:张晨曦" reads as label and value, unless it sits between
     * digits as in a time of day (12:30:00).
     */
    private static boolean endsLabel(List<Glyph> word, Glyph glyph, List<Glyph> line) {
        if (word.isEmpty() || !glyph.text().equals(":")) {
            return false;
        }
        int at = word.size() - 1;
        boolean digitBefore = at > 0 && Character.isDigit(word.get(at - 1).text().codePointAt(0));
        int next = line.indexOf(glyph) + 1;
        boolean digitAfter = next < line.size() && !line.get(next).isBlank()
                && Character.isDigit(line.get(next).text().codePointAt(0));
        return !(digitBefore && digitAfter);
    }

    /**
     * A gap that parts two words: wider than a fraction of the text size, or of the glyphs' own
     * widths where the font gives them, so that narrow (condensed) figures set a little apart part too.
     */
    private static boolean isGap(Glyph previous, Glyph glyph) {
        double gap = glyph.box().x() - previous.right();
        double size = Math.max(1, Math.min(previous.size(), glyph.size()));
        if (gap > WORD_GAP * size) {
            return true;
        }
        double a = previous.box().width();
        double b = glyph.box().width();
        if (a < NO_WIDTH * previous.size() || b < NO_WIDTH * glyph.size()) {
            return false;
        }
        return gap > WORD_GAP_OF_WIDTH * (a + b) / 2;
    }

    /** Digits of one figure are set in one font; a run of digits that changes font is two figures. */
    private static boolean isFontChangeInDigits(Glyph previous, Glyph glyph) {
        return isFigure(previous) && isFigure(glyph) && !previous.font().equals(glyph.font());
    }

    private static boolean isFigure(Glyph glyph) {
        int c = glyph.text().codePointAt(0);
        return Character.isDigit(c) || c == ',' || c == '.';
    }

    /**
     * Whether the word so far ends in an amount with exactly two decimals and a long run of digits
     * follows directly: "5,400.00" then "20260830220029276134503244664355" is an amount and an order
     * number, since no amount has thirty decimals. A short run (an exchange rate 7.1234) stays one word.
     */
    private static boolean endsAmountBeforeNumber(List<Glyph> word, List<Glyph> line, int next) {
        if (word.size() < 4 || !Character.isDigit(line.get(next).text().codePointAt(0))
                || !word.get(word.size() - 3).text().equals(".")) {
            return false;
        }
        int digits = 0;
        for (int k = next; k < line.size() && Character.isDigit(line.get(k).text().codePointAt(0)); k++) {
            if (k > next && isGap(line.get(k - 1), line.get(k))) {
                break;
            }
            digits++;
        }
        if (digits < NUMBER_AFTER_AMOUNT) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (Glyph glyph : word) {
            text.append(glyph.text());
        }
        return ENDS_IN_AMOUNT.matcher(text).find();
    }

    /** Most content draws text in reading order; checking is cheaper than sorting. */
    private static boolean isSorted(List<Glyph> glyphs, Comparator<Glyph> order) {
        for (int i = 1; i < glyphs.size(); i++) {
            if (order.compare(glyphs.get(i - 1), glyphs.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static void addLine(List<Line> lines, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        if (!isSorted(glyphs, BY_X)) {
            glyphs.sort(BY_X);
        }
        List<Word> words = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        Glyph previous = null;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph glyph = glyphs.get(i);
            boolean border = previous != null && !word.isEmpty()
                    && (isGap(previous, glyph) || isFontChangeInDigits(previous, glyph)
                            || endsAmountBeforeNumber(word, glyphs, i));
            if (glyph.isBlank() || border) {
                if (!word.isEmpty()) {
                    words.add(Word.of(word));
                    word = new ArrayList<>();
                }
            }
            if (!glyph.isBlank()) {
                word.add(glyph);
            }
            if (endsLabel(word, glyph, glyphs)) {
                words.add(Word.of(word));
                word = new ArrayList<>();
            }
            previous = glyph;
        }
        if (!word.isEmpty()) {
            words.add(Word.of(word));
        }
        if (!words.isEmpty()) {
            lines.add(Line.of(words));
        }
    }
}
