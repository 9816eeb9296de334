package casedesk.caseload;

import casedesk.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Re-seals, in place, what a caseload from before encryption holds in the clear: identity numbers
 * and document bytes (scheme 0), figures, transactions, signals, verdict explanations and decision
 * texts (plain text columns). It works in batches, each its own transaction with its own audit event
 * covering what it re-sealed, so that a kill loses at most the batch under way and the next open goes
 * on where it stopped. When nothing is left, the data key kept in the clear meanwhile is erased and
 * the file is rebuilt (VACUUM) so that no page keeps a value from before.
 */
final class Resealer {

    /**
     * Rows per transaction; document bytes go fewer at a time, being large. What is read from
     * documents goes in document order, so that a batch touches, and its event fingerprints, as few
     * documents as it can.
     */
    static final int ROWS = 500;
    static final int DOCUMENTS = 20;

    private final Database db;
    private final AuditLog audit;
    private final KeyRing keys;

    Resealer(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.keys = db.keys();
    }

    /** A step of the migration: one table's rows, a batch at a time; returns how many it re-sealed. */
    private interface Step {
        int batch(Connection connection, Set<Subject> touched) throws SQLException;
    }

    /** How many rows are still to be re-sealed. */
    long remaining() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT (SELECT count(*) FROM cases WHERE hex(substr(passport_sealed, 1, 1)) = '00'
                                OR hex(substr(national_id_sealed, 1, 1)) = '00')
                         + (SELECT count(*) FROM blobs WHERE hex(substr(sealed, 1, 1)) = '00')
                         + (SELECT count(*) FROM figures WHERE typeof(value) = 'text' OR typeof(source_text) = 'text')
                         + (SELECT count(*) FROM transactions WHERE typeof(amount) = 'text')
                         + (SELECT count(*) FROM signals WHERE typeof(detail) = 'text')
                         + (SELECT count(*) FROM verdicts WHERE typeof(explanation) = 'text')
                         + (SELECT count(*) FROM decisions WHERE typeof(snapshot) = 'text')""");
                    ResultSet rows = query.executeQuery()) {
                return rows.getLong(1);
            }
        });
    }

    /** Re-seals everything left, reporting the rows done so far; then erases the key and compacts. */
    int run(LongConsumer progress) {
        int done = 0;
        for (Step step : List.<Step>of(this::cases, this::documents, this::figures, this::transactions, this::signals,
                this::verdicts, this::decisions)) {
            while (true) {
                int count = db.transaction(connection -> {
                    Set<Subject> touched = new LinkedHashSet<>();
                    int n = step.batch(connection, touched);
                    if (n > 0) {
                        audit.append(connection, Caseload.SYSTEM, "caseload-resealed", "",
                                Json.object().put("rows", n).put("scheme", KeyRing.AES_GCM),
                                touched.toArray(Subject[]::new));
                    }
                    return n;
                });
                if (count == 0) {
                    break;
                }
                done += count;
                progress.accept(done);
            }
        }
        db.transaction(connection -> {
            DataKeys.resealed(connection, db);
            return null;
        });
        compact();
        return done;
    }

    /** Rebuilds the file without its free pages, then empties the write-ahead log. */
    private void compact() {
        db.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM");
            }
            return null;
        });
        db.checkpoint();
    }

    private int cases(Connection connection, Set<Subject> touched) throws SQLException {
        List<Object[]> rows = select(connection, """
                SELECT reference, passport_sealed, national_id_sealed FROM cases
                WHERE hex(substr(passport_sealed, 1, 1)) = '00' OR hex(substr(national_id_sealed, 1, 1)) = '00'
                LIMIT ?""", ROWS, 3);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE cases SET passport_sealed = ?, passport_lookup = ?, national_id_sealed = ? WHERE reference = ?""")) {
            for (Object[] row : rows) {
                String reference = (String) row[0];
                String passport = keys.openText(row[1], RowIdentity.passport(reference));
                String nationalId = keys.openText(row[2], RowIdentity.nationalId(reference));
                update.setBytes(1, keys.sealText(passport, RowIdentity.passport(reference)));
                update.setString(2, keys.lookup(passport));
                update.setBytes(3, keys.sealText(nationalId, RowIdentity.nationalId(reference)));
                update.setString(4, reference);
                update.addBatch();
                touched.add(Subject.caseRecord(reference));
            }
            update.executeBatch();
        }
        return rows.size();
    }

    private int documents(Connection connection, Set<Subject> touched) throws SQLException {
        List<Object[]> rows = select(connection,
                "SELECT sha256, sealed FROM blobs WHERE hex(substr(sealed, 1, 1)) = '00' LIMIT ?", DOCUMENTS, 2);
        try (PreparedStatement update = connection.prepareStatement("UPDATE blobs SET sealed = ? WHERE sha256 = ?");
                PreparedStatement documents = connection.prepareStatement("SELECT id FROM documents WHERE sha256 = ?")) {
            for (Object[] row : rows) {
                String sha256 = (String) row[0];
                byte[] plain = keys.open((byte[]) row[1], RowIdentity.documentBytes(sha256));
                update.setBytes(1, keys.seal(plain, RowIdentity.documentBytes(sha256)));
                update.setString(2, sha256);
                update.executeUpdate();
                documents.setString(1, sha256);
                try (ResultSet ids = documents.executeQuery()) {
                    while (ids.next()) {
                        touched.add(Subject.document(ids.getLong(1)));
                    }
                }
            }
        }
        return rows.size();
    }

    private int figures(Connection connection, Set<Subject> touched) throws SQLException {
        List<Object[]> rows = select(connection, """
                SELECT id, document_id, name, value, source_text FROM figures
                WHERE typeof(value) = 'text' OR typeof(source_text) = 'text' ORDER BY document_id LIMIT ?""", ROWS, 5);
        return withoutTrigger(connection, "corrections_are_never_changed", () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE figures SET value = ?, source_text = ?, value_lookup = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    long id = ((Number) row[0]).longValue();
                    long document = ((Number) row[1]).longValue();
                    String name = (String) row[2];
                    String value = keys.openText(row[3], RowIdentity.figure("value", id));
                    update.setBytes(1, keys.sealText(value, RowIdentity.figure("value", id)));
                    update.setBytes(2, keys.sealText(keys.openText(row[4], RowIdentity.figure("source_text", id)),
                            RowIdentity.figure("source_text", id)));
                    update.setString(3, name.equals(EvidenceRepository.ACCOUNT_NUMBER) ? keys.lookup(value) : null);
                    update.setLong(4, id);
                    update.addBatch();
                    touched.add(Subject.reading(document));
                }
                update.executeBatch();
            }
            return rows.size();
        });
    }

    private static final List<String> TRANSACTION_COLUMNS = List.of("date", "description", "amount", "balance",
            "counterparty");

    private int transactions(Connection connection, Set<Subject> touched) throws SQLException {
        List<Object[]> rows = select(connection, """
                SELECT id, document_id, row_no, date, description, amount, balance, counterparty FROM transactions
                WHERE typeof(amount) = 'text' ORDER BY document_id LIMIT ?""", ROWS, 8);
        return withoutTrigger(connection, "supplied_transactions_are_never_changed", () -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE transactions SET date = ?, description = ?, amount = ?, balance = ?, counterparty = ?
                    WHERE id = ?""")) {
                for (Object[] row : rows) {
                    long document = ((Number) row[1]).longValue();
                    int rowNo = ((Number) row[2]).intValue();
                    for (int c = 0; c < TRANSACTION_COLUMNS.size(); c++) {
                        String identity = RowIdentity.transaction(TRANSACTION_COLUMNS.get(c), document, rowNo);
                        update.setBytes(c + 1, keys.sealNullable(keys.openText(row[3 + c], identity), identity));
                    }
                    update.setLong(6, ((Number) row[0]).longValue());
                    update.addBatch();
                    touched.add(Subject.reading(document));
                }
                update.executeBatch();
            }
            return rows.size();
        });
    }

    private int signals(Connection connection, Set<Subject> touched) throws SQLException {
        List<Object[]> rows = select(connection,
                "SELECT id, document_id, detail FROM signals WHERE typeof(detail) = 'text' ORDER BY document_id LIMIT ?",
                ROWS, 3);
        try (PreparedStatement update = connection.prepareStatement("UPDATE signals SET detail = ? WHERE id = ?")) {
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                String identity = RowIdentity.signal(id);
                update.setBytes(1, keys.sealText(keys.openText(row[2], identity), identity));
                update.setLong(2, id);
                update.addBatch();
                touched.add(Subject.reading(((Number) row[1]).longValue()));
            }
            update.executeBatch();
        }
        return rows.size();
    }

    private int verdicts(Connection connection, Set<Subject> touched) throws SQLException {
        List<Object[]> rows = select(connection, """
                SELECT evaluation_id, position, explanation FROM verdicts WHERE typeof(explanation) = 'text' LIMIT ?""",
                ROWS, 3);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE verdicts SET explanation = ? WHERE evaluation_id = ? AND position = ?")) {
            for (Object[] row : rows) {
                long evaluation = ((Number) row[0]).longValue();
                int position = ((Number) row[1]).intValue();
                String identity = RowIdentity.verdict(evaluation, position);
                update.setBytes(1, keys.sealText(keys.openText(row[2], identity), identity));
                update.setLong(2, evaluation);
                update.setInt(3, position);
                update.addBatch();
                touched.add(Subject.evaluation(evaluation));
            }
            update.executeBatch();
        }
        return rows.size();
    }

    private int decisions(Connection connection, Set<Subject> touched) throws SQLException {
        List<Object[]> rows = select(connection, """
                SELECT id, note, deviation_reason, snapshot FROM decisions WHERE typeof(snapshot) = 'text' LIMIT ?""",
                ROWS, 4);
        return withoutTrigger(connection, "decisions_are_never_updated", () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE decisions SET note = ?, deviation_reason = ?, snapshot = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    long id = ((Number) row[0]).longValue();
                    List<String> columns = List.of("note", "deviation_reason", "snapshot");
                    for (int c = 0; c < columns.size(); c++) {
                        String identity = RowIdentity.decision(columns.get(c), id);
                        update.setBytes(c + 1, keys.sealText(keys.openText(row[1 + c], identity), identity));
                    }
                    update.setLong(4, id);
                    update.addBatch();
                    touched.add(Subject.decision(id));
                }
                update.executeBatch();
            }
            return rows.size();
        });
    }

    private static List<Object[]> select(Connection connection, String sql, int limit, int columns) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, limit);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private interface Update {
        int run() throws SQLException;
    }

    /**
     * Runs an update with one of the triggers that forbid changing recorded rows lifted, inside the
     * same transaction: the trigger is back before anything commits, exactly as it was.
     */
    private static int withoutTrigger(Connection connection, String trigger, Update update) throws SQLException {
        String definition;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?")) {
            query.setString(1, trigger);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new CaseloadException("The caseload lacks its trigger " + trigger + "; it is not re-sealed.");
                }
                definition = rows.getString(1);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER " + trigger);
            int count = update.run();
            statement.execute(definition);
            return count;
        }
    }
}
