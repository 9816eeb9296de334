package casedesk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one ISO 4217 currency. Arithmetic never crosses currencies: conversion is the
 * rules' business, with a dated rate, so that a verdict can say which rate it used.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), currency(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    public static Money zero(String currencyCode) {
        return of(BigDecimal.ZERO.setScale(2), currencyCode);
    }

    /** The ISO currency for a code, refusing the informal names (RMB, ¥) that documents use. */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency code");
        try {
            Currency currency = Currency.getInstance(code);
            if (!currency.getCurrencyCode().equals(code)) {
                throw new IllegalArgumentException("not an ISO 4217 currency code: " + code);
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + code, e);
        }
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Compares amounts of the same currency; across currencies there is no order without a rate. */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /** Equal value regardless of scale: 86400 and 86400.00 are the same money. */
    public boolean isSameValueAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    /** The amount as a plain decimal string with two decimals, e.g. {@code "86400.00"} or {@code "-242.76"}. */
    public String plain() {
        return amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot combine " + currencyCode() + " with " + other.currencyCode() + " without a rate");
        }
        return other;
    }

    @Override
    public String toString() {
        return currencyCode() + " " + plain();
    }
}
