package casedesk.review;

import casedesk.model.Decision;
import casedesk.model.DecisionReview;
import casedesk.model.Document;
import casedesk.model.Evaluation;
import casedesk.model.StoredFigure;
import casedesk.model.StoredReading;
import casedesk.model.SuppliedTransaction;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import casedesk.model.VisaCase;
import casedesk.rules.RuleSet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case as a desk shows it, read in one go: the case, each document with what was read from it,
 * the verdicts in force, the decisions, the rule set, and the means the stay requires in each
 * currency the statements are kept in. For a decided case, {@code evaluation} is the one it was
 * decided on, from the decision's snapshot ({@code decidedOn}), never one made since; with the
 * supervisors' reviews of its decisions.
 */
public record OpenedCase(VisaCase visaCase, List<DocumentData> documents, Optional<Evaluation> evaluation,
        List<Decision> decisions, RuleSet ruleSet, Map<String, BigDecimal> required, boolean decidedOn,
        List<DecisionReview> reviews) {

    public OpenedCase {
        documents = List.copyOf(documents);
        decisions = List.copyOf(decisions);
        reviews = List.copyOf(reviews);
        required = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(required));
    }

    /** One document with its figures, transactions and signals. */
    public record DocumentData(Document document, List<StoredFigure> figures, List<Transaction> transactions,
            List<TamperSignal> signals, Optional<StoredReading> reading, List<SuppliedTransaction> supplied) {
    }

    public boolean isDecided() {
        return visaCase.status().isDecided();
    }

    public Optional<Decision> decision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.getLast());
    }

    public Map<Long, StoredFigure> figuresById() {
        Map<Long, StoredFigure> byId = new LinkedHashMap<>();
        documents.forEach(d -> d.figures().forEach(f -> byId.put(f.id(), f)));
        return byId;
    }

    public Optional<DocumentData> document(long id) {
        return documents.stream().filter(d -> d.document().id() == id).findFirst();
    }
}
