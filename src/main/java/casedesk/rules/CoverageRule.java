package casedesk.rules;

import casedesk.model.DocumentKind;
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
            return context.verdict(ID, VerdictStatus.PASS, "Not needed: the Sesame report stands in for bank statements.",
                    List.of());
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
            return context.refusable(ID, VerdictStatus.MISSING, "No bank statement with a readable period.", List.of());
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
        String covered = "Statements cover %s to %s (%s)".formatted(start, end,
                months == 1 ? "1 month" : months + " months" + (longEnough ? "" : " and some days"));
        String asked = "at least %d months, ending at most %s before lodging".formatted(rules.minMonths(),
                Context.days(rules.maxDaysBeforeLodging()));
        if (before < 0) {
            return context.verdict(ID, VerdictStatus.REVIEW, "%s, ending after the lodging date %s (%s)."
                    .formatted(covered, lodged, asked), used);
        }
        if (!longEnough) {
            return context.refusable(ID, VerdictStatus.FAIL, "%s: shorter than asked (%s).".formatted(covered, asked), used);
        }
        if (before > rules.maxDaysBeforeLodging()) {
            return context.refusable(ID, VerdictStatus.FAIL, "%s, ending %s before lodging (%s)."
                    .formatted(covered, Context.days(before), asked), used);
        }
        return context.verdict(ID, VerdictStatus.PASS, "%s, ending %s before lodging (%s)."
                .formatted(covered, Context.days(before), asked), used);
    }
}
