package casedesk.evidence.text;

import java.util.List;
import java.util.Set;

/**
 * What is on one page: the visible text as lines of words, the glyphs that something drawn later
 * hides, the filled shapes and annotations, the tags of its marked-content sections (Acrobat tags
 * text retyped with its TouchUp tool), and the page size in points.
 */
public record PageText(int number, double width, double height, List<Line> lines, List<Glyph> hiddenGlyphs,
        List<Shape> shapes, int glyphCount, Set<String> markedContent) {

    public PageText {
        lines = List.copyOf(lines);
        hiddenGlyphs = List.copyOf(hiddenGlyphs);
        shapes = List.copyOf(shapes);
        markedContent = Set.copyOf(markedContent);
    }

    public boolean hasText() {
        return glyphCount > 0;
    }
}
