package casedesk.caseload;

import casedesk.security.Sha256;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hash of a subject's state as the tables hold it now: every column of its rows, in a fixed
 * order. An audit event stores it when it records a change; verification computes it again.
 */
final class Fingerprints {

    /** What a document that nothing was read from, or a caseload without rates, hashes to. */
    static final String EMPTY = Sha256.hex("");

    /** Columns that change without being part of what an event records. */
    private static final Set<String> UNRECORDED_COLUMNS = Set.of("failed_sign_ins", "locked_until");

    /**
     * Columns added after subjects were first recorded, left out while empty, so that adding them
     * changes no fingerprint recorded before.
     */
    private static final Set<String> LATER_COLUMNS = Set.of("value_lookup", "phrase");

    private Fingerprints() {
    }

    static String of(Connection connection, Subject subject) throws SQLException {
        StringBuilder state = new StringBuilder();
        switch (subject.kind()) {
            case CASE -> rows(connection, state, "SELECT * FROM cases WHERE reference = ?", subject.key());
            case DOCUMENT -> {
                rows(connection, state, "SELECT * FROM documents WHERE id = ?", subject.key());
                rows(connection, state, "SELECT b.* FROM blobs b JOIN documents d ON d.sha256 = b.sha256 WHERE d.id = ?",
                        subject.key());
            }
            case READING -> {
                rows(connection, state, "SELECT * FROM figures WHERE document_id = ? ORDER BY id", subject.key());
                rows(connection, state, "SELECT * FROM transactions WHERE document_id = ? ORDER BY id", subject.key());
                rows(connection, state, "SELECT * FROM signals WHERE document_id = ? ORDER BY id", subject.key());
                rows(connection, state, "SELECT * FROM readings WHERE document_id = ?", subject.key());
            }
            case EVALUATION -> {
                rows(connection, state, "SELECT * FROM evaluations WHERE id = ?", subject.key());
                rows(connection, state, "SELECT * FROM verdicts WHERE evaluation_id = ? ORDER BY position", subject.key());
            }
            case DECISION -> rows(connection, state, "SELECT * FROM decisions WHERE id = ?", subject.key());
            case USER -> rows(connection, state, "SELECT * FROM users WHERE username = ?", subject.key());
            case RULE_SET -> rows(connection, state, "SELECT * FROM rule_sets WHERE version = ?", subject.key());
            case RATES -> rows(connection, state, "SELECT * FROM exchange_rates ORDER BY currency, date");
            case SETTINGS -> rows(connection, state, "SELECT * FROM settings ORDER BY name");
            case WORKSTATION -> {
                rows(connection, state, "SELECT * FROM workstations WHERE id = ?", subject.key());
                rows(connection, state, "SELECT * FROM imported_decisions WHERE workstation_id = ? ORDER BY bundle, decision_id",
                        subject.key());
                rows(connection, state, "SELECT * FROM imported_documents WHERE workstation_id = ? ORDER BY sha256",
                        subject.key());
            }
        }
        return Sha256.hex(state.toString());
    }

    /**
     * The fingerprint of every case, decision or account at once, in one pass over its table: what
     * opening a caseload checks, quick enough for 100,000 cases. Each is the same as {@link #of}.
     */
    static java.util.Map<String, String> ofEvery(Connection connection, Subject.Kind kind) throws SQLException {
        String sql = switch (kind) {
            case CASE -> "SELECT * FROM cases";
            case DECISION -> "SELECT * FROM decisions";
            case USER -> "SELECT * FROM users";
            default -> throw new IllegalArgumentException("one row per subject only: " + kind);
        };
        String keyColumn = switch (kind) {
            case CASE -> "reference";
            case USER -> "username";
            default -> "id";
        };
        java.util.Map<String, String> fingerprints = new java.util.LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                StringBuilder state = new StringBuilder();
                row(rows, columns, state);
                fingerprints.put(new Subject(kind, rows.getString(keyColumn)).id(), Sha256.hex(state.toString()));
            }
        }
        return fingerprints;
    }

    /** Every subject the tables hold now, each of which some event must have recorded. */
    static List<Subject> all(Connection connection) throws SQLException {
        List<Subject> all = new ArrayList<>();
        keys(connection, "SELECT reference FROM cases ORDER BY id", Subject::caseRecord, all);
        keys(connection, "SELECT id FROM documents ORDER BY id", k -> Subject.document(Long.parseLong(k)), all);
        keys(connection, "SELECT id FROM documents ORDER BY id", k -> Subject.reading(Long.parseLong(k)), all);
        keys(connection, "SELECT id FROM evaluations ORDER BY id", k -> Subject.evaluation(Long.parseLong(k)), all);
        keys(connection, "SELECT id FROM decisions ORDER BY id", k -> Subject.decision(Long.parseLong(k)), all);
        keys(connection, "SELECT username FROM users ORDER BY username", Subject::user, all);
        keys(connection, "SELECT version FROM rule_sets ORDER BY version", Subject::ruleSet, all);
        keys(connection, "SELECT id FROM workstations ORDER BY id", k -> Subject.workstation(Long.parseLong(k)), all);
        all.add(Subject.rates());
        all.add(Subject.settings());
        return all;
    }

    private static void keys(Connection connection, String sql, java.util.function.Function<String, Subject> subject,
            List<Subject> into) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                into.add(subject.apply(rows.getString(1)));
            }
        }
    }

    private static void rows(Connection connection, StringBuilder state, String sql, String... parameters)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    row(rows, columns, state);
                }
            }
        }
    }

    private static void row(ResultSet rows, ResultSetMetaData columns, StringBuilder state) throws SQLException {
        state.append('{');
        for (int c = 1; c <= columns.getColumnCount(); c++) {
            String name = columns.getColumnName(c);
            if (UNRECORDED_COLUMNS.contains(name) || LATER_COLUMNS.contains(name) && rows.getObject(c) == null) {
                continue;
            }
            state.append(name).append('=').append(value(rows, c)).append('\u001f');
        }
        state.append('}');
    }

    private static String value(ResultSet rows, int column) throws SQLException {
        if (rows.getMetaData().getColumnType(column) == Types.BLOB || rows.getObject(column) instanceof byte[]) {
            byte[] bytes = rows.getBytes(column);
            return bytes == null ? "null" : "blob:" + Sha256.hex(bytes);
        }
        String text = rows.getString(column);
        return text == null ? "null" : text.replace("\\", "\\\\").replace("\u001f", "\\u001f");
    }
}
