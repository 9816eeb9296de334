package casedesk.demo.documents;

import java.util.Objects;

import casedesk.model.DocumentKind;

/** A synthetic PDF and exactly what it shows. */
public record GeneratedDocument(String fileName, DocumentKind kind, byte[] pdf, int pages, GroundTruth truth) {

    public GeneratedDocument {
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(truth, "truth");
        if (pages < 1) {
            throw new IllegalArgumentException("a document has at least one page");
        }
    }
}
