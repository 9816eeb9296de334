package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.Role;
import casedesk.model.User;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The workstation's local accounts. */
public final class UserRepository {

    private final Database db;
    private final AuditLog audit;

    UserRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public void create(User user, String actor) {
        db.transaction(connection -> {
            if (find(user.username()).isPresent()) {
                throw new CaseloadException.AlreadyExists("A user '" + user.username() + "' exists already.");
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO users (username, display_name, role, password_hash, active, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, user.username());
                insert.setString(2, user.displayName());
                insert.setString(3, user.role().code());
                insert.setString(4, user.passwordHash());
                insert.setInt(5, user.active() ? 1 : 0);
                insert.setString(6, db.now());
                insert.executeUpdate();
            }
            audit.append(connection, actor, "user-created", "", Json.object()
                    .put("username", user.username())
                    .put("role", user.role().code()));
            return null;
        });
    }

    public Optional<User> find(String username) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM users WHERE username = ?")) {
                query.setString(1, username);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(user(rows)) : Optional.<User>empty();
                }
            }
        });
    }

    public List<User> all() {
        return db.read(connection -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM users ORDER BY username");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    users.add(user(rows));
                }
            }
            return users;
        });
    }

    private static User user(ResultSet rows) throws SQLException {
        return new User(rows.getString("username"), rows.getString("display_name"),
                Role.valueOf(rows.getString("role").toUpperCase(Locale.ROOT)), rows.getString("password_hash"),
                rows.getInt("active") == 1);
    }
}
