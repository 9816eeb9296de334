package casedesk.demo.documents;

/**
 * Signs of doctoring a generator can plant. Value-level anomalies (a stale report, a low score, a
 * name mismatch, low cover) are not here: they are simply values the caller passes in.
 */
public enum Anomaly {
    /** The key figure (a statement's closing balance and last row balance, a certificate's amount,
     *  a report's score, a policy's cover) rewritten in the content stream and saved as a second revision. */
    EDITED_BALANCE_INCREMENTAL,
    /** Producer and creator of an editing tool, modified days after creation. */
    EDITOR_PRODUCER,
    /** Statements only: one middle row's printed balance is off; the rows after it continue from the true series. */
    BROKEN_RUNNING_BALANCE,
    /** The key figure hidden under a white rectangle with a new value drawn on top; the old text is still in the text layer. */
    COVERED_FIGURE,
    /** Statements only: a large round credit 2 to 7 days before the period ends. */
    PARKED_FUNDS
}
