package casedesk.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a bank statement. {@code amount} is signed: credits positive, debits negative.
 * {@code balance} is the running balance printed on the row, when the statement has one.
 */
public record Transaction(
        LocalDate date,
        String description,
        Money amount,
        Optional<Money> balance,
        String counterparty,
        int page,
        Box box) {

    public Transaction {
        Objects.requireNonNull(date, "date");
        description = description == null ? "" : description;
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balance, "balance");
        counterparty = counterparty == null ? "" : counterparty;
        Objects.requireNonNull(box, "box");
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1, not " + page);
        }
    }

    public boolean isCredit() {
        return amount.amount().signum() > 0;
    }
}
