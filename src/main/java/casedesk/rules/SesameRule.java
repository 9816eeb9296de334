package casedesk.rules;

import casedesk.model.DocumentKind;
import casedesk.model.FigureValue;
import casedesk.model.Phrase;
import casedesk.model.StoredFigure;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sesame eligibility: a report may stand in for bank statements when its score reaches the
 * threshold, it was issued shortly before lodging, and it is the applicant's.
 */
final class SesameRule implements Rule {

    static final String ID = "sesame";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict evaluate(Context context) {
        RuleSet.Sesame rules = context.ruleSet.sesame();
        Optional<CaseFile.Evidence> report = context.file.ofKind(DocumentKind.CREDIT_REPORT).stream()
                .filter(d -> d.figure("score").isPresent())
                .max(Comparator.comparing(d -> d.date("issue_date").orElse(LocalDate.MIN)));
        if (report.isEmpty()) {
            return context.verdict(ID, VerdictStatus.MISSING, Phrase.of("sesame.missing"), List.of());
        }
        CaseFile.Evidence evidence = report.get();
        StoredFigure score = evidence.figure("score").orElseThrow();
        long value = score.figure().value() instanceof FigureValue.Number(long n) ? n : 0;
        List<StoredFigure> used = new ArrayList<>(List.of(score));
        evidence.figure("issue_date").ifPresent(used::add);
        evidence.figure("holder").ifPresent(used::add);
        evidence.figure("id_number").ifPresent(used::add);
        if (value < rules.threshold()) {
            return context.verdict(ID, VerdictStatus.FAIL, Phrase.of("sesame.low", value, rules.threshold()), used);
        }
        Optional<LocalDate> issued = evidence.date("issue_date");
        LocalDate lodged = context.file.visaCase().lodged();
        if (issued.isEmpty()) {
            return context.verdict(ID, VerdictStatus.REVIEW, Phrase.of("sesame.no-date", value, rules.threshold()), used);
        }
        long age = ChronoUnit.DAYS.between(issued.get(), lodged);
        if (age < 0) {
            return context.verdict(ID, VerdictStatus.REVIEW, Phrase.of("sesame.after-lodging", issued.get(), lodged), used);
        }
        if (age > rules.maxReportAgeDays()) {
            return context.verdict(ID, VerdictStatus.FAIL, Phrase.of("sesame.too-old", value, rules.threshold(),
                    issued.get(), Context.days(age), Context.days(rules.maxReportAgeDays())), used);
        }
        Optional<String> holder = evidence.text("holder");
        if (holder.isPresent() && !Names.matches(context.file.visaCase().applicant(), holder.get())) {
            return context.refusable(ID, VerdictStatus.REVIEW, Phrase.of("sesame.other-name", holder.get(),
                    applicantName(context)), used);
        }
        Optional<String> id = evidence.text("id_number");
        String nationalId = context.file.visaCase().applicant().nationalId();
        if (id.isPresent() && !nationalId.isBlank() && !Names.idAgrees(nationalId, id.get())) {
            return context.refusable(ID, VerdictStatus.REVIEW, Phrase.of("sesame.other-id", id.get()), used);
        }
        return context.verdict(ID, VerdictStatus.PASS, Phrase.of("sesame.pass", value, rules.threshold(), issued.get(),
                Context.days(age), Context.days(rules.maxReportAgeDays())), used);
    }

    static String applicantName(Context context) {
        var applicant = context.file.visaCase().applicant();
        return applicant.latinName() + (applicant.nativeName().isBlank() ? "" : " " + applicant.nativeName());
    }
}
