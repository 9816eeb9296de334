package casedesk.rules;

import casedesk.model.DocumentKind;
import casedesk.model.Money;
import casedesk.model.Phrase;
import casedesk.model.StoredFigure;
import casedesk.model.Trip;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Travel medical insurance (Visa Code Art. 15): cover of at least the minimum, for the whole stay,
 * valid throughout the Schengen States.
 */
final class InsuranceRule implements Rule {

    static final String ID = "insurance";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict evaluate(Context context) {
        List<CaseFile.Evidence> policies = context.file.ofKind(DocumentKind.INSURANCE);
        if (policies.isEmpty()) {
            return context.refusable(ID, VerdictStatus.MISSING, Phrase.of("insurance.missing"), List.of());
        }
        Trip trip = context.file.visaCase().trip();
        Money minimum = context.ruleSet.insurance().minimum();
        Verdict best = null;
        for (CaseFile.Evidence policy : policies) {
            Verdict verdict = check(context, policy, trip, minimum);
            if (verdict.status() == VerdictStatus.PASS) {
                return verdict;
            }
            if (best == null || verdict.status() == VerdictStatus.REVIEW) {
                best = verdict;
            }
        }
        return best;
    }

    private static Verdict check(Context context, CaseFile.Evidence policy, Trip trip, Money minimum) {
        List<StoredFigure> used = new ArrayList<>();
        Optional<Money> cover = policy.money("coverage");
        Optional<LocalDate> start = policy.date("period_start");
        Optional<LocalDate> end = policy.date("period_end");
        Optional<String> territory = policy.text("territory");
        policy.figure("coverage").ifPresent(used::add);
        policy.figure("period_start").ifPresent(used::add);
        policy.figure("period_end").ifPresent(used::add);
        policy.figure("territory").ifPresent(used::add);
        if (cover.isEmpty() || start.isEmpty() || end.isEmpty()) {
            return context.verdict(ID, VerdictStatus.REVIEW, Phrase.of("insurance.unreadable", policy.fileName()), used);
        }
        Optional<Context.InEuros> inEuros = context.inEuros(cover.get());
        if (inEuros.isEmpty()) {
            return context.verdict(ID, VerdictStatus.MISSING, Phrase.of("insurance.no-rate", cover.get().currencyCode(),
                    cover.get()), used);
        }
        Phrase coverText = Phrase.of("insurance.cover", inEuros.get().explain());
        if (inEuros.get().euros().compareTo(minimum.amount()) < 0) {
            return context.refusable(ID, VerdictStatus.FAIL, Phrase.of("insurance.below", policy.fileName(), coverText,
                    minimum), used);
        }
        Phrase period = Phrase.of("period", start.get(), end.get());
        Phrase stay = Phrase.of("insurance.stay", trip.entry(), trip.exit());
        if (start.get().isAfter(trip.entry()) || end.get().isBefore(trip.exit())) {
            return context.refusable(ID, VerdictStatus.FAIL, Phrase.of("insurance.not-covering", policy.fileName(), period,
                    stay), used);
        }
        String where = territory.orElse("");
        String lower = where.toLowerCase(Locale.ROOT);
        if (!(lower.contains("schengen") || where.contains("申根"))) {
            return context.verdict(ID, VerdictStatus.REVIEW, Phrase.of("insurance.territory", policy.fileName(), where),
                    used);
        }
        return context.verdict(ID, VerdictStatus.PASS, Phrase.of("insurance.pass", coverText.capitalised(), minimum, period,
                stay, where), used);
    }
}
