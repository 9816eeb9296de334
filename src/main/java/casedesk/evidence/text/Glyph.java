package casedesk.evidence.text;

import casedesk.model.Box;

/**
 * One character as drawn on a page: its text (NFKC-normalised), its box in points from the top-left
 * of the page, its baseline, the font and size it was set in, and its place in the order of drawing
 * (so that a shape drawn later over it can be told from a background drawn before).
 */
public record Glyph(String text, Box box, double baseline, String font, float size, int order) {

    public double right() {
        return box.x() + box.width();
    }

    public double centerX() {
        return box.x() + box.width() / 2;
    }

    public double centerY() {
        return box.y() + box.height() / 2;
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
