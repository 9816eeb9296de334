package casedesk.evidence.statement;

import casedesk.model.Box;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures a statement does not print but the rules need: the lowest balance it shows and the
 * average balance over the period, both from the balances as printed.
 */
public final class Balances {

    private Balances() {
    }

    /**
     * The lowest end-of-day balance, opening included; it points at the balance cell of the row that
     * ends that day (or at the opening balance).
     */
    public static Optional<Figure> minimum(List<StatementRow> rows, Optional<Figure> opening) {
        Optional<Figure> best = opening.filter(f -> f.value() instanceof FigureValue.Amount)
                .map(f -> new Figure("minimum_balance", f.value(), f.page(), f.box(), f.sourceText()));
        for (StatementRow row : endOfDayRows(rows)) {
            Transaction t = row.transaction();
            if (t.balance().isEmpty()) {
                continue;
            }
            Money balance = t.balance().get();
            boolean lower = best.isEmpty()
                    || balance.amount().compareTo(((FigureValue.Amount) best.get().value()).money().amount()) < 0;
            if (lower) {
                best = Optional.of(new Figure("minimum_balance", new FigureValue.Amount(balance), t.page(),
                        row.balanceBox().orElse(t.box()), row.balanceText()));
            }
        }
        return best;
    }

    /**
     * The mean of the end-of-day balances over every calendar day from {@code start} to {@code end},
     * the opening balance standing until the first transaction, rounded half-even to the cent.
     *
     * @param where the place to point at (the balance column's header)
     */
    public static Optional<Figure> average(List<StatementRow> rows, Optional<Money> opening, LocalDate start,
            LocalDate end, int page, Box where) {
        if (end.isBefore(start) || rows.stream().allMatch(r -> r.transaction().balance().isEmpty())) {
            return Optional.empty();
        }
        List<StatementRow> days = endOfDayRows(rows);
        String currency = days.getFirst().transaction().amount().currencyCode();
        Optional<BigDecimal> current = opening.map(Money::amount);
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        int next = 0;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            while (next < days.size() && !days.get(next).transaction().date().isAfter(day)) {
                Optional<Money> balance = days.get(next).transaction().balance();
                if (balance.isPresent()) {
                    current = Optional.of(balance.get().amount());
                }
                next++;
            }
            if (current.isPresent()) {
                sum = sum.add(current.get());
                count++;
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
        String how = "computed: mean of %d end-of-day balances as printed, %s to %s, opening balance carried to the first transaction"
                .formatted(count, start, end);
        return Optional.of(new Figure("average_balance", new FigureValue.Amount(Money.of(mean, currency)), page, where, how));
    }

    /** For each day with transactions, its last row: the balance that day ended on. */
    private static List<StatementRow> endOfDayRows(List<StatementRow> rows) {
        List<StatementRow> days = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean lastOfDay = i + 1 == rows.size()
                    || !rows.get(i + 1).transaction().date().equals(rows.get(i).transaction().date());
            if (lastOfDay) {
                days.add(rows.get(i));
            }
        }
        return days;
    }
}
