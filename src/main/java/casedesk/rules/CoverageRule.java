package casedesk.rules;

import casedesk.model.DocumentKind;
import casedesk.model.Phrase;
import casedesk.model.StoredFigure;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Statement coverage: the statements, joined where they meet or overlap, cover at least the months
 * the rule set asks for, and end shortly enough before lodging. A period of exactly N months
 * (2026-07-21 to 2026-10-20 is three) is enough.
 */
final class CoverageRule implements Rule {

    static final String ID = "coverage";

    @Override
    public String id() {
        return ID;
    }

    private record Period(LocalDate start, LocalDate end, List<StoredFigure> figures) {
    }

    @Override
    public Verdict evaluate(Context context) {
        if (context.path == Path.SESAME) {
            return context.verdict(ID, VerdictStatus.PASS, Phrase.of("not-needed-on-sesame"), List.of());
        }
        RuleSet.Statements rules = context.ruleSet.statements();
        List<Period> periods = new ArrayList<>();
        for (CaseFile.Evidence statement : context.file.ofKind(DocumentKind.BANK_STATEMENT)) {
            if (statement.date("period_start").isPresent() && statement.date("period_end").isPresent()) {
                periods.add(new Period(statement.date("period_start").get(), statement.date("period_end").get(),
                        List.of(statement.figure("period_start").get(), statement.figure("period_end").get())));
            }
        }
        if (periods.isEmpty()) {
            return context.refusable(ID, VerdictStatus.MISSING, Phrase.of("coverage.missing"), List.of());
        }
        // From the latest statement back, join the periods that meet or overlap.
        periods.sort(Comparator.comparing(Period::end).reversed());
        LocalDate end = periods.getFirst().end();
        LocalDate start = periods.getFirst().start();
        List<StoredFigure> used = new ArrayList<>(periods.getFirst().figures());
        for (Period period : periods.subList(1, periods.size())) {
            if (!period.end().isBefore(start.minusDays(1)) && period.start().isBefore(start)) {
                start = period.start();
                used.addAll(period.figures());
            }
        }
        LocalDate lodged = context.file.visaCase().lodged();
        long before = ChronoUnit.DAYS.between(end, lodged);
        boolean longEnough = !start.isAfter(end.minusMonths(rules.minMonths()).plusDays(1));
        long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
        Phrase length = months == 1 || longEnough ? Phrase.of("months", months)
                : Phrase.of("coverage.months-and-days", months);
        Phrase covered = Phrase.of("coverage.covered", start, end, length);
        Phrase asked = Phrase.of("coverage.asked", rules.minMonths(), Context.days(rules.maxDaysBeforeLodging()));
        if (before < 0) {
            return context.verdict(ID, VerdictStatus.REVIEW, Phrase.of("coverage.after-lodging", covered, lodged, asked),
                    used);
        }
        if (!longEnough) {
            return context.refusable(ID, VerdictStatus.FAIL, Phrase.of("coverage.short", covered, asked), used);
        }
        if (before > rules.maxDaysBeforeLodging()) {
            return context.refusable(ID, VerdictStatus.FAIL, Phrase.of("coverage.ending", covered, Context.days(before),
                    asked), used);
        }
        return context.verdict(ID, VerdictStatus.PASS, Phrase.of("coverage.ending", covered, Context.days(before), asked),
                used);
    }
}
