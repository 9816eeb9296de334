package casedesk.evidence.signals;

import casedesk.evidence.statement.Reconciliation;
import casedesk.evidence.statement.StatementRow;
import casedesk.model.Figure;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The statement does not add up: a row whose printed balance is not the balance before it plus its
 * amount, where the rows on both sides reconcile (one signal per row, pinned to its balance cell),
 * or opening + credits − debits that do not make the closing balance or the totals printed. Where
 * the reader could not prove rows of its own reading (a break amid rows that do not reconcile
 * either, a balance off by what a misread sign gives, rows that no balance explains) it says so
 * about itself, at low severity, pointing at the table: a notice to check it by hand, never an
 * accusation.
 */
final class BalanceBreak implements Detector {

    static final String CODE = "balance-break";
    /** The reader's notice about itself: the table it read is not proven by its own balances. */
    static final String UNPROVEN = "unproven-reading";

    @Override
    public Check check() {
        return new Check(CODE, "A running balance that is not the balance before it plus the row's amount, where the "
                + "rows around it add up, or opening balance, credits and debits that do not make the closing balance "
                + "and totals printed.");
    }

    static Check unprovenCheck() {
        return new Check(UNPROVEN, "Whether the reader could prove every row it read with the balances printed; where "
                + "it could not, it asks for the table to be checked by hand.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) {
        Optional<Reconciliation> found = input.reading().reconciliation();
        if (found.isEmpty()) {
            return List.of();
        }
        Reconciliation reconciliation = found.get();
        List<TamperSignal> signals = new ArrayList<>();
        Set<Integer> accused = new HashSet<>();
        for (Reconciliation.Break broken : reconciliation.breaks()) {
            if (!broken.confirmed()) {
                continue;
            }
            Transaction row = input.reading().rows().get(broken.row()).transaction();
            accused.add(broken.row());
            BigDecimal before = broken.expected().amount().subtract(row.amount().amount());
            signals.add(TamperSignal.onPage(CODE, Severity.HIGH,
                    "On row %d (%s, page %d) the balance printed is %s, but the balance before it, %s, plus the amount %s makes %s."
                            .formatted(broken.row() + 1, row.date(), broken.page(), Wording.amount(broken.printed().amount()),
                                    Wording.amount(before), Wording.amount(row.amount().amount()),
                                    Wording.amount(broken.expected().amount())),
                    broken.page(), broken.box()));
        }
        List<Integer> doubtful = reconciliation.unproven().stream().filter(r -> !accused.contains(r)).toList();
        // Reconciliation lists one sentence per break first, then those about the statement as a whole.
        List<String> problems = reconciliation.problems();
        List<String> whole = problems.subList(Math.min(problems.size(), reconciliation.breaks().size()), problems.size());
        if (!whole.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            for (String sentence : whole) {
                String clause = withoutFullStop(sentence);
                joined.append(joined.isEmpty() ? clause : "; " + Character.toLowerCase(clause.charAt(0)) + clause.substring(1));
            }
            String detail = joined + ".";
            if (doubtful.isEmpty()) {
                // Every row is proven, yet the figures printed for the whole do not follow from them.
                Optional<Figure> closing = input.reading().figure("closing_balance");
                signals.add(closing.map(f -> TamperSignal.onPage(CODE, Severity.MEDIUM, detail, f.page(), f.box()))
                        .orElseGet(() -> TamperSignal.documentWide(CODE, Severity.MEDIUM, detail)));
            }
        }
        if (!doubtful.isEmpty() && reconciliation.checked()) {
            StatementRow first = input.reading().rows().get(doubtful.getFirst());
            String detail = ("The reader could not prove %d of the %d rows it read with the balances printed (%s); "
                    + "it may have misread them. Check this table by hand.")
                    .formatted(doubtful.size(), reconciliation.rows(), rowList(doubtful));
            signals.add(TamperSignal.onPage(UNPROVEN, Severity.LOW, detail, first.transaction().page(),
                    first.transaction().box()));
        }
        return signals;
    }

    private static String rowList(List<Integer> rows) {
        StringBuilder text = new StringBuilder(rows.size() == 1 ? "row " : "rows ");
        int shown = Math.min(rows.size(), 12);
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : ", ").append(rows.get(i) + 1);
        }
        if (rows.size() > shown) {
            text.append(" and ").append(rows.size() - shown).append(" more");
        }
        return text.toString();
    }

    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
