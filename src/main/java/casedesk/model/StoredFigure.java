package casedesk.model;

import java.util.Objects;

/** A figure as kept in the caseload: its id (what verdicts point at) and the document it came from. */
public record StoredFigure(long id, long documentId, Figure figure) {

    public StoredFigure {
        Objects.requireNonNull(figure, "figure");
    }
}
