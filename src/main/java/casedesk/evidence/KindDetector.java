package casedesk.evidence;

import casedesk.evidence.statement.StatementTable;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.model.DocumentKind;
import java.util.List;
import java.util.Locale;

/**
 * What a document is, from what it says, in Chinese or English: never from its file name. A
 * transaction table makes a statement; the titles and terms of the other kinds decide the rest.
 */
final class KindDetector {

    private static final List<String> CREDIT_REPORT = List.of(
            "芝麻信用", "芝麻分", "sesame credit", "sesame score", "zhima", "信用报告", "credit report");
    private static final List<String> DEPOSIT_CERTIFICATE = List.of(
            "存款证明", "certificate of deposit", "deposit certificate", "certificate of balance", "资信证明");
    private static final List<String> INSURANCE = List.of(
            "保险单", "保险凭证", "保单", "被保险人", "insurance certificate", "certificate of insurance", "insured",
            "policy no", "sum insured", "travel insurance", "旅行保险", "境外旅行", "申根");
    private static final List<String> STATEMENT = List.of(
            "对账单", "明细", "流水", "交易记录", "statement", "transaction history", "account transactions");

    private KindDetector() {
    }

    static DocumentKind detect(List<PageText> pages, StatementTable table) {
        String text = text(pages);
        if (mentions(text, CREDIT_REPORT)) {
            return DocumentKind.CREDIT_REPORT;
        }
        if (mentions(text, DEPOSIT_CERTIFICATE)) {
            return DocumentKind.DEPOSIT_CERTIFICATE;
        }
        if (table.hasTable()) {
            return DocumentKind.BANK_STATEMENT;
        }
        if (mentions(text, INSURANCE)) {
            return DocumentKind.INSURANCE;
        }
        if (mentions(text, STATEMENT)) {
            return DocumentKind.BANK_STATEMENT;
        }
        return DocumentKind.UNKNOWN;
    }

    private static boolean mentions(String text, List<String> terms) {
        for (String term : terms) {
            if (text.contains(term)) {
                return true;
            }
        }
        return false;
    }

    /** The first page's text, where titles stand; lower case. */
    private static String text(List<PageText> pages) {
        if (pages.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Line line : pages.getFirst().lines()) {
            text.append(line.text()).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
