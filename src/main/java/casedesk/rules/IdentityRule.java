package casedesk.rules;

import casedesk.model.Applicant;
import casedesk.model.StoredFigure;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Identity: every name a document is issued to (account holder, depositor, report holder, insured)
 * is the applicant's, in Chinese characters or in Latin letters, in either order and any case; and
 * an ID number a document prints agrees with the applicant's where it is not masked.
 */
final class IdentityRule implements Rule {

    static final String ID = "identity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict evaluate(Context context) {
        Applicant applicant = context.file.visaCase().applicant();
        List<String> mismatches = new ArrayList<>();
        List<StoredFigure> used = new ArrayList<>();
        int named = 0;
        for (CaseFile.Evidence document : context.file.documents()) {
            for (String field : List.of("holder", "insured")) {
                Optional<StoredFigure> name = document.figure(field);
                if (name.isEmpty()) {
                    continue;
                }
                named++;
                used.add(name.get());
                String printed = name.get().figure().value().canonical();
                if (!Names.matches(applicant, printed)) {
                    mismatches.add("%s is in the name of %s".formatted(document.fileName(), printed));
                }
            }
            Optional<StoredFigure> id = document.figure("id_number");
            if (id.isPresent() && !applicant.nationalId().isBlank()) {
                used.add(id.get());
                if (!Names.idAgrees(applicant.nationalId(), id.get().figure().value().canonical())) {
                    mismatches.add("%s shows the ID number %s".formatted(document.fileName(),
                            id.get().figure().value().canonical()));
                }
            }
        }
        String who = SesameRule.applicantName(context);
        if (!mismatches.isEmpty()) {
            return context.refusable(ID, VerdictStatus.REVIEW, "%s, not the applicant %s.".formatted(
                    String.join("; ", mismatches), who), used);
        }
        if (named == 0) {
            return context.verdict(ID, VerdictStatus.MISSING, "No document names whom it was issued to.", used);
        }
        return context.verdict(ID, VerdictStatus.PASS, "The names on %d document%s are the applicant's (%s)%s."
                .formatted(named, named == 1 ? "" : "s", who,
                        used.stream().anyMatch(f -> f.figure().name().equals("id_number")) ? "; the ID number agrees" : ""),
                used);
    }
}
