package casedesk.evidence.signals;

import casedesk.evidence.statement.Reconciliation;
import casedesk.evidence.statement.StatementRow;
import casedesk.model.Figure;
import casedesk.model.Phrase;
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
                    Phrase.of("signal.balance-break.row", broken.row() + 1, row.date(), broken.page(),
                            Wording.amount(broken.printed().amount()), Wording.amount(before),
                            Wording.amount(row.amount().amount()), Wording.amount(broken.expected().amount())),
                    broken.page(), broken.box()));
        }
        List<Integer> doubtful = reconciliation.unproven().stream().filter(r -> !accused.contains(r)).toList();
        // Reconciliation lists one sentence per break first, then those about the statement as a whole.
        List<Phrase> problems = reconciliation.problems();
        List<Phrase> whole = problems.subList(Math.min(problems.size(), reconciliation.breaks().size()), problems.size());
        if (!whole.isEmpty()) {
            Phrase detail = Reconciliation.sentence(Phrase.join("; ", whole));
            if (doubtful.isEmpty()) {
                // Every row is proven, yet the figures printed for the whole do not follow from them.
                Optional<Figure> closing = input.reading().figure("closing_balance");
                signals.add(closing.map(f -> TamperSignal.onPage(CODE, Severity.MEDIUM, detail, f.page(), f.box()))
                        .orElseGet(() -> TamperSignal.documentWide(CODE, Severity.MEDIUM, detail)));
            }
        }
        if (!doubtful.isEmpty() && reconciliation.checked()) {
            StatementRow first = input.reading().rows().get(doubtful.getFirst());
            Phrase detail = Phrase.of("signal.unproven-reading", doubtful.size(), reconciliation.rows(), rowList(doubtful));
            signals.add(TamperSignal.onPage(UNPROVEN, Severity.LOW, detail, first.transaction().page(),
                    first.transaction().box()));
        }
        return signals;
    }

    /** "rows 4, 9 and 2 more", counting rows from 1. */
    private static Phrase rowList(List<Integer> rows) {
        int shown = Math.min(rows.size(), 12);
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            numbers.append(i == 0 ? "" : ", ").append(rows.get(i) + 1);
        }
        Phrase list = rows.size() > shown ? Phrase.of("signal.and-more", numbers.toString(), rows.size() - shown)
                : Phrase.text(numbers.toString());
        return Phrase.of("signal.rows", rows.size(), list);
    }
}
