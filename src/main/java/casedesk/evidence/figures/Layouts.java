package casedesk.evidence.figures;

import static casedesk.evidence.figures.Field.Type.AMOUNT;
import static casedesk.evidence.figures.Field.Type.BAND;
import static casedesk.evidence.figures.Field.Type.CURRENCY;
import static casedesk.evidence.figures.Field.Type.DATE;
import static casedesk.evidence.figures.Field.Type.NUMBER;
import static casedesk.evidence.figures.Field.Type.PERIOD;
import static casedesk.evidence.figures.Field.Type.TEXT;

import casedesk.model.DocumentKind;
import java.util.List;
import java.util.Map;

/**
 * The labelled figures of each document kind with the labels banks, Sesame and insurers use for
 * them. The figure names are fixed by the design (they are the JSON and database names); the labels
 * are what a new layout is most likely to need more of.
 */
final class Layouts {

    static final List<Field> STATEMENT = List.of(
            Field.of("holder", TEXT, "户名", "账户名称", "账户名", "客户名称", "客户姓名", "姓名", "账户户名", "持卡人",
                    "兹证明", "Account Name", "Account Holder", "Name", "Customer Name", "Name of Account Holder"),
            Field.of("account_number", TEXT, "账号", "卡号", "账户", "卡号/账号", "账号/卡号", "账户号码", "客户账号", "Account No.", "Account No",
                    "Account Number", "Card No.", "Card Number", "A/C No."),
            Field.of("currency", CURRENCY, "币种", "币别", "货币", "Currency"),
            Field.of("period", PERIOD, "起止日期", "查询期间", "交易期间", "对账期间", "查询日期", "查询时间段", "起止时间",
                    "账单周期", "Period", "Statement Period", "Statement Date Range", "Transaction Period"),
            Field.of("period_start", DATE, "起始日期", "开始日期", "起始时间", "开始时间", "起始日", "Start Date", "From Date",
                    "Period From", "From"),
            Field.of("period_end", DATE, "截止日期", "终止日期", "结束日期", "终止时间", "截止时间", "结束时间", "截止日",
                    "End Date", "To Date", "Period To", "To"),
            Field.of("opening_balance", AMOUNT, "期初余额", "上期余额", "起始余额", "上期结余", "承前余额", "Opening Balance",
                    "Balance Brought Forward", "Balance from previous statement", "Previous Balance",
                    "Last month's balance", "Last Statement Balance", "Beginning Balance"),
            Field.of("closing_balance", AMOUNT, "期末余额", "本期余额", "终止余额", "本期结余", "Closing Balance", "Ending Balance",
                    "New Balance", "Statement Balance"),
            Field.of("total_debits", AMOUNT, "借方发生总额", "支出合计", "支出总额", "借方合计", "Total Debits",
                    "Total Withdrawals"),
            Field.of("total_credits", AMOUNT, "贷方发生总额", "收入合计", "收入总额", "贷方合计", "Total Credits",
                    "Total Deposits"));

    static final List<Field> DEPOSIT_CERTIFICATE = List.of(
            Field.of("holder", TEXT, "存款人", "户名", "存款人姓名", "Depositor", "Account Holder", "Name",
                    "Name of Depositor"),
            Field.of("account_number", TEXT, "账号", "存单号", "Account No.", "Account No", "Account Number"),
            Field.of("currency", CURRENCY, "币种", "币别", "Currency"),
            // Where several accounts are listed, their total is the certificate's amount.
            Field.of("amount", AMOUNT, "存款金额(小写)", "金额(小写)", "小写金额", "小写", "合计", "总计", "合计金额", "Total",
                    "Total Balance", "Total Amount"),
            Field.of("amount", AMOUNT, "金额", "存款金额", "存款余额", "余额", "Amount", "Balance"),
            Field.of("issue_date", DATE, "开具日期", "出具日期", "开立日期", "证明日期", "Date of issue", "Issue Date",
                    "Date of Issuance"),
            Field.of("frozen_until", DATE, "冻结期限至", "冻结期至", "冻结至", "冻结期限", "止付期限至", "止付期限", "止付至",
                    "Frozen until", "Locked until", "Funds held until", "Held until", "Frozen till"));

    static final List<Field> CREDIT_REPORT = List.of(
            // An English report may print the Chinese name beside the pinyin: the Chinese one is the holder's own.
            Field.of("holder", TEXT, "Name in Chinese", "Chinese Name", "中文姓名"),
            Field.of("holder", TEXT, "姓名", "Name"),
            Field.of("id_number", TEXT, "身份证号", "身份证号码", "证件号码", "ID Number", "ID No.", "ID No"),
            Field.of("score", NUMBER, "芝麻分", "信用分", "芝麻信用分", "Sesame Score", "Zhima Score", "Credit Score",
                    "Score"),
            Field.of("band", BAND, "信用等级", "信用水平", "信用评级", "Credit Level", "Credit Band", "Level", "Rating",
                    "Credit Rating"),
            Field.of("issue_date", DATE, "出具日期", "报告日期", "生成日期", "Date of Issue", "Issue Date", "Report Date"),
            Field.of("valid_until", DATE, "有效期至", "有效期", "Valid Until", "Valid Through"));

    static final List<Field> INSURANCE = List.of(
            Field.of("insured", TEXT, "被保险人", "被保险人姓名", "Insured", "Insured Person", "Name of Insured",
                    "Assuré", "Assurée", "Nom de l'assuré"),
            Field.of("insurer", TEXT, "保险人", "承保公司", "保险公司", "Insurer", "Insurance Company", "Assureur"),
            Field.of("coverage", AMOUNT, "保险金额", "保额", "医疗保额", "Sum Insured", "Coverage", "Amount Insured",
                    "Medical Coverage", "Emergency medical expenses", "Medical expenses", "Montant de garantie",
                    "Frais médicaux"),
            Field.of("period", PERIOD, "保险期间", "保险期限", "Period of Insurance", "Period of Cover",
                    "Insurance Period", "Period of validity", "Période de validité", "Validity"),
            Field.of("territory", TEXT, "承保区域", "保障区域", "适用区域", "Territory", "Area of Coverage",
                    "Geographical Scope", "Territorial validity", "Territorial scope", "Zone de couverture"));

    /** Sesame's bands, as printed in Chinese and English. */
    static final List<String> BANDS = List.of("较差", "中等", "良好", "优秀", "极好", "信用较差", "信用中等", "信用良好",
            "信用优秀", "信用极好", "poor", "fair", "good", "very good", "excellent", "outstanding");

    static final Map<DocumentKind, List<Field>> BY_KIND = Map.of(
            DocumentKind.BANK_STATEMENT, STATEMENT,
            DocumentKind.DEPOSIT_CERTIFICATE, DEPOSIT_CERTIFICATE,
            DocumentKind.CREDIT_REPORT, CREDIT_REPORT,
            DocumentKind.INSURANCE, INSURANCE);

    private Layouts() {
    }
}
