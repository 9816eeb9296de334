package casedesk.rules;

import casedesk.model.CaseReference;
import casedesk.model.Document;
import casedesk.model.DocumentKind;
import casedesk.model.FigureValue;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import casedesk.model.VisaCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
}
