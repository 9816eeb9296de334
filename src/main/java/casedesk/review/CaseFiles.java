package casedesk.review;

import casedesk.caseload.Caseload;
import casedesk.model.CaseReference;
import casedesk.model.Document;
import casedesk.model.VisaCase;
import casedesk.rules.CaseFile.Evidence;
import casedesk.rules.CaseFile.Match;
import casedesk.rules.CaseFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads what the rules evaluate about a case out of the caseload. */
final class CaseFiles {

    private CaseFiles() {
    }

    static CaseFile load(Caseload caseload, CaseReference reference) {
        VisaCase visaCase = caseload.cases().get(reference);
        List<Evidence> documents = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        for (Document document : caseload.documents().forCase(reference)) {
            Evidence evidence = new Evidence(document, caseload.evidence().figures(document.id()),
                    caseload.evidence().transactions(document.id()), caseload.evidence().signals(document.id()));
            documents.add(evidence);
            for (CaseReference other : caseload.documents().otherCasesHolding(document.sha256(), reference)) {
                if (anotherApplicant(caseload, visaCase, other)) {
                    matches.add(new Match(document.fileName(), Match.What.SAME_FILE, document.sha256(), other));
                }
            }
            Optional<String> account = evidence.text("account_number");
            if (account.isPresent()) {
                Set<CaseReference> others = new LinkedHashSet<>(
                        caseload.evidence().otherCasesWithAccount(account.get(), reference));
                for (CaseReference other : others) {
                    if (anotherApplicant(caseload, visaCase, other)) {
                        matches.add(new Match(document.fileName(), Match.What.SAME_ACCOUNT, account.get(), other));
                    }
                }
            }
        }
        return new CaseFile(visaCase, documents, matches);
    }

    /** A repeat applicant brings the same account again; only someone else's case is a match. */
    private static boolean anotherApplicant(Caseload caseload, VisaCase visaCase, CaseReference other) {
        return caseload.cases().find(other)
                .map(o -> !o.applicant().passportNumber().equalsIgnoreCase(visaCase.applicant().passportNumber()))
                .orElse(false);
    }
}
