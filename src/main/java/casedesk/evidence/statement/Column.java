package casedesk.evidence.statement;

import java.util.List;

/**
 * What a column of a transaction table holds, with the header labels banks print for it, Chinese
 * and English. A statement is read by finding these labels, not by knowing the bank.
 */
enum Column {
    DATE("交易日期", "记账日期", "日期", "入账日期", "发生日期", "交易日", "Date", "Transaction Date", "Trans Date",
            "Posting Date", "Value Date", "Book Date"),
    TIME("交易时间", "时间", "交易创建时间", "付款时间", "Time", "Transaction Time"),
    DESCRIPTION("摘要", "交易摘要", "业务摘要", "交易类型", "业务类型", "用途", "附言", "商品说明", "交易说明", "Description",
            "Particulars", "Details", "Narrative", "Transaction Details", "Summary", "Type"),
    AMOUNT("交易金额", "金额", "发生额", "交易额", "Amount", "Transaction Amount", "Amount (CNY)"),
    CREDIT("收入", "收入金额", "贷方", "贷方发生额", "贷方金额", "存入", "存入金额", "Credit", "Credits", "Credit Amount",
            "Deposit", "Deposits", "Money In", "Paid In", "In"),
    DEBIT("支出", "支出金额", "借方", "借方发生额", "借方金额", "支取", "支取金额", "Debit", "Debits", "Debit Amount",
            "Withdrawal", "Withdrawals", "Money Out", "Paid Out", "Out"),
    BALANCE("余额", "账户余额", "联机余额", "交易后余额", "当前余额", "结余", "Balance", "Running Balance", "Balance After"),
    CURRENCY("币别", "币种", "货币", "交易货币", "Currency", "CCY", "Curr."),
    COUNTERPARTY("对方户名", "对手信息", "付款人名称", "收款人名称", "对方账户名称", "交易对方", "对方名称", "对方户名/账号",
            "Counterparty", "Counter Party", "Payee", "Payer", "Beneficiary", "Other Party"),
    DIRECTION("收/支", "收支", "借贷标志", "借/贷", "借贷", "收支类型", "Dr/Cr", "D/C", "Cr/Dr", "In/Out", "Direction"),
    OTHER("交易渠道", "渠道", "交易地点", "网点", "备注", "对方账号", "流水号", "支付方式", "交易状态", "资金状态", "Channel",
            "Branch", "Remarks", "Reference", "Ref.", "Counterparty Account", "Status", "Payment Method");

    private final List<String> labels;

    Column(String... labels) {
        this.labels = List.of(labels);
    }

    List<String> labels() {
        return labels;
    }

    boolean isMoney() {
        return this == AMOUNT || this == CREDIT || this == DEBIT || this == BALANCE;
    }
}
