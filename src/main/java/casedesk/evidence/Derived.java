package casedesk.evidence;

import casedesk.evidence.statement.StatementRow;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opening and closing balances a statement does not print, derived from its rows and saying so:
 * the oldest printed balance less the amounts up to it, the newest plus the amounts after it. Each
 * points at the row it comes from, and its text begins {@value Figure#DERIVED}.
 */
final class Derived {

    private Derived() {
    }

    /** The statement's own currency's rows, oldest first, whatever order they are printed in. */
    static List<StatementRow> oldestFirst(List<StatementRow> rows, String currency) {
        List<StatementRow> own = new ArrayList<>(rows.stream()
                .filter(r -> r.transaction().amount().currencyCode().equals(currency)).toList());
        if (own.isEmpty() && !rows.isEmpty()) {
            String first = rows.getFirst().transaction().amount().currencyCode();
            own.addAll(rows.stream().filter(r -> r.transaction().amount().currencyCode().equals(first)).toList());
        }
        if (own.size() > 1 && own.getFirst().transaction().date().isAfter(own.getLast().transaction().date())) {
            return own.reversed();
        }
        return own;
    }

    static Optional<Figure> opening(List<StatementRow> printed, List<StatementRow> oldestFirst) {
        BigDecimal before = BigDecimal.ZERO;
        for (StatementRow row : oldestFirst) {
            Transaction t = row.transaction();
            before = before.add(t.amount().amount());
            if (t.balance().isPresent()) {
                BigDecimal opening = t.balance().get().amount().subtract(before);
                return Optional.of(figure("opening_balance", Money.of(opening, t.amount().currencyCode()), printed, row,
                        "its balance %s less the amounts up to it".formatted(row.balanceText())));
            }
        }
        return Optional.empty();
    }

    static Optional<Figure> closing(List<StatementRow> printed, List<StatementRow> oldestFirst) {
        BigDecimal after = BigDecimal.ZERO;
        for (StatementRow row : oldestFirst.reversed()) {
            Transaction t = row.transaction();
            if (t.balance().isPresent()) {
                BigDecimal closing = t.balance().get().amount().add(after);
                return Optional.of(figure("closing_balance", Money.of(closing, t.amount().currencyCode()), printed, row,
                        after.signum() == 0 ? "its balance %s".formatted(row.balanceText())
                                : "its balance %s plus the amounts after it".formatted(row.balanceText())));
            }
            after = after.add(t.amount().amount());
        }
        return Optional.empty();
    }

    private static Figure figure(String name, Money value, List<StatementRow> printed, StatementRow row, String how) {
        int number = printed.indexOf(row) + 1;
        return new Figure(name, new FigureValue.Amount(value), row.transaction().page(),
                row.balanceBox().orElse(row.transaction().box()), Figure.DERIVED + "row " + number + ": " + how);
    }
}
