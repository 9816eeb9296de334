package casedesk.caseload;

import java.sql.Connection;
import java.sql.SQLException;

/** For tests outside this package that build a caseload file of an older format, as SealingTest does. */
public final class SchemaFixtures {

    private SchemaFixtures() {
    }

    /** Creates, or upgrades to, the schema of one format (not the latest: a fixture from before). */
    public static void migrate(Connection connection, int format) throws SQLException {
        Schema.migrate(connection, format);
    }
}
