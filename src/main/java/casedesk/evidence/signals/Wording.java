package casedesk.evidence.signals;

import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** The few phrases the signals share, so that every detail reads the same way. */
final class Wording {

    private static final int LONGEST_QUOTE = 60;
    /** The weight and style a font's name may end with. */
    private static final Pattern STYLE = Pattern.compile(
            "[-,](?:regular|roman|bold|italic|oblique|medium|light|semibold|black|heavy|book|demi|thin|condensed|mt|ps)+$",
            Pattern.CASE_INSENSITIVE);

    private Wording() {
    }

    /** An amount as statements print it: 86,400.00. */
    static String amount(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    static String money(Money money) {
        return money.currencyCode() + " " + amount(money.amount());
    }

    /** Text from the document between quotes, shortened when long. */
    static String quote(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > LONGEST_QUOTE) {
            oneLine = oneLine.substring(0, LONGEST_QUOTE - 1) + "…";
        }
        return "'" + oneLine + "'";
    }

    /** "12 days", "3 hours", "25 minutes": how long, to the unit that matters. */
    static String duration(Duration duration) {
        long days = duration.toDays();
        if (days >= 1) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = duration.toHours();
        if (hours >= 1) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(1, duration.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** "bank statements", for sentences about what such documents are made with. */
    static String kindPlural(DocumentKind kind) {
        return switch (kind) {
            case BANK_STATEMENT -> "bank statements";
            case DEPOSIT_CERTIFICATE -> "deposit certificates";
            case CREDIT_REPORT -> "credit reports";
            case INSURANCE -> "insurance certificates";
            case UNKNOWN -> "documents issued by banks and insurers";
        };
    }

    /** "a bank statement". */
    static String kindSingular(DocumentKind kind) {
        return switch (kind) {
            case BANK_STATEMENT -> "a bank statement";
            case DEPOSIT_CERTIFICATE -> "a deposit certificate";
            case CREDIT_REPORT -> "a credit report";
            case INSURANCE -> "an insurance certificate";
            case UNKNOWN -> "a document of evidence";
        };
    }

    /** Who made the document in the first place: "the bank". */
    static String issuer(DocumentKind kind) {
        return switch (kind) {
            case BANK_STATEMENT, DEPOSIT_CERTIFICATE -> "the bank";
            case CREDIT_REPORT -> "the credit bureau";
            case INSURANCE -> "the insurer";
            case UNKNOWN -> "its issuer";
        };
    }

    /** A font's name without the six-letter subset tag: "AAWWBG+NotoSansSC-Regular" is "NotoSansSC-Regular". */
    static String fontName(String font) {
        if (font.length() > 7 && font.charAt(6) == '+' && font.substring(0, 6).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return font.substring(7);
        }
        return font.isEmpty() ? "an unnamed font" : font;
    }

    /**
     * A font's family: its name without the weight and style ("Arial-BoldMT" and "Arial,Italic" are
     * Arial), since issuers set headings and totals in bold where a forger's font is another family.
     */
    static String fontFamily(String font) {
        return STYLE.matcher(fontName(font)).replaceFirst("");
    }

    /** A size in points as people say it: 8 pt, 7.5 pt. */
    static String points(double size) {
        double rounded = Math.round(size * 10) / 10.0;
        return (rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded)) + " pt";
    }

    static Box pageBox(double width, double height) {
        return new Box(0, 0, width, height);
    }

    static boolean intersects(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
