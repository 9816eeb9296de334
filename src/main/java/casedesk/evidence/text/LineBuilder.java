package casedesk.evidence.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs to lines and words, by position alone: glyphs whose baselines are within a fraction of the
 * text size share a line; a gap wider than a fraction of the text size, or a blank, ends a word.
 * Column gaps in statements are many times wider than that; the letters of a word, none.
 */
final class LineBuilder {

    /** Baselines closer than this share a line, as a fraction of the smaller text size. */
    static final double SAME_LINE = 0.35;
    /** A gap wider than this ends a word, as a fraction of the text size. */
    static final double WORD_GAP = 0.3;

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
        for (Glyph glyph : glyphs) {
            boolean gap = previous != null
                    && glyph.box().x() - previous.right() > WORD_GAP * Math.max(1, Math.min(previous.size(), glyph.size()));
            if (glyph.isBlank() || gap) {
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
