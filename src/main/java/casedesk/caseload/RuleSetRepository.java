package casedesk.caseload;

import casedesk.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rule-set files imported by an administrator, kept as they were imported, for ever. */
public final class RuleSetRepository {

    /** A stored rule-set file: its version, when it takes effect, and its text. */
    public record Stored(String version, LocalDate effective, String content, String sha256) {
    }

    private final Database db;
    private final AuditLog audit;

    RuleSetRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public void store(Stored ruleSet, String actor) {
        db.transaction(connection -> {
            if (find(ruleSet.version()).isPresent()) {
                throw new CaseloadException.AlreadyExists("Rule set " + ruleSet.version()
                        + " exists already; a version is never changed, import it under a new version.");
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO rule_sets (version, effective, content, sha256, imported_at, imported_by)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, ruleSet.version());
                insert.setString(2, ruleSet.effective().toString());
                insert.setString(3, ruleSet.content());
                insert.setString(4, ruleSet.sha256());
                insert.setString(5, db.now());
                insert.setString(6, actor);
                insert.executeUpdate();
            }
            audit.append(connection, actor, "rule-set-imported", "", Json.object()
                    .put("version", ruleSet.version())
                    .put("effective", ruleSet.effective().toString())
                    .put("sha256", ruleSet.sha256()), Subject.ruleSet(ruleSet.version()));
            return null;
        });
    }

    public Optional<Stored> find(String version) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM rule_sets WHERE version = ?")) {
                query.setString(1, version);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(stored(rows)) : Optional.<Stored>empty();
                }
            }
        });
    }

    public List<Stored> all() {
        return db.read(connection -> {
            List<Stored> all = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM rule_sets ORDER BY effective, version");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    all.add(stored(rows));
                }
            }
            return all;
        });
    }

    private static Stored stored(ResultSet rows) throws java.sql.SQLException {
        return new Stored(rows.getString("version"), LocalDate.parse(rows.getString("effective")),
                rows.getString("content"), rows.getString("sha256"));
    }
}
