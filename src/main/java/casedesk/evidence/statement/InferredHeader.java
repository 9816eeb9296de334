package casedesk.evidence.statement;

import casedesk.evidence.parse.Amounts;
import casedesk.evidence.parse.Dates;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of a table that prints no header words at all, told from its structure: lines that
 * start with a date, figures in right-aligned columns after it, and a last column of balances that
 * the figures before it explain row by row. Only that proof makes it a statement's table; a list of
 * dated amounts whose balances nothing explains (an invoice, a schedule) is not read as one.
 */
final class InferredHeader {

    /** A figure as a statement cell prints it: two decimals, grouped or not, a sign or brackets. */
    private static final Pattern FIGURE = Pattern.compile("[-+(]?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d{2}\\)?");
    /** Right edges of one right-aligned column's figures lie within this of each other. */
    private static final double SAME_EDGE = 3;
    /** So many dated rows with figures at least, and so many balances in the last column. */
    private static final int FEWEST_ROWS = 3;
    /** The share of consecutive balances the amounts must explain. */
    private static final double EXPLAINED = 0.8;

    private InferredHeader() {
    }

    /** A dated line: where its date stands and its figures, left to right. */
    private record Dated(Line line, double dateLeft, double dateRight, List<Word> figures) {
    }

    /** Figures whose right edges line up: one column. */
    private static final class Edge {
        final List<Word> words = new ArrayList<>();
        double right;

        double left() {
            return words.stream().mapToDouble(Word::left).min().orElse(right);
        }

        Optional<BigDecimal> on(Dated row) {
            for (Word word : row.figures()) {
                if (words.contains(word)) {
                    return Amounts.parse(word.text()).map(Amounts.Parsed::value);
                }
            }
            return Optional.empty();
        }
    }

    static Optional<TableHeader> infer(PageText page) {
        List<Dated> rows = new ArrayList<>();
        for (Line line : page.lines()) {
            dated(line).ifPresent(rows::add);
        }
        if (rows.size() < FEWEST_ROWS) {
            return Optional.empty();
        }
        List<Edge> edges = new ArrayList<>();
        for (Dated row : rows) {
            for (Word figure : row.figures()) {
                Edge edge = edges.stream().filter(e -> Math.abs(e.right - figure.right()) <= SAME_EDGE).findFirst()
                        .orElseGet(() -> {
                            Edge fresh = new Edge();
                            fresh.right = figure.right();
                            edges.add(fresh);
                            return fresh;
                        });
                edge.words.add(figure);
            }
        }
        edges.sort(Comparator.comparingDouble(e -> e.right));
        if (edges.size() < 2 || edges.size() > 3 || edges.getLast().words.size() < FEWEST_ROWS) {
            return Optional.empty();
        }
        Edge balance = edges.getLast();
        List<Edge> amounts = edges.subList(0, edges.size() - 1);
        Optional<List<Column>> kinds = explain(rows, amounts, balance);
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        List<TableHeader.Cell> cells = new ArrayList<>();
        double top = rows.getFirst().line().top() - 1;
        double bottom = rows.getLast().line().bottom();
        double dateLeft = rows.stream().mapToDouble(Dated::dateLeft).min().orElseThrow();
        double dateRight = rows.stream().mapToDouble(Dated::dateRight).max().orElseThrow();
        cells.add(cell(Column.DATE, dateLeft, dateRight, top, bottom));
        double firstFigure = amounts.getFirst().left();
        if (firstFigure - dateRight > 20) {
            cells.add(cell(Column.DESCRIPTION, dateRight + 4, firstFigure - 4, top, bottom));
        }
        for (int i = 0; i < amounts.size(); i++) {
            cells.add(cell(kinds.get().get(i), amounts.get(i).left(), amounts.get(i).right, top, bottom));
        }
        cells.add(cell(Column.BALANCE, balance.left(), balance.right, top, bottom));
        return Optional.of(TableHeader.inferred(page, cells, top));
    }

    /** A column's cell; with no label to point at, its box is the column itself, first row to last. */
    private static TableHeader.Cell cell(Column column, double left, double right, double top, double bottom) {
        return new TableHeader.Cell(column, left, right, new Box(left, top, right - left, bottom - top));
    }

    /** A line that starts with a date (in up to three words) and has figures after it. */
    private static Optional<Dated> dated(Line line) {
        List<Word> words = line.words();
        for (int n = Math.min(3, words.size() - 1); n >= 1; n--) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < n; k++) {
                text.append(k == 0 ? "" : " ").append(words.get(k).text());
            }
            if (Dates.parse(text.toString()).isPresent()) {
                List<Word> figures = words.subList(n, words.size()).stream()
                        .filter(w -> FIGURE.matcher(w.text()).matches()).toList();
                return figures.isEmpty() ? Optional.empty()
                        : Optional.of(new Dated(line, words.getFirst().left(), words.get(n - 1).right(), figures));
            }
        }
        return Optional.empty();
    }

    /**
     * What the figure columns are, if the balances prove it: one column whose signed figures are
     * each the change from the balance before (oldest first or newest first), or two unsigned
     * columns of which one always raises the balance (credits) and the other lowers it (debits).
     */
    private static Optional<List<Column>> explain(List<Dated> rows, List<Edge> amounts, Edge balance) {
        for (boolean oldestFirst : new boolean[] {true, false}) {
            int pairs = 0;
            int signed = 0;
            int[] raises = new int[amounts.size()];
            int[] lowers = new int[amounts.size()];
            for (int i = 1; i < rows.size(); i++) {
                Dated later = oldestFirst ? rows.get(i) : rows.get(i - 1);
                Dated earlier = oldestFirst ? rows.get(i - 1) : rows.get(i);
                Optional<BigDecimal> before = balance.on(earlier);
                Optional<BigDecimal> after = balance.on(later);
                if (before.isEmpty() || after.isEmpty()) {
                    continue;
                }
                pairs++;
                BigDecimal change = after.get().subtract(before.get());
                for (int k = 0; k < amounts.size(); k++) {
                    Optional<BigDecimal> amount = amounts.get(k).on(later);
                    if (amount.isEmpty()) {
                        continue;
                    }
                    if (amount.get().compareTo(change) == 0) {
                        signed++;
                    }
                    if (amount.get().abs().compareTo(change.abs()) == 0) {
                        if (change.signum() > 0) {
                            raises[k]++;
                        } else {
                            lowers[k]++;
                        }
                    }
                }
            }
            if (pairs < FEWEST_ROWS - 1) {
                continue;
            }
            if (amounts.size() == 1 && signed >= EXPLAINED * pairs) {
                return Optional.of(List.of(Column.AMOUNT));
            }
            if (amounts.size() == 2 && raises[0] + lowers[0] + raises[1] + lowers[1] >= EXPLAINED * pairs) {
                if (lowers[0] == 0 && raises[1] == 0 && raises[0] > 0 && lowers[1] > 0) {
                    return Optional.of(List.of(Column.CREDIT, Column.DEBIT));
                }
                if (raises[0] == 0 && lowers[1] == 0 && lowers[0] > 0 && raises[1] > 0) {
                    return Optional.of(List.of(Column.DEBIT, Column.CREDIT));
                }
            }
        }
        return Optional.empty();
    }
}
