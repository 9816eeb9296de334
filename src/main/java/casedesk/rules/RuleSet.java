package casedesk.rules;

import casedesk.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned rule set's data: every threshold and reference amount the rules use, each with its
 * source and the date it took effect. The logic is in the rules; the numbers are here, where an
 * administrator can change them by importing a new version, and old versions stay reproducible.
 *
 * @param sha256 of the file's canonical content, so that an evaluation names exactly what it ran under
 */
public record RuleSet(
        String version,
        LocalDate effective,
        String memberState,
        String title,
        Map<String, ReferenceAmount> referenceAmounts,
        Sesame sesame,
        Statements statements,
        FundsParking fundsParking,
        Insurance insurance,
        Rates rates,
        Grounds refusalGrounds,
        Map<String, Integer> suggestedGrounds,
        String sha256) {

    /** Where a number comes from and since when it applies. */
    public record Provenance(LocalDate effective, String source) {
    }

    /** How a Member State's daily means of subsistence are set. */
    public record ReferenceAmount(String memberState, Basis basis, Money amount, int daysPerMonth,
            Provenance provenance) {

        public enum Basis {
            /** A fixed amount per day of stay. */
            PER_DAY,
            /** A monthly wage, pro rata per day (Luxembourg: the social minimum wage ÷ 30). */
            MONTHLY_WAGE_PER_DAY
        }

        /** The amount required per day, rounded half-even to the cent as a published daily amount is. */
        public Money perDay() {
            return switch (basis) {
                case PER_DAY -> amount;
                case MONTHLY_WAGE_PER_DAY -> new Money(amount.amount().divide(BigDecimal.valueOf(daysPerMonth), 2,
                        RoundingMode.HALF_EVEN), amount.currency());
            };
        }

        /** The amount required for a stay of {@code days} days: the daily amount times the days. */
        public BigDecimal forStay(long days) {
            return perDay().amount().multiply(BigDecimal.valueOf(days));
        }

        /** How the daily amount was made, for an explanation: "EUR 2,570.93 ÷ 30". */
        public String formula() {
            return switch (basis) {
                case PER_DAY -> "fixed per day";
                case MONTHLY_WAGE_PER_DAY -> "%s %,.2f a month ÷ %d".formatted(amount.currencyCode(), amount.amount(),
                        daysPerMonth);
            };
        }
    }

    public record Sesame(int threshold, int maxReportAgeDays, Provenance provenance) {
    }

    public record Statements(int minMonths, int maxDaysBeforeLodging, Provenance provenance) {
    }

    public record FundsParking(int windowDays, BigDecimal shareOfClosing, Provenance provenance) {
    }

    public record Insurance(Money minimum, Provenance provenance) {
    }

    public record Rates(int maxAgeDays, Provenance provenance) {
    }

    /** One of the standard refusal grounds, numbered as on the form; unconfirmed wording is marked so. */
    public record Ground(int number, String text, boolean confirmed) {
    }

    public record Grounds(List<Ground> grounds, String source) {
        public Optional<Ground> number(int number) {
            return grounds.stream().filter(g -> g.number() == number).findFirst();
        }
    }

    /** The refusal ground a rule's failure points at, if the rule set names one. */
    public java.util.OptionalInt suggestedGround(String rule) {
        Integer ground = suggestedGrounds.get(rule);
        return ground == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(ground);
    }

    public Optional<ReferenceAmount> referenceAmount(String memberState) {
        return Optional.ofNullable(referenceAmounts.get(memberState));
    }
}
