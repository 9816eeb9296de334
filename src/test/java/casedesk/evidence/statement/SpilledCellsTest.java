package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.TablePdf.Col;
import casedesk.model.Transaction;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Cells whose text is wider than their label, so that it reaches past the midpoint to the next
 * label and part of it stands in the neighbour's column.
 */
class SpilledCellsTest {

    private static Reading read(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return DocumentReader.read(document, () -> { });
        }
    }

    private static String rows(Reading reading) {
        StringBuilder text = new StringBuilder();
        for (Transaction t : reading.transactions()) {
            text.append(t.date()).append(' ').append(t.amount().plain()).append(' ').append(t.description()).append('\n');
        }
        return text.toString();
    }

    /** The time after the date spills into the narrow 收/支 column beside it: the 支 still signs the row. */
    @Test
    void aTimeSpillingIntoTheDirectionColumnLeavesItsMarkReadable() throws Exception {
        List<Col> columns = List.of(
                new Col("发生额", "", 40, 40, true),
                new Col("交易日期", "", 85, 100, false),
                new Col("收/支", "", 188, 30, false),
                new Col("用途", "", 220, 80, false));
        TablePdf pdf = new TablePdf().page()
                .text(40, "中国工商银行", 16).down(40)
                .field("货币", "CNY").down(10)
                .header(columns, false)
                .row(columns, false, "2.00", "2025年10月02日 08:22:19", "支", "网上支付")
                .row(columns, false, "920.05", "2025年10月16日 10:51:39", "收", "工资")
                .row(columns, false, "8.68", "2025年10月18日 07:49:22", "支", "消费");

        assertEquals("2025-10-02 -2.00 网上支付\n2025-10-16 920.05 工资\n2025-10-18 -8.68 消费\n", rows(read(pdf.bytes())));
    }

    /**
     * The last word of a long description reaches over the midpoint into the amount column; the DR
     * after the figure is still the figure's, so the row is money out.
     */
    @Test
    void aDescriptionSpillingIntoTheAmountColumnLeavesTheFiguresSuffixWithIt() throws Exception {
        List<Col> columns = List.of(
                new Col("Details", "", 40, 100, false),
                new Col("Transaction Amount", "", 150, 70, true),
                new Col("Date", "", 230, 80, false));
        TablePdf pdf = new TablePdf().page()
                .text(40, "Bank of China (Hong Kong)", 16).down(40)
                .field("Currency", "HKD").down(10)
                .header(columns, false)
                .row(columns, false, "CREDIT CARD PAYMENT", "96.17 DR", "21 May 2025")
                .row(columns, false, "ONLINE PAYMENT", "496.22 CR", "28 May 2025")
                .row(columns, false, "CREDIT CARD PAYMENT", "1,017.00 DR", "30 May 2025");

        String read = rows(read(pdf.bytes()));
        assertEquals(List.of("2025-05-21 -96.17", "2025-05-28 496.22", "2025-05-30 -1017.00"),
                read.lines().map(line -> line.substring(0, line.indexOf(' ', 11))).toList(), read);
    }

    /**
     * The time after the date reaches into the amount column of a table that brackets its credits
     * (its English label, wider than the Chinese, widens the column to the left):
     * the amount's text is its own figure, "(34,357.00)", so the brackets are seen and the balances
     * can say they mean money in.
     */
    @Test
    void aTimeSpillingIntoTheAmountColumnLeavesItsBracketsSeen() throws Exception {
        List<Col> columns = List.of(
                new Col("交易时间", "Date", 40, 55, false),
                new Col("发生额", "Transaction Amount", 95, 80, true),
                new Col("当前余额", "Balance", 215, 70, true),
                new Col("摘要", "Details", 295, 80, false));
        TablePdf pdf = new TablePdf().page()
                .text(40, "交通银行", 16).down(40)
                .field("货币", "CNY")
                .field("期初余额", "1,049.92").down(10)
                .header(columns, false)
                .row(columns, false, "2025-09-02 09:29:47", "(34,357.00)", "35,406.92", "快捷支付")
                .row(columns, false, "2025-09-02 09:31:20", "204.24", "35,202.68", "工资")
                .row(columns, false, "2025-09-02 09:48:43", "(36.78)", "35,239.46", "网上支付");

        String read = rows(read(pdf.bytes()));
        assertEquals("2025-09-02 34357.00 快捷支付\n2025-09-02 -204.24 工资\n2025-09-02 36.78 网上支付\n", read);
    }

    /**
     * A right-aligned balance so wide that its first digit stands past the midpoint to the date
     * label on its left: "124,944.23" is grouped in thousands from its first digit, so it is one
     * balance, not a "1" for the date column and 24,944.23 for the balance.
     */
    @Test
    void aGroupedBalanceReachingIntoTheDateColumnStaysWhole() throws Exception {
        List<Col> columns = List.of(
                new Col("金额", "", 40, 70, true),
                new Col("入账日期", "", 112, 40, false),
                new Col("余额", "", 150, 53, true),
                new Col("用途", "", 211, 80, false));
        TablePdf pdf = new TablePdf().page()
                .text(40, "中国建设银行", 16).down(40)
                .field("币种", "CNY")
                .field("期初余额", "122,820.55").down(10)
                .header(columns, false)
                .row(columns, false, "2,123.68", "2025/1/3", "124,944.23", "工资")
                .row(columns, false, "-1.67", "2025/1/4", "124,942.56", "消费");

        List<Transaction> read = read(pdf.bytes()).transactions();
        assertEquals(List.of("124944.23", "124942.56"), read.stream().map(t -> t.balance().orElseThrow().plain()).toList());
    }

    /**
     * An ungrouped right-aligned amount so wide that its first digit stands past the midpoint to the
     * currency label on its left: the digit is the amount's head, not a value of the currency column.
     */
    @Test
    void anUngroupedAmountReachingIntoTheColumnBesideItStaysWhole() throws Exception {
        List<Col> columns = List.of(
                new Col("币种", "", 40, 22, false),
                new Col("金额", "", 62, 60, true),
                new Col("余额", "", 130, 60, true),
                new Col("交易日期", "", 200, 60, false));
        TablePdf pdf = new TablePdf().page()
                .text(40, "中国工商银行", 16).down(40)
                .field("币种", "CNY")
                .field("期初余额", "200,000.00").down(10)
                .header(columns, false)
                .row(columns, false, "人民币", "-111662.49", "88337.51", "2025/4/6")
                .row(columns, false, "人民币", "732.10", "89069.61", "2025/4/7");

        List<Transaction> read = read(pdf.bytes()).transactions();
        assertEquals(List.of("-111662.49", "732.10"), read.stream().map(t -> t.amount().plain()).toList());
    }
}
