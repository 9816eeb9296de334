package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Cases and the queue over them. */
public final class CaseRepository {

    private final Database db;
    private final AuditLog audit;
    private final Sealer sealer;

    CaseRepository(Database db, AuditLog audit, Sealer sealer) {
        this.db = db;
        this.audit = audit;
        this.sealer = sealer;
    }

    public void create(VisaCase visaCase, String actor) {
        db.transaction(connection -> {
            if (idOf(connection, visaCase.reference()).isPresent()) {
                throw new CaseloadException.AlreadyExists("A case " + visaCase.reference() + " exists already.");
            }
            Applicant applicant = visaCase.applicant();
            Trip trip = visaCase.trip();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO cases (reference, status, lodged, deadline, surname, given_names, native_name,
                        birth_date, nationality, passport_sealed, passport_lookup, national_id_sealed,
                        entry_date, exit_date, purpose, destination, visa_type, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, visaCase.reference().value());
                insert.setString(2, visaCase.status().code());
                insert.setString(3, visaCase.lodged().toString());
                insert.setString(4, visaCase.deadline().toString());
                insert.setString(5, applicant.surname());
                insert.setString(6, applicant.givenNames());
                insert.setString(7, applicant.nativeName());
                insert.setString(8, applicant.birthDate().toString());
                insert.setString(9, applicant.nationality());
                insert.setBytes(10, sealer.sealText(applicant.passportNumber()));
                insert.setString(11, sealer.lookupKey(applicant.passportNumber()));
                insert.setBytes(12, sealer.sealText(applicant.nationalId()));
                insert.setString(13, trip.entry().toString());
                insert.setString(14, trip.exit().toString());
                insert.setString(15, trip.purpose());
                insert.setString(16, trip.destination());
                insert.setString(17, trip.visaType());
                insert.setString(18, db.now());
                insert.executeUpdate();
            }
            audit.append(connection, actor, "case-created", visaCase.reference().value(), Json.object()
                    .put("status", visaCase.status().code())
                    .put("lodged", visaCase.lodged().toString())
                    .put("deadline", visaCase.deadline().toString())
                    .put("destination", trip.destination()));
            return null;
        });
    }

    public Optional<VisaCase> find(CaseReference reference) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM cases WHERE reference = ?")) {
                query.setString(1, reference.value());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(visaCase(rows)) : Optional.<VisaCase>empty();
                }
            }
        });
    }

    public VisaCase get(CaseReference reference) {
        return find(reference).orElseThrow(() -> notFound(reference));
    }

    public long size() {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM cases");
                    ResultSet rows = query.executeQuery()) {
                return rows.getLong(1);
            }
        });
    }

    /** A page of the queue, earliest deadline first. */
    public List<QueueEntry> queue(QueueQuery query) {
        return db.read(connection -> {
            Filter filter = filter(query);
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT reference, surname, given_names, native_name, lodged, deadline, status FROM cases
                    WHERE %s ORDER BY deadline, reference LIMIT ? OFFSET ?""".formatted(filter.where))) {
                int next = filter.bind(statement);
                statement.setInt(next, query.limit());
                statement.setInt(next + 1, query.offset());
                List<QueueEntry> entries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new QueueEntry(new CaseReference(rows.getString(1)), rows.getString(2),
                                rows.getString(3), rows.getString(4), LocalDate.parse(rows.getString(5)),
                                LocalDate.parse(rows.getString(6)), CaseStatus.fromCode(rows.getString(7))));
                    }
                }
                return entries;
            }
        });
    }

    /** How many cases the query matches, over all pages. */
    public long count(QueueQuery query) {
        return db.read(connection -> {
            Filter filter = filter(query);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM cases WHERE " + filter.where)) {
                filter.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.getLong(1);
                }
            }
        });
    }

    /** How many cases there are in each status; every status is present, with 0 where none. */
    public Map<CaseStatus, Long> countByStatus() {
        return db.read(connection -> {
            Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
            for (CaseStatus status : CaseStatus.values()) {
                counts.put(status, 0L);
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT status, count(*) FROM cases GROUP BY status");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(CaseStatus.fromCode(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    /** Moves a case's decision deadline, within the limit the Visa Code sets, and logs why. */
    public void extendDeadline(CaseReference reference, LocalDate deadline, String reason, String actor) {
        db.transaction(connection -> {
            VisaCase visaCase = get(reference);
            if (deadline.isBefore(visaCase.deadline()) || deadline.isAfter(visaCase.longestDeadline())) {
                throw new IllegalArgumentException("a deadline of " + reference + " can move from " + visaCase.deadline()
                        + " up to " + visaCase.longestDeadline() + ", not to " + deadline);
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE cases SET deadline = ? WHERE reference = ?")) {
                update.setString(1, deadline.toString());
                update.setString(2, reference.value());
                update.executeUpdate();
            }
            audit.append(connection, actor, "deadline-extended", reference.value(), Json.object()
                    .put("from", visaCase.deadline().toString())
                    .put("to", deadline.toString())
                    .put("reason", reason));
            return null;
        });
    }

    void setStatus(Connection connection, CaseReference reference, CaseStatus status) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE cases SET status = ? WHERE reference = ?")) {
            update.setString(1, status.code());
            update.setString(2, reference.value());
            if (update.executeUpdate() != 1) {
                throw notFound(reference);
            }
        }
    }

    static Optional<Long> idOf(Connection connection, CaseReference reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM cases WHERE reference = ?")) {
            query.setString(1, reference.value());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    static long requireId(Connection connection, CaseReference reference) throws SQLException {
        return idOf(connection, reference).orElseThrow(() -> notFound(reference));
    }

    static CaseloadException.NotFound notFound(CaseReference reference) {
        return new CaseloadException.NotFound("There is no case " + reference + " in this caseload.");
    }

    private VisaCase visaCase(ResultSet rows) throws SQLException {
        Applicant applicant = new Applicant(rows.getString("surname"), rows.getString("given_names"),
                rows.getString("native_name"), LocalDate.parse(rows.getString("birth_date")),
                rows.getString("nationality"), sealer.openText(rows.getBytes("passport_sealed")),
                sealer.openText(rows.getBytes("national_id_sealed")));
        Trip trip = new Trip(LocalDate.parse(rows.getString("entry_date")), LocalDate.parse(rows.getString("exit_date")),
                rows.getString("purpose"), rows.getString("destination"), rows.getString("visa_type"));
        return new VisaCase(new CaseReference(rows.getString("reference")), CaseStatus.fromCode(rows.getString("status")),
                LocalDate.parse(rows.getString("lodged")), LocalDate.parse(rows.getString("deadline")), applicant, trip);
    }

    /**
     * The WHERE clause of a queue query. The search text matches a reference by prefix, a Latin name
     * by prefix of surname or given names (any case), a Chinese name anywhere in it, or a passport
     * number exactly (it is compared through the sealer's lookup key).
     */
    private Filter filter(QueueQuery query) {
        String statuses = query.statuses().stream().map(s -> "'" + s.code() + "'").collect(Collectors.joining(","));
        String where = "status IN (" + statuses + ")";
        List<String> parameters = new ArrayList<>();
        String text = query.text();
        if (!text.isEmpty()) {
            String upper = text.toUpperCase(Locale.ROOT);
            String like = escapeLike(text) + "%";
            where += """
                     AND (reference BETWEEN ? AND ? || char(1114111)
                          OR surname LIKE ? ESCAPE '\\' OR given_names LIKE ? ESCAPE '\\'
                          OR (surname || ' ' || given_names) LIKE ? ESCAPE '\\'
                          OR instr(native_name, ?) > 0
                          OR passport_lookup = ?)""";
            parameters.addAll(List.of(upper, upper, like, like, like, text, sealer.lookupKey(text)));
        }
        return new Filter(where, parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Filter(String where, List<String> parameters) {
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (String parameter : parameters) {
                statement.setString(index++, parameter);
            }
            return index;
        }
    }
}
