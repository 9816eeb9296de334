package casedesk.model;

/** A transaction the reader missed, added by an officer from the page, with who added it and when. */
public record SuppliedTransaction(Transaction transaction, Correction suppliedBy) {
}
