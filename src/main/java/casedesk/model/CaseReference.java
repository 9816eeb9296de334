package casedesk.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case reference such as {@code LU-SHA-2026-000123}: Member State, issuing post, year, serial.
 */
public record CaseReference(String value) implements Comparable<CaseReference> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}-[A-Z]{3}-\\d{4}-\\d{6}");

    public CaseReference {
        Objects.requireNonNull(value, "reference");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "case reference '" + value + "' is not of the form LU-SHA-2026-000123");
        }
    }

    public static CaseReference of(String memberState, String post, int year, int serial) {
        return new CaseReference("%s-%s-%04d-%06d".formatted(memberState, post, year, serial));
    }

    @Override
    public int compareTo(CaseReference other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
