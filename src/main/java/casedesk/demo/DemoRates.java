package casedesk.demo;

import casedesk.model.ExchangeRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Euro rates for the demo: a small random walk around plausible levels, on working days, for the
 * currencies the demo's accounts and policies use. They are not the ECB's: a workstation imports the
 * real ones with 'casedesk rates import'.
 */
final class DemoRates {

    static final String SOURCE = "demo: synthetic euro rates, not the ECB's";

    private static final Map<String, String> LEVELS = Map.of("CNY", "7.8500", "USD", "1.0800", "HKD", "8.4500",
            "JPY", "162.00", "GBP", "0.8500");

    private DemoRates() {
    }

    /** Working-day rates from {@code days} days before {@code until}, deterministic for the seed. */
    static List<ExchangeRate> until(LocalDate until, int days, long seed) {
        List<ExchangeRate> rates = new ArrayList<>();
        for (var level : LEVELS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            SplittableRandom random = new SplittableRandom(seed ^ level.getKey().hashCode());
            BigDecimal base = new BigDecimal(level.getValue());
            double drift = 0;
            for (LocalDate day = until.minusDays(days); !day.isAfter(until); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                drift = Math.max(-0.06, Math.min(0.06, drift + (random.nextDouble() - 0.5) * 0.006));
                BigDecimal rate = base.multiply(BigDecimal.valueOf(1 + drift)).setScale(base.scale(), RoundingMode.HALF_EVEN);
                rates.add(new ExchangeRate(day, level.getKey(), rate));
            }
        }
        return rates;
    }
}
