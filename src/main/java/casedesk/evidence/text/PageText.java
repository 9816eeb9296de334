package casedesk.evidence.text;

import casedesk.model.Box;
import java.util.List;
import java.util.Set;

/**
 * What is on one page: the visible text as lines of words, the glyphs that something drawn later
 * hides, the filled shapes and annotations, the tags of its marked-content sections (Acrobat tags
 * text retyped with its TouchUp tool), the rules stroked on it (the ruling of a lattice table,
 * whose bands are its rows and whose upright rules part its columns), and the page size in points.
 *
 * @param rules stroked level and upright lines and the edges of stroked rectangles, each as a box of
 *              no height (level) or no width (upright), top to bottom
 */
public record PageText(int number, double width, double height, List<Line> lines, List<Glyph> hiddenGlyphs,
        List<Shape> shapes, int glyphCount, Set<String> markedContent, List<Box> rules) {

    public PageText {
        lines = List.copyOf(lines);
        hiddenGlyphs = List.copyOf(hiddenGlyphs);
        shapes = List.copyOf(shapes);
        markedContent = Set.copyOf(markedContent);
        rules = List.copyOf(rules);
    }

    /** A page without rules: a part of a page cut out for reading, where the ruling is of no use. */
    public PageText(int number, double width, double height, List<Line> lines, List<Glyph> hiddenGlyphs,
            List<Shape> shapes, int glyphCount, Set<String> markedContent) {
        this(number, width, height, lines, hiddenGlyphs, shapes, glyphCount, markedContent, List.of());
    }

    /** Whether a rule runs level (across) rather than upright. */
    public static boolean isLevel(Box rule) {
        return rule.width() > rule.height();
    }

    public boolean hasText() {
        return glyphCount > 0;
    }
}
