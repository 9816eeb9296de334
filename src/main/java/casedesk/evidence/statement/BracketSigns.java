package casedesk.evidence.statement;

import casedesk.model.Money;
import casedesk.model.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts in brackets mean money out in a bank's books, but money in where a statement prints its
 * credits in brackets and its debits bare ("(1,250.00)" a payment received, "450.00" a purchase).
 * Where a table prints both bracketed amounts and running balances, the balances say which: every
 * sign is turned round if that makes more rows add up. Without balances the bank's convention (money
 * out) stands.
 *
 * <p>A statement that prints its credits in brackets may hold no credit at all: then every figure is
 * bare, and a bare figure was read as money in. The same question settles it: where no figure of the
 * table carries any sign (no bracket, minus, plus, CR or DR, and none was signed by a debit column or
 * a direction), the balances say whether they were money out.
 */
public final class BracketSigns {

    private BracketSigns() {
    }

    public static List<StatementRow> settle(List<StatementRow> rows, Optional<Money> opening, Optional<Money> closing) {
        boolean bracketed = rows.stream().anyMatch(BracketSigns::isBracketed);
        boolean unsigned = !rows.isEmpty() && rows.stream().allMatch(BracketSigns::isUnsigned);
        boolean balances = rows.stream().anyMatch(r -> r.transaction().balance().isPresent());
        if (!(bracketed || unsigned) || !balances) {
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

    /** Read as money in with nothing printed to say so: a bare figure no column or mark signed. */
    private static boolean isUnsigned(StatementRow row) {
        return row.transaction().amount().amount().signum() > 0 && !row.neutral()
                && UNSIGNED.matcher(row.amountText().strip()).matches();
    }

    /** A figure with no sign, bracket or CR/DR; a currency code may stand before or after it. */
    private static final Pattern UNSIGNED = Pattern.compile(
            "([A-Za-z]{3}|[¥$€£])?\\s*[\\d,]+(\\.\\d{1,2})?\\s*([A-Za-z]{3})?");

    private static StatementRow negated(StatementRow row) {
        Transaction t = row.transaction();
        Transaction credit = new Transaction(t.date(), t.description(), t.amount().negate(), t.balance(), t.counterparty(),
                t.page(), t.box());
        return new StatementRow(credit, row.amountBox(), row.balanceBox(), row.amountText(), row.balanceText());
    }
}
