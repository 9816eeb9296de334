package casedesk.evidence.statement;

import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a statement is a credit card's. A card statement prints what the holder spent as a plain
 * figure and what came in (a payment, a refund) in brackets, with a minus or with CR: the other way
 * round from an account, where a bracketed figure is money out. It is told by the words only card
 * statements print (a minimum payment, a payment due date, a credit limit, last month's balance),
 * two of them at least, and by having no running balance column.
 */
final class CardStatement {

    private static final List<String> TERMS = List.of("minimum payment", "payment due date", "credit limit",
            "last month's balance", "previous balance", "最低还款额", "到期还款日", "信用额度", "上期账单金额", "本期应还");
    /** A figure marked as a debit: "456.70 DR". */
    private static final Pattern DEBIT_SUFFIX = Pattern.compile(".*\\d\\s*DR\\.?", Pattern.CASE_INSENSITIVE);

    private CardStatement() {
    }

    static boolean isCard(List<PageText> pages, List<List<TableHeader>> headers) {
        boolean balance = headers.stream().flatMap(List::stream).anyMatch(h -> h.has(Column.BALANCE));
        if (balance || pages.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (Line line : pages.getFirst().lines()) {
            text.append(line.text().toLowerCase(Locale.ROOT).replace('’', '\'')).append('\n');
        }
        return TERMS.stream().filter(term -> text.indexOf(term) >= 0).count() >= 2;
    }

    /**
     * A card statement's figure as money in (positive) or out (negative): a plain figure or one marked
     * DR was spent; a bracketed, minus or CR figure came in.
     */
    static BigDecimal signed(BigDecimal parsed, boolean explicitSign, String text) {
        if (DEBIT_SUFFIX.matcher(text.strip()).matches() || !explicitSign) {
            return parsed.abs().negate();
        }
        return parsed.abs();
    }
}
