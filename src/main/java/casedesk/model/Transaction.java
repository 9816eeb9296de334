package casedesk.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a bank statement. {@code amount} is signed: credits positive, debits negative.
 * {@code balance} is the running balance printed on the row, when the statement has one. A
 * {@code neutral} row is money neither in nor out (a WeChat bill's "/": a transfer between the
 * holder's own purses); its amount is positive and it is no credit.
 */
public record Transaction(
        LocalDate date,
        String description,
        Money amount,
        Optional<Money> balance,
        String counterparty,
        int page,
        Box box,
        boolean neutral) {

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

    /** A row that is money in or out, as most are. */
    public Transaction(LocalDate date, String description, Money amount, Optional<Money> balance, String counterparty,
            int page, Box box) {
        this(date, description, amount, balance, counterparty, page, box, false);
    }

    public Transaction asNeutral() {
        return new Transaction(date, description, amount, balance, counterparty, page, box, true);
    }

    public boolean isCredit() {
        return !neutral && amount.amount().signum() > 0;
    }
}
