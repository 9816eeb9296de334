package casedesk.caseload;

import java.util.OptionalLong;

/** The result of walking the audit chain: intact, or the first bad event and what is wrong with it. */
public record ChainCheck(long eventsChecked, OptionalLong firstBadEvent, String problem) {

    static ChainCheck intact(long eventsChecked) {
        return new ChainCheck(eventsChecked, OptionalLong.empty(), "");
    }

    static ChainCheck broken(long eventsChecked, long firstBadEvent, String problem) {
        return new ChainCheck(eventsChecked, OptionalLong.of(firstBadEvent), problem);
    }

    public boolean isIntact() {
        return firstBadEvent.isEmpty();
    }
}
