package casedesk.caseload;

import casedesk.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The caseload's own settings ({@link Setting}), set by an administrator: they travel with the
 * caseload, and each change is an audit event recording the settings as they stand after it.
 */
public final class SettingRepository {

    private final Database db;
    private final AuditLog audit;

    SettingRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Every setting's value: as set, or its default. */
    public Map<Setting, String> all() {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, setting.defaultValue());
        }
        db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT name, value FROM settings");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Optional<Setting> setting = Setting.of(rows.getString(1));
                    String value = rows.getString(2);
                    if (setting.isEmpty()) {
                        continue;
                    }
                    try {
                        values.put(setting.get(), setting.get().normalise(value));
                    } catch (CaseloadException.Refused ignored) {
                        // a value this CaseDesk does not take (edited by hand) leaves the default
                    }
                }
            }
            return null;
        });
        return values;
    }

    public String get(Setting setting) {
        return all().get(setting);
    }

    /** Whether every command asks for a sign-in, even one that only reads the caseload. */
    public boolean signInToRead() {
        return get(Setting.SIGN_IN_TO_READ).equals("yes");
    }

    /** Sets some settings at once, in one event; each value is checked first, and none is set if one is refused. */
    public void set(Map<Setting, String> typed, String actor) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        typed.forEach((setting, value) -> values.put(setting, setting.normalise(value)));
        if (values.isEmpty()) {
            return;
        }
        db.transaction(connection -> {
            var detail = Json.object();
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO settings (name, value) VALUES (?, ?)
                    ON CONFLICT (name) DO UPDATE SET value = excluded.value""")) {
                for (Map.Entry<Setting, String> value : values.entrySet()) {
                    upsert.setString(1, value.getKey().code());
                    upsert.setString(2, value.getValue());
                    upsert.executeUpdate();
                    detail.put(value.getKey().code(), value.getValue());
                }
            }
            audit.append(connection, actor, "settings-changed", "", detail, Subject.settings());
            return null;
        });
    }
}
