package casedesk.rules;

import casedesk.model.Phrase;
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
            return context.verdict(ID, VerdictStatus.PASS, Phrase.of("cross-case.pass"), List.of());
        }
        List<Phrase> found = new ArrayList<>();
        for (CaseFile.Match match : context.file.matches()) {
            found.add(switch (match.what()) {
                case SAME_FILE -> Phrase.of("cross-case.same-file", match.fileName(), match.otherCase().value());
                case SAME_ACCOUNT -> Phrase.of("cross-case.same-account", match.value(), match.fileName(),
                        match.otherCase().value());
            });
        }
        return context.refusable(ID, VerdictStatus.REVIEW, Phrase.of("cross-case.review", Phrase.join("; ", found)), List.of());
    }
}
