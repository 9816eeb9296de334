package casedesk.demo.documents;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import casedesk.model.Applicant;

/**
 * A Sesame (Zhima) credit report to generate. The holder's national ID is printed masked, so it must
 * be present.
 */
public record CreditReportRequest(
        Applicant holder,
        int score,
        LocalDate issueDate,
        LocalDate validUntil,
        Language language,
        Set<Anomaly> anomalies,
        long seed,
        Optional<String> password) {

    public CreditReportRequest {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(issueDate, "issue date");
        Objects.requireNonNull(validUntil, "valid until");
        Objects.requireNonNull(language, "language");
        anomalies = anomalies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anomalies));
        Objects.requireNonNull(password, "password");
        if (score < 350 || score > 950) {
            throw new IllegalArgumentException("a Sesame score lies between 350 and 950, not " + score);
        }
        if (holder.nationalId().length() < 10) {
            throw new IllegalArgumentException("the holder needs a national ID number to print (masked) on the report");
        }
        Requests.onlyAnomalies(anomalies, "a credit report", Anomaly.EDITED_BALANCE_INCREMENTAL,
                Anomaly.EDITOR_PRODUCER, Anomaly.COVERED_FIGURE);
    }

    public static CreditReportRequest of(Applicant holder, int score, LocalDate issueDate, LocalDate validUntil,
                                         Language language, long seed) {
        return new CreditReportRequest(holder, score, issueDate, validUntil, language, Set.of(), seed, Optional.empty());
    }

    public CreditReportRequest withAnomalies(Set<Anomaly> planted) {
        return new CreditReportRequest(holder, score, issueDate, validUntil, language, planted, seed, password);
    }

    public CreditReportRequest withPassword(String userPassword) {
        return new CreditReportRequest(holder, score, issueDate, validUntil, language, anomalies, seed,
                Optional.of(userPassword));
    }

    public CreditReportRequest withSeed(long newSeed) {
        return new CreditReportRequest(holder, score, issueDate, validUntil, language, anomalies, newSeed, password);
    }
}
