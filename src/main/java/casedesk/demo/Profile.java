package casedesk.demo;

/**
 * What kind of case the demo plants, with its share of the caseload in percent. The shares follow
 * what a consulate sees: most cases are in order, some borderline or incomplete, a few doctored.
 */
public enum Profile {
    /** Bank statements with ample funds, valid insurance. */
    BANK_CLEAN(27, false),
    /** A Sesame Credit report above the threshold instead of bank statements. */
    SESAME_CLEAN(14, false),
    /** Funds within a few percent of the requirement, on either side. */
    BORDERLINE_FUNDS(8, false),
    /** Insurance or all financial evidence missing. */
    MISSING_DOCUMENTS(8, false),
    /** The closing balance edited and saved as an incremental update. */
    EDITED_STATEMENT(5, true),
    /** Saved by a PDF editor, modified after creation. */
    EDITOR_METADATA(4, true),
    /** A running balance that breaks on one row. */
    BROKEN_BALANCE(4, true),
    /** A white box over the closing balance, a new figure drawn on top. */
    COVERED_FIGURE(4, true),
    /** A large round credit a few days before the statement ends. */
    PARKED_FUNDS(5, true),
    /** A Sesame report issued months before lodging. */
    STALE_REPORT(4, false),
    /** A Sesame score under the threshold. */
    LOW_SCORE(5, false),
    /** A document in someone else's name. */
    NAME_MISMATCH(4, false),
    /** Insurance cover under EUR 30,000. */
    INSURANCE_LOW_COVER(4, false),
    /** Insurance that ends before the trip does. */
    INSURANCE_SHORT(4, false);

    private final int percent;
    private final boolean tampered;

    Profile(int percent, boolean tampered) {
        this.percent = percent;
        this.tampered = tampered;
    }

    public int percent() {
        return percent;
    }

    /** Whether a document of this case was doctored (as opposed to merely insufficient). */
    public boolean tampered() {
        return tampered;
    }

    /** Whether the case, looked at properly, meets the requirements. */
    public boolean inOrder() {
        return this == BANK_CLEAN || this == SESAME_CLEAN;
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
