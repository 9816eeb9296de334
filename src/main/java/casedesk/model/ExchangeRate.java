package casedesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A euro reference rate: on {@code date}, one euro bought {@code perEur} units of {@code currency}. */
public record ExchangeRate(LocalDate date, String currency, BigDecimal perEur) {

    public ExchangeRate {
        Objects.requireNonNull(date, "date");
        Money.currency(currency);
        Objects.requireNonNull(perEur, "rate");
        if (perEur.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive, not " + perEur);
        }
    }
}
