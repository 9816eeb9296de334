package casedesk.demo.documents;

import casedesk.model.Box;

/**
 * A text run as drawn: what, where (page, left x, baseline from the top of the page, size) and its
 * box. {@code occurrence} counts earlier runs of the same text in the same font on the same page, so
 * that an edit can find this run's operand in the page's content stream.
 */
record Placed(String text, int page, float x, float baseline, float size, Box box, int occurrence) {

    float right() {
        return (float) (box.x() + box.width());
    }
}
