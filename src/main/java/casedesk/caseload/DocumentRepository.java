package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.CaseReference;
import casedesk.model.Document;
import casedesk.model.DocumentKind;
import casedesk.security.Sha256;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The PDFs of each case. Bytes are stored once per distinct content, under their SHA-256, so that
 * a case is self-contained in the file, the same file added twice to a case is recognised, and the
 * same file in two applicants' cases can be found.
 */
public final class DocumentRepository {

    /** A document about to be added: its bytes and what is known of them. */
    public record NewDocument(String fileName, DocumentKind kind, int pages, byte[] bytes) {
        public NewDocument {
            Objects.requireNonNull(fileName, "file name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private final Database db;
    private final AuditLog audit;
    private final KeyRing keys;

    DocumentRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.keys = db.keys();
    }

    /**
     * Adds a document to a case.
     *
     * @throws CaseloadException.DuplicateDocument when the case holds these bytes already
     */
    public Document add(CaseReference reference, NewDocument document, String actor) {
        String sha256 = Sha256.hex(document.bytes());
        return db.transaction(connection -> {
            long caseId = CaseRepository.requireId(connection, reference);
            try (PreparedStatement existing = connection.prepareStatement(
                    "SELECT file_name FROM documents WHERE case_id = ? AND sha256 = ?")) {
                existing.setLong(1, caseId);
                existing.setString(2, sha256);
                try (ResultSet rows = existing.executeQuery()) {
                    if (rows.next()) {
                        String existingName = rows.getString(1);
                        throw new CaseloadException.DuplicateDocument(
                                "'" + document.fileName() + "' is already in case " + reference + " as '"
                                        + existingName + "' (same content).", existingName);
                    }
                }
            }
            try (PreparedStatement blob = connection.prepareStatement(
                    "INSERT INTO blobs (sha256, size, sealed) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                blob.setString(1, sha256);
                blob.setLong(2, document.bytes().length);
                blob.setBytes(3, keys.seal(document.bytes(), RowIdentity.documentBytes(sha256)));
                blob.executeUpdate();
            }
            String importedAt = db.now();
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO documents (case_id, sha256, file_name, kind, pages, imported_at, imported_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setLong(1, caseId);
                insert.setString(2, sha256);
                insert.setString(3, document.fileName());
                insert.setString(4, document.kind().code());
                insert.setInt(5, document.pages());
                insert.setString(6, importedAt);
                insert.setString(7, actor);
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            audit.append(connection, actor, "document-added", reference.value(), Json.object()
                    .put("document", id)
                    .put("sha256", sha256)
                    .put("kind", document.kind().code())
                    .put("pages", document.pages())
                    .put("size", document.bytes().length), Subject.document(id));
            return new Document(id, reference, document.kind(), document.fileName(), sha256, document.pages(),
                    document.bytes().length, Database.instant(importedAt), actor);
        });
    }

    public List<Document> forCase(CaseReference reference) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT d.*, b.size, c.reference FROM documents d
                    JOIN blobs b ON b.sha256 = d.sha256 JOIN cases c ON c.id = d.case_id
                    WHERE c.reference = ? ORDER BY d.id""")) {
                query.setString(1, reference.value());
                return list(query);
            }
        });
    }

    public Optional<Document> find(long documentId) {
        return db.read(connection -> load(connection, documentId));
    }

    /** The PDF bytes of a document, as imported. */
    public byte[] bytes(Document document) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT sealed FROM blobs WHERE sha256 = ?")) {
                query.setString(1, document.sha256());
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new CaseloadException.NotFound("The bytes of '" + document.fileName() + "' are missing.");
                    }
                    return keys.open(rows.getBytes(1), RowIdentity.documentBytes(document.sha256()));
                }
            }
        });
    }

    /** The other cases that hold a document with these exact bytes. */
    public List<CaseReference> otherCasesHolding(String sha256, CaseReference except) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT DISTINCT c.reference FROM documents d JOIN cases c ON c.id = d.case_id
                    WHERE d.sha256 = ? AND c.reference <> ? ORDER BY c.reference""")) {
                query.setString(1, sha256);
                query.setString(2, except.value());
                return CaseRepository.references(query);
            }
        });
    }

    static Optional<Document> load(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT d.*, b.size, c.reference FROM documents d
                JOIN blobs b ON b.sha256 = d.sha256 JOIN cases c ON c.id = d.case_id WHERE d.id = ?""")) {
            query.setLong(1, documentId);
            List<Document> found = list(query);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
        }
    }

    static Document require(Connection connection, long documentId) throws SQLException {
        return load(connection, documentId).orElseThrow(() ->
                new CaseloadException.NotFound("There is no document " + documentId + " in this caseload."));
    }

    private static List<Document> list(PreparedStatement query) throws SQLException {
        List<Document> documents = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                documents.add(new Document(rows.getLong("id"), new CaseReference(rows.getString("reference")),
                        DocumentKind.fromCode(rows.getString("kind")), rows.getString("file_name"),
                        rows.getString("sha256"), rows.getInt("pages"), rows.getLong("size"),
                        Database.instant(rows.getString("imported_at")), rows.getString("imported_by")));
            }
        }
        return documents;
    }
}
