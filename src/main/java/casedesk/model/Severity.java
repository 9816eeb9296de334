package casedesk.model;

/** How strongly a tamper signal suggests a doctored document. None of them proves it. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH;

    public String code() {
        return name().toLowerCase();
    }
}
