package casedesk.evidence.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What may be tried as passwords, in order: the empty password (many protected PDFs carry only an
 * owner password), then the explicit ones (the officer's, then the intake manifest's), then the
 * Alipay convention: a statement's password is the last six characters of the holder's national ID
 * number, the check character X included.
 *
 * <p>{@link #toString()} never shows a password: these records end up in logs.
 *
 * @param explicit            passwords given by a person or the manifest, in the order to try them
 * @param applicantNationalId the applicant's national ID number, when known, for the convention
 */
public record PasswordCandidates(List<String> explicit, Optional<String> applicantNationalId) {

    private static final int CONVENTION_LENGTH = 6;

    public PasswordCandidates {
        explicit = List.copyOf(explicit);
        Objects.requireNonNull(applicantNationalId, "applicant national ID");
    }

    /** Only the empty password. */
    public static PasswordCandidates none() {
        return new PasswordCandidates(List.of(), Optional.empty());
    }

    public static PasswordCandidates of(String... explicit) {
        return new PasswordCandidates(List.of(explicit), Optional.empty());
    }

    public PasswordCandidates withNationalId(String nationalId) {
        return new PasswordCandidates(explicit, Optional.of(nationalId));
    }

    /** The Alipay convention's password: the last six characters of the ID number, spaces ignored. */
    public Optional<String> conventionPassword() {
        return applicantNationalId
                .map(id -> id.replaceAll("\\s", ""))
                .filter(id -> id.length() >= CONVENTION_LENGTH)
                .map(id -> id.substring(id.length() - CONVENTION_LENGTH));
    }

    /**
     * Every password to try, in order and without repeats: "", the explicit ones, the convention's
     * (and, when it ends with the check character, the same with the other case of X, since people
     * type it either way).
     */
    public List<String> inOrder() {
        Set<String> ordered = new LinkedHashSet<>();
        ordered.add("");
        ordered.addAll(explicit);
        conventionPassword().ifPresent(convention -> {
            ordered.add(convention);
            if (convention.endsWith("X") || convention.endsWith("x")) {
                String last = convention.substring(CONVENTION_LENGTH - 1);
                String flipped = last.equals("X") ? last.toLowerCase(Locale.ROOT) : last.toUpperCase(Locale.ROOT);
                ordered.add(convention.substring(0, CONVENTION_LENGTH - 1) + flipped);
            }
        });
        return new ArrayList<>(ordered);
    }

    /** Whether anyone gave a password, as opposed to CaseDesk guessing: decides "required" versus "wrong". */
    public boolean anyGiven() {
        return explicit.stream().anyMatch(password -> !password.isEmpty());
    }

    @Override
    public String toString() {
        return "PasswordCandidates[" + explicit.size() + " explicit, national ID "
                + (applicantNationalId.isPresent() ? "known" : "unknown") + "]";
    }
}
