package casedesk.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed figure names of each document kind (DESIGN.md, docs/extract-json.md) and the type of
 * value each holds: what an officer may correct or supply on a document of that kind.
 */
public final class FigureNames {

    public enum Type { TEXT, AMOUNT, DATE, NUMBER }

    private static final Map<DocumentKind, List<String>> BY_KIND = Map.of(
            DocumentKind.BANK_STATEMENT, List.of("holder", "account_number", "bank", "currency", "period_start",
                    "period_end", "opening_balance", "closing_balance", "total_credits", "total_debits"),
            DocumentKind.DEPOSIT_CERTIFICATE, List.of("holder", "account_number", "bank", "amount", "currency",
                    "issue_date", "frozen_until"),
            DocumentKind.CREDIT_REPORT, List.of("holder", "id_number", "score", "band", "issue_date", "valid_until"),
            DocumentKind.INSURANCE, List.of("insured", "insurer", "coverage", "period_start", "period_end", "territory"),
            DocumentKind.UNKNOWN, List.of());

    private static final Set<String> AMOUNTS = Set.of("opening_balance", "closing_balance", "total_credits",
            "total_debits", "average_balance", "minimum_balance", "amount", "coverage");
    private static final Set<String> DATES = Set.of("period_start", "period_end", "issue_date", "frozen_until",
            "valid_until");

    private FigureNames() {
    }

    /** The figures a document of this kind has, in the order an officer checks them. */
    public static List<String> of(DocumentKind kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    public static Type type(String name) {
        if (AMOUNTS.contains(name)) {
            return Type.AMOUNT;
        }
        if (DATES.contains(name)) {
            return Type.DATE;
        }
        return name.equals("score") ? Type.NUMBER : Type.TEXT;
    }
}
