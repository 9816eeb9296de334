package casedesk.evidence.figures;

import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import java.util.List;

/**
 * The cell borders of a key/value grid: an upright rule between two words of a line parts them into
 * two cells, however close they are set. A bordered header grid puts the next label a few points
 * after a value ("626-421181-190 │ End Date"), nearer than any gap would tell.
 */
final class Borders {

    private Borders() {
    }

    /** Whether an upright rule runs between the two words (left to right) across their height. */
    static boolean between(PageText page, Word left, Word right) {
        return between(upright(page), left, right);
    }

    /** The page's upright rules, to look among many times. */
    static List<Box> upright(PageText page) {
        return page.rules().stream().filter(rule -> !PageText.isLevel(rule)).toList();
    }

    static boolean between(List<Box> upright, Word left, Word right) {
        if (upright.isEmpty()) {
            return false;
        }
        double middle = (Math.max(left.box().y(), right.box().y())
                + Math.min(left.box().y() + left.box().height(), right.box().y() + right.box().height())) / 2;
        for (Box rule : upright) {
            double x = rule.x() + rule.width() / 2;
            if (x > left.right() - 0.5 && x < right.left() + 0.5 && rule.y() <= middle
                    && rule.y() + rule.height() >= middle) {
                return true;
            }
        }
        return false;
    }
}
