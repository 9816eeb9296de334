package casedesk.evidence.random;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words the random statements are written in: column headings, header-figure labels, row
 * descriptions, names and banks, Chinese and English. Each list holds wordings that real
 * statements use for the same thing, so a document draws one and the reader must know them all.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** A column's heading wordings by language. */
    static final Map<ColumnKind, List<String>> ZH_COLUMNS = Map.ofEntries(
            Map.entry(ColumnKind.SERIAL, List.of("序号", "编号")),
            Map.entry(ColumnKind.DATE, List.of("交易日期", "记账日期", "日期", "入账日期")),
            Map.entry(ColumnKind.TIME, List.of("交易时间", "时间")),
            Map.entry(ColumnKind.DESCRIPTION, List.of("摘要", "交易摘要", "用途", "附言")),
            Map.entry(ColumnKind.COUNTERPARTY, List.of("对方户名", "交易对方", "对方账户名称")),
            Map.entry(ColumnKind.AMOUNT, List.of("交易金额", "发生额", "金额")),
            Map.entry(ColumnKind.DIRECTION, List.of("收/支", "借贷标志", "借贷")),
            Map.entry(ColumnKind.BALANCE, List.of("余额", "账户余额", "当前余额")),
            Map.entry(ColumnKind.CURRENCY, List.of("币种")));

    static final Map<ColumnKind, List<String>> EN_COLUMNS = Map.ofEntries(
            Map.entry(ColumnKind.SERIAL, List.of("No.", "Seq")),
            Map.entry(ColumnKind.DATE, List.of("Date", "Value Date", "Posting Date", "Transaction Date", "Txn Date")),
            Map.entry(ColumnKind.TIME, List.of("Time")),
            Map.entry(ColumnKind.DESCRIPTION, List.of("Description", "Particulars", "Transaction Details", "Details",
                    "Narrative")),
            Map.entry(ColumnKind.COUNTERPARTY, List.of("Counterparty", "Payee/Payer", "Counterparty Name")),
            Map.entry(ColumnKind.AMOUNT, List.of("Amount", "Transaction Amount")),
            Map.entry(ColumnKind.DIRECTION, List.of("Dr/Cr", "D/C")),
            Map.entry(ColumnKind.BALANCE, List.of("Balance", "Running Balance", "Ledger Balance")),
            Map.entry(ColumnKind.CURRENCY, List.of("Currency", "CCY")));

    /** Credit and debit column headings, in pairs that go together: {credit, debit}. */
    static final List<String[]> ZH_CREDIT_DEBIT = List.of(new String[] {"收入", "支出"},
            new String[] {"贷方发生额", "借方发生额"}, new String[] {"收入金额", "支出金额"},
            new String[] {"贷方金额", "借方金额"}, new String[] {"存入", "支取"});

    static final List<String[]> EN_CREDIT_DEBIT = List.of(new String[] {"Deposit", "Withdrawal"},
            new String[] {"Paid in", "Paid out"}, new String[] {"Credit", "Debit"},
            new String[] {"Deposits", "Withdrawals"}, new String[] {"Money in", "Money out"});

    /** What a direction column prints, {credit, debit}, for its heading. */
    static String[] directionWords(String heading) {
        return switch (heading) {
            case "收/支" -> new String[] {"收", "支"};
            case "借贷标志", "借贷" -> new String[] {"贷", "借"};
            case "D/C" -> new String[] {"C", "D"};
            default -> new String[] {"Cr", "Dr"};
        };
    }

    static final Map<HeaderField, List<String>> ZH_LABELS = Map.of(
            HeaderField.HOLDER, List.of("户名", "账户名称", "客户姓名", "姓名"),
            HeaderField.ACCOUNT, List.of("账号", "卡号", "账户号码", "客户账号"),
            HeaderField.CURRENCY, List.of("币种", "货币"),
            HeaderField.PERIOD, List.of("查询期间", "起止日期", "交易期间", "账单周期"),
            HeaderField.PERIOD_START, List.of("起始日期", "开始日期"),
            HeaderField.PERIOD_END, List.of("截止日期", "结束日期"),
            HeaderField.OPENING, List.of("期初余额", "上期余额", "承前余额"),
            HeaderField.CLOSING, List.of("期末余额", "本期余额"));

    static final Map<HeaderField, List<String>> EN_LABELS = Map.of(
            HeaderField.HOLDER, List.of("Account Name", "Name", "Account Holder", "Customer Name"),
            HeaderField.ACCOUNT, List.of("Account Number", "Account No.", "A/C No."),
            HeaderField.CURRENCY, List.of("Currency"),
            HeaderField.PERIOD, List.of("Statement Period", "Period"),
            HeaderField.PERIOD_START, List.of("From", "Start Date"),
            HeaderField.PERIOD_END, List.of("To", "End Date"),
            HeaderField.OPENING, List.of("Opening Balance", "Balance Brought Forward", "Previous Balance"),
            HeaderField.CLOSING, List.of("Closing Balance", "Ending Balance", "New Balance"));

    static final List<String> ZH_BANKS = List.of("中国工商银行", "招商银行", "中国建设银行", "兴业银行", "平安银行",
            "中国农业银行", "交通银行");
    static final List<String> EN_BANKS = List.of("HSBC", "Standard Chartered Bank", "Bank of China (Hong Kong)",
            "DBS Bank", "Citibank N.A.", "Hang Seng Bank");
    static final List<String> ZH_TITLES = List.of("账户交易明细", "个人活期明细查询", "对账单", "交易流水");
    static final List<String> EN_TITLES = List.of("Statement of Account", "Account Statement", "Transaction History");

    static final List<String> ZH_NAMES = List.of("王芳", "李娜", "张伟", "刘洋", "陈静", "赵磊", "黄敏", "周杰");
    static final List<String> EN_NAMES = List.of("WANG FANG", "MR ZHANG WEI", "LI NA", "MS CHEN JING", "LIU YANG",
            "MR HUANG MIN", "ZHOU JIE");

    static final List<String> ZH_DESCRIPTIONS = List.of("工资", "消费", "转账存入", "房租", "网上支付", "手续费", "利息",
            "跨行转出", "快捷支付", "取款", "代发工资", "信用卡还款", "退款", "水电燃气费");
    static final List<String> ZH_LONG = List.of("网上银行跨行转账汇款手续费用", "快捷支付财付通支付科技有限公司",
            "代发工资北京某某科技有限公司八月", "银联无卡自助消费京东商城订单");
    static final List<String> EN_DESCRIPTIONS = List.of("PAYROLL", "CARD PURCHASE", "ATM WITHDRAWAL", "INTEREST",
            "RENT", "ONLINE PAYMENT", "FPS TRANSFER", "SERVICE CHARGE", "REFUND", "OCTOPUS AUTOPAY",
            "CREDIT CARD PAYMENT");
    static final List<String> EN_LONG = List.of("FPS TRANSFER TO CHAN TAI MAN RENT AUGUST FLAT", 
            "CARD PURCHASE PARKNSHOP SUPERSTORE KOWLOON BAY",
            "PAYROLL ACME LIMITED SALARY FOR THE MONTH", "ONLINE PAYMENT ELECTRICITY CLP POWER ACCOUNT");

    static final List<String> ZH_COUNTERPARTIES = List.of("北京某某科技有限公司", "京东商城", "美团", "王大明",
            "上海某某物业管理有限公司", "财付通", "支付宝");
    static final List<String> EN_COUNTERPARTIES = List.of("ACME LIMITED", "CHAN TAI MAN", "PARKNSHOP", "CLP POWER",
            "HK ELECTRIC", "WONG SIU MING");

    static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec");

    static <T> T pick(SplittableRandom random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
