package casedesk.evidence.random;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/** How a random statement prints dates, times and sums of money. */
final class Formats {

    private Formats() {
    }

    static String date(LocalDate date, DateForm form) {
        String dd = two(date.getDayOfMonth());
        String mm = two(date.getMonthValue());
        String month = Lexicon.MONTHS.get(date.getMonthValue() - 1);
        return switch (form) {
            case ISO -> date.toString();
            case SLASH -> date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
            case DOTTED -> date.getYear() + "." + mm + "." + dd;
            case CHINESE -> date.getYear() + "年" + mm + "月" + dd + "日";
            case DAY_MONTH_YEAR -> dd + "/" + mm + "/" + date.getYear();
            case MONTH_DAY_YEAR -> mm + "/" + dd + "/" + date.getYear();
            case DAY_MON_YEAR -> dd + " " + month + " " + date.getYear();
            case DAY_MON -> dd + " " + month;
        };
    }

    /** Dates in the header always carry the year, in the rows' form otherwise. */
    static String headerDate(LocalDate date, DateForm form) {
        return date(date, form == DateForm.DAY_MON ? DateForm.DAY_MON_YEAR : form);
    }

    static String time(LocalTime time) {
        return two(time.getHour()) + ":" + two(time.getMinute()) + ":" + two(time.getSecond());
    }

    /** An unsigned sum, two decimals, with or without thousands separators. */
    static String money(BigDecimal amount, boolean thousands) {
        DecimalFormat format = new DecimalFormat(thousands ? "#,##0.00" : "0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.abs());
    }

    /** A row's amount as its sign style prints it in a single amount column. */
    static String amount(BigDecimal signed, SignStyle style, boolean thousands) {
        String plain = money(signed, thousands);
        boolean credit = signed.signum() > 0;
        return switch (style) {
            case SIGNED -> credit ? plain : "-" + plain;
            case PLUS_MINUS -> (credit ? "+" : "-") + plain;
            case CR_DR_SUFFIX -> plain + (credit ? " CR" : " DR");
            case DEBITS_IN_BRACKETS -> credit ? plain : "(" + plain + ")";
            case CREDITS_IN_BRACKETS -> credit ? "(" + plain + ")" : plain;
            case DIRECTION_COLUMN, DEBIT_CREDIT_COLUMNS -> plain;
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
