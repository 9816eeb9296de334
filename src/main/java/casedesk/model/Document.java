package casedesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A PDF in a case. The bytes are kept in the caseload, content-addressed by {@code sha256}; this
 * record is what is known about them.
 */
public record Document(
        long id,
        CaseReference caseReference,
        DocumentKind kind,
        String fileName,
        String sha256,
        int pages,
        long size,
        Instant importedAt,
        String importedBy) {

    public Document {
        Objects.requireNonNull(caseReference, "case reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(importedAt, "imported at");
        Objects.requireNonNull(importedBy, "imported by");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
    }
}
