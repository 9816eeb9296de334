package casedesk.evidence.statement;

import casedesk.model.Box;
import casedesk.model.Transaction;
import java.util.Optional;

/**
 * A transaction as read from its row, with the boxes of its amount and balance cells, which the
 * figures computed from the table (the minimum balance) and the signals point at.
 */
public record StatementRow(Transaction transaction, Box amountBox, Optional<Box> balanceBox, String amountText,
        String balanceText) {
}
