package casedesk.evidence.signals;

import java.util.Objects;

/**
 * One sign that is looked for: its signal code and a plain sentence saying what it is, so that the
 * desk and the JSON can list what was looked for. Finding none of them proves nothing.
 */
public record Check(String code, String lookedFor) {

    public Check {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lookedFor, "looked for");
    }
}
