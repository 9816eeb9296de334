package casedesk.evidence.text;

import casedesk.model.Box;
import java.util.List;

/** Glyphs set next to each other on one line without a gap: "2026-08-01", "86,400.00", "交易日期". */
public record Word(String text, Box box, double baseline, List<Glyph> glyphs) {

    public Word {
        glyphs = List.copyOf(glyphs);
    }

    static Word of(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        Box box = glyphs.getFirst().box();
        for (Glyph glyph : glyphs) {
            text.append(glyph.text());
            box = box.union(glyph.box());
        }
        return new Word(text.toString(), box, glyphs.getFirst().baseline(), glyphs);
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
