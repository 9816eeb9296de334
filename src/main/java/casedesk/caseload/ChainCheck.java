package casedesk.caseload;

import java.util.OptionalLong;

/**
 * The result of verifying the audit trail: intact, or the first bad event and what is wrong with
 * it; with the head it reached (the last event's number and hash), which reports quote so that a
 * later cut is caught. An intact trail may carry an administrator's acknowledgement of a break
 * before it: then it is intact from that acknowledgement on, and {@code acknowledged} says what
 * was acknowledged, by whom and when (else it is empty).
 */
public record ChainCheck(long eventsChecked, OptionalLong firstBadEvent, String problem, long headSequence,
        String headHash, String acknowledged) {

    static ChainCheck intact(long eventsChecked, long headSequence, String headHash) {
        return new ChainCheck(eventsChecked, OptionalLong.empty(), "", headSequence, headHash, "");
    }

    static ChainCheck broken(long eventsChecked, long firstBadEvent, String problem) {
        return new ChainCheck(eventsChecked, OptionalLong.of(firstBadEvent), problem, 0, "", "");
    }

    ChainCheck acknowledging(String what) {
        return new ChainCheck(eventsChecked, firstBadEvent, problem, headSequence, headHash, what);
    }

    public boolean isIntact() {
        return firstBadEvent.isEmpty();
    }

    /** Whether the trail is intact only from an administrator's acknowledgement of a break before it. */
    public boolean isAcknowledged() {
        return !acknowledged.isEmpty();
    }
}
