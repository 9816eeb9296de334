package casedesk.rules;

import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Money;
import casedesk.model.Severity;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Trip;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Means of subsistence (Visa Code Art. 14(1)(c)): the funds shown, in euros at the workstation's
 * dated rate, against the reference amount per day times the days of the stay. On the Sesame path
 * the accepted report is the proof; otherwise the statements' closing balances and the deposits
 * frozen through the trip are counted.
 */
final class MeansRule implements Rule {

    static final String ID = "means";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict evaluate(Context context) {
        Trip trip = context.file.visaCase().trip();
        Optional<RuleSet.ReferenceAmount> reference = context.ruleSet.referenceAmount(trip.destination());
        if (reference.isEmpty()) {
            return context.verdict(ID, VerdictStatus.REVIEW, "Rule set %s has no reference amount for %s, the main destination."
                    .formatted(context.ruleSet.version(), trip.destination()), List.of());
        }
        Money perDay = reference.get().perDay();
        BigDecimal required = reference.get().forStay(trip.days());
        String requirement = "EUR %s required (%s × %s)".formatted(Context.cents(required), Context.days(trip.days()),
                Context.money(perDay));

        if (context.path == Path.SESAME) {
            List<StoredFigure> score = context.file.ofKind(DocumentKind.CREDIT_REPORT).stream()
                    .flatMap(d -> d.figure("score").stream()).toList();
            return context.verdict(ID, VerdictStatus.PASS,
                    "The Sesame report is accepted as proof of means for the stay (%s).".formatted(requirement), score);
        }

        List<String> parts = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<StoredFigure> used = new ArrayList<>();
        List<String> doubted = new ArrayList<>();
        BigDecimal euros = BigDecimal.ZERO;
        boolean stale = false;
        for (CaseFile.Evidence statement : context.file.ofKind(DocumentKind.BANK_STATEMENT)) {
            Optional<StoredFigure> closing = statement.figure("closing_balance");
            if (closing.isEmpty()) {
                excluded.add(statement.fileName() + " (no closing balance read)");
                continue;
            }
            Optional<Context.InEuros> converted = context.inEuros(statement.money("closing_balance").orElseThrow());
            if (converted.isEmpty()) {
                return missingRate(context, statement.money("closing_balance").orElseThrow(), closing.get());
            }
            used.add(closing.get());
            highSignalOn(statement, closing.get()).ifPresent(signal -> doubted.add("the closing balance of "
                    + statement.fileName() + " (" + signal.detail() + ")"));
            statement.figure("minimum_balance").ifPresent(used::add);
            euros = euros.add(converted.get().euros());
            stale |= converted.get().stale();
            parts.add("closing balance " + converted.get().explain());
        }
        for (CaseFile.Evidence deposit : context.file.ofKind(DocumentKind.DEPOSIT_CERTIFICATE)) {
            Optional<StoredFigure> amount = deposit.figure("amount");
            if (amount.isEmpty()) {
                excluded.add(deposit.fileName() + " (no amount read)");
                continue;
            }
            Optional<LocalDate> frozen = deposit.date("frozen_until");
            if (frozen.isEmpty() || frozen.get().isBefore(trip.exit())) {
                excluded.add("deposit of " + Context.money(deposit.money("amount").orElseThrow())
                        + (frozen.isEmpty() ? " (no frozen-until date)" : " (frozen only until " + frozen.get() + ")"));
                continue;
            }
            Optional<Context.InEuros> converted = context.inEuros(deposit.money("amount").orElseThrow());
            if (converted.isEmpty()) {
                return missingRate(context, deposit.money("amount").orElseThrow(), amount.get());
            }
            used.add(amount.get());
            highSignalOn(deposit, amount.get()).ifPresent(signal -> doubted.add("the amount of " + deposit.fileName()
                    + " (" + signal.detail() + ")"));
            deposit.figure("frozen_until").ifPresent(used::add);
            euros = euros.add(converted.get().euros());
            stale |= converted.get().stale();
            parts.add("deposit frozen until " + frozen.get() + " " + converted.get().explain());
        }
        String notCounted = excluded.isEmpty() ? "" : " Not counted: " + String.join("; ", excluded) + ".";
        if (parts.isEmpty()) {
            return context.refusable(ID, VerdictStatus.MISSING, ("No bank statement or deposit certificate shows the means, "
                    + "and no Sesame report is accepted; %s.%s").formatted(requirement, notCounted), used);
        }
        String funds = parts.size() == 1 ? capitalise(parts.getFirst())
                : "Funds EUR %s (%s)".formatted(Context.cents(euros), String.join("; ", parts));
        boolean enough = euros.compareTo(required) >= 0;
        String sentence = "%s %s %s.%s".formatted(funds, enough ? "≥" : "<", requirement, notCounted);
        if (stale) {
            return context.refusable(ID, VerdictStatus.REVIEW, sentence + " A rate used is older than %s: update the rates."
                    .formatted(Context.days(context.ruleSet.rates().maxAgeDays())), used);
        }
        if (enough && !doubted.isEmpty()) {
            // A figure a high sign of alteration points at cannot establish the means on its own.
            return context.verdict(ID, VerdictStatus.REVIEW, sentence + " But a high sign of alteration is on "
                    + String.join("; ", doubted) + ": that figure cannot show the means on its own. Check it against "
                    + "the bank, or ask for other proof.", used);
        }
        return enough ? context.verdict(ID, VerdictStatus.PASS, sentence, used)
                : context.refusable(ID, VerdictStatus.FAIL, sentence, used);
    }

    /**
     * A high-severity signal that bears on a figure: one about the whole document, or one on the
     * figure's page whose box overlaps the figure's.
     */
    static Optional<TamperSignal> highSignalOn(CaseFile.Evidence document, StoredFigure figure) {
        Box at = figure.figure().box();
        return document.signals().stream()
                .filter(signal -> signal.severity() == Severity.HIGH)
                .filter(signal -> signal.box().isEmpty() || signal.page().orElse(-1) == figure.figure().page()
                        && overlap(signal.box().get(), at))
                .findFirst();
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    private static Verdict missingRate(Context context, Money money, StoredFigure figure) {
        return context.verdict(ID, VerdictStatus.MISSING, ("No %s/EUR exchange rate on or before %s on this workstation: "
                + "import the ECB's rates to convert %s.").formatted(money.currencyCode(), context.asOf, Context.money(money)),
                List.of(figure));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
