package casedesk.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One figure read from a document: its fixed name (see DESIGN.md, e.g. {@code closing_balance}),
 * its value, and where it stands: page (1-based), box and the text it was read from.
 */
public record Figure(String name, FigureValue value, int page, Box box, String sourceText) {

    /**
     * How the text of a figure the document does not print, but that follows from its rows, begins
     * ("derived from row 1: …"); the figure then points at that row.
     */
    public static final String DERIVED = "derived from ";

    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(box, "box");
        sourceText = sourceText == null ? "" : sourceText;
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1, not " + page);
        }
    }

    /** How the text of a figure computed from the rows begins (the average balance). */
    public static final String COMPUTED = "computed: ";

    /** Whether the figure is not printed but derived or computed from the document's rows. */
    public boolean derived() {
        return sourceText.startsWith(DERIVED) || sourceText.startsWith(COMPUTED);
    }

    /** The currency code of an amount figure. */
    public Optional<String> currencyCode() {
        return value instanceof FigureValue.Amount(Money money) ? Optional.of(money.currencyCode()) : Optional.empty();
    }
}
