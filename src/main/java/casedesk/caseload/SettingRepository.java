package casedesk.caseload;

import casedesk.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The caseload's own settings, set by an administrator: they travel with the caseload, and each
 * change is an audit event recording the settings as they stand after it.
 */
public final class SettingRepository {

    private static final String SIGN_IN_TO_READ = "sign_in_to_read";

    private final Database db;
    private final AuditLog audit;

    SettingRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Whether every command asks for a sign-in, even one that only reads the caseload. */
    public boolean signInToRead() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
                query.setString(1, SIGN_IN_TO_READ);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() && rows.getString(1).equals("yes");
                }
            }
        });
    }

    public void setSignInToRead(boolean required, String actor) {
        db.transaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO settings (name, value) VALUES (?, ?)
                    ON CONFLICT (name) DO UPDATE SET value = excluded.value""")) {
                upsert.setString(1, SIGN_IN_TO_READ);
                upsert.setString(2, required ? "yes" : "no");
                upsert.executeUpdate();
            }
            audit.append(connection, actor, "setting-changed", "", Json.object().put("setting", SIGN_IN_TO_READ)
                    .put("value", required ? "yes" : "no"), Subject.settings());
            return null;
        });
    }
}
