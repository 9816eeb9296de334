package casedesk.rules;

import casedesk.model.DocumentKind;
import casedesk.model.Phrase;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.util.ArrayList;
import java.util.List;

/** Documents: what the applicant's path requires is present; MISSING names what is not. */
final class DocumentsRule implements Rule {

    static final String ID = "documents";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict evaluate(Context context) {
        List<Phrase> missing = new ArrayList<>();
        List<Phrase> present = new ArrayList<>();
        int statements = context.file.ofKind(DocumentKind.BANK_STATEMENT).size();
        int deposits = context.file.ofKind(DocumentKind.DEPOSIT_CERTIFICATE).size();
        int insurance = context.file.ofKind(DocumentKind.INSURANCE).size();
        if (context.path == Path.SESAME) {
            present.add(Phrase.of("documents.sesame"));
        } else if (statements > 0) {
            present.add(Phrase.of("documents.statements", statements));
        } else {
            missing.add(Phrase.of("documents.no-statements", context.ruleSet.sesame().threshold()));
        }
        if (deposits > 0) {
            present.add(Phrase.of("documents.deposits", deposits));
        }
        if (insurance > 0) {
            present.add(Phrase.of("documents.insurance"));
        } else {
            missing.add(Phrase.of("documents.insurance"));
        }
        int unknown = context.file.ofKind(DocumentKind.UNKNOWN).size();
        Phrase path = Phrase.of(context.path == Path.SESAME ? "documents.path.sesame" : "documents.path.bank");
        Phrase others = unknown == 0 ? Phrase.NONE : Phrase.of("documents.unknown", unknown);
        if (!missing.isEmpty()) {
            return context.refusable(ID, VerdictStatus.MISSING, Phrase.of("documents.missing", path,
                    Phrase.join("; ", missing), others), List.of());
        }
        return context.verdict(ID, VerdictStatus.PASS, Phrase.of("documents.complete", path,
                Phrase.join(", ", present), others), List.of());
    }
}
