package casedesk.demo.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SequencedSet;
import java.util.LinkedHashSet;

/**
 * Every piece of Chinese text the generators can print, in one place, because the embedded font is a
 * subset cut once per JVM from exactly this vocabulary (see {@link FontSubset}): a string printed
 * from anywhere else would have no glyph. Text a caller passes in (a holder's name, a territory) is
 * covered separately, by an extended subset made on demand.
 *
 * <p>Every constant goes through {@link #t}, {@link #list} or {@link #pairs}, which record it in
 * {@link #allText()}; the registry must therefore be declared first.
 */
final class Vocabulary {

    private static final SequencedSet<String> REGISTRY = new LinkedHashSet<>();

    private Vocabulary() {
    }

    /** A Chinese text paired with its English rendering, as bilingual documents print them. */
    record Bilingual(String zh, String en) {
    }

    /** A name or syllable in characters with its pinyin in capitals, as a passport spells it. */
    record Romanised(String hanzi, String pinyin) {
    }

    /** Every string registered, in declaration order. */
    static List<String> allText() {
        synchronized (REGISTRY) {
            return List.copyOf(REGISTRY);
        }
    }

    private static String t(String text) {
        REGISTRY.add(text);
        return text;
    }

    private static Bilingual b(String zh, String en) {
        return new Bilingual(t(zh), t(en));
    }

    private static List<String> list(String... texts) {
        for (String text : texts) {
            t(text);
        }
        return List.of(texts);
    }

    /** Alternating hanzi and pinyin. */
    private static List<Romanised> pairs(String... hanziThenPinyin) {
        List<Romanised> result = new ArrayList<>();
        for (int i = 0; i < hanziThenPinyin.length; i += 2) {
            result.add(new Romanised(t(hanziThenPinyin[i]), hanziThenPinyin[i + 1]));
        }
        return Collections.unmodifiableList(result);
    }

    // ---- punctuation, numerals and characters used in formatted values ----
    static final String SYMBOLS = t("：（）、，。；／—·¥€年月日时分至起止共页笔第元整");
    static final String CAPITAL_DIGITS = t("零壹贰叁肆伍陆柒捌玖");
    static final String CAPITAL_UNITS = t("拾佰仟万亿元角分整");

    // ---- banks ----
    static final Bilingual BANK_ICBC = b("中国工商银行", "Industrial and Commercial Bank of China");
    static final Bilingual BANK_CCB = b("中国建设银行", "China Construction Bank");
    static final Bilingual BANK_BOC = b("中国银行", "Bank of China");
    static final Bilingual BANK_CMB = b("招商银行", "China Merchants Bank");
    static final Bilingual BANK_ABC = b("中国农业银行", "Agricultural Bank of China");
    static final Bilingual BANK_BOCOM = b("交通银行", "Bank of Communications");

    static final List<Romanised> CITIES = pairs(
            "上海", "Shanghai", "北京", "Beijing", "广州", "Guangzhou", "深圳", "Shenzhen", "杭州", "Hangzhou",
            "南京", "Nanjing", "成都", "Chengdu", "武汉", "Wuhan", "西安", "Xi'an", "天津", "Tianjin",
            "重庆", "Chongqing", "苏州", "Suzhou", "青岛", "Qingdao", "厦门", "Xiamen");
    static final List<String> BRANCH_SUFFIXES = list("分行营业部", "市分行", "分行", "支行");

    // ---- currencies ----
    static final List<Romanised> CURRENCY_NAMES = pairs(
            "人民币", "CNY", "美元", "USD", "欧元", "EUR", "港币", "HKD", "英镑", "GBP", "日元", "JPY",
            "瑞士法郎", "CHF", "澳大利亚元", "AUD", "加拿大元", "CAD", "新加坡元", "SGD");

