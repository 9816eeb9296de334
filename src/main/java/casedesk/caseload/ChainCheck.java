package casedesk.caseload;

import java.util.OptionalLong;

/**
 * The result of verifying the audit trail: intact, or the first bad event and what is wrong with
 * it; with the head it reached (the last event's number and hash), which reports quote so that a
 * later cut is caught.
 */
public record ChainCheck(long eventsChecked, OptionalLong firstBadEvent, String problem, long headSequence,
        String headHash) {

    static ChainCheck intact(long eventsChecked, long headSequence, String headHash) {
        return new ChainCheck(eventsChecked, OptionalLong.empty(), "", headSequence, headHash);
    }

    static ChainCheck broken(long eventsChecked, long firstBadEvent, String problem) {
        return new ChainCheck(eventsChecked, OptionalLong.of(firstBadEvent), problem, 0, "");
    }

    public boolean isIntact() {
        return firstBadEvent.isEmpty();
    }
}
