package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Cases and the queue over them. */
public final class CaseRepository {

    private final Database db;
    private final AuditLog audit;
    private final KeyRing keys;

    CaseRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.keys = db.keys();
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
                String reference = visaCase.reference().value();
                insert.setBytes(10, keys.sealText(applicant.passportNumber(), RowIdentity.passport(reference)));
                insert.setString(11, keys.lookup(applicant.passportNumber()));
                insert.setBytes(12, keys.sealText(applicant.nationalId(), RowIdentity.nationalId(reference)));
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
                    .put("destination", trip.destination()), Subject.caseRecord(visaCase.reference().value()));
            return null;
        });
    }

    /**
     * Corrects an undecided case's applicant and trip. The audit event names the fields that changed,
     * not their values: identity numbers are sealed and do not belong in the log. A decided case is
     * kept as it was decided.
     */
    public void update(CaseReference reference, Applicant applicant, Trip trip, String actor) {
        db.transaction(connection -> {
            VisaCase before = get(reference);
            if (before.status().isDecided()) {
                throw new CaseloadException.Refused("Case " + reference + " is decided: its applicant and trip are kept"
                        + " as they were decided.");
            }
            List<String> changed = changedFields(before, applicant, trip);
            if (changed.isEmpty()) {
                return null;
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE cases SET surname = ?, given_names = ?, native_name = ?, birth_date = ?, nationality = ?,
                        passport_sealed = ?, passport_lookup = ?, national_id_sealed = ?, entry_date = ?, exit_date = ?,
                        purpose = ?, destination = ?, visa_type = ?
                    WHERE reference = ?""")) {
                update.setString(1, applicant.surname());
                update.setString(2, applicant.givenNames());
                update.setString(3, applicant.nativeName());
                update.setString(4, applicant.birthDate().toString());
                update.setString(5, applicant.nationality());
                update.setBytes(6, keys.sealText(applicant.passportNumber(), RowIdentity.passport(reference.value())));
                update.setString(7, keys.lookup(applicant.passportNumber()));
                update.setBytes(8, keys.sealText(applicant.nationalId(), RowIdentity.nationalId(reference.value())));
                update.setString(9, trip.entry().toString());
                update.setString(10, trip.exit().toString());
                update.setString(11, trip.purpose());
                update.setString(12, trip.destination());
                update.setString(13, trip.visaType());
                update.setString(14, reference.value());
                update.executeUpdate();
            }
            ArrayNode fields = Json.array();
            changed.forEach(fields::add);
            audit.append(connection, actor, "case-updated", reference.value(), Json.object().set("fields", fields),
                    Subject.caseRecord(reference.value()));
            return null;
        });
    }

    private static List<String> changedFields(VisaCase before, Applicant applicant, Trip trip) {
        Applicant a = before.applicant();
        Trip t = before.trip();
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("surname", a.surname().equals(applicant.surname()));
        same.put("given_names", a.givenNames().equals(applicant.givenNames()));
        same.put("native_name", a.nativeName().equals(applicant.nativeName()));
        same.put("birth_date", a.birthDate().equals(applicant.birthDate()));
        same.put("nationality", a.nationality().equals(applicant.nationality()));
        same.put("passport", a.passportNumber().equals(applicant.passportNumber()));
        same.put("national_id", a.nationalId().equals(applicant.nationalId()));
        same.put("entry", t.entry().equals(trip.entry()));
        same.put("exit", t.exit().equals(trip.exit()));
        same.put("purpose", t.purpose().equals(trip.purpose()));
        same.put("destination", t.destination().equals(trip.destination()));
        same.put("visa_type", t.visaType().equals(trip.visaType()));
        return same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    /**
     * The reference a new case lodged on {@code lodged} would take: the post of the latest case (or
     * {@code defaultPost}, e.g. "LU-SHA", in an empty caseload), that year, the next serial number.
     */
    public CaseReference nextReference(LocalDate lodged, String defaultPost) {
        return db.read(connection -> {
            String post = defaultPost;
            try (PreparedStatement latest = connection.prepareStatement(
                    "SELECT reference FROM cases ORDER BY id DESC LIMIT 1");
                    ResultSet rows = latest.executeQuery()) {
                if (rows.next()) {
                    String reference = rows.getString(1);
                    post = reference.substring(0, reference.indexOf('-', reference.indexOf('-') + 1));
                }
            }
            String prefix = post + "-" + lodged.getYear() + "-";
            int serial = 0;
            try (PreparedStatement highest = connection.prepareStatement(
                    "SELECT max(reference) FROM cases WHERE reference BETWEEN ? AND ?")) {
                highest.setString(1, prefix + "000000");
                highest.setString(2, prefix + "999999");
                try (ResultSet rows = highest.executeQuery()) {
                    String found = rows.next() ? rows.getString(1) : null;
                    serial = found == null ? 0 : Integer.parseInt(found.substring(prefix.length()));
                }
            }
            if (serial >= 999_999) {
                throw new CaseloadException("Every reference of " + prefix + "000001 to " + prefix
                        + "999999 is taken: type the new case's reference by hand.");
            }
            String[] parts = post.split("-");
            return CaseReference.of(parts[0], parts[1], lodged.getYear(), serial + 1);
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

    /**
     * A page of the queue in the query's order. The page is chosen first and only its cases' latest
     * verdicts are looked up, so a page costs the same at the top of 100,000 cases as of 100.
     */
    public List<QueueEntry> queue(QueueQuery query) {
        return db.read(connection -> {
            Filter filter = filter(query);
            String order = query.order().sql(query.descending());
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT reference, surname, given_names, native_name, lodged, deadline, status,
                        (SELECT group_concat(v.status) FROM verdicts v WHERE v.evaluation_id =
                            (SELECT max(e.id) FROM evaluations e WHERE e.case_id = page.id)) AS verdicts
                    FROM (SELECT id, reference, surname, given_names, native_name, lodged, deadline, status
                          FROM cases WHERE %s ORDER BY %s LIMIT ? OFFSET ?) AS page
                    ORDER BY %s""".formatted(filter.where, order, order))) {
                int next = filter.bind(statement);
                statement.setInt(next, query.limit());
                statement.setInt(next + 1, query.offset());
                List<QueueEntry> entries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new QueueEntry(new CaseReference(rows.getString(1)), rows.getString(2),
                                rows.getString(3), rows.getString(4), LocalDate.parse(rows.getString(5)),
                                LocalDate.parse(rows.getString(6)), CaseStatus.fromCode(rows.getString(7)),
                                QueueEntry.VerdictCounts.of(rows.getString(8))));
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
                    .put("reason", reason), Subject.caseRecord(reference.value()));
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
        String reference = rows.getString("reference");
        Applicant applicant = new Applicant(rows.getString("surname"), rows.getString("given_names"),
                rows.getString("native_name"), LocalDate.parse(rows.getString("birth_date")),
                rows.getString("nationality"), keys.openText(rows.getBytes("passport_sealed"), RowIdentity.passport(reference)),
                keys.openText(rows.getBytes("national_id_sealed"), RowIdentity.nationalId(reference)));
        Trip trip = new Trip(LocalDate.parse(rows.getString("entry_date")), LocalDate.parse(rows.getString("exit_date")),
                rows.getString("purpose"), rows.getString("destination"), rows.getString("visa_type"));
        return new VisaCase(new CaseReference(rows.getString("reference")), CaseStatus.fromCode(rows.getString("status")),
                LocalDate.parse(rows.getString("lodged")), LocalDate.parse(rows.getString("deadline")), applicant, trip);
    }

    /**
     * The WHERE clause of a queue query. The search text matches a reference by prefix or, typed as
     * a number alone ("36", "000036"), by its serial number, a Latin name
     * by prefix of surname or given names (any case), a Chinese name anywhere in it, or a passport
     * number exactly (compared by its keyed hash; only while the caseload is unlocked).
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
                          OR passport_lookup = ?
                          OR substr(reference, -6) = ?)""";
            String serial = SERIAL.matcher(text).matches() ? "%06d".formatted(Integer.parseInt(text)) : "";
            parameters.addAll(List.of(upper, upper, like, like, like, text,
                    keys.unlocked() ? keys.lookup(text) : "", serial));
        }
        return new Filter(where, parameters);
    }

    /** The case references a query returns in its first column, in its order. */
    static List<CaseReference> references(PreparedStatement query) throws SQLException {
        List<CaseReference> references = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                references.add(new CaseReference(rows.getString(1)));
            }
        }
        return references;
    }

    /** A case's serial number as an officer types it, with or without its leading zeros. */
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}");

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
