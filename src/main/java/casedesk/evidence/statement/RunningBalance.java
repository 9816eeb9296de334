package casedesk.evidence.statement;

import casedesk.model.Money;
import casedesk.model.Phrase;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Proves a statement with its own arithmetic, row by row and as a whole, one currency at a time and
 * oldest row first whatever order the rows are printed in. A row is proven when a printed balance
 * explains it: its own, or, for a row that prints none (a balance only on a day's last row), the
 * next one printed. After a break the check goes on from the balance that should have been printed
 * if the next row agrees with it (one misprinted or edited balance is one break), else from the
 * printed one (an edited amount shifts every balance after it, but breaks only once).
 *
 * <p>A break is <em>confirmed</em> only when the rows on both sides of it reconcile and it is not
 * what a misread sign would give (a balance off by twice the amount): otherwise the reader may have
 * misread the row, and says so about itself instead of about the document.
 */
public final class RunningBalance {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** More breaks than this in one currency's rows, and the reader doubts its own reading of them all. */
    private static final int MOST_BREAKS = 3;

    private RunningBalance() {
    }

    /**
     * @param rows the rows as printed; {@code opening}, {@code closing} and the totals are those of
     *             the first currency printed (the statement's own)
     */
    public static Reconciliation check(List<StatementRow> rows, Optional<Money> opening, Optional<Money> closing,
            Optional<Money> totalCredits, Optional<Money> totalDebits) {
        List<Reconciliation.Break> breaks = new ArrayList<>();
        List<Phrase> problems = new ArrayList<>();
        List<Phrase> whole = new ArrayList<>();
        TreeSet<Integer> unproven = new TreeSet<>();
        Map<String, List<Integer>> byCurrency = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byCurrency.computeIfAbsent(rows.get(i).transaction().amount().currencyCode(), c -> new ArrayList<>()).add(i);
        }
        boolean checked = false;
        boolean first = true;
        for (List<Integer> printed : byCurrency.values()) {
            Optional<Money> open = first ? opening : Optional.empty();
            Optional<Money> close = first ? closing : Optional.empty();
            List<Integer> oldestFirst = oldestFirst(rows, printed, open);
            Section section = new Section(rows, oldestFirst, open.map(Money::amount), close.map(Money::amount));
            section.walk();
            // Many breaks in one table are the reader's misreading far more often than many forgeries:
            // none of them is then taken as confirmed.
            breaks.addAll(section.breaks.size() > MOST_BREAKS ? section.breaks.stream().map(Reconciliation.Break::doubted)
                    .toList() : section.breaks);
            problems.addAll(section.problems);
            boolean balances = oldestFirst.stream().anyMatch(i -> rows.get(i).transaction().balance().isPresent());
            boolean totalsProve = false;
            if (first) {
                whole = wholeStatement(rows, oldestFirst, opening, closing, totalCredits, totalDebits);
                totalsProve = whole.isEmpty() && (opening.isPresent() && closing.isPresent()
                        || totalCredits.isPresent() && totalDebits.isPresent());
                checked |= opening.isPresent() && closing.isPresent() || totalCredits.isPresent() || totalDebits.isPresent();
            }
            checked |= balances;
            if (!balances && totalsProve) {
                section.unproven.clear();
            }
            unproven.addAll(section.unproven);
            first = false;
        }
        // One sentence per break first, then those about the statement as a whole.
        problems.addAll(whole);
        return new Reconciliation(rows.size(), checked, checked && problems.isEmpty(), breaks, problems,
                List.copyOf(unproven));
    }

    /**
     * The rows of one currency, oldest first: reversed when the dates run backwards, or, when every
     * row has the same date, when the balances only add up that way round.
     */
    private static List<Integer> oldestFirst(List<StatementRow> rows, List<Integer> printed, Optional<Money> opening) {
        List<Integer> reversed = new ArrayList<>(printed.reversed());
        LocalDate firstDate = rows.get(printed.getFirst()).transaction().date();
        LocalDate lastDate = rows.get(printed.getLast()).transaction().date();
        if (firstDate.isAfter(lastDate)) {
            return reversed;
        }
        if (firstDate.isBefore(lastDate)) {
            return printed;
        }
        Optional<BigDecimal> open = opening.map(Money::amount);
        Section forward = new Section(rows, printed, open, Optional.empty());
        forward.walk();
        Section backward = new Section(rows, reversed, open, Optional.empty());
        backward.walk();
        return backward.unproven.size() < forward.unproven.size() ? reversed : printed;
    }

    /** Opening + credits − debits against the closing balance and the totals printed; neutral rows are neither. */
    private static List<Phrase> wholeStatement(List<StatementRow> rows, List<Integer> oldestFirst, Optional<Money> opening,
            Optional<Money> closing, Optional<Money> totalCredits, Optional<Money> totalDebits) {
        List<Phrase> problems = new ArrayList<>();
        BigDecimal credits = BigDecimal.ZERO;
        BigDecimal debits = BigDecimal.ZERO;
        for (int i : oldestFirst) {
            if (rows.get(i).neutral()) {
                continue;
            }
            BigDecimal amount = rows.get(i).transaction().amount().amount();
            if (amount.signum() > 0) {
                credits = credits.add(amount);
            } else {
                debits = debits.add(amount.negate());
            }
        }
        if (opening.isPresent() && closing.isPresent()) {
            BigDecimal sum = opening.get().amount().add(credits).subtract(debits);
            if (sum.compareTo(closing.get().amount()) != 0) {
                problems.add(Phrase.of("reconciliation.opening", opening.get().amount(), credits, debits, sum,
                        closing.get().amount()));
            }
        }
        Optional<Money> lastBalance = rows.get(oldestFirst.getLast()).transaction().balance();
        if (closing.isPresent() && lastBalance.isPresent() && lastBalance.get().amount().compareTo(closing.get().amount()) != 0) {
            problems.add(Phrase.of("reconciliation.last-row", lastBalance.get().amount(), closing.get().amount()));
        }
        if (totalCredits.isPresent() && totalCredits.get().amount().compareTo(credits) != 0) {
            problems.add(Phrase.of("reconciliation.credits", credits, totalCredits.get().amount()));
        }
        if (totalDebits.isPresent() && totalDebits.get().amount().abs().compareTo(debits) != 0) {
            problems.add(Phrase.of("reconciliation.debits", debits, totalDebits.get().amount().abs()));
        }
        return problems;
    }

    /** One currency's rows walked oldest first. */
    private static final class Section {
        private final List<StatementRow> rows;
        private final List<Integer> order;
        private final Optional<BigDecimal> opening;
        private final Optional<BigDecimal> closing;
        final List<Reconciliation.Break> breaks = new ArrayList<>();
        final List<Phrase> problems = new ArrayList<>();
        final TreeSet<Integer> unproven = new TreeSet<>();

        Section(List<StatementRow> rows, List<Integer> order, Optional<BigDecimal> opening, Optional<BigDecimal> closing) {
            this.rows = rows;
            this.order = order;
            this.opening = opening;
            this.closing = closing;
        }

        private Transaction row(int position) {
            return rows.get(order.get(position)).transaction();
        }

        void walk() {
            Optional<BigDecimal> previous = opening;
            List<Integer> pending = new ArrayList<>();
            int anchor = -1;
            boolean previousProven = opening.isPresent();
            for (int p = 0; p < order.size(); p++) {
                Transaction row = row(p);
                if (row.balance().isEmpty()) {
                    pending.add(p);
                    continue;
                }
                BigDecimal printed = row.balance().get().amount();
                if (previous.isEmpty()) {
                    // No opening balance: the oldest printed balance is where the proof starts.
                    pending.forEach(q -> unproven.add(order.get(q)));
                    pending.clear();
                    previous = Optional.of(printed);
                    anchor = p;
                    previousProven = true;
                    continue;
                }
                BigDecimal expected = previous.get().add(sum(pending)).add(row.amount().amount());
                if (expected.compareTo(printed) == 0) {
                    pending.clear();
                    previous = Optional.of(printed);
                    previousProven = true;
                    continue;
                }
                if (anchor >= 0 && anchor == previousBalance(p)) {
                    unproven.add(order.get(anchor));
                }
                pending.forEach(q -> unproven.add(order.get(q)));
                pending.clear();
                unproven.add(order.get(p));
                int next = nextBalance(p);
                BigDecimal after = next < 0 ? null : sum(p + 1, next).add(row(next).amount().amount());
                boolean nextAgreesWithExpected = next >= 0
                        && row(next).balance().get().amount().compareTo(expected.add(after)) == 0;
                boolean nextAgreesWithPrinted = next >= 0
                        && row(next).balance().get().amount().compareTo(printed.add(after)) == 0;
                boolean closingAgrees = next < 0 && closing.isPresent()
                        && (closing.get().compareTo(printed.add(sum(p + 1, order.size()))) == 0
                                || closing.get().compareTo(expected.add(sum(p + 1, order.size()))) == 0);
                BigDecimal off = printed.subtract(expected).abs();
                // Off by twice the amount: a sign misread; off by less than a cent: a figure misread.
                boolean misreadSign = off.compareTo(row.amount().amount().abs().multiply(BigDecimal.TWO)) == 0
                        || off.compareTo(CENT) < 0;
                boolean confirmed = previousProven && (nextAgreesWithExpected || nextAgreesWithPrinted || closingAgrees)
                        && !misreadSign;
                int index = order.get(p);
                breaks.add(new Reconciliation.Break(index, Money.of(expected, row.amount().currencyCode()),
                        row.balance().get(), row.page(), rows.get(index).balanceBox().orElse(row.box()), confirmed));
                problems.add(Phrase.of("reconciliation.row", index + 1, row.date(), row.page(), printed,
                        row.amount().amount(), expected));
                previous = Optional.of(nextAgreesWithExpected ? expected : printed);
                previousProven = nextAgreesWithExpected || nextAgreesWithPrinted;
            }
            if (!pending.isEmpty()) {
                boolean closed = previous.isPresent() && closing.isPresent()
                        && previous.get().add(sum(pending)).compareTo(closing.get()) == 0;
                if (!closed) {
                    pending.forEach(q -> unproven.add(order.get(q)));
                }
            }
            if (anchor >= 0 && nextBalance(anchor) < 0 && !closing.isPresent()) {
                unproven.add(order.get(anchor));
            }
        }

        private int previousBalance(int p) {
            for (int q = p - 1; q >= 0; q--) {
                if (row(q).balance().isPresent()) {
                    return q;
                }
            }
            return -1;
        }

        private int nextBalance(int p) {
            for (int q = p + 1; q < order.size(); q++) {
                if (row(q).balance().isPresent()) {
                    return q;
                }
            }
            return -1;
        }

        private BigDecimal sum(List<Integer> positions) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int q : positions) {
                sum = sum.add(row(q).amount().amount());
            }
            return sum;
        }

        /** The amounts of the rows from {@code from} (inclusive) to {@code to} (exclusive). */
        private BigDecimal sum(int from, int to) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int q = from; q < to; q++) {
                sum = sum.add(row(q).amount().amount());
            }
            return sum;
        }
    }
}