    // ---- statement labels ----
    static final Bilingual ICBC_TITLE = b("借记卡账户历史明细清单", "Debit Card Account Transaction History");
    static final Bilingual CCB_TITLE = b("个人活期账户交易明细", "Personal Current Account Transaction Details");
    static final Bilingual BOC_TITLE = b("交易流水明细清单", "Statement of Account Transactions");
    static final Bilingual CMB_TITLE = b("户口交易流水", "Transaction Statement");
    static final Bilingual ACCOUNT_NAME = b("户名", "Account Name");
    static final Bilingual ACCOUNT_NUMBER = b("账号", "Account No.");
    static final Bilingual CARD_NUMBER = b("卡号", "Card No.");
    static final Bilingual CURRENCY = b("币种", "Currency");
    static final Bilingual PERIOD = b("起止日期", "Period");
    static final Bilingual PERIOD_TO = b("至", "to");
    static final Bilingual OPENING_BALANCE = b("期初余额", "Opening Balance");
    static final Bilingual CLOSING_BALANCE = b("期末余额", "Closing Balance");
    static final Bilingual TOTAL_DEBITS = b("借方发生总额", "Total Debits");
    static final Bilingual TOTAL_CREDITS = b("贷方发生总额", "Total Credits");
    static final Bilingual ENTRY_COUNT = b("（共 %d 笔）", "(%d entries)");
    static final Bilingual BRANCH = b("开户网点", "Branch");
    static final Bilingual PRINT_DATE = b("打印日期", "Print Date");
    static final Bilingual PAGE_OF = b("第 %d 页 共 %d 页", "Page %d of %d");
    static final Bilingual BROUGHT_FORWARD = b("承前页", "Brought forward");
    static final Bilingual CARRIED_FORWARD = b("过次页", "Carried forward");
    static final Bilingual STATEMENT_NOTE = b(
            "本明细仅反映所列期间的账户交易，如有疑问请致电客服热线。",
            "This statement lists the account's transactions for the period shown.");

    static final Bilingual COL_TRANSACTION_DATE = b("交易日期", "Date");
    static final Bilingual COL_POSTING_DATE = b("记账日期", "Date");
    static final Bilingual COL_DESCRIPTION = b("摘要", "Description");
    static final Bilingual COL_TRANSACTION_DESCRIPTION = b("交易摘要", "Description");
    static final Bilingual COL_BUSINESS_DESCRIPTION = b("业务摘要", "Description");
    static final Bilingual COL_AMOUNT = b("交易金额", "Amount");
    static final Bilingual COL_BALANCE = b("账户余额", "Balance");
    static final Bilingual COL_BALANCE_PLAIN = b("余额", "Balance");
    static final Bilingual COL_ONLINE_BALANCE = b("联机余额", "Balance");
    static final Bilingual COL_COUNTERPARTY = b("对方户名", "Counterparty");
    static final Bilingual COL_COUNTERPARTY_INFO = b("对手信息", "Counter Party");
    static final Bilingual COL_DEBIT = b("支出", "Debit");
    static final Bilingual COL_CREDIT = b("收入", "Credit");
    static final Bilingual COL_DEBIT_TURNOVER = b("借方发生额", "Debit");
    static final Bilingual COL_CREDIT_TURNOVER = b("贷方发生额", "Credit");
    static final Bilingual COL_CURRENCY = b("币别", "Currency");
    static final Bilingual COL_CURRENCY_CMB = b("货币", "Currency");
    static final Bilingual COL_CHANNEL = b("交易渠道", "Channel");

    // ---- transaction descriptions ----
    static final List<String> SALARY_DESCRIPTIONS = list("代发工资", "工资", "薪资");
    static final String BONUS = t("奖金");
    static final String RENT = t("房租");
    static final List<String> QUICK_PAY_DESCRIPTIONS = list("快捷支付", "网上支付");
    static final String CARD_PURCHASE = t("消费");
    static final String ATM_WITHDRAWAL = t("ATM取款");
    static final List<String> TRANSFER_OUT_DESCRIPTIONS = list("转账支出", "手机银行转账", "跨行汇款");
    static final List<String> TRANSFER_IN_DESCRIPTIONS = list("转账存入", "跨行转入");
    static final List<String> INTEREST_DESCRIPTIONS = list("利息", "结息");
    static final String CASH_DEPOSIT = t("现金存入");
    static final String CARD_REPAYMENT = t("信用卡还款");
    static final String WEALTH_PURCHASE = t("购买理财产品");
    static final String FX_PURCHASE = t("购汇存入");
    static final String FX_SALE = t("结汇");
    static final String OVERSEAS_PURCHASE = t("境外消费");
    static final String REMITTANCE_OUT = t("汇出汇款");
    static final String REMITTANCE_IN = t("汇入汇款");

