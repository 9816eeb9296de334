package casedesk.rules;

import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.util.ArrayList;
import java.util.List;

/** Cross-case: the very same file, or the same account number, in another applicant's case. */
final class CrossCaseRule implements Rule {

    static final String ID = "cross-case";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict evaluate(Context context) {
        if (context.file.matches().isEmpty()) {
            return context.verdict(ID, VerdictStatus.PASS,
                    "No document or account number of this case turns up in another applicant's case.", List.of());
        }
        List<String> found = new ArrayList<>();
        for (CaseFile.Match match : context.file.matches()) {
            found.add(switch (match.what()) {
                case SAME_FILE -> "%s is the very file of case %s".formatted(match.fileName(), match.otherCase());
                case SAME_ACCOUNT -> "account %s (%s) also appears in case %s".formatted(match.value(), match.fileName(),
                        match.otherCase());
            });
        }
        return context.refusable(ID, VerdictStatus.REVIEW, String.join("; ", found) + ", another applicant's.", List.of());
    }
}
