package casedesk.evidence.signals;

import casedesk.evidence.statement.StatementRow;
import casedesk.evidence.text.Glyph;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A figure set in another font or size than it should be. Only the digits of one value in two fonts
 * among neighbours set in one is high; a cell unlike its column is medium; a figure in a font used
 * nowhere else is low, since issuers set a score or a total in a display font of its own. A figure retyped by hand, or pasted over,
 * rarely matches the report engine's font: the digits of one figure in two fonts or sizes, a
 * statement cell in another font or size than the rest of its column, or a figure in a font the
 * document uses nowhere else. Looks at the glyphs the text layer already holds.
 */
final class FontMismatch implements Detector {

    static final String CODE = "font-mismatch";

    /** Digits of one figure are set at one size; more than this apart is two sizes. */
    private static final double SIZE_WITHIN_FIGURE = 0.05;
    /** Cells of a column: engines that shrink a long amount to fit its cell stay within this. */
    private static final double SIZE_WITHIN_COLUMN = 0.10;
    /**
     * Sizes closer than this are one size, whatever the share: PDFBox gives a glyph's size in whole
     * points, cut down (TextPosition.getFontSizeInPt), so 7.99 pt reads as 7 and 8 pt as 8.
     */
    private static final double SIZE_GRAIN = 1.0;
    /** A column's usual font is judged among at least so many cells. */
    private static final int FEWEST_CELLS = 4;
    /** Glyphs this close outside a figure's box still belong to it (boxes come from font metrics). */
    private static final double SLACK = 0.5;

    @Override
    public Check check() {
        return new Check(CODE, "Digits of one figure set in two fonts or sizes, a statement amount or balance set "
                + "unlike the rest of its column, or a figure in a font used nowhere else in the document.");
    }

    /**
     * A figure or a table cell to look at; {@code column} names the table column a cell belongs to.
     *
     * @param row the cell's row (from 1), or 0 for a figure
     */
    private record Target(Phrase label, int row, LocalDate date, int page, Box box, Optional<String> column) {
    }

    /**
     * The glyphs inside one target, and how its digits are set: in which fonts (in order of use), in
     * which family mostly, at what sizes (the median, the smallest and the largest).
     */
    private record Inside(Target target, List<Glyph> all, List<String> fonts, String family, double size, double smallest,
            double largest) {

        /** "the balance '96,400.00' on row 76 (2026-10-20, page 3)", with the text as printed. */
        Phrase named() {
            List<Glyph> printed = new ArrayList<>(all);
            printed.sort(Comparator.comparingDouble(g -> g.box().x()));
            StringBuilder text = new StringBuilder();
            printed.forEach(g -> text.append(g.text()));
            Phrase quoted = Wording.quote(text.toString());
            return target.row() > 0
                    ? Phrase.of("signal.font-mismatch.on-row", target.label(), quoted, target.row(), target.date(),
                            target.page())
                    : Phrase.of("signal.font-mismatch.on-page", target.label(), quoted, target.page());
        }
    }

    /** How the cells of one column are mostly set: the usual font family and how many cells use it, the median size. */
    private record ColumnSetting(int cells, String usualFamily, int withUsualFamily, double usualSize,
            int singleFontCells) {

        /** Every cell but (at most) one set in one font, in the usual family. */
        boolean uniform() {
            return singleFontCells >= cells - 1 && withUsualFamily >= cells - 1;
        }
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) {
        List<PageText> pages = input.reading().pages();
        if (digitsAllAlike(pages)) {
            return List.of();
        }
        Map<String, String> families = new HashMap<>();
        List<Inside> targets = new ArrayList<>();
        double[] tallest = new double[pages.size()];
        for (Target target : targets(input)) {
            if (target.page() >= 1 && target.page() <= pages.size()) {
                PageText page = pages.get(target.page() - 1);
                if (tallest[target.page() - 1] == 0) {
                    tallest[target.page() - 1] = tallest(page.lines());
                }
                inside(page, target, families, tallest[target.page() - 1]).ifPresent(targets::add);
            }
        }
        Map<String, ColumnSetting> columns = columns(targets);
        List<TamperSignal> signals = new ArrayList<>();
        for (Inside inside : targets) {
            Optional<Phrase> detail = mixed(inside);
            Severity severity = detail.isPresent() ? mixedSeverity(inside, columns) : Severity.HIGH;
            if (detail.isEmpty()) {
                detail = unlikeColumnFont(inside, columns);
            }
            if (detail.isEmpty()) {
                detail = unlikeColumnSize(inside, columns);
                severity = Severity.MEDIUM;
            }
            if (detail.isEmpty()) {
                detail = foundNowhereElse(inside, pages, families);
                severity = Severity.LOW;
            }
            Severity found = severity;
            // Each sentence starts with the figure's name ("the balance ..."), in English as in French.
            detail.ifPresent(phrase -> signals.add(TamperSignal.onPage(CODE, found, phrase.capitalised(),
                    inside.target().page(), inside.target().box())));
        }
        return signals;
    }

