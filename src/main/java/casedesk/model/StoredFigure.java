package casedesk.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure as kept in the caseload: its id (what verdicts point at), the document it came from, and,
 * for an officer's correction, who made it and when.
 */
public record StoredFigure(long id, long documentId, Figure figure, Optional<Correction> correction) {

    public StoredFigure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(correction, "correction");
    }

    /** A figure as the reader read it. */
    public StoredFigure(long id, long documentId, Figure figure) {
        this(id, documentId, figure, Optional.empty());
    }

    public boolean corrected() {
        return correction.isPresent();
    }
}
