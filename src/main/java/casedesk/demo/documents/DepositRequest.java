package casedesk.demo.documents;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import casedesk.model.Applicant;
import casedesk.model.Money;

/** A deposit certificate (存款证明书) to generate: the amount held on {@code issueDate}, frozen until {@code frozenUntil}. */
public record DepositRequest(
        Applicant holder,
        Bank bank,
        String accountNumber,
        Money amount,
        LocalDate issueDate,
        LocalDate frozenUntil,
        Set<Anomaly> anomalies,
        long seed,
        Optional<String> password) {

    public DepositRequest {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(accountNumber, "account number");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issueDate, "issue date");
        Objects.requireNonNull(frozenUntil, "frozen until");
        anomalies = anomalies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anomalies));
        Objects.requireNonNull(password, "password");
        if (amount.isNegative() || amount.amount().scale() > 2) {
            throw new IllegalArgumentException("not a deposit amount: " + amount);
        }
        Requests.onlyAnomalies(anomalies, "a deposit certificate", Anomaly.EDITED_BALANCE_INCREMENTAL,
                Anomaly.EDITOR_PRODUCER, Anomaly.COVERED_FIGURE);
    }

    public static DepositRequest of(Applicant holder, Bank bank, String accountNumber, Money amount, LocalDate issueDate,
                                    LocalDate frozenUntil, long seed) {
        return new DepositRequest(holder, bank, accountNumber, amount, issueDate, frozenUntil, Set.of(), seed, Optional.empty());
    }

    public DepositRequest withAnomalies(Set<Anomaly> planted) {
        return new DepositRequest(holder, bank, accountNumber, amount, issueDate, frozenUntil, planted, seed, password);
    }

    public DepositRequest withPassword(String userPassword) {
        return new DepositRequest(holder, bank, accountNumber, amount, issueDate, frozenUntil, anomalies, seed,
                Optional.of(userPassword));
    }

    public DepositRequest withSeed(long newSeed) {
        return new DepositRequest(holder, bank, accountNumber, amount, issueDate, frozenUntil, anomalies, newSeed, password);
    }
}
