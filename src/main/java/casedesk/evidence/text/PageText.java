package casedesk.evidence.text;

import java.util.List;

/**
 * What is on one page: the visible text as lines of words, the glyphs that something drawn later
 * hides, the filled shapes and annotations, and the page size in points.
 */
public record PageText(int number, double width, double height, List<Line> lines, List<Glyph> hiddenGlyphs,
        List<Shape> shapes, int glyphCount) {

    public PageText {
        lines = List.copyOf(lines);
        hiddenGlyphs = List.copyOf(hiddenGlyphs);
        shapes = List.copyOf(shapes);
    }

    public boolean hasText() {
        return glyphCount > 0;
    }
}
