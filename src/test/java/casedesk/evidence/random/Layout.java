package casedesk.evidence.random;

import static casedesk.evidence.random.Lexicon.pick;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The columns a random statement's table can have. CREDIT and DEBIT are the two halves of a split amount. */
enum ColumnKind { SERIAL, DATE, TIME, DESCRIPTION, COUNTERPARTY, AMOUNT, CREDIT, DEBIT, DIRECTION, BALANCE, CURRENCY }

/** The header figures a random statement prints above its table. */
enum HeaderField { HOLDER, ACCOUNT, CURRENCY, PERIOD, PERIOD_START, PERIOD_END, OPENING, CLOSING }

/** Which PDF library writes the file. */
enum Library { PDFBOX, OPENPDF }

/** The one font face a document is written in; the standard 14 ones only for English-only documents. */
enum Face { NOTO_SANS_SC, HELVETICA, TIMES, COURIER }

enum Language { CHINESE, ENGLISH, BILINGUAL }

/** Row date forms, shown for 1 August 2026. */
enum DateForm {
    ISO("2026-08-01"), SLASH("2026/8/1"), DOTTED("2026.08.01"), CHINESE("2026年08月01日"),
    DAY_MONTH_YEAR("01/08/2026"), MONTH_DAY_YEAR("08/01/2026"), DAY_MON_YEAR("01 Aug 2026"), DAY_MON("01 Aug");

    final String example;

    DateForm(String example) {
        this.example = example;
    }

    boolean englishOnly() {
        return this == DAY_MONTH_YEAR || this == MONTH_DAY_YEAR || this == DAY_MON_YEAR || this == DAY_MON;
    }
}

/** Where a row's time of day is printed, if at all. */
enum TimeMode { NONE, SAME_CELL, OWN_COLUMN }

/** How a row says whether money came in or went out. */
enum SignStyle {
    SIGNED, PLUS_MINUS, DEBIT_CREDIT_COLUMNS, DIRECTION_COLUMN, CR_DR_SUFFIX, DEBITS_IN_BRACKETS, CREDITS_IN_BRACKETS
}

/** Which rows print the running balance. */
enum BalanceMode { EVERY_ROW, DAY_LAST_ROW, NONE }

/** Where a header figure's value stands against its label. */
enum Placement { RIGHT_OF_LABEL, AFTER_COLON, BELOW_LABEL, GRID }

enum PageSize {
    A4(595.28f, 841.89f), A4_LANDSCAPE(841.89f, 595.28f), LETTER(612f, 792f);

    final float width;
    final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }
}

/**
 * Everything about how one random statement looks, drawn from a {@link SplittableRandom}: the same
 * seed draws the same layout. The content (names, rows, amounts) is drawn by {@link Truth}.
 */
