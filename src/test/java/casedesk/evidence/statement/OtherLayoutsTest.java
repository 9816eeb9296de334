package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.TablePdf.Col;
import casedesk.model.DocumentKind;
import casedesk.model.Money;
import casedesk.model.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Statements in layouts the reader was not written against: other column orders, date forms and
 * languages, ruled tables, wrapped descriptions, a page without a repeated header, and an Alipay
 * bill with no balance at all.
 */
class OtherLayoutsTest {

    private static Reading read(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return DocumentReader.read(document, () -> { });
        }
    }

    private static Transaction tx(String date, String description, String amount, String balance, String counterparty,
            String currency) {
        return new Transaction(LocalDate.parse(date), description, Money.of(amount, currency),
                Optional.ofNullable(balance).map(b -> Money.of(b, currency)), counterparty, 1,
                new casedesk.model.Box(0, 0, 0, 0));
    }

    private static void assertRows(List<Transaction> expected, Reading reading) {
        List<Transaction> read = reading.transactions();
        assertEquals(expected.size(), read.size(), () -> "rows read: " + read);
        for (int i = 0; i < expected.size(); i++) {
            Transaction e = expected.get(i);
            Transaction a = read.get(i);
            String row = "row " + (i + 1) + ": " + a;
            assertEquals(e.date(), a.date(), row);
            assertEquals(e.description(), a.description(), row);
            assertTrue(e.amount().isSameValueAs(a.amount()), row);
            assertEquals(e.balance().map(Money::plain), a.balance().map(Money::plain), row);
            assertEquals(e.counterparty(), a.counterparty(), row);
        }
    }

    @Test
    void readsAnEnglishRuledStatementWithWithdrawalsAndDepositsAndWrappedDetails() throws Exception {
        List<Col> columns = List.of(
                new Col("Date", "", 40, 70, false),
                new Col("Transaction Details", "", 110, 190, false),
                new Col("Withdrawals", "", 300, 80, true),
                new Col("Deposits", "", 380, 80, true),
                new Col("Balance", "", 460, 90, true));
        TablePdf pdf = new TablePdf().page()
                .text(40, "HSBC", 16).down(20).text(40, "Statement of Account", 11).down(24)
                .field("Account Name", "WANG XIAOMING")
                .field("Account Number", "012-345678-833")
                .field("Currency", "HKD")
                .field("Statement Period", "01 Aug 2026 to 31 Aug 2026")
                .field("Opening Balance", "52,000.00")
                .field("Closing Balance", "55,215.40").down(10)
                .header(columns, true)
                .row(columns, true, "03 Aug 2026", "PAYROLL ACME LIMITED", "", "30,000.00", "82,000.00")
                .row(columns, true, "05 Aug 2026", "FPS TRANSFER TO CHAN TAI MAN", "12,000.00", "", "70,000.00")
                .row(columns, true, "", "RENT AUGUST FLAT 12B", "", "", "")
                .row(columns, true, "17 Aug 2026", "OCTOPUS AUTOPAY", "784.60", "", "69,215.40")
                .row(columns, true, "28 Aug 2026", "CREDIT CARD PAYMENT", "14,000.00", "", "55,215.40");
        Reading reading = read(pdf.bytes());

        assertEquals(DocumentKind.BANK_STATEMENT, reading.kind());
        assertRows(List.of(
                tx("2026-08-03", "PAYROLL ACME LIMITED", "30000.00", "82000.00", "", "HKD"),
                tx("2026-08-05", "FPS TRANSFER TO CHAN TAI MAN RENT AUGUST FLAT 12B", "-12000.00", "70000.00", "", "HKD"),
                tx("2026-08-17", "OCTOPUS AUTOPAY", "-784.60", "69215.40", "", "HKD"),
                tx("2026-08-28", "CREDIT CARD PAYMENT", "-14000.00", "55215.40", "", "HKD")), reading);
        assertEquals("WANG XIAOMING", reading.figure("holder").orElseThrow().value().canonical());
        assertEquals("2026-08-31", reading.figure("period_end").orElseThrow().value().canonical());
        assertTrue(reading.reconciliation().orElseThrow().consistent(), reading.reconciliation().toString());
    }

    @Test
    void readsChineseDatesATimeColumnAndCreditBeforeDebitWithDescriptionsLast() throws Exception {
        List<Col> columns = List.of(
                new Col("交易日期", "", 40, 85, false),
                new Col("交易时间", "", 125, 50, false),
                new Col("收入", "", 175, 70, true),
                new Col("支出", "", 245, 70, true),
                new Col("余额", "", 315, 80, true),
                new Col("摘要", "", 400, 55, false),
                new Col("对方户名", "", 455, 100, false));
        TablePdf pdf = new TablePdf().page()
                .text(40, "中国农业银行", 16).down(20).text(40, "活期存款交易明细", 11).down(24)
                .field("户名", "李娜")
                .field("账号", "6228480012345678910")
                .field("币种", "人民币")
                .field("期初余额", "1,200.00")
                .field("期末余额", "16,650.50").down(10)
                .header(columns, false)
                .row(columns, false, "2026年08月10日", "09:12:45", "18,000.00", "", "19,200.00", "工资", "北京某某科技有限公司")
                .row(columns, false, "2026年08月11日", "20:01:03", "", "2,549.50", "16,650.50", "消费", "京东商城");
        Reading reading = read(pdf.bytes());

        assertRows(List.of(
                tx("2026-08-10", "工资", "18000.00", "19200.00", "北京某某科技有限公司", "CNY"),
                tx("2026-08-11", "消费", "-2549.50", "16650.50", "京东商城", "CNY")), reading);
        assertEquals("CNY", reading.figure("currency").orElseThrow().value().canonical());
        assertTrue(reading.reconciliation().orElseThrow().consistent(), reading.reconciliation().toString());
    }

    @Test
    void readsUnsignedAmountsThroughADirectionColumnAndDatesWithTimesInOneCell() throws Exception {
        List<Col> columns = List.of(
                new Col("记账日期", "Date", 40, 110, false),
                new Col("借贷标志", "Dr/Cr", 150, 45, false),
                new Col("金额", "Amount", 195, 80, true),
                new Col("余额", "Balance", 275, 85, true),
                new Col("交易摘要", "Description", 365, 190, false));
        TablePdf pdf = new TablePdf().page()
                .text(40, "交通银行", 16).down(40)
                .field("账户名称", "ZHAO LEI 赵磊")
                .field("币种", "CNY")
                .field("上期余额", "(200.00)").down(10)
                .header(columns, false)
                .row(columns, false, "2026-09-01 08:00:01", "贷", "5,000.00", "4,800.00", "转账存入")
                .row(columns, false, "2026-09-02 13:45:10", "借", "1,800.00", "3,000.00", "房租")
                .row(columns, false, "2026-09-09 19:02:33", "借", "3,250.00", "(250.00)", "信用卡还款");
        Reading reading = read(pdf.bytes());

        assertRows(List.of(
                tx("2026-09-01", "转账存入", "5000.00", "4800.00", "", "CNY"),
                tx("2026-09-02", "房租", "-1800.00", "3000.00", "", "CNY"),
                tx("2026-09-09", "信用卡还款", "-3250.00", "-250.00", "", "CNY")), reading);
        assertEquals("-200.00", reading.figure("opening_balance").orElseThrow().value().canonical());
        assertTrue(reading.reconciliation().orElseThrow().consistent(), reading.reconciliation().toString());
    }

    @Test
    void followsATableOntoAPageThatRepeatsNoHeader() throws Exception {
        List<Col> columns = List.of(
                new Col("Date", "", 40, 80, false),
                new Col("Description", "", 120, 200, false),
                new Col("Amount", "", 320, 90, true),
                new Col("Balance", "", 410, 100, true));
        TablePdf pdf = new TablePdf().page().text(40, "China Merchants Bank", 14).down(30)
                .field("Opening Balance", "EUR 1,000.00").down(6)
                .header(columns, false);
        double balance = 1000.00;
        for (int day = 1; day <= 60; day++) {
            if (day == 45) {
                pdf.page();
            }
            balance += day % 2 == 0 ? 10.25 : -3.10;
            pdf.row(columns, false, LocalDate.of(2026, 6, 1).plusDays(day).toString(), "Card " + day,
                    String.format("%.2f", day % 2 == 0 ? 10.25 : -3.10), String.format("%,.2f", balance));
        }
        Reading reading = read(pdf.bytes());

        assertEquals(60, reading.transactions().size());
        assertEquals(2, reading.transactions().getLast().page());
        assertEquals("EUR", reading.transactions().getLast().amount().currencyCode());
        assertTrue(reading.reconciliation().orElseThrow().consistent(), reading.reconciliation().toString());
    }

    @Test
    void readsAnAlipayBillThatHasNoBalanceAndSaysNothingCouldBeProved() throws Exception {
        List<Col> columns = List.of(
                new Col("交易时间", "", 40, 105, false),
                new Col("交易对方", "", 145, 100, false),
                new Col("商品说明", "", 245, 120, false),
                new Col("收/支", "", 365, 35, false),
                new Col("金额", "", 400, 70, true),
                new Col("交易状态", "", 475, 80, false));
        TablePdf pdf = new TablePdf().page()
                .text(40, "支付宝(中国)网络技术有限公司", 14).down(20).text(40, "交易流水证明", 12).down(24)
                .field("姓名", "王芳")
                .field("证件号码", "310101199001011234").down(10)
                .header(columns, false)
                .row(columns, false, "2026-08-01 12:30:45", "美团", "外卖订单", "支出", "38.50", "交易成功")
                .row(columns, false, "2026-08-02 09:01:00", "王大明", "转账", "收入", "2,000.00", "交易成功")
                .row(columns, false, "2026-08-05 18:22:10", "淘宝", "衣服", "支出", "199.00", "交易成功");
        Reading reading = read(pdf.bytes());

        assertEquals(DocumentKind.BANK_STATEMENT, reading.kind());
        assertRows(List.of(
                tx("2026-08-01", "外卖订单", "-38.50", null, "美团", "CNY"),
                tx("2026-08-02", "转账", "2000.00", null, "王大明", "CNY"),
                tx("2026-08-05", "衣服", "-199.00", null, "淘宝", "CNY")), reading);
        Reconciliation reconciliation = reading.reconciliation().orElseThrow();
        assertFalse(reconciliation.checked(), "there is no balance to prove anything with");
        assertFalse(reconciliation.consistent());
    }

    @Test
    void readsHeaderLabelsThatCarryTheirUnitInBrackets() throws Exception {
        List<Col> columns = List.of(
                new Col("入账日期", "", 40, 80, false),
                new Col("摘要", "", 120, 150, false),
                new Col("交易金额（元）", "", 270, 90, true),
                new Col("余额(元)", "", 360, 90, true),
                new Col("凭证号", "", 455, 90, false));
        TablePdf pdf = new TablePdf().page()
                .text(40, "账户交易明细", 14).down(24)
                .field("户名", "李娜")
                .field("账号", "6222 0210 0000 1234")
                .field("币种", "人民币").down(10)
                .header(columns, false)
                .row(columns, false, "2026-08-01", "工资", "+8,000.00", "18,000.00", "100234")
                .row(columns, false, "2026-08-03", "房租", "-3,500.00", "14,500.00", "100235");
        Reading reading = read(pdf.bytes());

        assertRows(List.of(
                tx("2026-08-01", "工资", "8000.00", "18000.00", "", "CNY"),
                tx("2026-08-03", "房租", "-3500.00", "14500.00", "", "CNY")), reading);
    }
}
