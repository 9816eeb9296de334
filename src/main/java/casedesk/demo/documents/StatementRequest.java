package casedesk.demo.documents;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import casedesk.model.Applicant;
import casedesk.model.Money;

/**
 * A bank statement to generate. The currency is the closing balance's (CNY, USD, EUR...); the period
 * is the {@code months} calendar months ending on {@code periodEnd}.
 *
 * @param holder the account holder as printed; pass another person than the applicant to plant a name mismatch
 */
public record StatementRequest(
        StatementLayout layout,
        Applicant holder,
        String accountNumber,
        LocalDate periodEnd,
        int months,
        Money closingBalance,
        Set<Anomaly> anomalies,
        long seed,
        Optional<String> password) {

    public StatementRequest {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(accountNumber, "account number");
        Objects.requireNonNull(periodEnd, "period end");
        Objects.requireNonNull(closingBalance, "closing balance");
        anomalies = anomalies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anomalies));
        Objects.requireNonNull(password, "password");
        if (months < 3 || months > 6) {
            throw new IllegalArgumentException("a statement covers 3 to 6 months, not " + months);
        }
        if (closingBalance.isNegative()) {
            throw new IllegalArgumentException("a debit account's closing balance cannot be negative: " + closingBalance);
        }
        if (closingBalance.amount().scale() > 2) {
            throw new IllegalArgumentException("the closing balance has more than two decimals: " + closingBalance);
        }
        if (accountNumber.isBlank()) {
            throw new IllegalArgumentException("account number is empty");
        }
        if (anomalies.contains(Anomaly.COVERED_FIGURE) && anomalies.contains(Anomaly.EDITED_BALANCE_INCREMENTAL)) {
            throw new IllegalArgumentException("COVERED_FIGURE and EDITED_BALANCE_INCREMENTAL both rewrite the closing balance");
        }
    }

    /** A genuine, unprotected statement. */
    public static StatementRequest of(StatementLayout layout, Applicant holder, String accountNumber, LocalDate periodEnd,
                                      int months, Money closingBalance, long seed) {
        return new StatementRequest(layout, holder, accountNumber, periodEnd, months, closingBalance, Set.of(), seed,
                Optional.empty());
    }

    public StatementRequest withAnomalies(Set<Anomaly> planted) {
        return new StatementRequest(layout, holder, accountNumber, periodEnd, months, closingBalance, planted, seed, password);
    }

    public StatementRequest withPassword(String userPassword) {
        return new StatementRequest(layout, holder, accountNumber, periodEnd, months, closingBalance, anomalies, seed,
                Optional.of(userPassword));
    }

    public StatementRequest withSeed(long newSeed) {
        return new StatementRequest(layout, holder, accountNumber, periodEnd, months, closingBalance, anomalies, newSeed,
                password);
    }

    public LocalDate periodStart() {
        return periodEnd.minusMonths(months).plusDays(1);
    }

    public String currencyCode() {
        return closingBalance.currencyCode();
    }
}
