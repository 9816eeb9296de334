package casedesk.rules;

import casedesk.model.Severity;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Document integrity: no document shows a high-severity sign of alteration (a running balance that
 * breaks is one). A sign never refuses on its own: it asks the officer to look, and says why. No
 * sign found is never "authentic", only "none of the signs looked for".
 */
final class IntegrityRule implements Rule {

    static final String ID = "integrity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict evaluate(Context context) {
        List<String> found = new ArrayList<>();
        List<String> lesser = new ArrayList<>();
        List<StoredFigure> used = new ArrayList<>();
        for (CaseFile.Evidence document : context.file.documents()) {
            boolean high = false;
            for (TamperSignal signal : document.signals()) {
                String where = document.fileName() + signal.page().map(p -> " (page " + p + ")").orElse("");
                if (signal.severity() == Severity.HIGH) {
                    found.add(where + ": " + signal.detail());
                    high = true;
                } else if (signal.severity() == Severity.MEDIUM) {
                    lesser.add(where + ": " + signal.detail());
                }
            }
            if (high) {
                keyFigure(document).ifPresent(used::add);
            }
        }
        int documents = context.file.documents().size();
        if (documents == 0) {
            return context.verdict(ID, VerdictStatus.MISSING, "No document to examine.", List.of());
        }
        String alsoNoted = lesser.isEmpty() ? "" : " Also noted: " + String.join(" ", lesser);
        if (!found.isEmpty()) {
            return context.refusable(ID, VerdictStatus.REVIEW, "%d sign%s of alteration to look at: %s%s".formatted(
                    found.size(), found.size() == 1 ? "" : "s", String.join(" ", found), alsoNoted), used);
        }
        return context.verdict(ID, VerdictStatus.PASS, ("None of the high-severity signs of alteration looked for was "
                + "found in the %d document%s; that does not prove them genuine.%s")
                .formatted(documents, documents == 1 ? "" : "s", alsoNoted), used);
    }

    /** The figure an altered document was most likely altered for. */
    private static java.util.Optional<StoredFigure> keyFigure(CaseFile.Evidence document) {
        return switch (document.kind()) {
            case BANK_STATEMENT -> document.figure("closing_balance");
            case DEPOSIT_CERTIFICATE -> document.figure("amount");
            case CREDIT_REPORT -> document.figure("score");
            case INSURANCE -> document.figure("coverage");
            case UNKNOWN -> java.util.Optional.empty();
        };
    }
}
