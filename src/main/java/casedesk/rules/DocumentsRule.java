package casedesk.rules;

import casedesk.model.DocumentKind;
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
        List<String> missing = new ArrayList<>();
        List<String> present = new ArrayList<>();
        int statements = context.file.ofKind(DocumentKind.BANK_STATEMENT).size();
        int deposits = context.file.ofKind(DocumentKind.DEPOSIT_CERTIFICATE).size();
        int insurance = context.file.ofKind(DocumentKind.INSURANCE).size();
        if (context.path == Path.SESAME) {
            present.add("an accepted Sesame report");
        } else if (statements > 0) {
            present.add(statements == 1 ? "a bank statement" : statements + " bank statements");
        } else {
            missing.add("bank statements (or a Sesame report with a score of at least "
                    + context.ruleSet.sesame().threshold() + ")");
        }
        if (deposits > 0) {
            present.add(deposits == 1 ? "a deposit certificate" : deposits + " deposit certificates");
        }
        if (insurance > 0) {
            present.add("travel medical insurance");
        } else {
            missing.add("travel medical insurance");
        }
        int unknown = context.file.ofKind(DocumentKind.UNKNOWN).size();
        String path = context.path == Path.SESAME ? "Sesame path" : "bank path";
        String others = unknown == 0 ? "" : " %d document%s not recognised.".formatted(unknown, unknown == 1 ? " was" : "s were");
        if (!missing.isEmpty()) {
            return context.refusable(ID, VerdictStatus.MISSING, "Missing on the %s: %s.%s".formatted(path,
                    String.join("; ", missing), others), List.of());
        }
        return context.verdict(ID, VerdictStatus.PASS, "Complete for the %s: %s.%s".formatted(path,
                String.join(", ", present), others), List.of());
    }
}
