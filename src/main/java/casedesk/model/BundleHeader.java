package casedesk.model;

import java.time.Instant;

/**
 * What an audit bundle says about itself before it is opened: the fingerprint of the workstation
 * key that signed it, the caseload it was exported from, who exported it and when, the head of the
 * trail it carries, how many events and decisions it holds, and how many of the documents those
 * decisions were taken on (none unless it was exported with them).
 */
public record BundleHeader(String fingerprint, String caseload, String exportedBy, Instant exportedAt, long headSequence,
        String headHash, long events, long decisions, long documents) {
}
