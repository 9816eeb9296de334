package casedesk.rules;

import casedesk.model.Severity;
import casedesk.model.Phrase;
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
        List<Phrase> found = new ArrayList<>();
        List<Phrase> lesser = new ArrayList<>();
        List<StoredFigure> used = new ArrayList<>();
        for (CaseFile.Evidence document : context.file.documents()) {
            boolean high = false;
            for (TamperSignal signal : document.signals()) {
                Phrase where = signal.page().map(p -> Phrase.of("integrity.on-page", document.fileName(), p))
                        .orElse(Phrase.text(document.fileName()));
                if (signal.severity() == Severity.HIGH) {
                    found.add(Phrase.of("integrity.sign", where, signal.phrase()));
                    high = true;
                } else if (signal.severity() == Severity.MEDIUM) {
                    lesser.add(Phrase.of("integrity.sign", where, signal.phrase()));
                }
            }
            if (high) {
                keyFigure(document).ifPresent(used::add);
            }
        }
        int documents = context.file.documents().size();
        if (documents == 0) {
            return context.verdict(ID, VerdictStatus.MISSING, Phrase.of("integrity.missing"), List.of());
        }
        Phrase alsoNoted = lesser.isEmpty() ? Phrase.NONE : Phrase.of("integrity.also-noted", Phrase.join(" ", lesser));
        if (!found.isEmpty()) {
            return context.refusable(ID, VerdictStatus.REVIEW, Phrase.of("integrity.review", found.size(),
                    Phrase.join(" ", found), alsoNoted), used);
        }
        return context.verdict(ID, VerdictStatus.PASS, Phrase.of("integrity.pass", documents, alsoNoted), used);
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
