package casedesk.desk.evidence;

import casedesk.model.Box;
import casedesk.model.Figure;
import java.util.Objects;

/**
 * A box on a page the officer can click, tied to what it stands for.
 *
 * @param key   what the box stands for, in the case screen's terms (a figure id, a transaction row, a
 *              signal...): the viewer hands the target back when it is clicked and never reads the key
 * @param page  1-based
 * @param box   in PDF points from the top-left of the page as displayed (see {@link Box})
 * @param label a few words for the officer, e.g. the figure's name
 */
public record PageTarget(String key, int page, Box box, String label) {

    public PageTarget {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(box, "box");
        label = label == null ? "" : label;
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1, not " + page);
        }
    }

    /** A figure's box, labelled with the figure's name. */
    public static PageTarget of(String key, Figure figure) {
        return new PageTarget(key, figure.page(), figure.box(), figure.name());
    }

    public double area() {
        return box.width() * box.height();
    }
}
