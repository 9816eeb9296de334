package casedesk.demo.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * The transactions of a statement, before any printing: a plausible life (salary, rent, bills,
 * shopping, cash, transfers, quarterly interest) over the period, and an opening balance chosen so
 * that the closing balance is exactly the one requested and no running balance goes below zero.
 */
final class StatementPlanner {

    /** One transaction; {@code amount} is signed (credit +, debit −). */
    record Entry(LocalDate date, String description, BigDecimal amount, String counterparty, String channel) {
    }

    /** The plan: opening balance, entries in date order and their true running balances. */
    record Plan(BigDecimal opening, List<Entry> entries, List<BigDecimal> balances, OptionalInt parkedRow) {
    }

    private static final List<String> FOREIGN_MERCHANTS = List.of(
            "AMAZON.COM", "BOOKING.COM", "APPLE.COM/BILL", "AIRBNB", "UNIQLO", "NETFLIX.COM", "EXPEDIA",
            "COURSERA", "SEPHORA", "STARBUCKS", "ZARA", "MUJI");

    private final StatementRequest request;
    private final SplittableRandom random;
    private final LocalDate start;
    private final LocalDate end;
    private final BigDecimal closing;
    private final boolean domestic;
    private final double scale;
    private final List<Entry> entries = new ArrayList<>();

    private StatementPlanner(StatementRequest request) {
        this.request = request;
        this.random = Seeds.random(request.seed(), 1);
        this.start = request.periodStart();
        this.end = request.periodEnd();
        this.closing = request.closingBalance().amount().setScale(2, RoundingMode.UNNECESSARY);
        this.domestic = request.currencyCode().equals("CNY");
        this.scale = unitsPerUsd(request.currencyCode());
    }

    static Plan plan(StatementRequest request) {
        return new StatementPlanner(request).build();
    }

    private static double unitsPerUsd(String currency) {
        return switch (currency) {
            case "HKD" -> 7.8;
            case "JPY" -> 150;
            case "AUD" -> 1.5;
            case "CAD" -> 1.4;
            case "SGD" -> 1.35;
            default -> 1;
        };
    }

    private Plan build() {
        if (domestic) {
            salariedLife();
        } else {
            foreignCurrencyLife();
        }
        interest();
        Entry parked = request.anomalies().contains(Anomaly.PARKED_FUNDS) ? parkFunds() : null;
        entries.sort(Comparator.comparing(Entry::date));
        BigDecimal net = entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal opening = closing.subtract(net);
        opening = keepBalancesNonNegative(opening);
        List<BigDecimal> balances = new ArrayList<>(entries.size());
        BigDecimal balance = opening;
        for (Entry entry : entries) {
            balance = balance.add(entry.amount());
            balances.add(balance);
        }
        if (balance.compareTo(closing) != 0) {
            throw new IllegalStateException("planned closing " + balance + " is not the requested " + closing);
        }
        OptionalInt parkedRow = parked == null ? OptionalInt.empty() : OptionalInt.of(entries.indexOf(parked));
        return new Plan(opening, List.copyOf(entries), List.copyOf(balances), parkedRow);
    }

    // ---- a salaried life in CNY ----