    /** Utility bills: description and payee, same index. */
    static final List<String> UTILITY_DESCRIPTIONS = list("电费", "燃气费", "水费", "话费充值", "话费充值", "宽带费", "物业费");
    static final List<String> UTILITY_PAYEES = list(
            "国家电网有限公司", "燃气集团有限公司", "自来水有限公司", "中国移动通信集团", "中国联通", "中国电信",
            "物业管理有限公司");
    static final List<String> QUICK_PAY_COUNTERPARTIES = list(
            "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "京东商城", "美团", "拼多多");
    static final List<String> MERCHANTS = list(
            "京东商城", "美团", "盒马鲜生", "星巴克咖啡", "肯德基", "全家便利店", "华润万家", "永辉超市",
            "滴滴出行", "携程旅行网", "中国石化加油站", "屈臣氏", "优衣库", "海底捞火锅", "苏宁易购", "大众点评");
    static final List<String> EMPLOYERS = list(
            "上海星辰信息科技有限公司", "北京华夏智联科技有限公司", "深圳市腾跃电子有限公司",
            "杭州云帆网络科技有限公司", "广州南方医药有限公司", "南京金陵建设集团有限公司",
            "成都天府软件有限公司", "武汉光谷光电有限公司", "中国东方航空股份有限公司",
            "上海浦江贸易有限公司", "苏州精密制造有限公司", "西安秦川汽车零部件有限公司",
            "天津港远物流有限公司", "重庆山城食品有限公司", "青岛海岸家电有限公司", "厦门鹭岛会计师事务所");
    static final String CHANNEL_MOBILE = t("手机银行");
    static final String CHANNEL_ONLINE = t("网上银行");
    static final String CHANNEL_COUNTER = t("柜台");
    static final String CHANNEL_SELF_SERVICE = t("自助设备");
    static final String CHANNEL_POS = t("银联POS");
    static final String CHANNEL_BATCH = t("批量代发");
    static final String CHANNEL_SYSTEM = t("系统自动");
    static final String SELF = t("本人");
    static final String CARD_CENTRE = t("信用卡中心");
    static final String WEALTH_PRODUCT = t("理财产品");

    // ---- deposit certificates ----
    static final Bilingual DEPOSIT_TITLE = b("存款证明书", "Certificate of Deposit");
    static final Bilingual CERTIFICATE_NO = b("编号", "No.");
    static final Bilingual DEPOSIT_INTRO = b("兹证明下列存款人截至开具日在我行存款余额如下：",
            "This is to certify that the depositor below holds the following deposit with our bank:");
    static final Bilingual DEPOSITOR = b("存款人", "Depositor");
    static final Bilingual DEPOSIT_TYPE = b("存款种类", "Deposit Type");
    static final Bilingual TIME_DEPOSIT = b("定期存款", "Time deposit");
    static final Bilingual DEMAND_DEPOSIT = b("活期存款", "Demand deposit");
    static final Bilingual AMOUNT = b("金额", "Amount");
    static final Bilingual AMOUNT_IN_WORDS = b("大写金额", "Amount in words");
    static final Bilingual FROZEN_UNTIL = b("冻结期限至", "Frozen until");
    static final Bilingual ISSUE_DATE = b("开具日期", "Date of issue");
    static final Bilingual DEPOSIT_FROZEN_NOTE = b("上述存款在冻结期限内不得支取、转让或质押。",
            "The deposit above is frozen until the date shown and cannot be withdrawn, transferred or pledged.");
    static final Bilingual DEPOSIT_NOT_GUARANTEE = b("本证明书仅证明开具日的存款余额，不作为担保文件。",
            "This certificate attests the balance on the date of issue only and is not a guarantee.");
    static final Bilingual HANDLED_BY = b("经办", "Handled by");
    static final Bilingual CHECKED_BY = b("复核", "Checked by");
    static final Bilingual BANK_SEAL = b("银行签章", "Bank seal");
    static final String SEAL_TEXT = t("业务专用章");

    // ---- credit reports ----
    static final Bilingual CREDIT_TITLE = b("芝麻信用 信用报告", "Sesame Credit Report");
    static final Bilingual CREDIT_COMPANY = b("芝麻信用管理有限公司", "Zhima Credit Management Co., Ltd.");
    static final Bilingual CREDIT_NAME = b("姓名", "Name");
    static final Bilingual CREDIT_ID = b("身份证号", "ID Number");
    static final Bilingual CREDIT_REPORT_NO = b("报告编号", "Report No.");
    static final Bilingual CREDIT_SCORE = b("芝麻分", "Sesame Score");
    static final Bilingual CREDIT_BAND = b("信用等级", "Credit Level");
    static final Bilingual CREDIT_ISSUED = b("出具日期", "Date of Issue");
    static final Bilingual CREDIT_VALID = b("有效期至", "Valid Until");
    static final Bilingual CREDIT_DIMENSIONS = b("信用维度", "Credit Dimensions");
    static final Bilingual CREDIT_USE = b("本报告仅供办理签证使用，不作他用。",
            "This report is issued for a visa application only.");
    static final Bilingual CREDIT_RANGE = b("芝麻分范围 350–950，分数越高代表信用越好。",
            "Sesame scores range from 350 to 950; a higher score means better credit.");
    static final List<Bilingual> BANDS = List.of(
            b("较差", "Poor"), b("中等", "Fair"), b("良好", "Good"), b("优秀", "Excellent"), b("极好", "Outstanding"));
    static final List<Bilingual> DIMENSIONS = List.of(
            b("信用历史", "Credit History"), b("行为偏好", "Behaviour"), b("履约能力", "Payback Capacity"),
            b("身份特质", "Identity Traits"), b("人脉关系", "Social Connections"));
    /** Per dimension, phrases from weakest to strongest. */
    static final List<List<Bilingual>> DIMENSION_PHRASES = List.of(
            List.of(b("信用记录较短，可参考信息有限", "A short credit record with little to go on"),
                    b("信用记录良好，偶有延迟还款", "A good record with the occasional late repayment"),
                    b("信用账户历史较长，无逾期记录", "A long credit history with no overdue records")),
            List.of(b("消费行为较少，偏好尚不明显", "Few purchases; no clear preferences yet"),
                    b("消费偏好稳定，常用于生活缴费和网上购物", "Stable habits: bills and online shopping"),
                    b("经常使用信用服务，行为习惯良好", "Frequent, well-managed use of credit services")),
            List.of(b("资产信息较少，履约能力一般", "Little asset information; average capacity"),
                    b("有稳定的收入来源，履约能力良好", "A stable income and good capacity to repay"),
                    b("资产状况良好，具备较强的履约能力", "Sound assets and a strong capacity to repay")),
            List.of(b("身份信息已实名认证", "Identity verified under the real-name rules"),
                    b("个人信息较完善，职业信息已认证", "Personal details complete; occupation verified"),
                    b("个人信息完善，学历与职业信息已认证", "Details complete; education and occupation verified")),
            List.of(b("人脉圈信息较少", "Little information on connections"),
                    b("人脉圈信用状况良好", "Connections with good credit"),
                    b("好友信用水平较高，人脉关系稳定", "Connections with high credit and stable ties")));

    // ---- insurance ----
    static final Bilingual INSURER_PING_AN = b("中国平安财产保险股份有限公司", "Ping An Property & Casualty Insurance Company of China, Ltd.");
    static final Bilingual INSURER_PICC = b("中国人民财产保险股份有限公司", "PICC Property and Casualty Company Limited");
    static final Bilingual INSURER_CPIC = b("中国太平洋财产保险股份有限公司", "China Pacific Property Insurance Co., Ltd.");
    static final Bilingual INSURER_AXA = b("安盛天平财产保险有限公司", "AXA Tianping Property & Casualty Insurance Co., Ltd.");
    static final Bilingual INSURER_ALLIANZ = b("安联财产保险（中国）有限公司", "Allianz China General Insurance Company Ltd.");
    static final Bilingual INSURANCE_TITLE = b("境外旅行保险 保险凭证", "Certificate of Overseas Travel Insurance");
    static final Bilingual INSURANCE_SUBTITLE = b("申根签证专用", "For Schengen visa applications");
    static final Bilingual POLICY_NO = b("保单号", "Policy No.");
    static final Bilingual INSURED = b("被保险人", "Insured");
    static final Bilingual PASSPORT_NO = b("护照号码", "Passport No.");
    static final Bilingual BIRTH_DATE = b("出生日期", "Date of Birth");
    static final Bilingual INSURER = b("保险人", "Insurer");
    static final Bilingual INSURANCE_PERIOD = b("保险期间", "Period of Insurance");
    static final Bilingual PERIOD_FROM = b("自", "from");
    static final Bilingual SUM_INSURED = b("保险金额", "Sum Insured");
    static final Bilingual TERRITORY = b("承保区域", "Territory");
    static final Bilingual COVERAGE_ITEMS = b("保障项目", "Cover");
    static final Bilingual UP_TO_SUM = b("以保险金额为限", "up to the sum insured");
    static final List<Bilingual> ART15_RISKS = List.of(
            b("医疗运送和送返", "Medical transportation and repatriation"),
            b("紧急医疗", "Urgent medical attention"),
            b("紧急住院治疗", "Emergency hospital treatment"),
            b("身故及遗体送返", "Death and repatriation of remains"));
    static final Bilingual DEDUCTIBLE = b("免赔额：无", "Deductible: none");
    static final Bilingual ASSISTANCE = b("24小时全球紧急救援热线", "24-hour worldwide assistance");
    static final Bilingual ART15_NOTE = b("本保险符合《欧盟签证法典》第15条关于旅行医疗保险的要求。",
            "This insurance meets the requirements of Article 15 of the EU Visa Code.");
    static final Bilingual INSURANCE_ISSUED = b("签发日期", "Date of Issue");
    static final Bilingual INSURER_SEAL = b("保险人签章", "Insurer's seal");
    static final String TERRITORY_SCHENGEN = t("Schengen States / 申根国家");
    static final List<String> TERRITORIES = list(
            "Schengen States / 申根国家", "申根国家及欧盟成员国", "全球（不含美国、加拿大）", "欧洲", "亚洲", "全球");

    // ---- footers: every page says what it is ----
    static final Bilingual FOOTER_BANK = b("演示样本：CaseDesk 合成演示文件，非真实银行文件",
            "Synthetic CaseDesk demo document - not a real bank document");
    static final Bilingual FOOTER_CREDIT = b("演示样本：CaseDesk 合成演示文件，非真实信用报告",
            "Synthetic CaseDesk demo document - not a real credit report");
    static final Bilingual FOOTER_INSURANCE = b("演示样本：CaseDesk 合成演示文件，非真实保险文件",
            "Synthetic CaseDesk demo document - not a real insurance document");

    // ---- people: surnames weighted by frequency (per ten thousand), given names ----
    static final List<Romanised> SURNAMES = pairs(
            "王", "WANG", "李", "LI", "张", "ZHANG", "刘", "LIU", "陈", "CHEN", "杨", "YANG", "黄", "HUANG",
            "赵", "ZHAO", "吴", "WU", "周", "ZHOU", "徐", "XU", "孙", "SUN", "马", "MA", "朱", "ZHU",
            "胡", "HU", "郭", "GUO", "何", "HE", "高", "GAO", "林", "LIN", "罗", "LUO", "郑", "ZHENG",
            "梁", "LIANG", "谢", "XIE", "宋", "SONG", "唐", "TANG", "许", "XU", "韩", "HAN", "冯", "FENG",
            "邓", "DENG", "曹", "CAO", "彭", "PENG", "曾", "ZENG", "肖", "XIAO", "田", "TIAN", "董", "DONG",
            "袁", "YUAN", "潘", "PAN", "于", "YU", "蒋", "JIANG", "蔡", "CAI", "余", "YU", "杜", "DU",
            "叶", "YE", "程", "CHENG", "苏", "SU", "魏", "WEI", "吕", "LYU", "丁", "DING", "任", "REN",
            "沈", "SHEN", "姚", "YAO", "卢", "LU", "姜", "JIANG", "崔", "CUI", "钟", "ZHONG", "谭", "TAN",
            "陆", "LU", "汪", "WANG", "范", "FAN", "金", "JIN", "石", "SHI", "廖", "LIAO", "贾", "JIA",
            "夏", "XIA", "韦", "WEI", "付", "FU", "方", "FANG", "白", "BAI", "邹", "ZOU", "孟", "MENG",
            "熊", "XIONG", "秦", "QIN", "邱", "QIU", "江", "JIANG", "尹", "YIN", "薛", "XUE", "闫", "YAN",
            "段", "DUAN", "雷", "LEI", "侯", "HOU", "龙", "LONG", "史", "SHI", "陶", "TAO", "黎", "LI",
            "贺", "HE", "顾", "GU", "毛", "MAO", "郝", "HAO", "龚", "GONG", "邵", "SHAO", "万", "WAN",
            "钱", "QIAN", "严", "YAN", "武", "WU", "戴", "DAI", "孔", "KONG", "汤", "TANG",
            "欧阳", "OUYANG", "司马", "SIMA", "上官", "SHANGGUAN", "诸葛", "ZHUGE");
    /** Relative frequencies of {@link #SURNAMES}, same order (roughly the 2020 census shares). */
    static final int[] SURNAME_WEIGHTS = {
            710, 700, 640, 540, 450, 310, 230, 200, 200, 170, 130, 120, 110, 110,
            100, 100, 90, 90, 85, 80, 80, 70, 65, 60, 60, 55, 55, 50,
            50, 50, 45, 45, 45, 40, 40, 40, 40, 35, 35, 35, 35, 35,
            25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 20,
            20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 12,
            12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 2,
            1, 1, 1};
    static final List<Romanised> GIVEN_NAMES = pairs(
            "伟", "WEI", "芳", "FANG", "娜", "NA", "敏", "MIN", "静", "JING", "丽", "LI", "强", "QIANG",
            "磊", "LEI", "军", "JUN", "洋", "YANG", "勇", "YONG", "艳", "YAN", "杰", "JIE", "娟", "JUAN",
            "涛", "TAO", "明", "MING", "超", "CHAO", "霞", "XIA", "平", "PING", "刚", "GANG", "鑫", "XIN",
            "秀英", "XIUYING", "秀兰", "XIULAN", "桂英", "GUIYING", "小明", "XIAOMING", "晓东", "XIAODONG",
            "志强", "ZHIQIANG", "建华", "JIANHUA", "建国", "JIANGUO", "国强", "GUOQIANG", "海燕", "HAIYAN",
            "丽娟", "LIJUAN", "文静", "WENJING", "婷婷", "TINGTING", "雪梅", "XUEMEI", "子涵", "ZIHAN",
            "梓涵", "ZIHAN", "一诺", "YINUO", "浩然", "HAORAN", "宇轩", "YUXUAN", "欣怡", "XINYI",
            "思远", "SIYUAN", "雨桐", "YUTONG", "嘉怡", "JIAYI", "俊杰", "JUNJIE", "晨曦", "CHENXI",
            "佳怡", "JIAYI", "明轩", "MINGXUAN", "子轩", "ZIXUAN", "诗涵", "SHIHAN", "梦瑶", "MENGYAO",
            "慧敏", "HUIMIN", "晓燕", "XIAOYAN", "春梅", "CHUNMEI", "红霞", "HONGXIA", "海涛", "HAITAO",
            "建军", "JIANJUN", "立新", "LIXIN", "志明", "ZHIMING", "文博", "WENBO", "天宇", "TIANYU",
            "博文", "BOWEN", "晓峰", "XIAOFENG", "丹丹", "DANDAN", "玲玲", "LINGLING", "亚楠", "YANAN",
            "晓丽", "XIAOLI", "鹏飞", "PENGFEI", "振华", "ZHENHUA", "永强", "YONGQIANG", "金凤", "JINFENG",
            "玉兰", "YULAN", "淑芬", "SHUFEN", "秀珍", "XIUZHEN", "美玲", "MEILING", "宏伟", "HONGWEI",
            "家豪", "JIAHAO", "子豪", "ZIHAO", "睿", "RUI", "昊", "HAO", "琳", "LIN", "颖", "YING",
            "倩", "QIAN", "瑶", "YAO", "璐", "LU", "晶", "JING", "凯", "KAI", "斌", "BIN", "帅", "SHUAI",
            "佳琪", "JIAQI", "思雨", "SIYU", "雅婷", "YATING", "晓明", "XIAOMING", "春华", "CHUNHUA",
            "国华", "GUOHUA", "建平", "JIANPING", "丽华", "LIHUA", "伟民", "WEIMIN", "少华", "SHAOHUA",
            "文华", "WENHUA", "志伟", "ZHIWEI", "俊豪", "JUNHAO", "梓萱", "ZIXUAN", "若曦", "RUOXI",
            "沐阳", "MUYANG", "安琪", "ANQI", "心怡", "XINYI", "泽宇", "ZEYU", "一鸣", "YIMING");
}
