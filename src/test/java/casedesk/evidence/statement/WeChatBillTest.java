package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.TextLayer;
import casedesk.model.DocumentKind;
import casedesk.model.Money;
import casedesk.model.Transaction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A WeChat Pay bill: no balance, newest first, a direction column 收入/支出 or "/" beside an unsigned
 * amount, and the merchant order number printed right after the amount, here 0 to 1 pt after it and
 * in another font, or touching it in the same font.
 */
class WeChatBillTest {

    private static final float SIZE = 6.5f;
    private static final float AMOUNT_RIGHT = 420;

    /** One row: 交易单号, 交易时间, 交易类型, 收/支/其他, 交易方式, 金额(元), 商户单号 (drawn {@code gap} pt after the amount), 交易对方. */
    private record Row(String order, String time, String type, String direction, String method, String amount,
            String merchantOrder, float gap, boolean otherFont, String counterparty) {
    }

    private static byte[] bill(List<Row> rows) throws Exception {
        TablePdf pdf = new TablePdf().page()
                .text(40, "微信支付", 10).text(220, "微信支付交易明细证明", 14).down(26)
                .text(20, "兹证明:李雷(居民身份证:110101********1234),在其微信号:wxid_abc123 中的交易明细信息如下:", 7).down(14)
                .text(20, "起始时间:[2026-08-01 00:00:00]  终止时间:[2026-08-31 23:59:59]", 7).down(24);
        pdf.text(20, "交易单号", SIZE).text(140, "交易时间", SIZE).text(215, "交易类型", SIZE).text(262, "收/支/其他", SIZE)
                .text(305, "交易方式", SIZE).text(AMOUNT_RIGHT - pdf.width("金额(元)", SIZE), "金额(元)", SIZE)
                .text(AMOUNT_RIGHT + 4, "商户单号", SIZE).text(545, "交易对方", SIZE).down(15);
        for (Row row : rows) {
            float amountX = AMOUNT_RIGHT - pdf.width(row.amount(), SIZE);
            pdf.text(20, row.order(), SIZE).text(140, row.time(), SIZE).text(215, row.type(), SIZE)
                    .text(270, row.direction(), SIZE).text(305, row.method(), SIZE).text(amountX, row.amount(), SIZE);
            float merchantX = AMOUNT_RIGHT + row.gap();
            if (row.otherFont()) {
                pdf.textInOtherFont(merchantX, row.merchantOrder(), SIZE);
            } else {
                pdf.text(merchantX, row.merchantOrder(), SIZE);
            }
            pdf.text(545, row.counterparty(), SIZE).down(15);
        }
        return pdf.bytes();
    }

    private static final List<Row> ROWS = List.of(
            new Row("4200513832202608311838739268", "2026-08-31 07:50:12", "商户消费", "支出", "零钱", "5400.00",
                    "20260830220029276134503244664355", 0, true, "携程旅行"),
            new Row("4200759841202608306290602313", "2026-08-30 17:07:23", "商户消费", "支出", "零钱通", "5,400.00",
                    "202608302241824866286417", 1, true, "拼多多"),
            new Row("10000500012026082813680870401707", "2026-08-28 22:38:49", "二维码收款", "收入", "/", "1419.44",
                    "1000039901202608286753631139", 0, false, "阿杰"),
            new Row("10000010012026082542748596144180", "2026-08-25 15:23:05", "零钱提现", "/", "招商银行储蓄卡(6961)",
                    "4100.00", "/", 4, false, "/"));

    @Test
    void readsEveryAmountExactlyThoughTheOrderNumberTouchesIt() throws Exception {
        Reading reading;
        try (PDDocument document = Loader.loadPDF(bill(ROWS))) {
            reading = DocumentReader.read(document, () -> { });
        }

        assertEquals(DocumentKind.BANK_STATEMENT, reading.kind());
        List<Transaction> read = reading.transactions();
        assertEquals(List.of("2026-08-31 -5400.00", "2026-08-30 -5400.00", "2026-08-28 1419.44", "2026-08-25 4100.00"),
                read.stream().map(t -> t.date() + " " + t.amount().amount().toPlainString()).toList(), read::toString);
        assertTrue(read.stream().allMatch(t -> t.balance().isEmpty()), "a WeChat bill prints no balance");
        assertEquals(List.of("携程旅行", "拼多多", "阿杰", "/"), read.stream().map(Transaction::counterparty).toList());
    }

    @Test
    void aRowMarkedNeitherInNorOutStaysPositiveAndCountsInNeitherTotal() throws Exception {
        List<StatementRow> rows;
        try (PDDocument document = Loader.loadPDF(bill(ROWS))) {
            List<PageText> pages = TextLayer.read(document, () -> { });
            rows = StatementTable.locate(pages).read("CNY", Optional.empty(), Optional.empty());
        }

        assertEquals(List.of(false, false, false, true), rows.stream().map(StatementRow::neutral).toList());
        assertEquals(0, new BigDecimal("4100.00").compareTo(rows.getLast().transaction().amount().amount()));
        Reconciliation totals = RunningBalance.check(rows, Optional.empty(), Optional.empty(),
                Optional.of(Money.of("1419.44", "CNY")), Optional.of(Money.of("10800.00", "CNY")));
        assertTrue(totals.checked());
        assertTrue(totals.problems().isEmpty(), totals.problems()::toString);
        assertFalse(RunningBalance.check(rows, Optional.empty(), Optional.empty(),
                Optional.of(Money.of("5519.44", "CNY")), Optional.empty()).problems().isEmpty(),
                "the neutral 4100.00 is no credit");
    }

    @Test
    void theCorpusBillsNeutralRowsAreExactlyTheOnesItsTruthLeavesOutOfTheTotals() throws Exception {
        for (String name : List.of("stmt-wechat-1", "stmt-wechat-2")) {
            JsonNode truth = new ObjectMapper().readTree(WeChatBillTest.class.getResourceAsStream("/corpus/" + name
                    + ".truth.json"));
            List<StatementRow> rows;
            try (PDDocument document = Loader.loadPDF(
                    WeChatBillTest.class.getResourceAsStream("/corpus/" + name + ".pdf").readAllBytes())) {
                rows = StatementTable.locate(TextLayer.read(document, () -> { }))
                        .read("CNY", Optional.empty(), Optional.empty());
            }

            List<StatementRow> neutral = rows.stream().filter(StatementRow::neutral).toList();
            assertEquals(truth.path("neutral_count").asInt(), neutral.size(), name);
            assertEquals(0, new BigDecimal(truth.path("neutral_total").asText()).compareTo(neutral.stream()
                    .map(r -> r.transaction().amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)), name);
            Reconciliation totals = RunningBalance.check(rows, Optional.empty(), Optional.empty(),
                    Optional.of(Money.of(truth.path("total_credits").asText(), "CNY")),
                    Optional.of(Money.of(truth.path("total_debits").asText(), "CNY")));
            assertTrue(totals.problems().isEmpty(), () -> name + ": " + totals.problems());
        }
    }
}
