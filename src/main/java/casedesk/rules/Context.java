package casedesk.rules;

import casedesk.model.ExchangeRate;
import casedesk.model.Money;
import casedesk.model.Phrase;
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
        Phrase explain() {
            if (rate.isEmpty()) {
                return Phrase.of("money", original);
            }
            return Phrase.of("converted", original, euros, new Phrase.Exact(rate.get().perEur()),
                    original.currencyCode(), rate.get().date());
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
    Verdict verdict(String rule, VerdictStatus status, Phrase explanation, List<StoredFigure> evidence) {
        return build(rule, status, explanation, evidence, OptionalInt.empty());
    }

    /** A verdict that, if the officer refuses on it, points at the ground the rule set gives this rule. */
    Verdict refusable(String rule, VerdictStatus status, Phrase explanation, List<StoredFigure> evidence) {
        return build(rule, status, explanation, evidence, ruleSet.suggestedGround(rule));
    }

    private Verdict build(String rule, VerdictStatus status, Phrase explanation, List<StoredFigure> evidence,
            OptionalInt ground) {
        List<Long> ids = new ArrayList<>();
        evidence.forEach(f -> ids.add(f.id()));
        return new Verdict(rule, ruleSet.version(), status, explanation, ids, ground);
    }

    /** "3 days": a count of days, in the reader's words. */
    static Phrase days(long days) {
        return Phrase.of("days", days);
    }
}
