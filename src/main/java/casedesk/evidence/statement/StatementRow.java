package casedesk.evidence.statement;

import casedesk.model.Box;
import casedesk.model.Transaction;
import java.util.Optional;

/**
 * A transaction as read from its row, with the boxes of its amount and balance cells, which the
 * figures computed from the table (the minimum balance) and the signals point at.
 *
 * @param neutral the row's direction says neither in nor out (a WeChat bill's "/": a transfer between
 *                the holder's own wallet and card): its amount is printed unsigned and stays positive,
 *                but it is no credit and no debit, so it counts in neither total
 */
public record StatementRow(Transaction transaction, Box amountBox, Optional<Box> balanceBox, String amountText,
        String balanceText, boolean neutral) {

    public StatementRow(Transaction transaction, Box amountBox, Optional<Box> balanceBox, String amountText,
            String balanceText) {
        this(transaction, amountBox, balanceBox, amountText, balanceText, false);
    }
}
