package casedesk.evidence.random;

import static casedesk.evidence.random.Lexicon.pick;

import casedesk.evidence.random.Drawing.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Lays a statement's truth out on pages as its {@link Layout} says: a title, the header figures,
 * the table with its headings, rows, brought/carried-forward rows, a total and page footers.
 * Vertical space depends on the layout only ({@link #capacity}), so the row count can be drawn
 * before the rows; widths are measured and the table shrinks to fit the page if it must.
 */
final class Drawer {

    private static final float MARGIN = 40;
    private static final float TOP = 50;
    private static final float BOTTOM = 56;

    private final Layout layout;
    private final Truth truth;
    private final SplittableRandom random;
    private final Face face;
    private final List<Page> pages = new ArrayList<>();
    private final Map<ColumnKind, Float> x = new EnumMap<>(ColumnKind.class);
    private final Map<ColumnKind, Float> w = new EnumMap<>(ColumnKind.class);
    private final String[] direction;
    private float size;
    private float gap;
    private float wrapWidth = Float.MAX_VALUE;
    private Page page;
    private float y;

    Drawer(Layout layout, Truth truth, SplittableRandom random) {
        this.layout = layout;
        this.truth = truth;
        this.random = random;
        this.face = layout.face();
        this.direction = layout.headings().containsKey(ColumnKind.DIRECTION)
                ? Lexicon.directionWords(layout.headings().get(ColumnKind.DIRECTION).getFirst())
                : new String[] {"", ""};
    }

    // ---- vertical plan, from the layout alone ----

    private static float titleHeight(Layout layout) {
        return (layout.fontSize() + 5) * 1.6f + (layout.fontSize() + 2) * 2.2f;
    }

    private static int headerLines(Layout layout) {
        int others = 5 + (layout.periodSplit() ? 2 : 0);
        return (others + layout.pairsPerLine() - 1) / layout.pairsPerLine() + (layout.periodSplit() ? 0 : 1);
    }

    private static float headerLineHeight(Layout layout) {
        return layout.fontSize() * switch (layout.placement()) {
            case RIGHT_OF_LABEL, AFTER_COLON -> 1.8f;
            case BELOW_LABEL -> 3.2f;
            case GRID -> 2.2f;
        };
    }

    private static float tableTop(Layout layout, boolean first) {
        float top = layout.pageSize().height - TOP;
        if (first) {
            return top - titleHeight(layout) - headerLines(layout) * headerLineHeight(layout) - layout.fontSize() * 1.5f;
        }
        return layout.pageHeader() ? top - layout.fontSize() * 3 : top;
    }

    /** How many transaction rows fit on a first or later page, leaving room for forward and total rows. */
    static int capacity(Layout layout, boolean first) {
        float top = tableTop(layout, first);
        if (first || layout.repeatHeader()) {
            top -= layout.headings().get(ColumnKind.DATE).size() * layout.pitch();
        }
        int slots = (int) ((top - BOTTOM) / layout.pitch()) - 4;
        return Math.max(1, Math.min(layout.rowsPerPage(), slots / (layout.wrapped() ? 2 : 1)));
    }

    // ---- drawing ----

    Drawing draw() {
        List<Truth.Row> printed = new ArrayList<>(truth.rows());
        if (layout.descending()) {
            printed = printed.reversed();
        }
        measureColumns(printed);
        int first = capacity(layout, true);
        int other = capacity(layout, false);
        int pageCount = printed.size() <= first ? 1 : 1 + (printed.size() - first + other - 1) / other;

        newPage();
        float titleSize = layout.fontSize() + 5;
        page.text(MARGIN, y - titleSize, titleSize, truth.bank());
        y -= titleSize * 1.6f;
        page.text(MARGIN, y - (layout.fontSize() + 2), layout.fontSize() + 2, truth.title());
        y -= (layout.fontSize() + 2) * 2.2f;
        headerBlock();
        y = tableTop(layout, true);
        headings();

        BigDecimal running = truth.opening();
        int index = 0;
        for (int p = 1; p <= pageCount; p++) {
            if (p > 1) {
                newPage();
                if (layout.pageHeader()) {
                    page.text(MARGIN, y - layout.fontSize() - 2, layout.fontSize() + 2, truth.bank());
                }
                y = tableTop(layout, false);
                if (layout.repeatHeader()) {
                    headings();
                }
            }
            if (layout.forwardRows() && (p > 1 || layout.english())) {
                forwardRow(layout.english() ? "B/F BALANCE" : "承前页", running);
            }
            int count = p == 1 ? first : other;
            for (int i = 0; i < count && index < printed.size(); i++, index++) {
                Truth.Row row = printed.get(index);
                transaction(row, index + 1);
                running = row.balanceAfter();
            }
            if (p < pageCount && layout.forwardRows()) {
                forwardRow(layout.english() ? "C/F BALANCE" : "过次页", running);
            }
            if (p == pageCount && layout.totalRow()) {
                totalRow();
            }
        }
        if (layout.footer()) {
            for (int p = 0; p < pages.size(); p++) {
                Page each = pages.get(p);
                String text = layout.english() ? "Page " + (p + 1) + " of " + pages.size()
                        : "第 " + (p + 1) + " 页 共 " + pages.size() + " 页";
                float fs = layout.fontSize() - 0.5f;
                each.text((each.width() - Fonts.width(face, text, fs)) / 2, 30, fs, text);
            }
        }
        return new Drawing(face, List.copyOf(pages));
    }

    private void newPage() {
        page = new Page(layout.pageSize().width, layout.pageSize().height);
        pages.add(page);
        y = layout.pageSize().height - TOP;
    }

    // ---- the header figures ----

    private record Field(HeaderField field, String label, String value) {
    }

    private void headerBlock() {
        List<Field> others = new ArrayList<>();
        others.add(field(HeaderField.HOLDER, truth.holder()));
        others.add(field(HeaderField.ACCOUNT, truth.account()));
        others.add(field(HeaderField.CURRENCY, truth.currencyPrinted()));
        others.add(field(HeaderField.OPENING, headerMoney(truth.opening())));
        others.add(field(HeaderField.CLOSING, headerMoney(truth.closing())));
        Field period = null;
        if (layout.periodSplit()) {
            others.add(field(HeaderField.PERIOD_START, Formats.headerDate(truth.periodStart(), layout.dateForm())));
            others.add(field(HeaderField.PERIOD_END, Formats.headerDate(truth.periodEnd(), layout.dateForm())));
        } else {
            String separator = layout.english() ? pick(random, " to ", " - ") : pick(random, " 至 ", " - ", "~");
            period = field(HeaderField.PERIOD, Formats.headerDate(truth.periodStart(), layout.dateForm()) + separator
                    + Formats.headerDate(truth.periodEnd(), layout.dateForm()));
        }
        for (int i = others.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Field t = others.get(i);
            others.set(i, others.get(j));
            others.set(j, t);
        }
        List<List<Field>> lines = new ArrayList<>();
        int perLine = layout.pairsPerLine();
        for (int i = 0; i < others.size(); i += perLine) {
            lines.add(others.subList(i, Math.min(others.size(), i + perLine)));
        }
        if (period != null) {
            lines.add(random.nextBoolean() ? 0 : lines.size(), List.of(period));
        }
        String colon = layout.language() == Language.ENGLISH ? ": " : pick(random, "：", ":");
        boolean labelColon = random.nextBoolean();
        float lineHeight = headerLineHeight(layout);
        float avail = layout.pageSize().width - 2 * MARGIN;
        float fs = layout.fontSize();
        float em = fs;
        switch (layout.placement()) {
            case AFTER_COLON, BELOW_LABEL -> {
                boolean colonRun = layout.placement() == Placement.AFTER_COLON;
                float[] colWidth = new float[perLine];
                for (List<Field> line : lines) {
                    for (int c = 0; c < line.size(); c++) {
                        Field f = line.get(c);
                        float width = colonRun ? Fonts.width(face, f.label() + colon + f.value(), 1)
                                : Math.max(Fonts.width(face, label(f, labelColon, colon), 1), Fonts.width(face, f.value(), 1));
                        if (line.size() > 1 || perLine == 1) {
                            colWidth[c] = Math.max(colWidth[c], width);
                        }
                    }
                }
                float needed = (sum(colWidth) + 3 * (perLine - 1)) * fs;
                float s = needed > avail ? fs * avail / needed : fs;
                for (List<Field> line : lines) {
                    float cx = MARGIN;
                    for (int c = 0; c < line.size(); c++) {
                        Field f = line.get(c);
                        if (colonRun) {
                            page.text(cx, y - lineHeight * 0.5f - s * 0.35f, s, f.label() + colon + f.value());
                        } else {
                            page.text(cx, y - s * 1.1f, s, label(f, labelColon, colon));
                            page.text(cx, y - s * 2.5f, s, f.value());
                        }
                        cx += (colWidth[c] + 3) * s;
                    }
                    y -= lineHeight;
                }
            }
            case RIGHT_OF_LABEL -> {
                float labelGap = 1 + (float) random.nextDouble() * 3;
                float[] labelWidth = new float[perLine];
                float[] valueWidth = new float[perLine];
                for (List<Field> line : lines) {
                    if (line.size() == 1 && perLine > 1) {
                        continue;
                    }
                    for (int c = 0; c < line.size(); c++) {
                        labelWidth[c] = Math.max(labelWidth[c],
                                Fonts.width(face, label(line.get(c), labelColon, colon), 1));
                        valueWidth[c] = Math.max(valueWidth[c], Fonts.width(face, line.get(c).value(), 1));
                    }
                }
                float needed = (sum(labelWidth) + sum(valueWidth) + perLine * labelGap + 3 * (perLine - 1)) * fs;
                float s = needed > avail ? fs * avail / needed : fs;
                for (List<Field> line : lines) {
                    float cx = MARGIN;
                    for (int c = 0; c < line.size(); c++) {
                        Field f = line.get(c);
                        float baseline = y - lineHeight * 0.5f - s * 0.35f;
                        float labelW = line.size() == 1 && perLine > 1
                                ? Fonts.width(face, label(f, labelColon, colon), 1) : labelWidth[c];
                        page.text(cx, baseline, s, label(f, labelColon, colon));
                        page.text(cx + (labelW + labelGap) * s, baseline, s, f.value());
                        cx += (labelWidth[c] + labelGap + valueWidth[c] + 3) * s;
                    }
                    y -= lineHeight;
                }
            }
            case GRID -> {
                float labelWidth = 0;
                float valueWidth = 0;
                for (List<Field> line : lines) {
                    for (Field f : line) {
                        labelWidth = Math.max(labelWidth, Fonts.width(face, f.label(), 1) + 1);
                        if (f.field() != HeaderField.PERIOD) {
                            valueWidth = Math.max(valueWidth, Fonts.width(face, f.value(), 1) + 1);
                        }
                    }
                }
                float rowWidth = perLine * (labelWidth + valueWidth);
                for (List<Field> line : lines) {
                    if (line.getFirst().field() == HeaderField.PERIOD) {
                        rowWidth = Math.max(rowWidth, labelWidth + Fonts.width(face, line.getFirst().value(), 1) + 1);
                    }
                }
                float s = rowWidth * fs > avail ? avail / rowWidth : fs;
                for (List<Field> line : lines) {
                    float cx = MARGIN;
                    float baseline = y - lineHeight * 0.5f - s * 0.35f;
                    for (int c = 0; c < line.size(); c++) {
                        Field f = line.get(c);
                        float valueCell = line.size() == 1 && perLine > 1 || f.field() == HeaderField.PERIOD
                                ? rowWidth - labelWidth : valueWidth;
                        page.box(cx, y - lineHeight, labelWidth * s, lineHeight);
                        page.text(cx + 0.5f * s, baseline, s, f.label());
                        cx += labelWidth * s;
                        page.box(cx, y - lineHeight, valueCell * s, lineHeight);
                        page.text(cx + 0.5f * s, baseline, s, f.value());
                        cx += valueCell * s;
                    }
                    y -= lineHeight;
                }
            }
        }
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }

    private static String label(Field f, boolean withColon, String colon) {
        return withColon ? f.label() + colon.strip() : f.label();
    }

    private Field field(HeaderField field, String value) {
        String zh = pick(random, Lexicon.ZH_LABELS.get(field));
        String en = pick(random, Lexicon.EN_LABELS.get(field));
        String label = switch (layout.language()) {
            case CHINESE -> zh;
            case ENGLISH -> en;
            case BILINGUAL -> zh + pick(random, " ", "/") + en;
        };
        return new Field(field, label, value);
    }

    private String headerMoney(BigDecimal amount) {
        String sign = amount.signum() < 0 ? "-" : "";
        return (layout.amountsWithCurrency() ? truth.currency() + " " : "") + sign
                + Formats.money(amount, layout.thousands());
    }

    // ---- the table ----

    private boolean right(ColumnKind column) {
        return column == ColumnKind.AMOUNT || column == ColumnKind.CREDIT || column == ColumnKind.DEBIT
                || column == ColumnKind.BALANCE;
    }

    /** The texts of a transaction row, per column; a description may hold several lines. */
    private Map<ColumnKind, List<String>> cells(Truth.Row row, int serial) {
        Map<ColumnKind, List<String>> cells = new EnumMap<>(ColumnKind.class);
        boolean credit = row.amount().signum() > 0;
        String plain = Formats.money(row.amount(), layout.thousands());
        for (ColumnKind column : layout.columns()) {
            String text = switch (column) {
                case SERIAL -> Integer.toString(serial);
                case DATE -> Formats.date(row.date(), layout.dateForm())
                        + (layout.timeMode() == TimeMode.SAME_CELL ? " " + Formats.time(row.time()) : "");
                case TIME -> Formats.time(row.time());
                case DESCRIPTION -> row.description();
                case COUNTERPARTY -> row.counterparty();
                case AMOUNT -> Formats.amount(row.amount(), layout.signStyle(), layout.thousands());
                case CREDIT -> credit ? plain : layout.emptyCell();
                case DEBIT -> credit ? layout.emptyCell() : plain;
                case DIRECTION -> credit ? direction[0] : direction[1];
                case BALANCE -> row.balancePrinted() ? Formats.money(row.balanceAfter(), layout.thousands()) : "";
                case CURRENCY -> truth.currencyPrinted();
            };
            cells.put(column, column == ColumnKind.DESCRIPTION ? wrap(text) : List.of(text));
        }
        return cells;
    }

    private List<String> wrap(String text) {
        if (Fonts.width(face, text, size) <= wrapWidth) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        boolean words = text.contains(" ");
        StringBuilder line = new StringBuilder();
        for (String piece : words ? text.split(" ") : text.split("")) {
            String candidate = line.isEmpty() ? piece : line + (words ? " " : "") + piece;
            if (!line.isEmpty() && Fonts.width(face, candidate, size) > wrapWidth) {
                lines.add(line.toString());
                line = new StringBuilder(piece);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void measureColumns(List<Truth.Row> printed) {
        size = layout.fontSize();
        gap = layout.gap();
        if (layout.wrapped()) {
            float longest = 0;
            for (Truth.Row row : printed) {
                longest = Math.max(longest, Fonts.width(face, row.description(), size));
            }
            float shortest = 0;
            for (String d : layout.english() ? Lexicon.EN_DESCRIPTIONS : Lexicon.ZH_DESCRIPTIONS) {
                shortest = Math.max(shortest, Fonts.width(face, d, size));
            }
            wrapWidth = Math.max(shortest, longest * 0.6f);
        }
        Map<ColumnKind, Float> widths = new EnumMap<>(ColumnKind.class);
        for (ColumnKind column : layout.columns()) {
            float width = 0;
            for (String heading : layout.headings().get(column)) {
                width = Math.max(width, Fonts.width(face, heading, size));
            }
            widths.put(column, width);
        }
        List<Map<ColumnKind, List<String>>> all = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            all.add(cells(printed.get(i), i + 1));
        }
        all.add(forwardCells(layout.english() ? "C/F BALANCE" : "过次页", truth.closing().max(truth.opening())));
        for (Map<ColumnKind, List<String>> row : all) {
            for (var cell : row.entrySet()) {
                for (String line : cell.getValue()) {
                    widths.merge(cell.getKey(), Fonts.width(face, line, size), Math::max);
                }
            }
        }
        for (ColumnKind column : List.of(ColumnKind.CREDIT, ColumnKind.DEBIT)) {
            if (widths.containsKey(column)) {
                BigDecimal total = column == ColumnKind.CREDIT ? truth.totalCredits() : truth.totalDebits();
                widths.merge(column, Fonts.width(face, Formats.money(total, layout.thousands()), size), Math::max);
            }
        }
        float total = gap * (layout.columns().size() - 1);
        for (float width : widths.values()) {
            total += width;
        }
        float avail = layout.pageSize().width - 2 * MARGIN;
        float scale = total > avail ? avail / total : 1;
        size *= scale;
        gap *= scale;
        wrapWidth *= scale;
        float cx = MARGIN;
        for (ColumnKind column : layout.columns()) {
            float width = widths.get(column) * scale;
            x.put(column, cx);
            w.put(column, width);
            cx += width + gap;
        }
    }

    private void headings() {
        List<String> first = layout.headings().get(ColumnKind.DATE);
        int lines = first.size();
        Map<ColumnKind, List<String>> cells = new EnumMap<>(ColumnKind.class);
        for (ColumnKind column : layout.columns()) {
            cells.put(column, layout.headings().get(column));
        }
        slot(cells, lines, true);
    }

    private void transaction(Truth.Row row, int serial) {
        Map<ColumnKind, List<String>> cells = cells(row, serial);
        slot(cells, cells.getOrDefault(ColumnKind.DESCRIPTION, List.of("")).size(), false);
    }

    private Map<ColumnKind, List<String>> forwardCells(String label, BigDecimal balance) {
        Map<ColumnKind, List<String>> cells = new EnumMap<>(ColumnKind.class);
        ColumnKind labelColumn = layout.columns().contains(ColumnKind.DESCRIPTION) ? ColumnKind.DESCRIPTION
                : ColumnKind.DATE;
        cells.put(labelColumn, List.of(label));
        if (layout.columns().contains(ColumnKind.BALANCE)) {
            cells.put(ColumnKind.BALANCE, List.of(Formats.money(balance, layout.thousands())));
        }
        return cells;
    }

    private void forwardRow(String label, BigDecimal balance) {
        slot(forwardCells(label, balance), 1, false);
    }

    private void totalRow() {
        String label = layout.english() ? "Total" : "合计";
        if (layout.signStyle() == SignStyle.DEBIT_CREDIT_COLUMNS) {
            Map<ColumnKind, List<String>> cells = new EnumMap<>(ColumnKind.class);
            cells.put(ColumnKind.DATE, List.of(label));
            cells.put(ColumnKind.CREDIT, List.of(Formats.money(truth.totalCredits(), layout.thousands())));
            cells.put(ColumnKind.DEBIT, List.of(Formats.money(truth.totalDebits(), layout.thousands())));
            slot(cells, 1, false);
        } else {
            String text = layout.english()
                    ? "Total credits " + Formats.money(truth.totalCredits(), layout.thousands()) + "   Total debits "
                            + Formats.money(truth.totalDebits(), layout.thousands())
                    : "合计：收入 " + Formats.money(truth.totalCredits(), layout.thousands()) + "   支出 "
                            + Formats.money(truth.totalDebits(), layout.thousands());
            y -= layout.pitch() * 0.5f;
            page.text(MARGIN, y - layout.pitch() * 0.5f - size * 0.35f, size, text);
            y -= layout.pitch();
        }
    }

    /** One slot of the table, {@code lines} pitches high, its cells' lines top to bottom; ruled if the layout is. */
    private void slot(Map<ColumnKind, List<String>> cells, int lines, boolean heading) {
        float pitch = layout.pitch();
        for (var cell : cells.entrySet()) {
            ColumnKind column = cell.getKey();
            for (int i = 0; i < cell.getValue().size(); i++) {
                String text = cell.getValue().get(i);
                float baseline = y - pitch * (i + 0.5f) - size * 0.35f;
                float tx = right(column) ? x.get(column) + w.get(column) - Fonts.width(face, text, size) : x.get(column);
                page.text(tx, baseline, size, text);
            }
        }
        if (layout.ruled()) {
            ColumnKind last = layout.columns().getLast();
            float left = MARGIN - gap / 2;
            float rightEdge = x.get(last) + w.get(last) + gap / 2;
            float bottom = y - lines * pitch;
            if (heading) {
                page.line(left, y, rightEdge, y);
            }
            page.line(left, bottom, rightEdge, bottom);
            for (ColumnKind column : layout.columns()) {
                float bx = x.get(column) - gap / 2;
                page.line(bx, y, bx, bottom);
            }
            page.line(rightEdge, y, rightEdge, bottom);
        }
        y -= lines * pitch;
    }
}
