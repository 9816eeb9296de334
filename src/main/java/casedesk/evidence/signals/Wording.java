package casedesk.evidence.signals;

import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Money;
import casedesk.model.Phrase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** The few phrases the signals share, so that every detail reads the same way. */
final class Wording {

    private static final int LONGEST_QUOTE = 60;
    /**
     * What stands for a font without a name, among the names compared (so that ties fall as they
     * always did); {@link #font} puts it in words.
     */
    private static final String UNNAMED_FONT = "an unnamed font";
    /** The weight and style a font's name may end with. */
    private static final Pattern STYLE = Pattern.compile(
            "[-,](?:regular|roman|bold|italic|oblique|medium|light|semibold|black|heavy|book|demi|thin|condensed|mt|ps)+$",
            Pattern.CASE_INSENSITIVE);

    private Wording() {
    }

    /**
     * An amount as statements print it (86,400.00), rounded half up as the signals always rounded it,
     * so that the phrase's own rounding to the cent changes nothing.
     */
    static BigDecimal amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** CNY 86,400.00. */
    static Money money(Money money) {
        return new Money(amount(money.amount()), money.currency());
    }

    /** Text from the document between quotes, shortened when long; the text itself is never translated. */
    static Phrase quote(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > LONGEST_QUOTE) {
            oneLine = oneLine.substring(0, LONGEST_QUOTE - 1) + "…";
        }
        return quote(Phrase.text(oneLine));
    }

    /** Words between quotes, where a name is missing and words stand in for it. */
    static Phrase quote(Phrase words) {
        return Phrase.of("signal.quote", words);
    }

    /** "12 days", "3 hours", "25 minutes": how long, to the unit that matters. */
    static Phrase duration(Duration duration) {
        long days = duration.toDays();
        if (days >= 1) {
            return Phrase.of("days", days);
        }
        long hours = duration.toHours();
        if (hours >= 1) {
            return Phrase.of("signal.hours", hours);
        }
        return Phrase.of("signal.minutes", Math.max(1, duration.toMinutes()));
    }

    /** "bank statements", for sentences about what such documents are made with. */
    static Phrase kindPlural(DocumentKind kind) {
        return Phrase.of(switch (kind) {
            case BANK_STATEMENT -> "signal.kinds.bank_statement";
            case DEPOSIT_CERTIFICATE -> "signal.kinds.deposit_certificate";
            case CREDIT_REPORT -> "signal.kinds.credit_report";
            case INSURANCE -> "signal.kinds.insurance";
            case UNKNOWN -> "signal.kinds.unknown";
        });
    }

    /** "a bank statement". */
    static Phrase kindSingular(DocumentKind kind) {
        return Phrase.of(switch (kind) {
            case BANK_STATEMENT -> "signal.kind.bank_statement";
            case DEPOSIT_CERTIFICATE -> "signal.kind.deposit_certificate";
            case CREDIT_REPORT -> "signal.kind.credit_report";
            case INSURANCE -> "signal.kind.insurance";
            case UNKNOWN -> "signal.kind.unknown";
        });
    }

    /** Who made the document in the first place: "the bank". */
    static Phrase issuer(DocumentKind kind) {
        return Phrase.of(switch (kind) {
            case BANK_STATEMENT, DEPOSIT_CERTIFICATE -> "signal.issuer.bank";
            case CREDIT_REPORT -> "signal.issuer.credit_bureau";
            case INSURANCE -> "signal.issuer.insurer";
            case UNKNOWN -> "signal.issuer.unknown";
        });
    }

    /** "2, 3 and 4". */
    static Phrase numbers(List<Integer> numbers) {
        List<String> each = numbers.stream().map(String::valueOf).toList();
        if (each.size() == 1) {
            return Phrase.text(each.getFirst());
        }
        return Phrase.of("signal.and", String.join(", ", each.subList(0, each.size() - 1)), each.getLast());
    }

    /** A font's name without the six-letter subset tag: "AAWWBG+NotoSansSC-Regular" is "NotoSansSC-Regular". */
    static String fontName(String font) {
        if (font.length() > 7 && font.charAt(6) == '+' && font.substring(0, 6).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return font.substring(7);
        }
        return font.isEmpty() ? UNNAMED_FONT : font;
    }

    /** A font's name as {@link #fontName} or {@link #fontFamily} gives it, for a sentence. */
    static Phrase font(String name) {
        return name.equals(UNNAMED_FONT) ? Phrase.of("signal.font-mismatch.unnamed") : Phrase.text(name);
    }

    /**
     * A font's family: its name without the weight and style ("Arial-BoldMT" and "Arial,Italic" are
     * Arial), since issuers set headings and totals in bold where a forger's font is another family.
     */
    static String fontFamily(String font) {
        return STYLE.matcher(fontName(font)).replaceFirst("");
    }

    /** A size in points as people say it: 8 pt, 7.5 pt. */
    static Phrase points(double size) {
        double rounded = Math.round(size * 10) / 10.0;
        BigDecimal shown = rounded == Math.rint(rounded) ? BigDecimal.valueOf((long) rounded) : BigDecimal.valueOf(rounded);
        return Phrase.of("signal.points", new Phrase.Exact(shown));
    }

    static Box pageBox(double width, double height) {
        return new Box(0, 0, width, height);
    }

    static boolean intersects(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
