package casedesk.model;

import java.util.List;

/** Everything read out of one document: its figures, its transactions in printed order, its tamper signals. */
public record Extraction(List<Figure> figures, List<Transaction> transactions, List<TamperSignal> signals) {

    public Extraction {
        figures = List.copyOf(figures);
        transactions = List.copyOf(transactions);
        signals = List.copyOf(signals);
    }
}
