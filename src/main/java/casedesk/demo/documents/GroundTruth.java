package casedesk.demo.documents;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import casedesk.model.Figure;
import casedesk.model.Transaction;

/**
 * What a generated document shows, after any tampering: its figures (fixed names, see DESIGN.md) and
 * transactions, each with page and box, plus what the tampering left behind.
 *
 * @param rowTexts       per transaction, the date, amount and balance texts exactly as printed
 * @param brokenRow      index into {@code transactions} of the first row whose printed balance does not
 *                       reconcile with the row before (opening balance for the first row)
 * @param parkedRow      index of the parked credit, with {@link Anomaly#PARKED_FUNDS}
 * @param coveredText    with {@link Anomaly#COVERED_FIGURE}: the original text, hidden under the white
 *                       rectangle but still in the text layer
 * @param editedFromText with {@link Anomaly#EDITED_BALANCE_INCREMENTAL}: the text the first revision
 *                       printed where the second shows the edited figure
 * @param revisions      how many revisions (saves) the file holds
 */
public record GroundTruth(
        List<Figure> figures,
        List<Transaction> transactions,
        List<RowText> rowTexts,
        Set<Anomaly> anomalies,
        OptionalInt brokenRow,
        OptionalInt parkedRow,
        Optional<String> coveredText,
        Optional<String> editedFromText,
        int revisions) {

    /** Figures computed from the document rather than printed on it; their source text says how. */
    public static final Set<String> COMPUTED_FIGURES = Set.of("average_balance");

    /** One transaction row's texts as printed (amount unsigned where the layout has debit and credit columns). */
    public record RowText(String date, String amount, String balance) {
    }

    public GroundTruth {
        figures = List.copyOf(figures);
        transactions = List.copyOf(transactions);
        rowTexts = List.copyOf(rowTexts);
        anomalies = anomalies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anomalies));
        Objects.requireNonNull(brokenRow, "broken row");
        Objects.requireNonNull(parkedRow, "parked row");
        Objects.requireNonNull(coveredText, "covered text");
        Objects.requireNonNull(editedFromText, "edited-from text");
        if (rowTexts.size() != transactions.size()) {
            throw new IllegalArgumentException("one row text per transaction");
        }
    }

    public Optional<Figure> figure(String name) {
        return figures.stream().filter(figure -> figure.name().equals(name)).findFirst();
    }

    /** Whether the figure's source text is printed inside its box (false for computed figures). */
    public static boolean isPrinted(Figure figure) {
        return !COMPUTED_FIGURES.contains(figure.name());
    }
}
