package casedesk.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a decision's snapshot says it was taken on, for a reader of the decision away from its case
 * (a supervisor with a decision imported from another workstation): the documents, named by their
 * SHA-256 and the id they had on their workstation, and where each figure stood on its page.
 */
public record DecidedEvidence(List<DecidedDocument> documents, Map<Long, DecidedFigure> figures) {

    public DecidedEvidence {
        documents = List.copyOf(documents);
        figures = Map.copyOf(figures);
    }

    /** A document a decision was taken on, as its snapshot names it. */
    public record DecidedDocument(long id, String fileName, String kind, String sha256, int pages) {
        public DecidedDocument {
            Objects.requireNonNull(fileName, "file name");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** A figure of a decision's snapshot and its box on its document's page. */
    public record DecidedFigure(long id, long documentId, String name, int page, Box box) {
    }
}
