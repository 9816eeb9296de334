package casedesk.evidence.random;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement laid out but not yet written: pages of text runs and lines at fixed positions in PDF
 * points (origin bottom left), in one font face. Each renderer writes exactly this, so what a page
 * shows is the same whichever library writes it, and the truth holds for both.
 */
record Drawing(Face face, List<Page> pages) {

    sealed interface Op permits Text, Line {
    }

    /** One text run, its baseline starting at (x, y). */
    record Text(float x, float y, float size, String text) implements Op {
    }

    record Line(float x1, float y1, float x2, float y2) implements Op {
    }

    record Page(float width, float height, List<Op> ops) {
        Page(float width, float height) {
            this(width, height, new ArrayList<>());
        }

        void text(float x, float y, float size, String text) {
            if (!text.isEmpty()) {
                ops.add(new Text(x, y, size, text));
            }
        }

        void line(float x1, float y1, float x2, float y2) {
            ops.add(new Line(x1, y1, x2, y2));
        }

        void box(float x, float y, float width, float height) {
            line(x, y, x + width, y);
            line(x + width, y, x + width, y + height);
            line(x + width, y + height, x, y + height);
            line(x, y + height, x, y);
        }
    }
}
