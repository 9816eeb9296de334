package casedesk.model;

/** What the officer decided. */
public enum Outcome {
    ISSUE,
    REFUSE,
    REQUEST_DOCUMENTS;

    /** The command-line and JSON name, e.g. {@code request-documents}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Outcome fromCode(String code) {
        return valueOf(code.toUpperCase().replace('-', '_'));
    }

    /** The case status a decision with this outcome leaves behind. */
    public CaseStatus resultingStatus() {
        return switch (this) {
            case ISSUE -> CaseStatus.ISSUED;
            case REFUSE -> CaseStatus.REFUSED;
            case REQUEST_DOCUMENTS -> CaseStatus.DOCUMENTS_REQUESTED;
        };
    }
}
