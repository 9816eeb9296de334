package casedesk.rules;

import casedesk.model.Applicant;
import casedesk.model.Phrase;
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
        List<Phrase> mismatches = new ArrayList<>();
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
                    mismatches.add(Phrase.of("identity.other-name", document.fileName(), printed));
                }
            }
            Optional<StoredFigure> id = document.figure("id_number");
            if (id.isPresent() && !applicant.nationalId().isBlank()) {
                used.add(id.get());
                if (!Names.idAgrees(applicant.nationalId(), id.get().figure().value().canonical())) {
                    mismatches.add(Phrase.of("identity.other-id", document.fileName(),
                            id.get().figure().value().canonical()));
                }
            }
        }
        String who = SesameRule.applicantName(context);
        if (!mismatches.isEmpty()) {
            return context.refusable(ID, VerdictStatus.REVIEW, Phrase.of("identity.mismatch",
                    Phrase.join("; ", mismatches), who), used);
        }
        if (named == 0) {
            return context.verdict(ID, VerdictStatus.MISSING, Phrase.of("identity.missing"), used);
        }
        return context.verdict(ID, VerdictStatus.PASS, Phrase.of("identity.pass", named, who,
                used.stream().anyMatch(f -> f.figure().name().equals("id_number")) ? Phrase.of("identity.id-agrees")
                        : Phrase.NONE), used);
    }
}
