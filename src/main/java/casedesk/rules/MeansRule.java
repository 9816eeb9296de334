package casedesk.rules;

import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Money;
import casedesk.model.Phrase;
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
            return context.verdict(ID, VerdictStatus.REVIEW, Phrase.of("means.no-reference", context.ruleSet.version(),
                    trip.destination()), List.of());
        }
        Money perDay = reference.get().perDay();
        BigDecimal required = reference.get().forStay(trip.days());
        Phrase requirement = Phrase.of("means.required", required, Context.days(trip.days()), perDay);

        if (context.path == Path.SESAME) {
            List<StoredFigure> score = context.file.ofKind(DocumentKind.CREDIT_REPORT).stream()
                    .flatMap(d -> d.figure("score").stream()).toList();
            return context.verdict(ID, VerdictStatus.PASS, Phrase.of("means.sesame", requirement), score);
        }

        List<Phrase> parts = new ArrayList<>();
        List<Phrase> excluded = new ArrayList<>();
        List<StoredFigure> used = new ArrayList<>();
        List<Phrase> doubted = new ArrayList<>();
        BigDecimal euros = BigDecimal.ZERO;
        boolean stale = false;
        for (CaseFile.Evidence statement : context.file.ofKind(DocumentKind.BANK_STATEMENT)) {
            Optional<StoredFigure> closing = statement.figure("closing_balance");
            if (closing.isEmpty()) {
                excluded.add(Phrase.of("means.excluded.no-closing", statement.fileName()));
                continue;
            }
            Optional<Context.InEuros> converted = context.inEuros(statement.money("closing_balance").orElseThrow());
            if (converted.isEmpty()) {
                return missingRate(context, statement.money("closing_balance").orElseThrow(), closing.get());
            }
            used.add(closing.get());
            highSignalOn(statement, closing.get()).ifPresent(signal -> doubted.add(
                    Phrase.of("means.doubted.closing", statement.fileName(), signal.phrase())));
            statement.figure("minimum_balance").ifPresent(used::add);
            euros = euros.add(converted.get().euros());
            stale |= converted.get().stale();
            parts.add(Phrase.of("means.part.closing", converted.get().explain()));
        }
        for (CaseFile.Evidence deposit : context.file.ofKind(DocumentKind.DEPOSIT_CERTIFICATE)) {
            Optional<StoredFigure> amount = deposit.figure("amount");
            if (amount.isEmpty()) {
                excluded.add(Phrase.of("means.excluded.no-amount", deposit.fileName()));
                continue;
            }
            Optional<LocalDate> frozen = deposit.date("frozen_until");
            if (frozen.isEmpty() || frozen.get().isBefore(trip.exit())) {
                Money money = deposit.money("amount").orElseThrow();
                excluded.add(frozen.isEmpty() ? Phrase.of("means.excluded.not-frozen", money)
                        : Phrase.of("means.excluded.frozen-until", money, frozen.get()));
                continue;
            }
            Optional<Context.InEuros> converted = context.inEuros(deposit.money("amount").orElseThrow());
            if (converted.isEmpty()) {
                return missingRate(context, deposit.money("amount").orElseThrow(), amount.get());
            }
            used.add(amount.get());
            highSignalOn(deposit, amount.get()).ifPresent(signal -> doubted.add(
                    Phrase.of("means.doubted.amount", deposit.fileName(), signal.phrase())));
            deposit.figure("frozen_until").ifPresent(used::add);
            euros = euros.add(converted.get().euros());
            stale |= converted.get().stale();
            parts.add(Phrase.of("means.part.deposit", frozen.get(), converted.get().explain()));
        }
        Phrase notCounted = excluded.isEmpty() ? Phrase.NONE : Phrase.of("means.not-counted", Phrase.join("; ", excluded));
        if (parts.isEmpty()) {
            return context.refusable(ID, VerdictStatus.MISSING, Phrase.of("means.missing", requirement, notCounted), used);
        }
        Phrase funds = parts.size() == 1 ? parts.getFirst().capitalised()
                : Phrase.of("means.funds", euros, Phrase.join("; ", parts));
        boolean enough = euros.compareTo(required) >= 0;
        Phrase sentence = Phrase.of(enough ? "means.enough" : "means.short", funds, requirement, notCounted);
        if (stale) {
            return context.refusable(ID, VerdictStatus.REVIEW, Phrase.of("means.stale", sentence,
                    Context.days(context.ruleSet.rates().maxAgeDays())), used);
        }
        if (enough && !doubted.isEmpty()) {
            // A figure a high sign of alteration points at cannot establish the means on its own.
            return context.verdict(ID, VerdictStatus.REVIEW, Phrase.of("means.doubted", sentence,
                    Phrase.join("; ", doubted)), used);
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
        return context.verdict(ID, VerdictStatus.MISSING, Phrase.of("means.no-rate", money.currencyCode(), context.asOf,
                money), List.of(figure));
    }
}
