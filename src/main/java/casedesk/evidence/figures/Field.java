package casedesk.evidence.figures;

import java.util.List;

/**
 * A figure read from a labelled value, as a document kind lays it out: which figure, its labels in
 * Chinese and English, and what kind of value stands next to them.
 */
record Field(String figure, Type type, List<String> labels) {

    enum Type {
        /** The words as printed. */
        TEXT,
        /** An amount, possibly with its currency before or after it. */
        AMOUNT,
        DATE,
        /** Two dates: the figure name is the stem, e.g. "period" gives period_start and period_end. */
        PERIOD,
        /** A currency named in words or code, stored as its ISO code. */
        CURRENCY,
        /** A whole number, to the right or below (a credit score printed large under its label). */
        NUMBER,
        /** One of a fixed set of words, to the right or below (a credit band). */
        BAND
    }

    static Field of(String figure, Type type, String... labels) {
        return new Field(figure, type, List.of(labels));
    }
}
