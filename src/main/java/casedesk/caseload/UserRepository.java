package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.Role;
import casedesk.model.User;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

    /**
     * Adds an account, with the caseload's data key wrapped under its password's wrapping key (see
     * {@link casedesk.security.Passwords#derive}). The caseload must be unlocked.
     */
    public void create(User user, byte[] wrappingKey, String actor) {
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
            DataKeys.wrapFor(connection, db, user.username(), wrappingKey);
            audit.append(connection, actor, "user-created", "", Json.object()
                    .put("username", user.username())
                    .put("role", user.role().code()), Subject.user(user.username()));
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

    /** Whether the caseload has any account at all. */
    public boolean any() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM users)");
                    ResultSet rows = query.executeQuery()) {
                return rows.getInt(1) == 1;
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

    /** How many sign-ins in a row failed for an account, and until when it is held back. */
    public record Throttle(int failures, Optional<Instant> lockedUntil) {
    }

    public Throttle throttle(String username) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT failed_sign_ins, locked_until FROM users WHERE username = ?")) {
                query.setString(1, username);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return new Throttle(0, Optional.empty());
                    }
                    String until = rows.getString("locked_until");
                    return new Throttle(rows.getInt("failed_sign_ins"),
                            until == null ? Optional.empty() : Optional.of(Instant.parse(until)));
                }
            }
        });
    }

    /**
     * Counts a failed sign-in, holding the account back until a time if it is now throttled. It is
     * counted in the account only: nothing can be signed into the trail before someone signs in,
     * so the account's next sign-in records how many were refused before it.
     */
    public void signInFailed(String username, Optional<Instant> lockedUntil) {
        db.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE users SET failed_sign_ins = failed_sign_ins + 1, locked_until = ? WHERE username = ?""")) {
                update.setString(1, lockedUntil.map(Instant::toString).orElse(null));
                update.setString(2, username);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** A successful sign-in, recorded with the failures before it; the count of failures starts again. */
    public void signedIn(String username, String how) {
        db.transaction(connection -> {
            int refused = 0;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT failed_sign_ins FROM users WHERE username = ?")) {
                query.setString(1, username);
                try (ResultSet rows = query.executeQuery()) {
                    refused = rows.next() ? rows.getInt(1) : 0;
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE username = ?")) {
                update.setString(1, username);
                update.executeUpdate();
            }
            audit.append(connection, username, "signed-in", "", Json.object().put("via", how)
                    .put("refusedBefore", refused));
            return null;
        });
    }

    public void setActive(String username, boolean active, String actor) {
        db.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE users SET active = ? WHERE username = ?")) {
                update.setInt(1, active ? 1 : 0);
                update.setString(2, username);
                if (update.executeUpdate() == 0) {
                    throw new CaseloadException.NotFound("There is no user '" + username + "'.");
                }
            }
            audit.append(connection, actor, active ? "user-enabled" : "user-disabled", "",
                    Json.object().put("username", username), Subject.user(username));
            return null;
        });
    }

    /**
     * Replaces an account's password (its stored form, and the data key wrapped anew under its
     * wrapping key), and lifts any throttling. The caseload must be unlocked: its data key is
     * wrapped for the new password, so that nobody needs the old one.
     */
    public void setPassword(String username, String passwordHash, byte[] wrappingKey, String actor) {
        replacePassword(username, passwordHash, wrappingKey, actor, "password-changed");
    }

    /**
     * Whether an account's wrap of the data key was made, when the caseload was first sealed, from
     * its password stored in the first form: anyone holding a copy from before could compute it.
     */
    public boolean wrappedFromFirstForm(String username) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT from_first_form FROM key_wraps WHERE username = ?")) {
                query.setString(1, username);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() && rows.getInt(1) == 1;
                }
            }
        });
    }

    /**
     * The same password stored anew (new salt) and the data key wrapped under its new wrapping key,
     * at the first sign-in after the caseload was sealed: the wrap no longer follows from a copy
     * of the file taken before.
     */
    public void rehashPassword(String username, String passwordHash, byte[] wrappingKey) {
        replacePassword(username, passwordHash, wrappingKey, username, "password-rehashed");
    }

    private void replacePassword(String username, String passwordHash, byte[] wrappingKey, String actor, String event) {
        db.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE users SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE username = ?""")) {
                update.setString(1, passwordHash);
                update.setString(2, username);
                if (update.executeUpdate() == 0) {
                    throw new CaseloadException.NotFound("There is no user '" + username + "'.");
                }
            }
            DataKeys.wrapFor(connection, db, username, wrappingKey);
            audit.append(connection, actor, event, "", Json.object().put("username", username),
                    Subject.user(username));
            return null;
        });
    }

    private static User user(ResultSet rows) throws SQLException {
        return new User(rows.getString("username"), rows.getString("display_name"),
                Role.valueOf(rows.getString("role").toUpperCase(Locale.ROOT)), rows.getString("password_hash"),
                rows.getInt("active") == 1);
    }
}
