package casedesk.model;

/**
 * How far the reader could prove its own reading of a statement's table. A statement about the
 * reader, never about the applicant: a {@link #PARTIAL} table is one to check by hand.
 */
public enum ReadingStatus {
    /** Every row is explained by the balances (or totals) printed. */
    RECONCILED,
    /** Some rows are not: the reader may have misread them, or the table does not add up. */
    PARTIAL,
    /** No transaction table was found. */
    UNREAD;

    public String code() {
        return name().toLowerCase();
    }
}
