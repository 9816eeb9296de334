package casedesk.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A supervisor's review of a decision: a flag and a note, recorded as an audit event beside the
 * decision, which it never changes.
 */
public record DecisionReview(long decisionId, Flag flag, String note, String by, Instant at) {

    /** What the supervisor makes of the decision. */
    public enum Flag {
        AGREE, DISAGREE, DISCUSS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Flag of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public DecisionReview {
        Objects.requireNonNull(flag, "flag");
        note = Objects.requireNonNullElse(note, "").strip();
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
