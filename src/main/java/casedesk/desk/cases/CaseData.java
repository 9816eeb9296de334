package casedesk.desk.cases;

import casedesk.caseload.Caseload;
import casedesk.caseload.EvidenceRepository;
import casedesk.model.CaseReference;
import casedesk.model.Decision;
import casedesk.model.Document;
import casedesk.model.Evaluation;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import casedesk.model.VisaCase;
import casedesk.rules.Evaluator;
import casedesk.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case as the case screen shows it, read in one go off the JavaFX thread: the case, each
 * document with what was read from it, the verdicts in force, the decisions, and the rule set.
 */
record CaseData(VisaCase visaCase, List<DocumentData> documents, Optional<Evaluation> evaluation, List<Decision> decisions,
        RuleSet ruleSet, Map<String, BigDecimal> required) {

    /** One document with its figures, transactions and signals. */
    record DocumentData(Document document, List<StoredFigure> figures, List<Transaction> transactions,
            List<TamperSignal> signals, Optional<EvidenceRepository.Reading> reading,
            List<EvidenceRepository.SuppliedTransaction> supplied) {
    }

    boolean isDecided() {
        return visaCase.status().isDecided();
    }

    Optional<Decision> decision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.getLast());
    }

    Map<Long, StoredFigure> figuresById() {
        Map<Long, StoredFigure> byId = new LinkedHashMap<>();
        documents.forEach(d -> d.figures().forEach(f -> byId.put(f.id(), f)));
        return byId;
    }

    Optional<DocumentData> document(long id) {
        return documents.stream().filter(d -> d.document().id() == id).findFirst();
    }

    /**
     * Reads a case. An undecided case is evaluated anew under the rules in force today, and the
     * evaluation stored when what it read differs from the last one stored (a document was added,
     * the rates or the rules changed); a decided case shows the verdicts it was decided on.
     */
    static CaseData load(Caseload caseload, Evaluator evaluator, CaseReference reference, LocalDate today, String actor) {
        VisaCase visaCase = caseload.cases().get(reference);
        List<DocumentData> documents = new ArrayList<>();
        for (Document document : caseload.documents().forCase(reference)) {
            documents.add(new DocumentData(document, caseload.evidence().figures(document.id()),
                    caseload.evidence().transactions(document.id()), caseload.evidence().signals(document.id()),
                    caseload.evidence().reading(document.id()), caseload.evidence().supplied(document.id())));
        }
        RuleSet ruleSet = evaluator.ruleSets().inForce(today);
        Optional<Evaluation> stored = caseload.evaluations().latest(reference);
        Optional<Evaluation> evaluation = stored;
        if (!visaCase.status().isDecided()) {
            Evaluation fresh = evaluator.evaluate(reference, ruleSet, today);
            boolean changed = stored.map(s -> !s.inputsSha256().equals(fresh.inputsSha256())
                    || !s.ruleSetVersion().equals(fresh.ruleSetVersion())).orElse(true);
            if (changed) {
                caseload.evaluations().store(reference, fresh, actor);
                evaluation = Optional.of(fresh);
            }
        }
        return new CaseData(visaCase, documents, evaluation, caseload.decisions().forCase(reference), ruleSet,
                required(caseload, visaCase, documents, ruleSet, today));
    }

    /**
     * The means required for the stay, in each currency the statements are kept in (at the
     * workstation's latest rate), so that the balance chart can draw it as a line.
     */
    private static Map<String, BigDecimal> required(Caseload caseload, VisaCase visaCase, List<DocumentData> documents,
            RuleSet ruleSet, LocalDate today) {
        Map<String, BigDecimal> required = new LinkedHashMap<>();
        var reference = ruleSet.referenceAmount(visaCase.trip().destination());
        if (reference.isEmpty()) {
            return required;
        }
        BigDecimal euros = reference.get().forStay(visaCase.trip().days());
        for (DocumentData document : documents) {
            for (Transaction t : document.transactions()) {
                String currency = t.amount().currencyCode();
                if (!required.containsKey(currency)) {
                    if (currency.equals("EUR")) {
                        required.put(currency, euros);
                    } else {
                        caseload.rates().onOrBefore(currency, today)
                                .ifPresent(rate -> required.put(currency, euros.multiply(rate.perEur())));
                    }
                }
            }
        }
        return required;
    }
}
