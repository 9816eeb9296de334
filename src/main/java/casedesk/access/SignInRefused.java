package casedesk.access;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A sign-in that did not succeed. An unknown name and a wrong password are refused alike, so that
 * trying names tells nothing about which accounts exist.
 */
public final class SignInRefused extends RuntimeException {

    public enum Reason {
        WRONG_NAME_OR_PASSWORD,
        DISABLED,
        THROTTLED,
        NO_ACCOUNTS;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final Instant retryAt;

    SignInRefused(Reason reason, String message, Instant retryAt) {
        super(message);
        this.reason = reason;
        this.retryAt = retryAt;
    }

    public Reason reason() {
        return reason;
    }

    /** For a throttled account: when the next attempt will be heard. */
    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}
