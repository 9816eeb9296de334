package casedesk.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read out of one document: its figures, its transactions in printed order, its tamper
 * signals, and for a statement how far the reader could prove its table (with the unproven rows,
 * from 1).
 */
public record Extraction(List<Figure> figures, List<Transaction> transactions, List<TamperSignal> signals,
        Optional<ReadingStatus> reading, List<Integer> unprovenRows) {

    public Extraction {
        figures = List.copyOf(figures);
        transactions = List.copyOf(transactions);
        signals = List.copyOf(signals);
        Objects.requireNonNull(reading, "reading");
        unprovenRows = List.copyOf(unprovenRows);
    }

    /** What was read of a document that is no statement (or whose reading status is not known). */
    public Extraction(List<Figure> figures, List<Transaction> transactions, List<TamperSignal> signals) {
        this(figures, transactions, signals, Optional.empty(), List.of());
    }
}