    private void salariedLife() {
        String employer = pick(Vocabulary.EMPLOYERS);
        String salaryText = pick(Vocabulary.SALARY_DESCRIPTIONS);
        int salaryDay = new int[] {5, 10, 15, 20, 25}[random.nextInt(5)];
        double salary = logUniform(6_000, 40_000);
        String landlord = ChineseNames.draw(random).nativeName();
        double rent = Math.round(salary * uniform(0.18, 0.35) / 100) * 100.0;
        int rentDay = 1 + random.nextInt(5);
        List<String> family = List.of(ChineseNames.draw(random).nativeName(), ChineseNames.draw(random).nativeName());
        int[] utilities = {0, 1 + random.nextInt(2), 3 + random.nextInt(4)};
        String city = pick(Vocabulary.CITIES).hanzi();
        boolean bonusPaid = false;

        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            LocalDate payday = workdayOnOrBefore(month.atDay(Math.min(salaryDay, month.lengthOfMonth())));
            add(payday, salaryText, money(salary * uniform(0.97, 1.04)), employer, Vocabulary.CHANNEL_BATCH);
            if (!bonusPaid && random.nextInt(6) == 0) {
                add(payday, Vocabulary.BONUS, money(salary * uniform(0.5, 2.0)), employer, Vocabulary.CHANNEL_BATCH);
                bonusPaid = true;
            }
            add(month.atDay(rentDay), Vocabulary.RENT, money(-rent), landlord, Vocabulary.CHANNEL_MOBILE);
            for (int utility : utilities) {
                String payee = Vocabulary.UTILITY_PAYEES.get(utility);
                if (utility == 1 || utility == 2 || utility == 6) {
                    payee = city + payee;
                }
                add(dayIn(month), Vocabulary.UTILITY_DESCRIPTIONS.get(utility), money(-uniform(40, 420)), payee, Vocabulary.CHANNEL_ONLINE);
            }
            int purchases = 4 + random.nextInt(9);
            double budget = salary * uniform(0.15, 0.45);
            double[] weights = new double[purchases];
            double weightSum = 0;
            for (int i = 0; i < purchases; i++) {
                weights[i] = -Math.log(1 - random.nextDouble());
                weightSum += weights[i];
            }
            for (int i = 0; i < purchases; i++) {
                double amount = Math.max(5, budget * weights[i] / weightSum);
                if (random.nextInt(5) < 3) {
                    add(dayIn(month), pick(Vocabulary.QUICK_PAY_DESCRIPTIONS), money(-amount),
                            pick(Vocabulary.QUICK_PAY_COUNTERPARTIES), Vocabulary.CHANNEL_ONLINE);
                } else {
                    add(dayIn(month), Vocabulary.CARD_PURCHASE, money(-amount), pick(Vocabulary.MERCHANTS), Vocabulary.CHANNEL_POS);
                }
            }
            if (random.nextBoolean()) {
                add(dayIn(month), Vocabulary.ATM_WITHDRAWAL, round100(-(2 + random.nextInt(19)) * 100.0), "", Vocabulary.CHANNEL_SELF_SERVICE);
            }
            if (random.nextInt(5) < 2) {
                add(dayIn(month), pick(Vocabulary.TRANSFER_OUT_DESCRIPTIONS), round100(-uniform(500, 5_000)),
                        family.get(random.nextInt(2)), Vocabulary.CHANNEL_MOBILE);
            }
            if (random.nextInt(4) == 0) {
                add(dayIn(month), pick(Vocabulary.TRANSFER_IN_DESCRIPTIONS), round100(uniform(300, 3_000)),
                        family.get(random.nextInt(2)), Vocabulary.CHANNEL_MOBILE);
            }
        }
    }

    // ---- a foreign-currency savings account ----

    private void foreignCurrencyLife() {
        String relative = ChineseNames.draw(random).latinName();
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            if (random.nextInt(10) < 7) {
                add(dayIn(month), Vocabulary.FX_PURCHASE, round100(uniform(500, 5_000) * scale), Vocabulary.SELF, Vocabulary.CHANNEL_MOBILE);
            }
            if (random.nextInt(7) == 0) {
                add(dayIn(month), Vocabulary.REMITTANCE_IN, round100(uniform(1_000, 6_000) * scale), relative, Vocabulary.CHANNEL_COUNTER);
            }
            int purchases = 2 + random.nextInt(5);
            for (int i = 0; i < purchases; i++) {
                add(dayIn(month), Vocabulary.OVERSEAS_PURCHASE, money(-logUniform(15, 600) * scale),
                        pick(FOREIGN_MERCHANTS), Vocabulary.CHANNEL_POS);
            }
            if (random.nextInt(5) == 0) {
                add(dayIn(month), Vocabulary.REMITTANCE_OUT, round100(-uniform(1_000, 8_000) * scale), relative, Vocabulary.CHANNEL_COUNTER);
            }
            if (random.nextInt(10) == 0) {
                add(dayIn(month), Vocabulary.FX_SALE, round100(-uniform(500, 3_000) * scale), Vocabulary.SELF, Vocabulary.CHANNEL_MOBILE);
            }
        }
    }

    // ---- common to both ----

    /** Chinese banks settle demand-deposit interest quarterly, crediting it on the 21st of the last month. */
    private void interest() {
        String text = pick(Vocabulary.INTEREST_DESCRIPTIONS);
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            LocalDate day = month.atDay(21);
            if (month.getMonthValue() % 3 == 0 && !day.isBefore(start) && !day.isAfter(end)) {
                double quarterly = closing.doubleValue() * uniform(0.0003, 0.0008);
                add(day, text, money(Math.max(0.01, quarterly)), "", Vocabulary.CHANNEL_SYSTEM);
            }
        }
    }

    /** A large round credit a few days before the statement ends: money borrowed to pass the check. */
    private Entry parkFunds() {
        double target = closing.doubleValue();
        double parked = 10_000 * scale;
        for (int magnitude = 100; magnitude <= 100_000_000; magnitude *= 10) {
            for (int leading : new int[] {1, 2, 3, 5, 8}) {
                double candidate = (double) leading * magnitude;
                if (candidate >= 0.3 * target && candidate <= 0.8 * target) {
                    parked = candidate;
                }
            }
        }
        LocalDate day = end.minusDays(2 + random.nextInt(6));
        Entry entry = random.nextBoolean()
                ? new Entry(day, Vocabulary.CASH_DEPOSIT, money(parked), "", Vocabulary.CHANNEL_COUNTER)
                : new Entry(day, pick(Vocabulary.TRANSFER_IN_DESCRIPTIONS), money(parked),
                        domestic ? ChineseNames.draw(random).nativeName() : ChineseNames.draw(random).latinName(), Vocabulary.CHANNEL_MOBILE);
        entries.add(entry);
        return entry;
    }

    /**
     * Raises the opening balance where the running balance would dip below zero, and spends the same
     * sum again (a card repayment, a wealth product, a remittance) after the last dip, so that the
     * closing balance stays the requested one.
     */
    private BigDecimal keepBalancesNonNegative(BigDecimal opening) {
        BigDecimal lowest = opening;
        int lastNegative = opening.signum() < 0 ? -1 : Integer.MIN_VALUE;
        BigDecimal balance = opening;
        for (int i = 0; i < entries.size(); i++) {
            balance = balance.add(entries.get(i).amount());
            if (balance.compareTo(lowest) < 0) {
                lowest = balance;
            }
            if (balance.signum() < 0) {
                lastNegative = i;
            }
        }
        if (lastNegative == Integer.MIN_VALUE) {
            return opening;
        }
        BigDecimal cushion = money(uniform(100, 3_000) * scale);
        BigDecimal shift = cushion.subtract(lowest);
        // Insert after a row from which on every original balance is non-negative.
        int after = lastNegative + 1 + random.nextInt(Math.max(1, Math.min(4, entries.size() - lastNegative - 1)));
        after = Math.min(after, entries.size() - 1);
        LocalDate day = entries.get(after).date();
        Entry spend;
        if (!domestic) {
            spend = new Entry(day, Vocabulary.REMITTANCE_OUT, shift.negate(), ChineseNames.draw(random).latinName(), Vocabulary.CHANNEL_COUNTER);
        } else if (shift.compareTo(BigDecimal.valueOf(20_000)) < 0) {
            spend = new Entry(day, Vocabulary.CARD_REPAYMENT, shift.negate(),
                    request.layout().bank().chineseName() + Vocabulary.CARD_CENTRE, Vocabulary.CHANNEL_MOBILE);
        } else {
            spend = new Entry(day, Vocabulary.WEALTH_PURCHASE, shift.negate(), Vocabulary.WEALTH_PRODUCT, Vocabulary.CHANNEL_MOBILE);
        }
        entries.add(after + 1, spend);
        return opening.add(shift);
    }

    private void add(LocalDate date, String description, BigDecimal amount, String counterparty, String channel) {
        if (!date.isBefore(start) && !date.isAfter(end) && amount.signum() != 0) {
            entries.add(new Entry(date, description, amount, counterparty, channel));
        }
    }

    private LocalDate dayIn(YearMonth month) {
        LocalDate first = month.atDay(1).isBefore(start) ? start : month.atDay(1);
        LocalDate last = month.atEndOfMonth().isAfter(end) ? end : month.atEndOfMonth();
        if (last.isBefore(first)) {
            return first;
        }
        return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
    }

    private static LocalDate workdayOnOrBefore(LocalDate day) {
        LocalDate result = day;
        while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY) {
            result = result.minusDays(1);
        }
        return result;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private double logUniform(double low, double high) {
        return Math.exp(uniform(Math.log(low), Math.log(high)));
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal round100(double value) {
        return BigDecimal.valueOf(Math.round(value / 100) * 100L).setScale(2, RoundingMode.UNNECESSARY);
    }
}
