package casedesk.model;

/** A rule's answer: met, not met, a human must look, or the evidence it needs is absent. */
public enum VerdictStatus {
    PASS,
    FAIL,
    REVIEW,
    MISSING
}
