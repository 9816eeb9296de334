package casedesk.caseload;

import casedesk.json.Json;
import casedesk.json.PhraseJson;
import casedesk.model.Box;
import casedesk.model.CaseReference;
import casedesk.model.Correction;
import casedesk.model.Document;
import casedesk.model.Extraction;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Phrase;
import casedesk.model.ReadingStatus;
import casedesk.model.Severity;
import casedesk.model.StoredFigure;
import casedesk.model.StoredReading;
import casedesk.model.SuppliedTransaction;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private final KeyRing keys;

    EvidenceRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.keys = db.keys();
    }

    /**
     * Stores a document's extraction, replacing any earlier one (a newer reader may read more). The
     * figures get new ids; decisions keep their own copies in their snapshots. The officer's
     * corrections stay: they stand beside any reading.
     */
    public List<StoredFigure> store(long documentId, Extraction extraction, String actor) {
        return db.transaction(connection -> {
            Document document = DocumentRepository.require(connection, documentId);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM transactions WHERE document_id = ? AND supplied_by IS NULL")) {
                delete.setLong(1, documentId);
                delete.executeUpdate();
            }
            for (String table : List.of("signals", "readings")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE document_id = ?")) {
                    delete.setLong(1, documentId);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM figures WHERE document_id = ? AND corrected_by IS NULL")) {
                delete.setLong(1, documentId);
                delete.executeUpdate();
            }
            if (extraction.reading().isPresent()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO readings (document_id, status, unproven_rows) VALUES (?, ?, ?)")) {
                    insert.setLong(1, documentId);
                    insert.setString(2, extraction.reading().get().code());
                    insert.setString(3, String.join(",", extraction.unprovenRows().stream().map(String::valueOf).toList()));
                    insert.executeUpdate();
                }
            }
            List<StoredFigure> stored = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(INSERT_FIGURE)) {
                long id = Database.nextId(connection, "figures");
                for (Figure figure : extraction.figures()) {
                    stored.add(insertFigure(insert, id++, documentId, figure, Optional.empty()));
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_TRANSACTION)) {
                int row = 0;
                for (Transaction transaction : extraction.transactions()) {
                    bindTransaction(insert, documentId, ++row, transaction, Optional.empty());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO signals (id, document_id, code, severity, detail, page, x, y, w, h, phrase)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                long id = Database.nextId(connection, "signals");
                for (TamperSignal signal : extraction.signals()) {
                    insert.setLong(1, id);
                    insert.setLong(2, documentId);
                    insert.setString(3, signal.code());
                    insert.setString(4, signal.severity().code());
                    insert.setBytes(5, keys.sealText(signal.detail(), RowIdentity.signal(id)));
                    insert.setBytes(11, keys.sealText(PhraseJson.text(signal.phrase()), RowIdentity.signalPhrase(id)));
                    id++;
                    if (signal.page().isPresent()) {
                        insert.setInt(6, signal.page().get());
                    } else {
                        insert.setNull(6, Types.INTEGER);
                    }
                    if (signal.box().isPresent()) {
                        bindBox(insert, 7, signal.box().get());
                    } else {
                        for (int i = 7; i <= 10; i++) {
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
                    .put("signals", extraction.signals().size()), Subject.reading(documentId));
            return stored;
        });
    }

    /** What was read from a document, as read: without the officer's corrections. */
    public Extraction extraction(long documentId) {
        Optional<StoredReading> reading = reading(documentId);
        List<Transaction> supplied = supplied(documentId).stream().map(SuppliedTransaction::transaction).toList();
        List<Transaction> read = new ArrayList<>(transactions(documentId));
        read.subList(read.size() - supplied.size(), read.size()).clear();
        return new Extraction(readFigures(documentId).stream().map(StoredFigure::figure).toList(),
                read, signals(documentId), reading.map(StoredReading::status),
                reading.map(StoredReading::unprovenRows).orElse(List.of()));
    }

    /** How far the reader proved a statement's table, and which rows it could not (from 1). */
    public Optional<StoredReading> reading(long documentId) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT status, unproven_rows FROM readings WHERE document_id = ?")) {
                query.setLong(1, documentId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    String unproven = rows.getString("unproven_rows");
                    List<Integer> numbers = unproven.isEmpty() ? List.of()
                            : java.util.Arrays.stream(unproven.split(",")).map(Integer::valueOf).toList();
                    return Optional.of(new StoredReading(ReadingStatus.valueOf(rows.getString("status").toUpperCase()), numbers));
                }
            }
        });
    }

    /**
     * A document's figures as the rules and the desk use them: each as read, unless the officer
     * corrected it, then the newest correction in its place; figures the officer supplied follow.
     */
    public List<StoredFigure> figures(long documentId) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM figures WHERE document_id = ? ORDER BY id")) {
                query.setLong(1, documentId);
                return effective(figures(keys, query));
            }
        });
    }

    /** A document's figures exactly as the reader read them. */
    public List<StoredFigure> readFigures(long documentId) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM figures WHERE document_id = ? AND corrected_by IS NULL ORDER BY id")) {
                query.setLong(1, documentId);
                return figures(keys, query);
            }
        });
    }

    /**
     * Stores the officer's correction of a figure (or a figure the reader missed) beside the reading:
     * the figure as read stays, and the correction, newest first, is what the rules see from now on.
     *
     * @throws CaseloadException when the document is not in the caseload
     */
    public StoredFigure correct(long documentId, Figure figure, Correction correction) {
        return db.transaction(connection -> {
            Document document = DocumentRepository.require(connection, documentId);
            Optional<StoredFigure> before = effective(figuresNamed(connection, documentId, figure.name())).stream()
                    .findFirst();
            StoredFigure stored;
            try (PreparedStatement insert = connection.prepareStatement(INSERT_FIGURE)) {
                stored = insertFigure(insert, Database.nextId(connection, "figures"), documentId, figure,
                        Optional.of(correction));
            }
            ObjectNode values = Json.object().put("value", figure.value().canonical());
            before.ifPresentOrElse(b -> values.put("before", b.figure().value().canonical()), () -> values.putNull("before"));
            ObjectNode detail = Json.object()
                    .put("document", documentId)
                    .put("figure", figure.name())
                    .put("page", figure.page());
            figure.currencyCode().ifPresent(c -> detail.put("currency", c));
            detail.put("sealed", audit.sealDetail(values, "figure-corrected", document.caseReference().value()));
            audit.append(connection, correction.by(), "figure-corrected", document.caseReference().value(), detail,
                    Subject.reading(documentId));
            return stored;
        });
    }

    private List<StoredFigure> figuresNamed(java.sql.Connection connection, long documentId, String name)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM figures WHERE document_id = ? AND name = ? ORDER BY id")) {
            query.setLong(1, documentId);
            query.setString(2, name);
            return figures(keys, query);
        }
    }

    /** Read figures in their order, each replaced by its newest correction; supplied ones after them. */
    private static List<StoredFigure> effective(List<StoredFigure> all) {
        java.util.Map<String, StoredFigure> newestCorrection = new java.util.LinkedHashMap<>();
        for (StoredFigure figure : all) {
            if (figure.corrected()) {
                newestCorrection.put(figure.figure().name(), figure);
            }
        }
        List<StoredFigure> effective = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (StoredFigure figure : all) {
            if (figure.corrected()) {
                continue;
            }
            StoredFigure correction = newestCorrection.get(figure.figure().name());
            if (correction == null) {
                effective.add(figure);
            } else if (placed.add(figure.figure().name())) {
                effective.add(correction);
            }
        }
        newestCorrection.forEach((name, correction) -> {
            if (!placed.contains(name)) {
                effective.add(correction);
            }
        });
        return effective;
    }

    /** Every figure of every document of a case as the rules use them (corrections in place), in document order. */
    public List<StoredFigure> figuresOfCase(CaseReference reference) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT f.* FROM figures f JOIN documents d ON d.id = f.document_id JOIN cases c ON c.id = d.case_id
                    WHERE c.reference = ? ORDER BY d.id, f.id""")) {
                query.setString(1, reference.value());
                List<StoredFigure> all = figures(keys, query);
                List<StoredFigure> effective = new ArrayList<>();
                java.util.Map<Long, List<StoredFigure>> byDocument = new java.util.LinkedHashMap<>();
                all.forEach(f -> byDocument.computeIfAbsent(f.documentId(), d -> new ArrayList<>()).add(f));
                byDocument.values().forEach(figures -> effective.addAll(effective(figures)));
                return effective;
            }
        });
    }

    /** A transaction an officer added from the page, with who added it and when. */
    /**
     * Adds a transaction the reader missed, as the officer read it from the page, beside the rows
     * read: the rules count it from now on, and a new reading of the document keeps it.
     */
    public void supply(long documentId, Transaction transaction, Correction by) {
        db.transaction(connection -> {
            Document document = DocumentRepository.require(connection, documentId);
            int row;
            try (PreparedStatement next = connection.prepareStatement(
                    "SELECT coalesce(max(row_no), 0) + 1 FROM transactions WHERE document_id = ?")) {
                next.setLong(1, documentId);
                try (ResultSet rows = next.executeQuery()) {
                    row = Math.max(SUPPLIED_ROWS, rows.getInt(1));
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_TRANSACTION)) {
                bindTransaction(insert, documentId, row, transaction, Optional.of(by));
                insert.executeUpdate();
            }
            ObjectNode values = Json.object().put("date", transaction.date().toString())
                    .put("amount", transaction.amount().plain());
            transaction.balance().ifPresent(b -> values.put("balance", b.plain()));
            ObjectNode detail = Json.object().put("document", documentId)
                    .put("currency", transaction.amount().currencyCode()).put("page", transaction.page());
            detail.put("sealed", audit.sealDetail(values, "transaction-supplied", document.caseReference().value()));
            audit.append(connection, by.by(), "transaction-supplied", document.caseReference().value(), detail,
                    Subject.reading(documentId));
            return null;
        });
    }

    /** The transactions officers added to a document, in the order they were added. */
    public List<SuppliedTransaction> supplied(long documentId) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM transactions WHERE document_id = ? AND supplied_by IS NOT NULL ORDER BY row_no")) {
                query.setLong(1, documentId);
                List<SuppliedTransaction> supplied = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        supplied.add(new SuppliedTransaction(transaction(keys, rows), new Correction(rows.getString("supplied_by"),
                                java.time.Instant.parse(rows.getString("supplied_at")))));
                    }
                }
                return supplied;
            }
        });
    }

    /** Rows an officer adds are numbered from here, after any the reader could read. */
    private static final int SUPPLIED_ROWS = 100_000;

    private static Transaction transaction(KeyRing keys, ResultSet rows) throws SQLException {
        long document = rows.getLong("document_id");
        int row = rows.getInt("row_no");
        String currency = rows.getString("currency");
        String balance = keys.openText(rows.getObject("balance"), RowIdentity.transaction("balance", document, row));
        return new Transaction(LocalDate.parse(keys.openText(rows.getObject("date"), RowIdentity.transaction("date", document, row))),
                keys.openText(rows.getObject("description"), RowIdentity.transaction("description", document, row)),
                Money.of(keys.openText(rows.getObject("amount"), RowIdentity.transaction("amount", document, row)), currency),
                Optional.ofNullable(balance).map(b -> Money.of(new BigDecimal(b), currency)),
                keys.openText(rows.getObject("counterparty"), RowIdentity.transaction("counterparty", document, row)),
                rows.getInt("page"), box(rows), rows.getInt("neutral") == 1);
    }

    /** A document's transactions: the rows read, in printed order, then those officers added. */
    public List<Transaction> transactions(long documentId) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM transactions WHERE document_id = ? ORDER BY row_no")) {
                query.setLong(1, documentId);
                List<Transaction> transactions = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        transactions.add(transaction(keys, rows));
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
                        long id = rows.getLong("id");
                        String detail = keys.openText(rows.getObject("detail"), RowIdentity.signal(id));
                        Phrase phrase = PhraseJson.read(keys.openText(rows.getObject("phrase"), RowIdentity.signalPhrase(id)))
                                .orElse(Phrase.text(detail));
                        signals.add(new TamperSignal(rows.getString("code"),
                                Severity.valueOf(rows.getString("severity").toUpperCase()), detail, phrase, onPage, box));
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
                    WHERE f.value_lookup = ? AND f.name = 'account_number' AND c.reference <> ? ORDER BY c.reference""")) {
                query.setString(1, keys.lookup(accountNumber));
                query.setString(2, except.value());
                return CaseRepository.references(query);
            }
        });
    }

    private static List<StoredFigure> figures(KeyRing keys, PreparedStatement query) throws SQLException {
        List<StoredFigure> figures = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                String name = rows.getString("name");
                FigureValue value = FigureValue.parse(rows.getString("value_type"),
                        keys.openText(rows.getObject("value"), RowIdentity.figure("value", id)),
                        rows.getString("currency"));
                String by = rows.getString("corrected_by");
                Optional<Correction> correction = by == null ? Optional.empty()
                        : Optional.of(new Correction(by, java.time.Instant.parse(rows.getString("corrected_at"))));
                figures.add(new StoredFigure(rows.getLong("id"), rows.getLong("document_id"), new Figure(
                        name, value, rows.getInt("page"), box(rows),
                        keys.openText(rows.getObject("source_text"), RowIdentity.figure("source_text", id))),
                        correction));
            }
        }
        return figures;
    }

    private static final String INSERT_FIGURE = """
            INSERT INTO figures (document_id, name, value_type, value, currency, page, x, y, w, h, source_text,
                corrected_by, corrected_at, value_lookup, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The figure whose value other cases are searched for (by its keyed hash). */
    static final String ACCOUNT_NUMBER = "account_number";

    private static final String INSERT_TRANSACTION = """
            INSERT INTO transactions (document_id, row_no, date, description, amount, balance, currency,
                counterparty, page, x, y, w, h, neutral, supplied_by, supplied_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** A figure as read, or, with who and when, as an officer corrected or supplied it. */
    private StoredFigure insertFigure(PreparedStatement insert, long id, long documentId, Figure figure,
            Optional<Correction> correction) throws SQLException {
        insert.setLong(1, documentId);
        insert.setString(2, figure.name());
        insert.setString(3, figure.value().type());
        insert.setBytes(4, keys.sealText(figure.value().canonical(), RowIdentity.figure("value", id)));
        insert.setString(5, figure.currencyCode().orElse(null));
        insert.setInt(6, figure.page());
        bindBox(insert, 7, figure.box());
        insert.setBytes(11, keys.sealText(figure.sourceText(), RowIdentity.figure("source_text", id)));
        insert.setString(12, correction.map(Correction::by).orElse(null));
        insert.setString(13, correction.map(c -> c.at().toString()).orElse(null));
        insert.setString(14, figure.name().equals(ACCOUNT_NUMBER) ? keys.lookup(figure.value().canonical()) : null);
        insert.setLong(15, id);
        insert.executeUpdate();
        return new StoredFigure(id, documentId, figure, correction);
    }

    /** A transaction as read, or, with who and when, as an officer added it. */
    private void bindTransaction(PreparedStatement insert, long documentId, int row, Transaction transaction,
            Optional<Correction> suppliedBy) throws SQLException {
        insert.setLong(1, documentId);
        insert.setInt(2, row);
        insert.setBytes(3, keys.sealText(transaction.date().toString(), RowIdentity.transaction("date", documentId, row)));
        insert.setBytes(4, keys.sealText(transaction.description(), RowIdentity.transaction("description", documentId, row)));
        insert.setBytes(5, keys.sealText(transaction.amount().plain(), RowIdentity.transaction("amount", documentId, row)));
        insert.setBytes(6, keys.sealNullable(transaction.balance().map(Money::plain).orElse(null),
                RowIdentity.transaction("balance", documentId, row)));
        insert.setString(7, transaction.amount().currencyCode());
        insert.setBytes(8, keys.sealText(transaction.counterparty(), RowIdentity.transaction("counterparty", documentId, row)));
        insert.setInt(9, transaction.page());
        bindBox(insert, 10, transaction.box());
        insert.setInt(14, transaction.neutral() ? 1 : 0);
        insert.setString(15, suppliedBy.map(Correction::by).orElse(null));
        insert.setString(16, suppliedBy.map(c -> c.at().toString()).orElse(null));
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
