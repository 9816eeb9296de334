package casedesk.demo.documents;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import casedesk.model.Applicant;
import casedesk.model.Money;

/** A travel medical insurance certificate to generate. {@code territory} is printed as given. */
public record InsuranceRequest(
        Applicant insured,
        Insurer insurer,
        Money coverage,
        LocalDate periodStart,
        LocalDate periodEnd,
        String territory,
        Language language,
        Set<Anomaly> anomalies,
        long seed,
        Optional<String> password) {

    /** The territory a Schengen policy names. */
    public static final String SCHENGEN = Vocabulary.TERRITORY_SCHENGEN;

    public InsuranceRequest {
        Objects.requireNonNull(insured, "insured");
        Objects.requireNonNull(insurer, "insurer");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(periodStart, "period start");
        Objects.requireNonNull(periodEnd, "period end");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(language, "language");
        anomalies = anomalies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anomalies));
        Objects.requireNonNull(password, "password");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("insurance period ends " + periodEnd + " before it starts " + periodStart);
        }
        if (coverage.isNegative() || coverage.amount().scale() > 2) {
            throw new IllegalArgumentException("not a coverage amount: " + coverage);
        }
        Requests.onlyAnomalies(anomalies, "an insurance certificate", Anomaly.EDITED_BALANCE_INCREMENTAL,
                Anomaly.EDITOR_PRODUCER, Anomaly.COVERED_FIGURE);
    }

    public static InsuranceRequest of(Applicant insured, Insurer insurer, Money coverage, LocalDate periodStart,
                                      LocalDate periodEnd, Language language, long seed) {
        return new InsuranceRequest(insured, insurer, coverage, periodStart, periodEnd, SCHENGEN, language, Set.of(), seed,
                Optional.empty());
    }

    public InsuranceRequest withAnomalies(Set<Anomaly> planted) {
        return new InsuranceRequest(insured, insurer, coverage, periodStart, periodEnd, territory, language, planted, seed,
                password);
    }

    public InsuranceRequest withPassword(String userPassword) {
        return new InsuranceRequest(insured, insurer, coverage, periodStart, periodEnd, territory, language, anomalies, seed,
                Optional.of(userPassword));
    }

    public InsuranceRequest withSeed(long newSeed) {
        return new InsuranceRequest(insured, insurer, coverage, periodStart, periodEnd, territory, language, anomalies,
                newSeed, password);
    }

    public InsuranceRequest withTerritory(String printedTerritory) {
        return new InsuranceRequest(insured, insurer, coverage, periodStart, periodEnd, printedTerritory, language, anomalies,
                seed, password);
    }
}
