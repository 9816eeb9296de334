package casedesk.rules;

import casedesk.model.ExchangeRate;
import casedesk.model.Money;
import casedesk.model.StoredFigure;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * What a rule evaluates against: the case file, the rule set, the workstation's rates, the day of
 * the evaluation and the path the applicant is on. It also records which rates were used, since
 * they are inputs of the evaluation like the figures are.
 */
final class Context {

    /** Scale of converted amounts before display: far finer than a cent, so one rounding suffices. */
    private static final int EXACT = 10;

    final CaseFile file;
    final RuleSet ruleSet;
    final LocalDate asOf;
    final Path path;
    private final BiFunction<String, LocalDate, Optional<ExchangeRate>> rates;
    private final Map<String, ExchangeRate> ratesUsed = new LinkedHashMap<>();

    Context(CaseFile file, RuleSet ruleSet, BiFunction<String, LocalDate, Optional<ExchangeRate>> rates, LocalDate asOf,
            Path path) {
        this.file = file;
        this.ruleSet = ruleSet;
        this.rates = rates;
        this.asOf = asOf;
        this.path = path;
    }

    Context onPath(Path newPath) {
        Context context = new Context(file, ruleSet, rates, asOf, newPath);
        context.ratesUsed.putAll(ratesUsed);
        return context;
    }

    Map<String, ExchangeRate> ratesUsed() {
        return ratesUsed;
    }

    /** An amount in euros, exactly: the conversion and the rate, or none when the workstation lacks the rate. */
    record InEuros(Money original, BigDecimal euros, Optional<ExchangeRate> rate, boolean stale) {
        String explain() {
            if (rate.isEmpty()) {
                return money(original);
            }
            return "%s ≈ EUR %s at %s %s/EUR (rate of %s)".formatted(money(original), cents(euros),
                    rate.get().perEur().toPlainString(), original.currencyCode(), rate.get().date());
        }
    }

    Optional<InEuros> inEuros(Money money) {
        if (money.currencyCode().equals("EUR")) {
            return Optional.of(new InEuros(money, money.amount(), Optional.empty(), false));
        }
        Optional<ExchangeRate> rate = rates.apply(money.currencyCode(), asOf);
        rate.ifPresent(r -> ratesUsed.put(r.currency(), r));
        return rate.map(r -> new InEuros(money, money.amount().divide(r.perEur(), EXACT, RoundingMode.HALF_EVEN),
                Optional.of(r), ChronoUnit.DAYS.between(r.date(), asOf) > ruleSet.rates().maxAgeDays()));
    }

    /** A verdict with no refusal ground to suggest. */
    Verdict verdict(String rule, VerdictStatus status, String explanation, List<StoredFigure> evidence) {
        return build(rule, status, explanation, evidence, OptionalInt.empty());
    }

    /** A verdict that, if the officer refuses on it, points at the ground the rule set gives this rule. */
    Verdict refusable(String rule, VerdictStatus status, String explanation, List<StoredFigure> evidence) {
        return build(rule, status, explanation, evidence, ruleSet.suggestedGround(rule));
    }

    private Verdict build(String rule, VerdictStatus status, String explanation, List<StoredFigure> evidence,
            OptionalInt ground) {
        List<Long> ids = new ArrayList<>();
        evidence.forEach(f -> ids.add(f.id()));
        return new Verdict(rule, ruleSet.version(), status, explanation, ids, ground);
    }

    /** "CNY 86,400.00": an amount for people, rounded half-even to the cent once, here. */
    static String money(Money money) {
        return money.currencyCode() + " " + cents(money.amount());
    }

    static String cents(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