    /**
     * Two fonts inside one value are high only where the value's neighbours in its column are all
     * set in one font: then the odd one is the value, not the document's habit nor the reader's
     * cell border. A figure outside a table has no neighbours to compare with: medium.
     */
    private static Severity mixedSeverity(Inside inside, Map<String, ColumnSetting> columns) {
        if (inside.target().column().isEmpty()) {
            return Severity.MEDIUM;
        }
        ColumnSetting setting = columns.get(inside.target().column().get());
        int others = setting.cells() - 1;
        boolean uniform = others >= FEWEST_CELLS - 1 && setting.uniform();
        return uniform ? Severity.HIGH : Severity.LOW;
    }

    /**
     * Whether every digit of the document is set in one font at one size: then no figure can be set
     * unlike another, and nothing is there to look for.
     */
    private static boolean digitsAllAlike(List<PageText> pages) {
        String font = null;
        float smallest = Float.MAX_VALUE;
        float largest = 0;
        for (PageText page : pages) {
            for (Line line : page.lines()) {
                for (Word word : line.words()) {
                    for (Glyph glyph : word.glyphs()) {
                        if (!Character.isDigit(glyph.text().codePointAt(0))) {
                            continue;
                        }
                        if (font == null) {
                            font = glyph.font();
                        } else if (!font.equals(glyph.font())) {
                            return false;
                        }
                        smallest = Math.min(smallest, glyph.size());
                        largest = Math.max(largest, glyph.size());
                    }
                }
            }
        }
        return largest - smallest <= SIZE_GRAIN;
    }

    /** How many glyphs of the document each font family sets. */
    private static Map<String, Integer> familyUse(List<PageText> pages, Map<String, String> families) {
        Map<String, Integer> use = new HashMap<>();
        for (PageText page : pages) {
            for (Line line : page.lines()) {
                for (Word word : line.words()) {
                    for (Glyph glyph : word.glyphs()) {
                        use.merge(families.computeIfAbsent(glyph.font(), Wording::fontFamily), 1, Integer::sum);
                    }
                }
            }
        }
        return use;
    }

    /** Every amount and balance cell of the statement, then the printed amount and number figures not already among them. */
    private static List<Target> targets(SignalInput input) {
        List<Target> targets = new ArrayList<>();
        List<StatementRow> rows = input.reading().rows();
        for (int i = 0; i < rows.size(); i++) {
            StatementRow row = rows.get(i);
            var transaction = row.transaction();
            targets.add(new Target(Phrase.of("signal.font-mismatch.amount"), i + 1, transaction.date(), transaction.page(),
                    row.amountBox(), Optional.of("amounts")));
            if (row.balanceBox().isPresent()) {
                targets.add(new Target(Phrase.of("signal.font-mismatch.balance"), i + 1, transaction.date(),
                        transaction.page(), row.balanceBox().get(), Optional.of("balances")));
            }
        }
        for (Figure figure : input.reading().figures()) {
            boolean digits = figure.value() instanceof FigureValue.Amount || figure.value() instanceof FigureValue.Number;
            boolean cell = targets.stream().anyMatch(t -> t.page() == figure.page() && sameBox(t.box(), figure.box()));
            if (digits && !cell) {
                targets.add(new Target(figureName(figure.name()), 0, null, figure.page(), figure.box(), Optional.empty()));
            }
        }
        return targets;
    }

