package casedesk.caseload;

import casedesk.json.Json;
import casedesk.security.Passwords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The caseload's data key: made once, kept only wrapped for each user, unwrapped when one signs in.
 *
 * <p>The key is kept in the file in the clear ({@code caseload_key.pending}) only while there is
 * nobody to wrap it for (a new caseload before its first account) or while rows from before
 * sealing are being re-sealed; it is then erased, with secure_delete and a checkpoint that empties
 * the write-ahead log, so that no copy of the file holds it.
 */
final class DataKeys {

    private DataKeys() {
    }

    /** What opening found: whether rows sealed under scheme 0 may remain, to be re-sealed. */
    enum State {
        RESEALING, SEALED;

        static State of(String code) {
            return code.equals("resealing") ? RESEALING : SEALED;
        }
    }

    /**
     * On opening: a caseload with its key in the clear is unlocked with it; a caseload without a
     * data key (new, or from before sealing) gets one, wrapped at once for each account whose
     * password was stored in the first form (which lets the wrapping key be computed without the
     * password); a read-only caseload is left as it is.
     */
    static State setUp(Database db, AuditLog audit) {
        Optional<State> existing = db.read(connection -> unlockIfPending(connection, db.keys()));
        if (existing.isPresent() || db.readOnly().isPresent()) {
            return existing.orElse(State.SEALED);
        }
        return db.transaction(connection -> {
            Optional<State> meanwhile = unlockIfPending(connection, db.keys());
            if (meanwhile.isPresent()) {
                return meanwhile.get(); // another process set it up between the read and the write lock
            }
            byte[] dataKey = KeyRing.newDataKey();
            boolean hasRows = count(connection, "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM blobs)") > 0;
            List<String> wrapped = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT username, password_hash FROM users");
                    ResultSet rows = query.executeQuery()) {
                List<String[]> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(new String[] {rows.getString(1), rows.getString(2)});
                }
                for (String[] user : users) {
                    Optional<Passwords.Derived> upgraded = Passwords.upgrade(user[1]);
                    if (upgraded.isEmpty()) {
                        continue; // its password is unknown here: an administrator sets a new one
                    }
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE users SET password_hash = ? WHERE username = ?")) {
                        update.setString(1, upgraded.get().stored());
                        update.setString(2, user[0]);
                        update.executeUpdate();
                    }
                    writeWrap(connection, db, user[0], KeyRing.wrap(upgraded.get().wrappingKey(), dataKey, user[0]), true);
                    wrapped.add(user[0]);
                }
            }
            State state = hasRows ? State.RESEALING : State.SEALED;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO caseload_key (id, state, pending) VALUES (1, ?, ?)")) {
                insert.setString(1, state == State.RESEALING ? "resealing" : "sealed");
                insert.setBytes(2, state == State.SEALED && !wrapped.isEmpty() ? null : dataKey);
                insert.executeUpdate();
            }
            if (!wrapped.isEmpty()) {
                audit.append(connection, Caseload.SYSTEM, "data-key-issued", "", Json.object()
                        .put("accounts", wrapped.size()), wrapped.stream().map(Subject::user).toArray(Subject[]::new));
            }
            db.keys().unlock(dataKey);
            if (state == State.SEALED) {
                db.keys().sealedOnly();
            }
            Arrays.fill(dataKey, (byte) 0);
            return state;
        });
    }

    private static Optional<State> unlockIfPending(Connection connection, KeyRing keys) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT state, pending FROM caseload_key WHERE id = 1");
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            byte[] pending = rows.getBytes(2);
            if (pending != null) {
                keys.unlock(pending);
            }
            State state = State.of(rows.getString(1));
            if (state == State.SEALED) {
                keys.sealedOnly();
            }
            return Optional.of(state);
        }
    }

    /** Unwraps the data key with a user's wrapping key (from their right password). */
    static void unlock(Database db, String username, byte[] wrappingKey) {
        byte[] wrapped = db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT wrapped FROM key_wraps WHERE username = ?")) {
                query.setString(1, username);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getBytes(1) : null;
                }
            }
        });
        if (wrapped == null) {
            if (db.keys().unlocked() || !hasWraps(db)) {
                return; // a caseload still without any account's key: its key is in memory already
            }
            throw new CaseloadException.Locked("The account '" + username + "' holds no key to this caseload's data; "
                    + "an administrator can give it one by setting its password again.");
        }
        byte[] dataKey;
        try {
            dataKey = KeyRing.unwrap(wrappingKey, wrapped, username);
        } catch (CaseloadException.Unreadable e) {
            throw new CaseloadException.Unreadable("The key of the account '" + username + "' to this caseload's data "
                    + "does not open: it was changed in the file. An administrator can set its password again.");
        }
        db.keys().unlock(dataKey);
        Arrays.fill(dataKey, (byte) 0);
    }

    private static boolean hasWraps(Database db) {
        return db.read(connection -> count(connection, "SELECT count(*) FROM key_wraps") > 0);
    }

    /**
     * Wraps the data key (which the caseload must hold: someone is signed in, or it is new) for a
     * user, replacing any earlier wrap. The first wrap of a sealed caseload erases the key kept in
     * the clear.
     */
    static void wrapFor(Connection connection, Database db, String username, byte[] wrappingKey) throws SQLException {
        byte[] dataKey = db.keys().dataKey();
        try {
            writeWrap(connection, db, username, KeyRing.wrap(wrappingKey, dataKey, username), false);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
        erasePendingIfDone(connection, db);
    }

    private static void writeWrap(Connection connection, Database db, String username, byte[] wrapped,
            boolean fromFirstForm) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO key_wraps (username, wrapped, created_at, from_first_form) VALUES (?, ?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET wrapped = excluded.wrapped, created_at = excluded.created_at,
                    from_first_form = excluded.from_first_form""")) {
            upsert.setString(1, username);
            upsert.setBytes(2, wrapped);
            upsert.setString(3, db.now());
            upsert.setInt(4, fromFirstForm ? 1 : 0);
            upsert.executeUpdate();
        }
    }

    /** Marks re-sealing done, and erases the key in the clear if some account holds it wrapped. */
    static void resealed(Connection connection, Database db) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE caseload_key SET state = 'sealed'")) {
            update.executeUpdate();
        }
        db.keys().sealedOnly();
        erasePendingIfDone(connection, db);
    }

    private static void erasePendingIfDone(Connection connection, Database db) throws SQLException {
        try (PreparedStatement erase = connection.prepareStatement("""
                UPDATE caseload_key SET pending = NULL WHERE pending IS NOT NULL AND state = 'sealed'
                    AND EXISTS (SELECT 1 FROM key_wraps)""")) {
            if (erase.executeUpdate() > 0) {
                db.checkpointAfterCommit();
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            return rows.getLong(1);
        }
    }
}
