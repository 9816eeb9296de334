package casedesk.evidence.statement;

import casedesk.evidence.figures.Labels;
import casedesk.evidence.parse.Currencies;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a transaction table on a page: which columns there are and where they stand. It is
 * a line with labels for a date, a money column and at least one more; a second line of labels
 * right under it (the English under the Chinese) belongs to it. Columns then run from midway to the
 * neighbour on the left to midway to the neighbour on the right, so that right-aligned amounts wider
 * than their label still fall in their column.
 */
record TableHeader(int page, List<Cell> cells, double top, double bottom, Optional<String> sectionCurrency,
        double[] borders) {

    /** One column: what it holds and the extent of its label(s) across the page. */
    record Cell(Column column, double left, double right, Box box) {
        double center() {
            return (left + right) / 2;
        }
    }

    private static final Map<Column, List<List<String>>> TOKENS = new EnumMap<>(Column.class);

    static {
        for (Column column : Column.values()) {
            TOKENS.put(column, column.labels().stream()
                    .map(label -> Arrays.stream(Labels.normalise(label).split("\\s+")).toList())
                    .sorted((a, b) -> b.size() - a.size())
                    .toList());
        }
    }

    /**
     * Every table header on a page, top to bottom, each with the currency a section heading just
     * above it names ("USD Statement Savings … Currency: USD"), if any.
     */
    static List<TableHeader> findAll(PageText page) {
        List<TableHeader> found = new ArrayList<>();
        List<Line> lines = page.lines();
        int from = 0;
        while (from < lines.size()) {
            Optional<TableHeader> header = find(page, from);
            if (header.isEmpty()) {
                break;
            }
            found.add(header.get());
            double bottom = header.get().bottom();
            while (from < lines.size() && lines.get(from).top() <= bottom) {
                from++;
            }
        }
        return found;
    }

    private static Optional<TableHeader> find(PageText page, int from) {
        List<Line> lines = page.lines();
        for (int i = from; i < lines.size(); i++) {
            if (mostlyFigures(lines.get(i))) {
                continue;
            }
            List<Cell> cells = datedByTime(cells(lines.get(i)));
            if (!isHeader(cells)) {
                continue;
            }
            double bottom = lines.get(i).bottom();
            if (i + 1 < lines.size()) {
                Line next = lines.get(i + 1);
                List<Cell> second = cells(next);
                if (next.top() - lines.get(i).bottom() < 1.5 * next.words().getFirst().size() && second.size() >= 2) {
                    cells = datedByTime(merge(cells, second));
                    bottom = next.bottom();
                }
            }
            return Optional.of(new TableHeader(page.number(), cells, lines.get(i).top(), bottom,
                    sectionCurrency(lines, i), borders(page, cells, lines.get(i).top(), bottom)));
        }
        return Optional.empty();
    }

    /**
     * A header told from the rows' structure where the page prints no header words
     * ({@link InferredHeader}): its cells stand where the rows' dates and figures stand, and rows are
     * read from {@code top}.
     */
    static TableHeader inferred(PageText page, List<Cell> cells, double top) {
        return new TableHeader(page.number(), cells, top, top, Optional.empty(), borders(page, cells, top, top));
    }

    /** A currency named on the two lines just above the header: the heading of a currency section. */
    private static Optional<String> sectionCurrency(List<Line> lines, int header) {
        for (int k = header - 1; k >= Math.max(0, header - 2); k--) {
            Line line = lines.get(k);
            if (lines.get(header).top() - line.bottom() > 4 * lines.get(header).words().getFirst().size()) {
                break;
            }
            for (int w = line.words().size() - 1; w >= 0; w--) {
                Optional<String> code = Currencies.named(line.words().get(w).text());
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        return Optional.empty();
    }

    Optional<Cell> cell(Column column) {
        return cells.stream().filter(c -> c.column() == column).findFirst();
    }

    boolean has(Column column) {
        return cell(column).isPresent();
    }

    /** The column a word falls in: the cell whose span, stretched to the neighbours' midpoints, holds its centre. */
    Optional<Column> columnOf(Word word) {
        int at = cellAt(word.centerX());
        return at < 0 ? Optional.empty() : Optional.of(cells.get(at).column());
    }

    /**
     * The index of the cell whose span holds {@code x}: between the borders to its neighbours, which
     * are the upright rules of a ruled table or else the midpoints between the labels; -1 if none.
     */
    int cellAt(double x) {
        for (int i = 0; i < cells.size(); i++) {
            double left = i == 0 ? Double.NEGATIVE_INFINITY : borders[i - 1];
            double right = i == cells.size() - 1 ? Double.POSITIVE_INFINITY : borders[i];
            if (x >= left && x < right) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where each column ends and the next begins. A lattice rules its columns: an upright rule between
     * two labels, through the header, is the border, since a cell's text may stand anywhere in its
     * cell (a left-aligned description starts right at the border, nearer the balance's label than its
     * own). Without a rule, the border is midway between the labels, so that right-aligned amounts
     * wider than their label still fall in their column.
     */
    private static double[] borders(PageText page, List<Cell> cells, double top, double bottom) {
        double[] borders = new double[Math.max(0, cells.size() - 1)];
        for (int i = 0; i + 1 < cells.size(); i++) {
            double from = cells.get(i).right();
            double to = cells.get(i + 1).left();
            borders[i] = (from + to) / 2;
            for (Box rule : page.rules()) {
                boolean through = !PageText.isLevel(rule) && rule.y() <= bottom && rule.y() + rule.height() >= top;
                if (through && rule.x() >= from - 0.5 && rule.x() <= to + 0.5) {
                    borders[i] = rule.x();
                    break;
                }
            }
        }
        return borders;
    }

    double left() {
        return cells.getFirst().left();
    }

    double right() {
        return cells.getLast().right();
    }

    /**
     * A bill whose only date column is headed "交易时间" (Alipay's) prints date and time in it: with no
     * other date column, the time column is the date column.
     */
    private static List<Cell> datedByTime(List<Cell> cells) {
        boolean hasDate = cells.stream().anyMatch(c -> c.column() == Column.DATE);
        if (hasDate) {
            return cells;
        }
        return cells.stream()
                .map(c -> c.column() == Column.TIME ? new Cell(Column.DATE, c.left(), c.right(), c.box()) : c)
                .toList();
    }

    private static boolean isHeader(List<Cell> cells) {
        Set<Column> found = EnumSet.noneOf(Column.class);
        cells.forEach(c -> found.add(c.column()));
        boolean money = found.contains(Column.AMOUNT) || found.contains(Column.CREDIT) || found.contains(Column.DEBIT);
        return found.contains(Column.DATE) && money && found.size() >= 3;
    }

    /** Every synonym by its first token, so that a word is compared only with labels that start like it. */
    private static final Map<String, List<Synonym>> BY_FIRST_TOKEN = new java.util.HashMap<>();

    private record Synonym(Column column, List<String> tokens) {
    }

    static {
        for (Column column : Column.values()) {
            for (List<String> tokens : TOKENS.get(column)) {
                BY_FIRST_TOKEN.computeIfAbsent(tokens.getFirst(), t -> new ArrayList<>()).add(new Synonym(column, tokens));
            }
        }
    }

    /**
     * A unit in brackets after a label: "金额(元)", "amount(cny)", "余额(元)" (NFKC turns full-width
     * brackets into these). The label is the words before it; the unit says nothing of the column.
     */
    private static final Pattern UNIT = Pattern.compile("(.*?)\\s*\\(([\\p{L}¥$€£]{1,6})\\)");

    /** A line most of whose words hold digits is a row, never a header: no need to look for labels in it. */
    private static boolean mostlyFigures(Line line) {
        int figures = 0;
        for (Word word : line.words()) {
            String text = word.text();
            for (int k = 0; k < text.length(); k++) {
                if (Character.isDigit(text.charAt(k))) {
                    figures++;
                    break;
                }
            }
        }
        return figures * 2 > line.words().size();
    }

    private static String withoutUnit(String key) {
        if (key.isEmpty() || key.charAt(key.length() - 1) != ')') {
            return key;
        }
        Matcher unit = UNIT.matcher(key);
        return unit.matches() && !unit.group(1).isEmpty() ? unit.group(1) : key;
    }

    private static boolean isUnit(String key) {
        if (key.isEmpty() || key.charAt(key.length() - 1) != ')') {
            return false;
        }
        Matcher unit = UNIT.matcher(key);
        return unit.matches() && unit.group(1).isEmpty();
    }

    /**
     * The column labels on a line, left to right; words that are no label are skipped. A label may
     * carry its unit in brackets, in the same word or as the next ("Amount (HKD)"): the unit belongs
     * to the label's cell.
     */
    private static List<Cell> cells(Line line) {
        List<Word> words = line.words();
        String[] keys = new String[words.size()];
        String[] bare = new String[words.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = Labels.normalise(words.get(k).text());
            bare[k] = withoutUnit(keys[k]);
        }
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            Column column = null;
            List<Synonym> candidates = new ArrayList<>(BY_FIRST_TOKEN.getOrDefault(keys[i], List.of()));
            if (!bare[i].equals(keys[i])) {
                candidates.addAll(BY_FIRST_TOKEN.getOrDefault(bare[i], List.of()));
            }
            for (Synonym synonym : candidates) {
                if (synonym.tokens().size() > matched && matches(keys, bare, i, synonym.tokens())) {
                    matched = synonym.tokens().size();
                    column = synonym.column();
                }
            }
            if (column == null) {
                i++;
                continue;
            }
            if (i + matched < words.size() && isUnit(keys[i + matched])) {
                matched++;
            }
            List<Word> run = words.subList(i, i + matched);
            Box box = run.getFirst().box();
            for (Word word : run) {
                box = box.union(word.box());
            }
            cells.add(new Cell(column, box.x(), box.x() + box.width(), box));
            i += matched;
        }
        return cells;
    }

    /** Whether the label's words stand at {@code start}; its last word may carry a unit. */
    private static boolean matches(String[] keys, String[] bare, int start, List<String> tokens) {
        if (start + tokens.size() > keys.length) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            String token = tokens.get(k);
            boolean last = k == tokens.size() - 1;
            if (!keys[start + k].equals(token) && !(last && bare[start + k].equals(token))) {
                return false;
            }
        }
        return true;
    }

    /** The second label line widens the cells of the first it overlaps; its own extra columns join in. */
    private static List<Cell> merge(List<Cell> first, List<Cell> second) {
        List<Cell> merged = new ArrayList<>();
        List<Cell> unused = new ArrayList<>(second);
        for (Cell cell : first) {
            Cell wide = cell;
            for (Cell other : second) {
                boolean overlaps = other.left() < cell.right() + 2 && other.right() > cell.left() - 2;
                if (overlaps && unused.contains(other)) {
                    wide = new Cell(cell.column(), Math.min(cell.left(), other.left()),
                            Math.max(cell.right(), other.right()), cell.box().union(other.box()));
                    unused.remove(other);
                    break;
                }
            }
            merged.add(wide);
        }
        for (Cell extra : unused) {
            boolean overlapsAny = merged.stream().anyMatch(c -> extra.left() < c.right() && extra.right() > c.left());
            if (!overlapsAny) {
                merged.add(extra);
            }
        }
        merged.sort((a, b) -> Double.compare(a.left(), b.left()));
        return merged;
    }
}
