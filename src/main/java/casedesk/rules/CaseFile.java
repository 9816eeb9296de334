package casedesk.rules;

import casedesk.caseload.Caseload;
import casedesk.model.CaseReference;
import casedesk.model.Document;
import casedesk.model.DocumentKind;
import casedesk.model.FigureValue;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import casedesk.model.VisaCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the rules read about one case: the case itself, each document with what was read from
 * it, and where its documents or account numbers turn up in other applicants' cases.
 */
public record CaseFile(VisaCase visaCase, List<Evidence> documents, List<Match> matches) {

    public CaseFile {
        documents = List.copyOf(documents);
        matches = List.copyOf(matches);
    }

    /** One document and what was read from it. */
    public record Evidence(Document document, List<StoredFigure> figures, List<Transaction> transactions,
            List<TamperSignal> signals) {

        public Evidence {
            figures = List.copyOf(figures);
            transactions = List.copyOf(transactions);
            signals = List.copyOf(signals);
        }

        public Optional<StoredFigure> figure(String name) {
            return figures.stream().filter(f -> f.figure().name().equals(name)).findFirst();
        }

        public Optional<LocalDate> date(String name) {
            return figure(name).flatMap(f -> f.figure().value() instanceof FigureValue.Date(LocalDate d)
                    ? Optional.of(d) : Optional.empty());
        }

        public Optional<casedesk.model.Money> money(String name) {
            return figure(name).flatMap(f -> f.figure().value() instanceof FigureValue.Amount(casedesk.model.Money m)
                    ? Optional.of(m) : Optional.empty());
        }

        public Optional<String> text(String name) {
            return figure(name).map(f -> f.figure().value().canonical());
        }

        public String fileName() {
            return document.fileName();
        }

        public DocumentKind kind() {
            return document.kind();
        }
    }

    /** The same file, or the same account number, in another applicant's case. */
    public record Match(String fileName, What what, String value, CaseReference otherCase) {
        public enum What { SAME_FILE, SAME_ACCOUNT }
    }

    public List<Evidence> ofKind(DocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind).toList();
    }

    /** Reads a case's file from the caseload. */
    public static CaseFile load(Caseload caseload, CaseReference reference) {
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
