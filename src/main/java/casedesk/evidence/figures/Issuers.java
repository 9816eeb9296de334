package casedesk.evidence.figures;

import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import java.util.List;
import java.util.Optional;

/**
 * The bank that issued a statement or certificate: the first known bank name in the top part of the
 * first page, Chinese or English, as printed.
 */
public final class Issuers {

    /** Chinese banks in the order their names must be tried: longer names before the names they contain. */
    private static final List<String> BANKS = List.of(
            "中国工商银行", "中国建设银行", "中国农业银行", "中国邮政储蓄银行", "招商银行", "交通银行", "中信银行",
            "上海浦东发展银行", "浦发银行", "中国民生银行", "民生银行", "兴业银行", "中国光大银行", "光大银行", "平安银行",
            "华夏银行", "广发银行", "北京银行", "上海银行", "宁波银行", "汇丰银行", "中国银行",
            "Industrial and Commercial Bank of China", "China Construction Bank", "Agricultural Bank of China",
            "Postal Savings Bank of China", "China Merchants Bank", "Bank of Communications", "China CITIC Bank",
            "Shanghai Pudong Development Bank", "China Minsheng Bank", "Industrial Bank", "China Everbright Bank",
            "Ping An Bank", "Hua Xia Bank", "China Guangfa Bank", "HSBC", "Bank of China");

    /** Only the letterhead counts: a bank named in a transaction is a counterparty, not the issuer. */
    private static final double TOP_SHARE = 0.2;

    private Issuers() {
    }

    public static Optional<Figure> bank(List<PageText> pages) {
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        PageText first = pages.getFirst();
        for (String bank : BANKS) {
            for (Line line : first.lines()) {
                if (line.top() > first.height() * TOP_SHARE) {
                    break;
                }
                Optional<Figure> found = find(line, bank, first.number());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Figure> find(Line line, String bank, int page) {
        List<Word> words = line.words();
        String[] tokens = bank.split(" ");
        for (int start = 0; start + tokens.length <= words.size(); start++) {
            boolean match = true;
            for (int i = 0; i < tokens.length && match; i++) {
                match = words.get(start + i).text().equals(tokens[i]);
            }
            if (match) {
                List<Word> run = words.subList(start, start + tokens.length);
                return Optional.of(new Figure("bank", new FigureValue.Text(bank), page, KeyFigures.box(run), bank));
            }
        }
        return Optional.empty();
    }
}
