package casedesk.caseload;

import casedesk.json.Json;
import casedesk.model.ExchangeRate;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workstation's dated euro exchange rates, as an officer or IT staff imported them. */
public final class RateRepository {

    /** One currency's rates at a glance. */
    public record Summary(String currency, int days, LocalDate first, LocalDate last, BigDecimal latest) {
    }

    /** What an import changed. */
    public record Imported(int added, int changed, int unchanged) {
    }

    private final Database db;
    private final AuditLog audit;

    RateRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Stores rates; a rate already known for the same day and currency is replaced only if it differs. */
    public Imported store(List<ExchangeRate> rates, String source, String actor) {
        return db.transaction(connection -> {
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            String now = db.now();
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT per_eur FROM exchange_rates WHERE currency = ? AND date = ?");
                    PreparedStatement upsert = connection.prepareStatement("""
                            INSERT INTO exchange_rates (date, currency, per_eur, source, imported_at) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (currency, date) DO UPDATE SET per_eur = excluded.per_eur,
                                source = excluded.source, imported_at = excluded.imported_at""")) {
                for (ExchangeRate rate : rates) {
                    find.setString(1, rate.currency());
                    find.setString(2, rate.date().toString());
                    Optional<BigDecimal> known;
                    try (ResultSet rows = find.executeQuery()) {
                        known = rows.next() ? Optional.of(new BigDecimal(rows.getString(1))) : Optional.empty();
                    }
                    if (known.isPresent() && known.get().compareTo(rate.perEur()) == 0) {
                        unchanged++;
                        continue;
                    }
                    if (known.isPresent()) {
                        changed++;
                    } else {
                        added++;
                    }
                    upsert.setString(1, rate.date().toString());
                    upsert.setString(2, rate.currency());
                    upsert.setString(3, rate.perEur().toPlainString());
                    upsert.setString(4, source);
                    upsert.setString(5, now);
                    upsert.executeUpdate();
                }
            }
            if (added + changed > 0) {
                audit.append(connection, actor, "rates-imported", "", Json.object()
                        .put("source", source).put("added", added).put("changed", changed), Subject.rates());
            }
            return new Imported(added, changed, unchanged);
        });
    }

    /** The latest rate for a currency published on or before a day. */
    public Optional<ExchangeRate> onOrBefore(String currency, LocalDate day) {
        return db.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT date, per_eur FROM exchange_rates WHERE currency = ? AND date <= ?
                    ORDER BY date DESC LIMIT 1""")) {
                query.setString(1, currency);
                query.setString(2, day.toString());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new ExchangeRate(LocalDate.parse(rows.getString(1)), currency,
                                    new BigDecimal(rows.getString(2))))
                            : Optional.<ExchangeRate>empty();
                }
            }
        });
    }

    public List<Summary> summary() {
        return db.read(connection -> {
            List<Summary> summaries = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT currency, count(*), min(date), max(date),
                        (SELECT per_eur FROM exchange_rates r2 WHERE r2.currency = r.currency ORDER BY date DESC LIMIT 1)
                    FROM exchange_rates r GROUP BY currency ORDER BY currency""");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    summaries.add(new Summary(rows.getString(1), rows.getInt(2), LocalDate.parse(rows.getString(3)),
                            LocalDate.parse(rows.getString(4)), new BigDecimal(rows.getString(5))));
                }
            }
            return summaries;
        });
    }
}
