package casedesk.evidence.statement;

import casedesk.model.Box;
import casedesk.model.Money;
import java.util.List;

/**
 * Whether a statement adds up: every row's printed balance is the one before plus its amount, and
 * opening + credits − debits = closing. {@code checked} is false when the statement prints no
 * running balance (an Alipay bill): then nothing could be proved either way.
 *
 * @param problems the sentences that say what does not add up, for the officer
 */
public record Reconciliation(int rows, boolean checked, boolean consistent, List<Break> breaks, List<String> problems) {

    public Reconciliation {
        breaks = List.copyOf(breaks);
        problems = List.copyOf(problems);
    }

    /** A row whose printed balance is not the balance before it plus its amount. */
    public record Break(int row, Money expected, Money printed, int page, Box box) {
    }
}
