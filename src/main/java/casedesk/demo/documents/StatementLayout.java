package casedesk.demo.documents;

/**
 * The statement layouts, each modelled on one bank's e-statements: different column sets, column
 * orders, date formats and page furniture, so that extraction cannot lean on a single template.
 */
public enum StatementLayout {
    /** 交易日期 | 摘要 | 交易金额 (signed) | 账户余额 | 对方户名; dates 2026-08-01. */
    ICBC(Bank.ICBC),
    /** 记账日期 | 交易摘要 | 支出 | 收入 | 余额 | 对方户名; dates 20260801. */
    CCB(Bank.CCB),
    /** 交易日期 | 币别 | 业务摘要 | 交易渠道 | 借方发生额 | 贷方发生额 | 余额, no counterparty; dates 2026/08/01;
     *  header repeated on every page with 承前页 / 过次页 rows. */
    BOC(Bank.BOC),
    /** 记账日期 | 货币 | 交易金额 (signed) | 联机余额 | 交易摘要 | 对手信息: amount before description. */
    CMB(Bank.CMB);

    private final Bank bank;

    StatementLayout(Bank bank) {
        this.bank = bank;
    }

    public Bank bank() {
        return bank;
    }

    /** Whether the layout has a counterparty column (else transactions carry an empty counterparty). */
    public boolean hasCounterparty() {
        return this != BOC;
    }
}
