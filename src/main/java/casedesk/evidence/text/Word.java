package casedesk.evidence.text;

import casedesk.model.Box;
import java.util.List;

/** Glyphs set next to each other on one line without a gap: "2026-08-01", "86,400.00", "交易日期". */
public record Word(String text, Box box, double baseline, List<Glyph> glyphs) {

    public Word {
        glyphs = List.copyOf(glyphs);
    }

    static Word of(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder(glyphs.size());
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Glyph glyph : glyphs) {
            text.append(glyph.text());
            Box b = glyph.box();
            left = Math.min(left, b.x());
            top = Math.min(top, b.y());
            right = Math.max(right, b.x() + b.width());
            bottom = Math.max(bottom, b.y() + b.height());
        }
        return new Word(text.toString(), new Box(left, top, right - left, bottom - top), glyphs.getFirst().baseline(),
                glyphs);
    }

    /** The word made of this word's glyphs {@code from} (inclusive) to {@code to} (exclusive). */
    public Word slice(int from, int to) {
        return of(glyphs.subList(from, to));
    }

    public double left() {
        return box.x();
    }

    public double right() {
        return box.x() + box.width();
    }

    public double centerX() {
        return box.x() + box.width() / 2;
    }

    /** The size of the text, taken from its first glyph. */
    public float size() {
        return glyphs.getFirst().size();
    }
}
