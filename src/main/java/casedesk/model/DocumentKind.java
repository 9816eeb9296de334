package casedesk.model;

/** What an applicant's PDF is evidence of. */
public enum DocumentKind {
    BANK_STATEMENT,
    DEPOSIT_CERTIFICATE,
    CREDIT_REPORT,
    INSURANCE,
    UNKNOWN;

    /** The name used in JSON output and in the database, e.g. {@code bank-statement}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static DocumentKind fromCode(String code) {
        return valueOf(code.toUpperCase().replace('-', '_'));
    }
}
