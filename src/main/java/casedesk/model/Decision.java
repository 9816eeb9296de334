package casedesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An officer's decision, frozen with the snapshot it was based on (document hashes, figures, verdicts,
 * rule-set version, as canonical JSON) and that snapshot's SHA-256. Never updated: a correction is a
 * new decision that {@code supersedes} this one.
 *
 * @param deviationReason the written reason required when deciding against the verdicts; empty otherwise
 */
public record Decision(
        long id,
        CaseReference caseReference,
        Outcome outcome,
        List<Integer> refusalGrounds,
        String note,
        String deviationReason,
        String decidedBy,
        Instant decidedAt,
        String snapshot,
        String snapshotSha256,
        OptionalLong supersedes) {

    public Decision {
        Objects.requireNonNull(caseReference, "case reference");
        Objects.requireNonNull(outcome, "outcome");
        refusalGrounds = List.copyOf(refusalGrounds);
        note = note == null ? "" : note;
        deviationReason = deviationReason == null ? "" : deviationReason;
        Objects.requireNonNull(decidedBy, "decided by");
        Objects.requireNonNull(decidedAt, "decided at");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(snapshotSha256, "snapshot hash");
        Objects.requireNonNull(supersedes, "supersedes");
        if (outcome == Outcome.REFUSE && refusalGrounds.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one refusal ground");
        }
        if (outcome != Outcome.REFUSE && !refusalGrounds.isEmpty()) {
            throw new IllegalArgumentException("only a refusal has refusal grounds");
        }
    }
}
