package casedesk.model;

/** Where a case stands in the officer's queue. */
public enum CaseStatus {
    /** Lodged and awaiting a decision. */
    OPEN,
    /** The officer asked the applicant for more documents; the case waits for them. */
    DOCUMENTS_REQUESTED,
    ISSUED,
    REFUSED;

    public boolean isDecided() {
        return this == ISSUED || this == REFUSED;
    }

    /** The name used in JSON output and in the database, e.g. {@code documents-requested}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static CaseStatus fromCode(String code) {
        return valueOf(code.toUpperCase().replace('-', '_'));
    }
}
