package casedesk.evidence.statement;

import casedesk.model.Money;
import casedesk.model.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Amounts in brackets mean money out in a bank's books, but money in where a statement prints its
 * credits in brackets and its debits bare ("(1,250.00)" a payment received, "450.00" a purchase).
 * Where a table prints both bracketed amounts and running balances, the balances say which: every
 * sign is turned round if that makes more rows add up. Without balances the bank's convention (money
 * out) stands.
 */
public final class BracketSigns {

    private BracketSigns() {
    }

    public static List<StatementRow> settle(List<StatementRow> rows, Optional<Money> opening, Optional<Money> closing) {
        boolean bracketed = rows.stream().anyMatch(BracketSigns::isBracketed);
        boolean balances = rows.stream().anyMatch(r -> r.transaction().balance().isPresent());
        if (!bracketed || !balances) {
            return rows;
        }
        List<StatementRow> flipped = new ArrayList<>(rows.size());
        for (StatementRow row : rows) {
            flipped.add(negated(row));
        }
        int asRead = RunningBalance.check(rows, opening, closing, Optional.empty(), Optional.empty()).unproven().size();
        int asCredits = RunningBalance.check(flipped, opening, closing, Optional.empty(), Optional.empty()).unproven().size();
        return asCredits < asRead ? flipped : rows;
    }

    private static boolean isBracketed(StatementRow row) {
        String text = row.amountText().strip();
        return text.startsWith("(") && text.endsWith(")") || text.startsWith("（") && text.endsWith("）");
    }

    private static StatementRow negated(StatementRow row) {
        Transaction t = row.transaction();
        Transaction credit = new Transaction(t.date(), t.description(), t.amount().negate(), t.balance(), t.counterparty(),
                t.page(), t.box());
        return new StatementRow(credit, row.amountBox(), row.balanceBox(), row.amountText(), row.balanceText());
    }
}
