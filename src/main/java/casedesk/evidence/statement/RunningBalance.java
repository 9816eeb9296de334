package casedesk.evidence.statement;

import casedesk.model.Money;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proves a statement with its own arithmetic, row by row and as a whole. After a break the check
 * goes on from the balance that should have been printed if the next row agrees with it (one
 * misprinted or edited balance is one break), else from the printed one (an edited amount shifts
 * every balance after it, but breaks only once).
 */
public final class RunningBalance {

    private RunningBalance() {
    }

    public static Reconciliation check(List<StatementRow> rows, Optional<Money> opening, Optional<Money> closing,
            Optional<Money> totalCredits, Optional<Money> totalDebits) {
        List<Reconciliation.Break> breaks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean checked = rows.stream().anyMatch(r -> r.transaction().balance().isPresent());
        Optional<BigDecimal> previous = opening.map(Money::amount);
        for (int i = 0; i < rows.size(); i++) {
            Transaction row = rows.get(i).transaction();
            if (row.balance().isEmpty()) {
                previous = previous.map(p -> p.add(row.amount().amount()));
                continue;
            }
            BigDecimal printed = row.balance().get().amount();
            if (previous.isEmpty()) {
                previous = Optional.of(printed);
                continue;
            }
            BigDecimal expected = previous.get().add(row.amount().amount());
            if (expected.compareTo(printed) == 0) {
                previous = Optional.of(printed);
                continue;
            }
            breaks.add(new Reconciliation.Break(i, Money.of(expected, row.amount().currencyCode()), row.balance().get(),
                    row.page(), rows.get(i).balanceBox().orElse(row.box())));
            problems.add("Row %d (%s, page %d): the balance printed is %s, but the balance before it plus %s makes %s."
                    .formatted(i + 1, row.date(), row.page(), plain(printed), plain(row.amount().amount()), plain(expected)));
            boolean nextAgreesWithExpected = false;
            if (i + 1 < rows.size()) {
                Transaction next = rows.get(i + 1).transaction();
                nextAgreesWithExpected = next.balance().isPresent()
                        && next.balance().get().amount().compareTo(expected.add(next.amount().amount())) == 0;
            }
            previous = Optional.of(nextAgreesWithExpected ? expected : printed);
        }

        BigDecimal credits = BigDecimal.ZERO;
        BigDecimal debits = BigDecimal.ZERO;
        for (StatementRow row : rows) {
            BigDecimal amount = row.transaction().amount().amount();
            if (amount.signum() > 0) {
                credits = credits.add(amount);
            } else {
                debits = debits.add(amount.negate());
            }
        }
        if (opening.isPresent() && closing.isPresent()) {
            BigDecimal sum = opening.get().amount().add(credits).subtract(debits);
            if (sum.compareTo(closing.get().amount()) != 0) {
                problems.add("Opening balance %s + credits %s − debits %s makes %s, but the closing balance printed is %s."
                        .formatted(plain(opening.get().amount()), plain(credits), plain(debits), plain(sum),
                                plain(closing.get().amount())));
            }
        }
        Optional<Money> lastBalance = rows.isEmpty() ? Optional.empty() : rows.getLast().transaction().balance();
        if (closing.isPresent() && lastBalance.isPresent() && lastBalance.get().amount().compareTo(closing.get().amount()) != 0) {
            problems.add("The last row's balance %s is not the closing balance printed, %s."
                    .formatted(plain(lastBalance.get().amount()), plain(closing.get().amount())));
        }
        if (totalCredits.isPresent() && totalCredits.get().amount().compareTo(credits) != 0) {
            problems.add("The credits add up to %s, but the total printed is %s."
                    .formatted(plain(credits), plain(totalCredits.get().amount())));
        }
        if (totalDebits.isPresent() && totalDebits.get().amount().abs().compareTo(debits) != 0) {
            problems.add("The debits add up to %s, but the total printed is %s."
                    .formatted(plain(debits), plain(totalDebits.get().amount().abs())));
        }
        boolean anything = checked || (opening.isPresent() && closing.isPresent());
        return new Reconciliation(rows.size(), anything, anything && problems.isEmpty(), breaks, problems);
    }

    private static String plain(BigDecimal amount) {
        return String.format("%,.2f", amount);
    }
}
