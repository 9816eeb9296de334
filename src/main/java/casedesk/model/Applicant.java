package casedesk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person applying. {@code nativeName} is the name in Chinese characters (or empty); the identity
 * numbers are personal data that the caseload seals at rest.
 */
public record Applicant(
        String surname,
        String givenNames,
        String nativeName,
        LocalDate birthDate,
        String nationality,
        String passportNumber,
        String nationalId) {

    public Applicant {
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(givenNames, "given names");
        nativeName = nativeName == null ? "" : nativeName;
        Objects.requireNonNull(birthDate, "birth date");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(passportNumber, "passport number");
        nationalId = nationalId == null ? "" : nationalId;
        if (surname.isBlank()) {
            throw new IllegalArgumentException("surname is empty");
        }
        if (!nationality.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("nationality '" + nationality + "' is not an ISO 3166 alpha-3 code");
        }
    }

    /** "WANG Xiaoming" style: surname in capitals, as on the visa sticker, then the given names. */
    public String latinName() {
        return givenNames.isBlank() ? surname : surname + " " + givenNames;
    }
}
