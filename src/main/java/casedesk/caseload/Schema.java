package casedesk.caseload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The caseload's schema versions. Version {@code n} is built by the script {@code schema/Vn.sql}
 * applied to version {@code n-1}; the version is kept in SQLite's {@code user_version} and the file is
 * marked as a caseload by {@code application_id}. Each step runs in its own transaction, so a failed
 * upgrade leaves the file at the last good version.
 */
final class Schema {

    /** The newest schema this CaseDesk writes. Raise it together with a new {@code Vn.sql}. */
    static final int LATEST = 10;

    /** "CSKD": marks a SQLite file as a CaseDesk caseload. */
    static final int APPLICATION_ID = 0x43534B44;

    private Schema() {
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        }
    }

    /** Brings the schema from its present version up to {@code target}, one version at a time. */
    static void migrate(Connection connection, int target) throws SQLException {
        if (target > LATEST) {
            throw new IllegalArgumentException("no schema version " + target + "; the latest is " + LATEST);
        }
        for (int next = version(connection) + 1; next <= target; next++) {
            apply(connection, next);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // sqlite-jdbc runs a multi-statement script through sqlite3_exec.
            statement.executeUpdate(script(version));
            statement.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
            statement.executeUpdate("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String script(int version) {
        String name = "schema/V" + version + ".sql";
        try (InputStream in = Schema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema script " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
