package casedesk.model;

import java.time.Instant;
import java.util.Objects;

/** Who corrected a figure the reader read (or supplied one it missed), and when. */
public record Correction(String by, Instant at) {

    public Correction {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (by.isBlank()) {
            throw new IllegalArgumentException("a correction is made by someone");
        }
    }
}