record Layout(Library library, Language language, Face face, PageSize pageSize, float fontSize, float gap,
        float pitch, DateForm dateForm, TimeMode timeMode, SignStyle signStyle, String emptyCell,
        BalanceMode balanceMode, boolean descending, boolean ruled, boolean wrapped, boolean thousands,
        Placement placement, int pairsPerLine, boolean periodSplit, boolean amountsWithCurrency,
        boolean repeatHeader, boolean pageHeader, boolean footer, boolean forwardRows, boolean totalRow,
        int rowsPerPage, List<ColumnKind> columns, Map<ColumnKind, List<String>> headings) {

    boolean english() {
        return language == Language.ENGLISH;
    }

    static Layout draw(SplittableRandom random, Library library) {
        Language language = pick(random, Language.values());
        Face face = language == Language.ENGLISH ? pick(random, Face.values()) : Face.NOTO_SANS_SC;
        PageSize pageSize = pick(random, PageSize.A4, PageSize.A4, PageSize.A4_LANDSCAPE, PageSize.LETTER);
        float fontSize = 7.5f + random.nextInt(6) * 0.5f;
        // Down to 1 em between columns, up to about three.
        float gap = fontSize * (1 + (float) random.nextDouble() * (random.nextBoolean() ? 0.5f : 2f));
        float pitch = fontSize * (1.45f + (float) random.nextDouble() * 0.6f);
        List<DateForm> dateForms = new ArrayList<>();
        for (DateForm form : DateForm.values()) {
            if (language == Language.ENGLISH ? form != DateForm.CHINESE : !form.englishOnly()) {
                dateForms.add(form);
            }
        }
        DateForm dateForm = pick(random, dateForms);
        TimeMode timeMode = pick(random, TimeMode.NONE, TimeMode.NONE, TimeMode.SAME_CELL, TimeMode.OWN_COLUMN);
        SignStyle signStyle = pick(random, SignStyle.values());
        BalanceMode balanceMode = pick(random, BalanceMode.EVERY_ROW, BalanceMode.EVERY_ROW, BalanceMode.DAY_LAST_ROW,
                BalanceMode.NONE);
        if (signStyle == SignStyle.CREDITS_IN_BRACKETS) {
            // Brackets around money in are only decidable where every row's balance shows which way it went.
            balanceMode = BalanceMode.EVERY_ROW;
        }
        boolean descending = random.nextInt(4) == 0;
        boolean forwardRows = !descending && balanceMode != BalanceMode.NONE && random.nextInt(3) == 0;

        List<ColumnKind> columns = new ArrayList<>();
        columns.add(ColumnKind.DATE);
        if (timeMode == TimeMode.OWN_COLUMN) {
            columns.add(ColumnKind.TIME);
        }
        if (random.nextInt(5) == 0) {
            columns.add(ColumnKind.SERIAL);
        }
        if (random.nextInt(10) != 0) {
            columns.add(ColumnKind.DESCRIPTION);
        }
        if (random.nextInt(5) < 2) {
            columns.add(ColumnKind.COUNTERPARTY);
        }
        switch (signStyle) {
            case DEBIT_CREDIT_COLUMNS -> {
                columns.add(ColumnKind.CREDIT);
                columns.add(ColumnKind.DEBIT);
            }
            case DIRECTION_COLUMN -> {
                columns.add(ColumnKind.AMOUNT);
                columns.add(ColumnKind.DIRECTION);
            }
            default -> columns.add(ColumnKind.AMOUNT);
        }
        if (balanceMode != BalanceMode.NONE) {
            columns.add(ColumnKind.BALANCE);
        }
        if (random.nextInt(4) == 0) {
            columns.add(ColumnKind.CURRENCY);
        }
        shuffle(random, columns);

        Map<ColumnKind, List<String>> headings = new EnumMap<>(ColumnKind.class);
        String[] zhPair = pick(random, Lexicon.ZH_CREDIT_DEBIT);
        String[] enPair = pick(random, Lexicon.EN_CREDIT_DEBIT);
        for (ColumnKind column : columns) {
            String zh = switch (column) {
                case CREDIT -> zhPair[0];
                case DEBIT -> zhPair[1];
                default -> pick(random, Lexicon.ZH_COLUMNS.get(column));
            };
            String en = switch (column) {
                case CREDIT -> enPair[0];
                case DEBIT -> enPair[1];
                default -> pick(random, Lexicon.EN_COLUMNS.get(column));
            };
            if (column == ColumnKind.DATE && timeMode == TimeMode.SAME_CELL) {
                zh = pick(random, "交易时间", "交易日期");
                en = pick(random, "Date/Time", "Transaction Time", "Date");
            }
            headings.put(column, switch (language) {
                case CHINESE -> List.of(zh);
                case ENGLISH -> List.of(en);
                case BILINGUAL -> List.of(zh, en);
            });
        }
        String emptyCell = random.nextInt(4) == 0 ? "0.00" : "";
        return new Layout(library, language, face, pageSize, fontSize, gap, pitch, dateForm, timeMode, signStyle,
                emptyCell, balanceMode, descending, random.nextBoolean(), random.nextInt(3) == 0, random.nextInt(5) != 0,
                pick(random, Placement.values()), 1 + random.nextInt(2), random.nextInt(3) == 0, random.nextInt(4) == 0,
                random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), forwardRows, random.nextBoolean(),
                8 + random.nextInt(28), List.copyOf(columns), headings);
    }

    private static <T> void shuffle(SplittableRandom random, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** One line naming every drawn feature, for failure messages and the breakdown. */
    String describe() {
        return library + " " + language + " " + face + " " + pageSize + " size=" + fontSize + " gap="
                + String.format("%.1f", gap) + " dates=" + dateForm.example + " time=" + timeMode + " signs=" + signStyle
                + " balance=" + balanceMode + (descending ? " descending" : " ascending") + (ruled ? " ruled" : "")
                + (wrapped ? " wrapped" : "") + " header=" + placement + "x" + pairsPerLine
                + (periodSplit ? " period-split" : "") + (repeatHeader ? " repeat-header" : "")
                + (forwardRows ? " b/f-c/f" : "") + (totalRow ? " total" : "") + (footer ? " footer" : "")
                + " columns=" + columns;
    }
}
