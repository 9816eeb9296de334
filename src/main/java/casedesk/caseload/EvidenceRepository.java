package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.Box;
import casedesk.model.CaseReference;
import casedesk.model.Document;
import casedesk.model.Extraction;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Severity;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What was read out of each document: figures, transactions and tamper signals. */
public final class EvidenceRepository {

    private final Database db;
    private final AuditLog audit;

    EvidenceRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /**
     * Stores a document's extraction, replacing any earlier one (a newer reader may read more). The
     * figures get new ids; decisions keep their own copies in their snapshots.
     */
    public List<StoredFigure> store(long documentId, Extraction extraction, String actor) {
        return db.transaction(connection -> {
            Document document = DocumentRepository.require(connection, documentId);
            for (String table : List.of("figures", "transactions", "signals")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE document_id = ?")) {
                    delete.setLong(1, documentId);
                    delete.executeUpdate();
                }
            }
            List<StoredFigure> stored = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO figures (document_id, name, value_type, value, currency, page, x, y, w, h, source_text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                for (Figure figure : extraction.figures()) {
                    insert.setLong(1, documentId);
                    insert.setString(2, figure.name());
                    insert.setString(3, figure.value().type());
                    insert.setString(4, figure.value().canonical());
                    insert.setString(5, figure.currencyCode().orElse(null));
                    insert.setInt(6, figure.page());
                    bindBox(insert, 7, figure.box());
                    insert.setString(11, figure.sourceText());
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        stored.add(new StoredFigure(rows.getLong(1), documentId, figure));
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO transactions (document_id, row_no, date, description, amount, balance, currency,
                        counterparty, page, x, y, w, h) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int row = 0;
                for (Transaction transaction : extraction.transactions()) {
                    insert.setLong(1, documentId);
                    insert.setInt(2, ++row);
                    insert.setString(3, transaction.date().toString());
                    insert.setString(4, transaction.description());
                    insert.setString(5, transaction.amount().plain());
                    insert.setString(6, transaction.balance().map(Money::plain).orElse(null));
                    insert.setString(7, transaction.amount().currencyCode());
                    insert.setString(8, transaction.counterparty());
                    insert.setInt(9, transaction.page());
                    bindBox(insert, 10, transaction.box());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO signals (document_id, code, severity, detail, page, x, y, w, h)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (TamperSignal signal : extraction.signals()) {
                    insert.setLong(1, documentId);
                    insert.setString(2, signal.code());
                    insert.setString(3, signal.severity().code());
                    insert.setString(4, signal.detail());
                    if (signal.page().isPresent()) {
                        insert.setInt(5, signal.page().get());
                    } else {
                        insert.setNull(5, Types.INTEGER);
                    }
                    if (signal.box().isPresent()) {
                        bindBox(insert, 6, signal.box().get());
                    } else {
                        for (int i = 6; i <= 9; i++) {
                            insert.setNull(i, Types.REAL);
                        }
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            audit.append(connection, actor, "evidence-stored", document.caseReference().value(), Json.object()
                    .put("document", documentId)
                    .put("sha256", document.sha256())
                    .put("figures", extraction.figures().size())
                    .put("transactions", extraction.transactions().size())
                    .put("signals", extraction.signals().size()));
            return stored;
        });
    }

    public Extraction extraction(long documentId) {
        return new Extraction(figures(documentId).stream().map(StoredFigure::figure).toList(),
                transactions(documentId), signals(documentId));
    }

    public List<StoredFigure> figures(long documentId) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM figures WHERE document_id = ? ORDER BY id")) {
                query.setLong(1, documentId);
                return figures(query);
            }
        });
    }

    /** Every figure of every document of a case, in document order. */
    public List<StoredFigure> figuresOfCase(CaseReference reference) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT f.* FROM figures f JOIN documents d ON d.id = f.document_id JOIN cases c ON c.id = d.case_id
                    WHERE c.reference = ? ORDER BY d.id, f.id""")) {
                query.setString(1, reference.value());
                return figures(query);
            }
        });
    }

    public List<Transaction> transactions(long documentId) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM transactions WHERE document_id = ? ORDER BY row_no")) {
                query.setLong(1, documentId);
                List<Transaction> transactions = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String currency = rows.getString("currency");
                        String balance = rows.getString("balance");
                        transactions.add(new Transaction(LocalDate.parse(rows.getString("date")),
                                rows.getString("description"), Money.of(rows.getString("amount"), currency),
                                Optional.ofNullable(balance).map(b -> Money.of(new BigDecimal(b), currency)),
                                rows.getString("counterparty"), rows.getInt("page"), box(rows)));
                    }
                }
                return transactions;
            }
        });
    }

    public List<TamperSignal> signals(long documentId) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM signals WHERE document_id = ? ORDER BY id")) {
                query.setLong(1, documentId);
                List<TamperSignal> signals = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int page = rows.getInt("page");
                        Optional<Integer> onPage = rows.wasNull() ? Optional.empty() : Optional.of(page);
                        rows.getDouble("x");
                        Optional<Box> box = rows.wasNull() ? Optional.empty() : Optional.of(box(rows));
                        signals.add(new TamperSignal(rows.getString("code"),
                                Severity.valueOf(rows.getString("severity").toUpperCase()), rows.getString("detail"),
                                onPage, box));
                    }
                }
                return signals;
            }
        });
    }

    /** The other cases in which a document shows this account number. */
    public List<CaseReference> otherCasesWithAccount(String accountNumber, CaseReference except) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT DISTINCT c.reference FROM figures f JOIN documents d ON d.id = f.document_id
                    JOIN cases c ON c.id = d.case_id
                    WHERE f.name = 'account_number' AND f.value = ? AND c.reference <> ? ORDER BY c.reference""")) {
                query.setString(1, accountNumber);
                query.setString(2, except.value());
                return CaseRepository.references(query);
            }
        });
    }

    private static List<StoredFigure> figures(PreparedStatement query) throws SQLException {
        List<StoredFigure> figures = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                FigureValue value = FigureValue.parse(rows.getString("value_type"), rows.getString("value"),
                        rows.getString("currency"));
                figures.add(new StoredFigure(rows.getLong("id"), rows.getLong("document_id"), new Figure(
                        rows.getString("name"), value, rows.getInt("page"), box(rows), rows.getString("source_text"))));
            }
        }
        return figures;
    }

    private static void bindBox(PreparedStatement statement, int first, Box box) throws SQLException {
        statement.setDouble(first, box.x());
        statement.setDouble(first + 1, box.y());
        statement.setDouble(first + 2, box.width());
        statement.setDouble(first + 3, box.height());
    }

    private static Box box(ResultSet rows) throws SQLException {
        return new Box(rows.getDouble("x"), rows.getDouble("y"), rows.getDouble("w"), rows.getDouble("h"));
    }
}
