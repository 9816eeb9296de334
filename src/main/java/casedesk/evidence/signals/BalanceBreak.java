package casedesk.evidence.signals;

import casedesk.evidence.statement.Reconciliation;
import casedesk.model.Figure;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statement does not add up: a row whose printed balance is not the balance before it plus its
 * amount (one signal per row, pinned to its balance cell), or opening + credits − debits that do not
 * make the closing balance or the totals printed (one signal, pinned to the closing balance).
 */
final class BalanceBreak implements Detector {

    static final String CODE = "balance-break";

    @Override
    public Check check() {
        return new Check(CODE, "A running balance that is not the balance before it plus the row's amount, or "
                + "opening balance, credits and debits that do not make the closing balance and totals printed.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) {
        Optional<Reconciliation> reconciliation = input.reading().reconciliation();
        if (reconciliation.isEmpty()) {
            return List.of();
        }
        List<TamperSignal> signals = new ArrayList<>();
        for (Reconciliation.Break broken : reconciliation.get().breaks()) {
            Transaction row = input.reading().rows().get(broken.row()).transaction();
            BigDecimal before = broken.expected().amount().subtract(row.amount().amount());
            signals.add(TamperSignal.onPage(CODE, Severity.HIGH,
                    "On row %d (%s, page %d) the balance printed is %s, but the balance before it, %s, plus the amount %s makes %s."
                            .formatted(broken.row() + 1, row.date(), broken.page(), Wording.amount(broken.printed().amount()),
                                    Wording.amount(before), Wording.amount(row.amount().amount()),
                                    Wording.amount(broken.expected().amount())),
                    broken.page(), broken.box()));
        }
        // Reconciliation lists one sentence per break first, then those about the statement as a whole.
        List<String> problems = reconciliation.get().problems();
        List<String> whole = problems.subList(Math.min(problems.size(), reconciliation.get().breaks().size()), problems.size());
        if (!whole.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            for (String sentence : whole) {
                String clause = withoutFullStop(sentence);
                joined.append(joined.isEmpty() ? clause : "; " + Character.toLowerCase(clause.charAt(0)) + clause.substring(1));
            }
            String detail = joined + ".";
            Optional<Figure> closing = input.reading().figure("closing_balance");
            signals.add(closing.map(f -> TamperSignal.onPage(CODE, Severity.HIGH, detail, f.page(), f.box()))
                    .orElseGet(() -> TamperSignal.documentWide(CODE, Severity.HIGH, detail)));
        }
        return signals;
    }

    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
