package casedesk.evidence.random;

import static casedesk.evidence.random.Lexicon.pick;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a random statement says, exactly: the header figures as the corpus truth names them and the
 * rows oldest first. Amounts are signed (money in positive); a row's {@code balance} is null where
 * the page prints none on it.
 */
record Truth(String bank, String title, String holder, String account, String currency, String currencyPrinted,
        LocalDate periodStart, LocalDate periodEnd, BigDecimal opening, BigDecimal closing, List<Row> rows) {

    /** One transaction row. {@code balanceAfter} is the running balance whether printed or not. */
    record Row(LocalDate date, LocalTime time, String description, String counterparty, BigDecimal amount,
            BigDecimal balanceAfter, boolean balancePrinted) {

        BigDecimal balance() {
            return balancePrinted ? balanceAfter : null;
        }
    }

    BigDecimal totalCredits() {
        return rows.stream().map(Row::amount).filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal totalDebits() {
        return rows.stream().map(Row::amount).filter(a -> a.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                .negate();
    }

    static Truth draw(SplittableRandom random, Layout layout, int rowCount) {
        boolean english = layout.english();
        String bank = pick(random, english ? Lexicon.EN_BANKS : Lexicon.ZH_BANKS);
        String title = pick(random, english ? Lexicon.EN_TITLES : Lexicon.ZH_TITLES);
        String holder = pick(random, english || layout.language() == Language.BILINGUAL && random.nextBoolean()
                ? Lexicon.EN_NAMES : Lexicon.ZH_NAMES);
        String account = account(random);
        String currency;
        String currencyPrinted;
        if (english) {
            currency = pick(random, "HKD", "HKD", "USD", "EUR", "CNY", "GBP");
            currencyPrinted = currency;
        } else {
            currency = random.nextInt(5) == 0 ? "USD" : "CNY";
            currencyPrinted = random.nextBoolean() ? currency : currency.equals("CNY") ? "人民币" : "美元";
        }
        // One calendar year, so that rows printed without one take it from the period.
        int month = 1 + random.nextInt(10);
        LocalDate start = LocalDate.of(2025 + random.nextInt(2), month, 1);
        LocalDate end = start.plusMonths(1 + random.nextInt(Math.min(3, 13 - month))).minusDays(1);
        long days = end.toEpochDay() - start.toEpochDay() + 1;

        // Fewer distinct days than rows, so that some days have several rows.
        int distinct = Math.max(1, (int) Math.ceil(rowCount * (0.4 + random.nextDouble() * 0.6)));
        List<LocalDate> dates = new ArrayList<>();
        List<LocalDate> pool = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            pool.add(start.plusDays(random.nextLong(days)));
        }
        for (int i = 0; i < rowCount; i++) {
            dates.add(pool.get(i < pool.size() ? i : random.nextInt(pool.size())));
        }
        dates.sort(null);

        BigDecimal opening = money(random, 200, 90_000);
        BigDecimal balance = opening;
        List<Row> rows = new ArrayList<>();
        LocalTime time = LocalTime.of(8, 0);
        for (int i = 0; i < rowCount; i++) {
            LocalDate date = dates.get(i);
            if (i > 0 && !date.equals(dates.get(i - 1))) {
                time = LocalTime.of(7 + random.nextInt(3), random.nextInt(60), random.nextInt(60));
            }
            time = time.plusMinutes(1 + random.nextInt(90)).plusSeconds(random.nextInt(60));
            if (time.getHour() < 7) {
                time = LocalTime.of(23, 59, 59);
            }
            BigDecimal amount = random.nextInt(10) < 3 ? money(random, 10, 40_000) : money(random, 1, 12_000).negate();
            if (balance.add(amount).signum() < 0) {
                amount = amount.negate();
            }
            balance = balance.add(amount);
            boolean wrappedDescription = layout.wrapped() && random.nextInt(3) == 0;
            String description = pick(random, wrappedDescription
                    ? english ? Lexicon.EN_LONG : Lexicon.ZH_LONG
                    : english ? Lexicon.EN_DESCRIPTIONS : Lexicon.ZH_DESCRIPTIONS);
            String counterparty = pick(random, english ? Lexicon.EN_COUNTERPARTIES : Lexicon.ZH_COUNTERPARTIES);
            boolean lastOfDay = i == rowCount - 1 || !dates.get(i + 1).equals(date);
            boolean printed = switch (layout.balanceMode()) {
                case EVERY_ROW -> true;
                case DAY_LAST_ROW -> lastOfDay;
                case NONE -> false;
            };
            rows.add(new Row(date, time, description, counterparty, amount, balance, printed));
        }
        return new Truth(bank, title, holder, account, currency, currencyPrinted, start, end, opening, balance,
                List.copyOf(rows));
    }

    private static String account(SplittableRandom random) {
        StringBuilder digits = new StringBuilder("62");
        while (digits.length() < 19) {
            digits.append(random.nextInt(10));
        }
        String d = digits.toString();
        return switch (random.nextInt(4)) {
            case 0 -> d;
            case 1 -> d.substring(0, 4) + " " + d.substring(4, 8) + " " + d.substring(8, 12) + " " + d.substring(12, 16)
                    + " " + d.substring(16);
            case 2 -> d.substring(0, 3) + "-" + d.substring(3, 9) + "-" + d.substring(9, 12);
            default -> d.substring(0, 4) + "********" + d.substring(15);
        };
    }

    /** A sum of money, log-uniform between the bounds, now and then a round one. */
    private static BigDecimal money(SplittableRandom random, double low, double high) {
        double value = Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
        BigDecimal amount = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        if (random.nextInt(5) == 0) {
            amount = amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
        }
        return amount.max(new BigDecimal("0.01"));
    }
}
