package casedesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only audit log. {@code previousHash} is the hash of the event before
 * (64 zeros for the first), and {@code hash} covers every other field, so that editing, removing or
 * reordering any event breaks the chain from there on.
 *
 * @param detail canonical JSON describing what changed, without personal data beyond the case reference
 */
public record AuditEvent(
        long sequence,
        Instant at,
        String actor,
        String type,
        String caseReference,
        String detail,
        String previousHash,
        String hash) {

    public static final String GENESIS_HASH = "0".repeat(64);

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        caseReference = caseReference == null ? "" : caseReference;
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(previousHash, "previous hash");
        Objects.requireNonNull(hash, "hash");
    }
}
