package casedesk.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One figure read from a document: its fixed name (see DESIGN.md, e.g. {@code closing_balance}),
 * its value, and where it stands: page (1-based), box and the text it was read from.
 */
public record Figure(String name, FigureValue value, int page, Box box, String sourceText) {

    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(box, "box");
        sourceText = sourceText == null ? "" : sourceText;
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1, not " + page);
        }
    }

    /** The currency code of an amount figure. */
    public Optional<String> currencyCode() {
        return value instanceof FigureValue.Amount(Money money) ? Optional.of(money.currencyCode()) : Optional.empty();
    }
}
