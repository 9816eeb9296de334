package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.TablePdf.Col;
import casedesk.model.Money;
import casedesk.model.Transaction;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A lattice in Industrial Bank's way: every cell ruled, descriptions and counterparties wrapping to
 * two or three lines inside their cells, the date over the time, each figure centred in its tall cell
 * (so on a line of its own, between the lines of the text beside it), and a 合计 row under the table.
 */
class LatticeTableTest {

    private static final List<Col> COLUMNS = List.of(
            new Col("记账日期", "", 40, 62, false),
            new Col("摘要", "", 102, 40, false),
            new Col("收入金额", "", 142, 62, true),
            new Col("支出金额", "", 204, 62, true),
            new Col("账户余额", "", 266, 66, true),
            new Col("交易说明", "", 332, 120, false),
            new Col("对方户名/账号", "", 452, 110, false));

    private static String[] lines(String... lines) {
        return lines;
    }

    private static Reading read() throws Exception {
        TablePdf pdf = new TablePdf().page()
                .text(40, "兴业银行", 14).down(20).text(200, "个人账户交易明细清单", 12).down(24)
                .field("户名", "姜文博")
                .field("账号", "6229 0905 9212 5577 05")
                .field("币种", "人民币")
                .field("起始日期", "2026-03-01")
                .field("截止日期", "2026-03-31")
                .field("期初余额", "126,283.83").down(10)
                .band(COLUMNS, 8, lines("记账日期"), lines("摘要"), lines("收入金额"), lines("支出金额"), lines("账户余额"),
                        lines("交易说明"), lines("对方户名/账号"))
                .band(COLUMNS, 7, lines("2026-03-01", "09:19:51"), lines("理财"), lines(), lines("78,000.00"),
                        lines("48,283.83"), lines("兴银理财 天天盈理财", "申购确认 份额", "登记"), lines())
                .band(COLUMNS, 7, lines("2026-03-06", "10:39:39"), lines("代发工资"), lines("24,249.94"), lines(),
                        lines("72,533.77"), lines("代发工资 深圳福田金融", "信息服务有限公司"),
                        lines("深圳福田金融信息服务", "有限公司", "35022248194468596"))
                .band(COLUMNS, 7, lines("2026-03-09", "09:10:44"), lines("取现"), lines(), lines("2,300.00"),
                        lines("70,233.77"), lines("ATM取款 大连市中山区", "兴业银行自助银行"), lines())
                .band(COLUMNS, 7, lines("合计"), lines(), lines("24,249.94"), lines("80,300.00"), lines(), lines(),
                        lines());
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return DocumentReader.read(document, () -> { });
        }
    }

    @Test
    void readsEachRuledBandAsOneRowWithItsCentredFiguresAndWrappedText() throws Exception {
        List<Transaction> read = read().transactions();

        assertEquals(List.of("2026-03-01 -78000.00 48283.83", "2026-03-06 24249.94 72533.77",
                "2026-03-09 -2300.00 70233.77"), read.stream().map(t -> t.date() + " " + t.amount().amount().toPlainString()
                        + " " + t.balance().map(Money::amount).map(Object::toString).orElse("-")).toList(), read::toString);
        assertEquals("理财兴银理财天天盈理财申购确认份额登记", squeeze(read.get(0).description()));
        assertEquals("代发工资代发工资深圳福田金融信息服务有限公司", squeeze(read.get(1).description()));
        assertEquals("深圳福田金融信息服务有限公司35022248194468596", squeeze(read.get(1).counterparty()));
        assertEquals("", read.get(0).counterparty());
    }

    @Test
    void theRowsAddUpFromTheOpeningBalance() throws Exception {
        Reading reading = read();

        assertTrue(reading.reconciliation().orElseThrow().consistent(), reading.reconciliation().toString());
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
