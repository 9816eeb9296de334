package casedesk.evidence.parse;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the forms banks and insurers print: 2026-08-01, 2026/08/01, 2026.08.01, 20260801,
 * 2026年8月1日, 01 Aug 2026, August 1, 2026, 01-08-2026 and 01/08/2026 (day first, as in China and
 * Europe), each possibly followed by a time. A text that is not a real calendar date is no date.
 */
public final class Dates {

    private static final String MONTH_NAMES = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
            + "|march|april|june|july|august|september|october|november|december";
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    private static final String TIME = "(?:[ T]?\\d{1,2}:\\d{2}(?::\\d{2})?)?";
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})" + TIME);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?" + TIME);
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})" + TIME);
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(\\d{1,2})[\\s-]+(" + MONTH_NAMES + ")\\.?[\\s,-]+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "(" + MONTH_NAMES + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY = Pattern.compile(String.join("|",
            "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?",
            "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}",
            "\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}",
            "\\d{1,2}[\\s-]+(?:" + MONTH_NAMES + ")\\.?[\\s,-]+\\d{4}",
            "(?:" + MONTH_NAMES + ")\\.?\\s+\\d{1,2},?\\s+\\d{4}",
            "(?<!\\d)\\d{8}(?!\\d)"), Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** The date a whole text (a cell, a value) states. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Optional<LocalDate> iso = isoDate(s);
        if (iso.isPresent()) {
            return iso;
        }
        if (s.isEmpty() || s.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = YMD.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches() || (m = CHINESE.matcher(s)).matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DMY.matcher(s)).matches()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        Matcher dayFirst = DAY_MONTH_NAME.matcher(s);
        if (dayFirst.matches()) {
            return month(dayFirst.group(2)).flatMap(month -> date(dayFirst.group(3), month, dayFirst.group(1)));
        }
        Matcher monthFirst = MONTH_NAME_DAY.matcher(s);
        if (monthFirst.matches()) {
            return month(monthFirst.group(1)).flatMap(month -> date(monthFirst.group(3), month, monthFirst.group(2)));
        }
        return Optional.empty();
    }

    /** Which comes first in a numeric date without a year first: 01/08/2026 is 1 August or January 8. */
    public enum Order { DAY_FIRST, MONTH_FIRST }

    private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{4}))?" + TIME);
    private static final Pattern DAY_MONTH_NAME_NO_YEAR = Pattern.compile(
            "(\\d{1,2})[\\s-]*(" + MONTH_NAMES + ")\\.?" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_NAME_DAY_NO_YEAR = Pattern.compile(
            "(" + MONTH_NAMES + ")\\.?[\\s-]*(\\d{1,2})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE_NO_YEAR = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?" + TIME);

    /**
     * A row's date as the statement prints it: numeric day and month in the statement's order, and
     * a date printed without its year ("01 Jun", "15/06") given the year that puts it in the period.
     */
    public static Optional<LocalDate> parse(String text, Order order, Optional<LocalDate> periodStart,
            Optional<LocalDate> periodEnd) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher m = NUMERIC_DAY_MONTH.matcher(s);
        if (m.matches()) {
            String first = m.group(1);
            String second = m.group(2);
            String day = order == Order.DAY_FIRST ? first : second;
            String month = order == Order.DAY_FIRST ? second : first;
            return m.group(3) != null ? date(m.group(3), month, day) : inPeriod(month, day, periodStart, periodEnd);
        }
        Optional<LocalDate> full = parse(s);
        if (full.isPresent()) {
            return full;
        }
        if ((m = DAY_MONTH_NAME_NO_YEAR.matcher(s)).matches()) {
            String day = m.group(1);
            return month(m.group(2)).flatMap(month -> inPeriod(String.valueOf(month.getValue()), day, periodStart, periodEnd));
        }
        if ((m = MONTH_NAME_DAY_NO_YEAR.matcher(s)).matches()) {
            String day = m.group(2);
            return month(m.group(1)).flatMap(month -> inPeriod(String.valueOf(month.getValue()), day, periodStart, periodEnd));
        }
        if ((m = CHINESE_NO_YEAR.matcher(s)).matches()) {
            return inPeriod(m.group(1), m.group(2), periodStart, periodEnd);
        }
        return Optional.empty();
    }

    /** A day and month in the year of the period that holds it (a period may run over New Year). */
    private static Optional<LocalDate> inPeriod(String month, String day, Optional<LocalDate> start, Optional<LocalDate> end) {
        if (start.isEmpty() && end.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = start.orElseGet(() -> end.get().minusYears(1));
        LocalDate to = end.orElseGet(() -> start.get().plusYears(1));
        Optional<LocalDate> fallback = Optional.empty();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            Optional<LocalDate> date = date(String.valueOf(year), month, day);
            if (date.isPresent() && !date.get().isBefore(from.minusDays(7)) && !date.get().isAfter(to.plusDays(7))) {
                return date;
            }
            if (fallback.isEmpty()) {
                fallback = date;
            }
        }
        return fallback;
    }

    /**
     * The order of day and month in numeric dates such as these: a first number above 12 makes it
     * day first, a second above 12 month first; otherwise the order that puts more of them in the
     * period, day first when that does not tell either.
     */
    public static Order order(List<String> samples, Optional<LocalDate> start, Optional<LocalDate> end) {
        int dayFirstInPeriod = 0;
        int monthFirstInPeriod = 0;
        for (String sample : samples) {
            Matcher m = NUMERIC_DAY_MONTH.matcher(Normalizer.normalize(sample, Normalizer.Form.NFKC).strip());
            if (!m.matches()) {
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if (first > 12 && second <= 12) {
                return Order.DAY_FIRST;
            }
            if (second > 12 && first <= 12) {
                return Order.MONTH_FIRST;
            }
            if (start.isPresent() && end.isPresent()) {
                if (within(parse(sample, Order.DAY_FIRST, start, end), start.get(), end.get())) {
                    dayFirstInPeriod++;
                }
                if (within(parse(sample, Order.MONTH_FIRST, start, end), start.get(), end.get())) {
                    monthFirstInPeriod++;
                }
            }
        }
        return monthFirstInPeriod > dayFirstInPeriod ? Order.MONTH_FIRST : Order.DAY_FIRST;
    }

    private static boolean within(Optional<LocalDate> date, LocalDate start, LocalDate end) {
        return date.isPresent() && !date.get().isBefore(start) && !date.get().isAfter(end);
    }

    /** 2026-08-01 or 2026/08/01, the form of most statement rows, read without a regular expression. */
    private static Optional<LocalDate> isoDate(String s) {
        if (s.length() != 10 || (s.charAt(4) != '-' && s.charAt(4) != '/') || s.charAt(7) != s.charAt(4)) {
            return Optional.empty();
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return date(s.substring(0, 4), s.substring(5, 7), s.substring(8, 10));
    }

    /** A date found inside a text, with where it starts and ends. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** Every date a text mentions, in order: "2026-07-21 至 2026-10-20" gives two. */
    public static List<Found> findAll(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Found> found = new ArrayList<>();
        Matcher m = ANY.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            parse(m.group()).ifPresent(date -> found.add(new Found(date, start, end)));
        }
        return found;
    }

    private static Optional<Month> month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(MONTHS.get(key.length() > 3 ? key.substring(0, 3) : key));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? date(year, Month.of(m), day) : Optional.empty();
    }

    private static Optional<LocalDate> date(String year, Month month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2200) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
