package casedesk.evidence.text;

import casedesk.model.Box;
import java.util.Set;

/**
 * A filled rectangle drawn on a page, or an annotation's rectangle, with its fill colour as RGB in
 * 0..1 where known and its place in the order of drawing. Annotations are drawn over the page, so
 * their order is after every glyph.
 *
 * @param annotation the annotation subtype (e.g. "Square"), or empty for a rectangle in the content
 */
public record Shape(Box box, float[] rgb, int order, String annotation) {

    /** Annotation subtypes that paint an opaque area; a highlight or a link does not hide anything. */
    private static final Set<String> OPAQUE_ANNOTATIONS = Set.of("Square", "FreeText", "Redact", "Stamp", "Ink");

    public boolean isAnnotation() {
        return !annotation.isEmpty();
    }

    /** Near-white: the colour of paper, which is what hides text without showing. */
    public boolean isPaperColoured() {
        return rgb != null && rgb.length == 3 && rgb[0] > 0.94f && rgb[1] > 0.94f && rgb[2] > 0.94f;
    }

    /** Whether this shape can hide text at all: opaque like paper, or an opaque annotation. */
    public boolean canHide() {
        return isAnnotation() ? OPAQUE_ANNOTATIONS.contains(annotation) : isPaperColoured();
    }

    /** Whether this shape hides the glyph: drawn after it, over its centre, and opaque like paper. */
    public boolean hides(Glyph glyph) {
        return canHide() && order > glyph.order() && box.contains(glyph.centerX(), glyph.centerY());
    }
}