    /** "the closing balance": a figure's name with its article, in words of its own where the phrase book has them. */
    private static Phrase figureName(String name) {
        String key = "signal.font-mismatch.figure." + name;
        return Phrase.Book.has(Locale.ENGLISH, key) ? Phrase.of(key) : Phrase.text("the " + name.replace('_', ' '));
    }

    /** The glyphs whose centre lies in the target's box; empty when it holds no digit. */
    private static Optional<Inside> inside(PageText page, Target target, Map<String, String> families, double tallest) {
        Box box = target.box();
        Box around = new Box(box.x() - SLACK, box.y() - SLACK, box.width() + 2 * SLACK, box.height() + 2 * SLACK);
        List<Glyph> digits = new ArrayList<>();
        List<Glyph> all = new ArrayList<>();
        List<Line> lines = page.lines();
        for (int i = firstLineReaching(lines, around.y(), tallest); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.top() > around.y() + around.height()) {
                break;
            }
            if (!Wording.intersects(line.box(), around)) {
                continue;
            }
            for (Word word : line.words()) {
                if (!Wording.intersects(word.box(), around)) {
                    continue;
                }
                for (Glyph glyph : word.glyphs()) {
                    if (around.contains(glyph.centerX(), glyph.centerY())) {
                        all.add(glyph);
                        if (Character.isDigit(glyph.text().codePointAt(0))) {
                            digits.add(glyph);
                        }
                    }
                }
            }
        }
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        String first = digits.getFirst().font();
        List<String> fonts = digits.stream().allMatch(g -> g.font().equals(first)) ? List.of(Wording.fontName(first))
                : digits.stream().map(g -> Wording.fontName(g.font())).distinct().toList();
        Map<String, Integer> counts = new HashMap<>();
        digits.forEach(g -> counts.merge(families.computeIfAbsent(g.font(), Wording::fontFamily), 1, Integer::sum));
        double[] sizes = digits.stream().mapToDouble(Glyph::size).sorted().toArray();
        return Optional.of(new Inside(target, all, fonts, mostFrequent(counts), sizes[sizes.length / 2], sizes[0],
                sizes[sizes.length - 1]));
    }

    /** Each column's usual setting, from all its cells: one odd cell among many moves neither the usual font nor the median. */
    private static Map<String, ColumnSetting> columns(List<Inside> targets) {
        Map<String, List<Inside>> byColumn = new HashMap<>();
        for (Inside inside : targets) {
            inside.target().column().ifPresent(c -> byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(inside));
        }
        Map<String, ColumnSetting> settings = new HashMap<>();
        byColumn.forEach((column, cells) -> {
            Map<String, Integer> fonts = new HashMap<>();
            cells.forEach(cell -> fonts.merge(cell.family(), 1, Integer::sum));
            String usual = mostFrequent(fonts);
            double[] sizes = cells.stream().mapToDouble(Inside::size).sorted().toArray();
            int singleFont = (int) cells.stream().filter(cell -> cell.fonts().size() == 1).count();
            settings.put(column, new ColumnSetting(cells.size(), usual, fonts.get(usual), sizes[sizes.length / 2],
                    singleFont));
        });
        return settings;
    }

    /** A page's tallest line: how far above a figure a line that reaches it may start. */
    private static double tallest(List<Line> lines) {
        double tallest = 0;
        for (Line line : lines) {
            tallest = Math.max(tallest, line.box().height());
        }
        return tallest + 1;
    }

    /**
     * The first line that may reach down to {@code y}: lines come in the order of their baselines, so
     * a binary search on the baseline finds it, less a margin for lines of large type.
     */
    private static int firstLineReaching(List<Line> lines, double y, double tallest) {
        int low = 0;
        int high = lines.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            Line line = lines.get(middle);
            // A line whose baseline lies more than the page's tallest line above y cannot reach down to y.
            if (line.baseline() < y - tallest) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static Optional<Phrase> mixed(Inside inside) {
        if (inside.fonts().size() > 1) {
            Phrase fonts = Phrase.join(", ", inside.fonts().stream().sorted().map(Wording::font).toList());
            return Optional.of(Phrase.of("signal.font-mismatch.fonts", inside.named(), inside.fonts().size(), fonts));
        }
        if (differ(inside.largest(), inside.smallest(), SIZE_WITHIN_FIGURE)) {
            return Optional.of(Phrase.of("signal.font-mismatch.sizes", inside.named(), Wording.points(inside.smallest()),
                    Wording.points(inside.largest())));
        }
        return Optional.empty();
    }

    /**
     * A cell set in another font family, or another size, than the other cells of its column mostly
     * are. Bold against regular is no mismatch: some issuers set credits or totals in bold.
     */
    private static Optional<Phrase> unlikeColumnFont(Inside inside, Map<String, ColumnSetting> columns) {
        Optional<ColumnSetting> found = comparable(inside, columns);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String column = inside.target().column().get();
        ColumnSetting setting = found.get();
        int others = setting.cells() - 1;
        if (!inside.family().equals(setting.usualFamily()) && setting.withUsualFamily() >= others) {
            return Optional.of(Phrase.of("signal.font-mismatch.column-font", inside.named(), Wording.font(inside.family()),
                    others(setting.withUsualFamily(), column), Wording.font(setting.usualFamily())));
        }
        return Optional.empty();
    }

    /** The setting of the cell's column, when it is a column cell with enough others to compare it with. */
    private static Optional<ColumnSetting> comparable(Inside inside, Map<String, ColumnSetting> columns) {
        return inside.target().column().map(columns::get).filter(setting -> setting.cells() - 1 >= FEWEST_CELLS - 1);
    }

    /** A cell set in another size than its column mostly is: medium, since engines shrink a long amount to fit. */
    private static Optional<Phrase> unlikeColumnSize(Inside inside, Map<String, ColumnSetting> columns) {
        Optional<ColumnSetting> found = comparable(inside, columns);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String column = inside.target().column().get();
        ColumnSetting setting = found.get();
        int others = setting.cells() - 1;
        if (differ(inside.size(), setting.usualSize(), SIZE_WITHIN_COLUMN)) {
            return Optional.of(Phrase.of("signal.font-mismatch.column-size", inside.named(), Wording.points(inside.size()),
                    others(others, column), Wording.points(setting.usualSize())));
        }
        return Optional.empty();
    }

    /**
     * A figure whose font family the document uses nowhere else. By family, since an issuer may set
     * the closing balance, and nothing else, in bold.
     */
    private static Optional<Phrase> foundNowhereElse(Inside inside, List<PageText> pages, Map<String, String> families) {
        String family = inside.family();
        if (usedElsewhere(family, inside, pages, families)) {
            return Optional.empty();
        }
        Map<String, Integer> use = familyUse(pages, families);
        use.remove(family);
        if (use.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Phrase.of("signal.font-mismatch.nowhere-else", inside.named(), Wording.font(family),
                Wording.font(mostFrequent(use))));
    }

    /** Whether a glyph outside the target is set in this family; in a genuine document the first few glyphs tell. */
    private static boolean usedElsewhere(String family, Inside inside, List<PageText> pages, Map<String, String> families) {
        for (PageText page : pages) {
            for (Line line : page.lines()) {
                for (Word word : line.words()) {
                    for (Glyph glyph : word.glyphs()) {
                        if (families.computeIfAbsent(glyph.font(), Wording::fontFamily).equals(family)
                                && !(page.number() == inside.target().page() && inside.all().contains(glyph))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean differ(double a, double b, double share) {
        return Math.abs(a - b) > Math.max(SIZE_GRAIN, share * Math.max(a, b));
    }

    /** The most frequent key; ties go to the first in alphabetical order, so the result does not depend on order. */
    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** "the other 12 amounts" of a column, less "the". */
    private static Phrase others(long n, String column) {
        return Phrase.of("signal.font-mismatch.other-" + column, n);
    }

    private static boolean sameBox(Box a, Box b) {
        return Math.abs(a.x() - b.x()) < 1 && Math.abs(a.y() - b.y()) < 1 && Math.abs(a.width() - b.width()) < 1
                && Math.abs(a.height() - b.height()) < 1;
    }
}
