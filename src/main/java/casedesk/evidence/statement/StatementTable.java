package casedesk.evidence.statement;

import casedesk.evidence.parse.Amounts;
import casedesk.evidence.parse.Currencies;
import casedesk.evidence.parse.Dates;
import casedesk.evidence.text.Glyph;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import casedesk.model.Money;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the transactions of a statement of any layout. On each page it finds the table header (or
 * keeps the previous page's columns where a page repeats none), puts every word below it in the
 * column it stands under, starts a row at each line whose date column holds a date, joins lines
 * without a date to the row above (a wrapped description), and passes over carried-forward and
 * total lines. Amounts are signed from a single signed column, from separate credit and debit
 * columns, or from a direction column (收/支, 借/贷, Dr/Cr).
 */
public final class StatementTable {

    /** Lines that carry a balance across pages or sum the table: they are not transactions. */
    private static final Pattern NOT_A_TRANSACTION = Pattern.compile(
            "承前页|过次页|承上页|转下页|接上页|本页合计|合计|小计|总计|上期账单金额|上期余额|brought forward|carried forward|b/f|c/f|"
                    + "page total|^total|subtotal|last month.?s balance|previous balance", Pattern.CASE_INSENSITIVE);
    /**
     * The balance carried in from the last statement, printed as a dated first row with its figure in
     * the amount column (a card statement's "LAST MONTH'S BALANCE"): no transaction, though it looks
     * like one.
     */
    private static final Pattern CARRIED_IN = Pattern.compile(
            "上期账单金额|上期余额|last month.?s balance|previous balance", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_MARK = Pattern.compile("收|收入|存入|贷|c|cr|credit|in|deposit|\\+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEBIT_MARK = Pattern.compile("支|支出|支取|借|d|dr|debit|out|withdrawal|-",
            Pattern.CASE_INSENSITIVE);
    /** A direction that is neither: WeChat prints "/" in 收/支/其他 for moves between the holder's own purses. */
    private static final Pattern NEUTRAL_MARK = Pattern.compile("/|其他|不计收支", Pattern.CASE_INSENSITIVE);

    /**
     * An amount grouped in thousands from its first digit ("24,944.23"): one value, however far its
     * first digit reaches into the column beside it, since the grouping runs through it whole.
     */
    private static final Pattern GROUPED_AMOUNT = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+\\.\\d{1,2}");

    /** How many glyphs of a whole amount may stand before a money column's border and still be its head. */
    private static final int LEADING_SPILL = 2;

    /** A whole amount with its decimals: what the money part of a cut figure run must be. */
    private static final Pattern DECIMAL_AMOUNT = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d{1,2}");

    private final List<PageText> pages;
    private final List<List<TableHeader>> headers;
    /** A credit card's statement: figures signed the other way round (see {@link CardStatement}). */
    private final boolean card;

    private StatementTable(List<PageText> pages) {
        this.pages = pages;
        List<List<TableHeader>> found = pages.stream().map(TableHeader::findAll).toList();
        this.headers = found.stream().allMatch(List::isEmpty) ? inferred(pages) : found;
        this.card = CardStatement.isCard(pages, headers);
    }

    /**
     * Where no page prints header words, the columns told from the rows' structure on the first page
     * that shows it; later pages go on in those columns.
     */
    private static List<List<TableHeader>> inferred(List<PageText> pages) {
        List<List<TableHeader>> headers = new ArrayList<>();
        boolean found = false;
        for (PageText page : pages) {
            Optional<TableHeader> header = found ? Optional.empty() : InferredHeader.infer(page);
            found |= header.isPresent();
            headers.add(header.map(List::of).orElse(List.of()));
        }
        return headers;
    }

    /** Finds the table header on each page, once, for the questions below. */
    public static StatementTable locate(List<PageText> pages) {
        return new StatementTable(pages);
    }

    /** Whether any page carries a transaction table header. */
    public boolean hasTable() {
        return headers.stream().anyMatch(h -> !h.isEmpty());
    }

    /** Where the table starts on the first page, if it starts there. */
    public Optional<Double> tableTopOnFirstPage() {
        return headers.isEmpty() || headers.getFirst().isEmpty() ? Optional.empty()
                : Optional.of(headers.getFirst().getFirst().top());
    }

    /** The balance column's header on the first page that has a table: what a computed balance points at. */
    public Optional<Box> balanceHeader() {
        return headers.stream().flatMap(List::stream).findFirst()
                .flatMap(header -> header.cell(Column.BALANCE).map(TableHeader.Cell::box));
    }

    /**
     * @param currency the statement's currency, for rows that do not name one
     * @param periodStart the statement period, for rows printed without the year and for telling
     *                    01/08 as 1 August from 8 January
     */
    public List<StatementRow> read(String currency, Optional<LocalDate> periodStart, Optional<LocalDate> periodEnd) {
        DateForm dates = new DateForm(Dates.order(dateSamples(), periodStart, periodEnd), periodStart, periodEnd);
        List<StatementRow> rows = new ArrayList<>();
        TableHeader header = null;
        String sectionCurrency = currency;
        for (int i = 0; i < pages.size(); i++) {
            PageText page = pages.get(i);
            List<TableHeader> found = headers.get(i);
            if (found.isEmpty()) {
                if (header != null) {
                    readPage(page, header, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, sectionCurrency, dates, card, rows);
                }
                continue;
            }
            if (header != null && found.getFirst().top() > firstLineTop(page)) {
                // Rows of the previous section may run on above this page's first header.
                readPage(page, header, Double.NEGATIVE_INFINITY, found.getFirst().top(), sectionCurrency, dates, card, rows);
            }
            for (int k = 0; k < found.size(); k++) {
                header = found.get(k);
                sectionCurrency = header.sectionCurrency().orElse(k == 0 && i > 0 ? sectionCurrency : currency);
                double limit = k + 1 < found.size() ? found.get(k + 1).top() : Double.POSITIVE_INFINITY;
                readPage(page, header, header.bottom(), limit, sectionCurrency, dates, card, rows);
            }
        }
        return rows;
    }

    private static double firstLineTop(PageText page) {
        return page.lines().isEmpty() ? Double.POSITIVE_INFINITY : page.lines().getFirst().top();
    }

    /** How this statement writes its row dates. */
    private record DateForm(Dates.Order order, Optional<LocalDate> start, Optional<LocalDate> end) {
        Optional<LocalDate> parse(String text) {
            return Dates.parse(text, order, start, end);
        }
    }

    /** The words in the date column under every header, to tell the order of day and month from. */
    private List<String> dateSamples() {
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < pages.size() && samples.size() < 200; i++) {
            if (headers.get(i).isEmpty()) {
                continue;
            }
            TableHeader header = headers.get(i).getFirst();
            Optional<TableHeader.Cell> dates = header.cell(Column.DATE);
            if (dates.isEmpty()) {
                continue;
            }
            // Words left to right: past the date column's label by more than a cell's width, no date follows.
            double beyond = dates.get().right() + Math.max(40, dates.get().right() - dates.get().left());
            for (Line line : pages.get(i).lines()) {
                if (samples.size() >= 200) {
                    break;
                }
                if (line.top() > header.bottom()) {
                    for (Word word : line.words()) {
                        if (word.left() > beyond) {
                            break;
                        }
                        if (header.columnOf(word).orElse(Column.OTHER) == Column.DATE) {
                            samples.add(word.text());
                        }
                    }
                }
            }
        }
        return samples;
    }

    private static void readPage(PageText page, TableHeader header, double top, double limit, String currency,
            DateForm dates, boolean card, List<StatementRow> rows) {
        RowBuilder open = null;
        int before = rows.size();
        double lastBottom = top;
        double rowPitch = 0;
        for (Line line : rowLines(page, header, top, dates)) {
            if (line.top() < top - 0.5) {
                continue;
            }
            if (line.top() >= limit - 0.5) {
                break;
            }
            Map<Column, List<Word>> cells = assign(line, header);
            String text = line.text();
            Optional<LocalDate> date = cells.containsKey(Column.DATE) ? dateOf(cells.get(Column.DATE), dates)
                    : Optional.empty();
            if (date.isPresent() && hasMoney(cells) && !CARRIED_IN.matcher(text).find()) {
                if (open != null) {
                    open.build(currency).ifPresent(rows::add);
                }
                if (rows.isEmpty() && open == null) {
                    rowPitch = 0;
                } else if (open != null) {
                    rowPitch = rowPitch == 0 ? line.top() - open.top : Math.min(rowPitch, line.top() - open.top);
                }
                open = new RowBuilder(page.number(), header, date.get(), cells, line, card);
                lastBottom = line.bottom();
                continue;
            }
            if (NOT_A_TRANSACTION.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                if (open != null) {
                    open.build(currency).ifPresent(rows::add);
                    open = null;
                }
                lastBottom = line.bottom();
                continue;
            }
            boolean near = line.top() - lastBottom < Math.max(1.5 * line.words().getFirst().size(),
                    rowPitch == 0 ? 0 : rowPitch * 0.9);
            boolean textOnly = cells.keySet().stream().allMatch(c -> c == Column.DESCRIPTION || c == Column.COUNTERPARTY
                    || c == Column.OTHER);
            if (open != null && near && textOnly && !cells.isEmpty()) {
                open.continueWith(cells, line);
                lastBottom = line.bottom();
                continue;
            }
            if (open != null) {
                open.build(currency).ifPresent(rows::add);
                open = null;
            }
            if (rows.size() > before && line.top() - lastBottom > 4 * line.words().getFirst().size()) {
                break;
            }
        }
        if (open != null) {
            open.build(currency).ifPresent(rows::add);
        }
    }

    /** A rule that runs across most of the table's width: the border between two rows of a lattice. */
    private static final double RULE_ACROSS = 0.6;

    /**
     * The page's lines, with the lines of each ruled band taken together where the band holds one
     * row. In a lattice table (Industrial Bank's) a row is the band between two rules; its date, its
     * time, a description wrapped over three lines and an amount centred between them are on lines of
     * their own, and only the band says they are one row. A band is one row only where it holds at
     * most one date and at most one amount in each money column; otherwise (a table ruled only at its
     * top and bottom) its lines stay as they are. Lines above {@code top} (the header) are never merged.
     */
    private static List<Line> rowLines(PageText page, TableHeader header, double top, DateForm dates) {
        List<Double> rules = new ArrayList<>();
        double span = header.right() - header.left();
        for (Box rule : page.rules()) {
            boolean across = PageText.isLevel(rule) && rule.width() >= RULE_ACROSS * span && rule.x() < header.right()
                    && rule.x() + rule.width() > header.left();
            if (across && (rules.isEmpty() || rule.y() - rules.getLast() > 1)) {
                rules.add(rule.y());
            }
        }
        if (rules.size() < 3) {
            return page.lines();
        }
        List<Line> merged = new ArrayList<>();
        List<Line> band = new ArrayList<>();
        int bandIndex = Integer.MIN_VALUE;
        for (Line line : page.lines()) {
            double middle = (line.top() + line.bottom()) / 2;
            int index = 0;
            while (index < rules.size() && rules.get(index) <= middle) {
                index++;
            }
            boolean inside = index > 0 && index < rules.size() && line.top() >= top - 0.5;
            if (!band.isEmpty() && (index != bandIndex || !inside)) {
                merged.addAll(asRow(band, header, dates));
                band = new ArrayList<>();
            }
            band.add(line);
            bandIndex = inside ? index : Integer.MIN_VALUE;
        }
        merged.addAll(asRow(band, header, dates));
        return merged;
    }

    /** A band's lines as one line, if they hold at most one date and one amount per money column. */
    private static List<Line> asRow(List<Line> band, TableHeader header, DateForm dates) {
        if (band.size() < 2) {
            return band;
        }
        int dated = 0;
        Map<Column, Integer> amounts = new EnumMap<>(Column.class);
        for (Line line : band) {
            Map<Column, List<Word>> cells = assign(line, header);
            if (cells.containsKey(Column.DATE) && dateOf(cells.get(Column.DATE), dates).isPresent()) {
                dated++;
            }
            cells.forEach((column, words) -> {
                if (column.isMoney() && money(words).isPresent()) {
                    amounts.merge(column, 1, Integer::sum);
                }
            });
        }
        if (dated > 1 || amounts.values().stream().anyMatch(n -> n > 1)) {
            return band;
        }
        List<Word> words = new ArrayList<>();
        Box box = band.getFirst().box();
        for (Line line : band) {
            words.addAll(line.words());
            box = box.union(line.box());
        }
        return List.of(new Line(words, box, band.getFirst().baseline()));
    }

    private static Map<Column, List<Word>> assign(Line line, TableHeader header) {
        Map<Column, List<Word>> cells = new EnumMap<>(Column.class);
        for (Word whole : line.words()) {
            for (Word word : withinColumns(whole, header)) {
                header.columnOf(word).ifPresent(column -> cells.computeIfAbsent(column, c -> new ArrayList<>()).add(word));
            }
        }
        return cells;
    }

    /**
     * A run of figures that reaches over a column border is two values set too close to part (an
     * amount and the order number printed right after it): it is cut where its glyphs pass into or
     * out of a money column, so that no money cell spans two columns. A long number that merely
     * reaches past the midpoint between two text columns (a WeChat order number) stays whole. Text
     * that runs over a border stays whole, in the column of its centre: a long name spilling over is
     * one name, and its digits are no amount.
     */
    private static List<Word> withinColumns(Word word, TableHeader header) {
        List<Glyph> glyphs = word.glyphs();
        // Glyphs run left to right and cells are spans of the page: a word that starts and ends in one
        // cell lies wholly in it, the common case, decided without looking at each glyph.
        if (glyphs.size() < 2
                || header.cellAt(glyphs.getFirst().centerX()) == header.cellAt(glyphs.getLast().centerX())
                || !glyphs.stream().allMatch(StatementTable::isFigure)
                || GROUPED_AMOUNT.matcher(word.text()).matches()) {
            return List.of(word);
        }
        List<Word> pieces = new ArrayList<>();
        int from = 0;
        int column = header.cellAt(glyphs.getFirst().centerX());
        for (int k = 1; k <= glyphs.size(); k++) {
            int here = k < glyphs.size() ? header.cellAt(glyphs.get(k).centerX()) : -2;
            if (here != column && (k == glyphs.size() || isMoney(header, here) || isMoney(header, column))) {
                if (from == 0 && k <= LEADING_SPILL && isMoney(header, here) && DECIMAL_AMOUNT.matcher(word.text()).matches()) {
                    // A digit or two before a figure's money part is the figure's own head reaching
                    // over the border ("11662.49" right-aligned), not a value of the column beside it.
                    return List.of(word);
                }
                Word piece = word.slice(from, k);
                if (isMoney(header, column) && !DECIMAL_AMOUNT.matcher(piece.text()).matches()) {
                    // The part in the money column is no whole amount: the border is not where the values part.
                    return List.of(word);
                }
                pieces.add(piece);
                from = k;
                column = here;
            }
        }
        return pieces.size() == 1 ? List.of(word) : pieces;
    }

    private static boolean isMoney(TableHeader header, int cell) {
        return cell >= 0 && header.cells().get(cell).column().isMoney();
    }

    private static boolean isFigure(Glyph glyph) {
        int c = glyph.text().codePointAt(0);
        return Character.isDigit(c) || c == ',' || c == '.' || c == '-' || c == '+';
    }

    private static boolean hasMoney(Map<Column, List<Word>> cells) {
        for (Column column : List.of(Column.AMOUNT, Column.CREDIT, Column.DEBIT)) {
            if (cells.containsKey(column) && money(cells.get(column)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The date in a date cell; a time after it ("2026-08-01 10:32:05") is allowed. */
    private static Optional<LocalDate> dateOf(List<Word> words, DateForm dates) {
        Optional<LocalDate> whole = dates.parse(join(words, " "));
        if (whole.isPresent()) {
            return whole;
        }
        // A row number or a time beside the date in the same column ("1 2026-03-06", "01 Jun 2026 10:32").
        for (int from = 0; from < words.size(); from++) {
            for (int to = Math.min(words.size(), from + 3); to > from; to--) {
                Optional<LocalDate> date = dates.parse(join(words.subList(from, to), " "));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** An amount in a money cell, joining fragments an OCR layer split ("22 ,800"). */
    private static Optional<Amounts.Parsed> money(List<Word> words) {
        return figure(words).map(Figure::parsed);
    }

    /** An amount and the words it was read from: its text and box are theirs, not the whole cell's. */
    private record Figure(Amounts.Parsed parsed, List<Word> words) {
        String text() {
            return join(words, "");
        }
    }

    private static Optional<Figure> figure(List<Word> words) {
        // Fragments of one figure stand close ("22 ,800", "12,345.67 DR"); a word a column away (a
        // serial number, a reference) is another value, and an amount has at most two decimals.
        // A word of the text beside it may spill in ("CREDIT CARD PAYMENT" reaching over the border to
        // "96.17 DR"): each run of close fragments is tried as one figure, so the DR stays with its figure.
        for (List<Word> run : closeRuns(words)) {
            Optional<Amounts.Parsed> whole = Amounts.parse(join(run, "")).filter(StatementTable::isMoney);
            if (whole.isPresent()) {
                return Optional.of(new Figure(whole.get(), run));
            }
        }
        for (Word word : words) {
            Optional<Amounts.Parsed> single = Amounts.parse(word.text()).filter(StatementTable::isMoney);
            if (single.isPresent()) {
                return Optional.of(new Figure(single.get(), List.of(word)));
            }
        }
        return Optional.empty();
    }

    /** The cell's words cut where two on one line stand more than about an em apart: the fragments of one value each. */
    private static List<List<Word>> closeRuns(List<Word> words) {
        List<List<Word>> runs = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || apart(words.get(i - 1), words.get(i))) {
                runs.add(words.subList(from, i));
                from = i;
            }
        }
        return runs;
    }

    private static boolean apart(Word before, Word word) {
        boolean sameLine = Math.abs(before.baseline() - word.baseline()) < 1;
        return sameLine && word.left() - before.right() > 0.9 * Math.max(1, word.size());
    }

    private static boolean isMoney(Amounts.Parsed parsed) {
        return parsed.value().scale() <= 2;
    }

    private static String join(List<Word> words, String separator) {
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(word.text());
        }
        return text.toString();
    }

    /** A row being read, possibly over several lines. */
    private static final class RowBuilder {
        private final int page;
        private final TableHeader header;
        private final LocalDate date;
        private final Map<Column, List<Word>> cells;
        private final double top;
        private final boolean card;
        private Box box;

        RowBuilder(int page, TableHeader header, LocalDate date, Map<Column, List<Word>> cells, Line line, boolean card) {
            this.card = card;
            this.page = page;
            this.header = header;
            this.date = date;
            this.cells = new EnumMap<>(Column.class);
            cells.forEach((column, words) -> this.cells.put(column, new ArrayList<>(words)));
            this.top = line.top();
            this.box = line.box();
        }

        void continueWith(Map<Column, List<Word>> more, Line line) {
            more.forEach((column, words) -> cells.computeIfAbsent(column, c -> new ArrayList<>()).addAll(words));
            box = box.union(line.box());
        }

        Optional<StatementRow> build(String statementCurrency) {
            String currency = cells.containsKey(Column.CURRENCY)
                    ? Currencies.find(join(cells.get(Column.CURRENCY), " ")).orElse(statementCurrency)
                    : statementCurrency;
            Optional<Signed> amount = amount();
            if (amount.isEmpty()) {
                return Optional.empty();
            }
            Optional<Money> balance = Optional.empty();
            Optional<Box> balanceBox = Optional.empty();
            String balanceText = "";
            if (cells.containsKey(Column.BALANCE)) {
                Optional<Figure> figure = figure(cells.get(Column.BALANCE));
                if (figure.isPresent()) {
                    balance = Optional.of(Money.of(figure.get().parsed().value(), currency));
                    balanceBox = Optional.of(union(figure.get().words()));
                    balanceText = figure.get().text();
                }
            }
            Box row = new Box(Math.min(header.left(), box.x()) - 3, box.y(),
                    Math.max(header.right(), box.x() + box.width()) - Math.min(header.left(), box.x()) + 6, box.height());
            Transaction transaction = new Transaction(date, text(Column.DESCRIPTION), Money.of(amount.get().value, currency),
                    balance, text(Column.COUNTERPARTY), page, row);
            return Optional.of(new StatementRow(transaction, amount.get().box, balanceBox, amount.get().text, balanceText,
                    amount.get().neutral));
        }

        private record Signed(BigDecimal value, Box box, String text, boolean neutral) {
            Signed(BigDecimal value, Box box, String text) {
                this(value, box, text, false);
            }
        }

        private Optional<Signed> amount() {
            if (cells.containsKey(Column.AMOUNT)) {
                Optional<Figure> figure = figure(cells.get(Column.AMOUNT));
                if (figure.isPresent()) {
                    Amounts.Parsed parsed = figure.get().parsed();
                    List<Word> words = figure.get().words();
                    BigDecimal value = parsed.value();
                    boolean neutral = false;
                    if (card && !cells.containsKey(Column.DIRECTION)) {
                        value = CardStatement.signed(value, parsed.explicitSign(), join(words, " "));
                    } else if (!parsed.explicitSign() && cells.containsKey(Column.DIRECTION)) {
                        String mark = directionMark(cells.get(Column.DIRECTION));
                        if (DEBIT_MARK.matcher(mark).matches()) {
                            value = value.abs().negate();
                        } else if (CREDIT_MARK.matcher(mark).matches()) {
                            value = value.abs();
                        } else {
                            neutral = NEUTRAL_MARK.matcher(mark).matches();
                        }
                    }
                    return Optional.of(new Signed(value, union(words), join(words, ""), neutral));
                }
            }
            Optional<Figure> credit = cells.containsKey(Column.CREDIT) ? figure(cells.get(Column.CREDIT)) : Optional.empty();
            Optional<Figure> debit = cells.containsKey(Column.DEBIT) ? figure(cells.get(Column.DEBIT)) : Optional.empty();
            if (credit.isPresent() && credit.get().parsed().value().signum() != 0) {
                return Optional.of(new Signed(credit.get().parsed().value().abs(), union(credit.get().words()),
                        credit.get().text()));
            }
            if (debit.isPresent()) {
                return Optional.of(new Signed(debit.get().parsed().value().abs().negate(), union(debit.get().words()),
                        debit.get().text()));
            }
            return Optional.empty();
        }

        /**
         * The mark in a direction cell. A direction column is narrow, and a wide neighbour spills into
         * it (the time printed after a date, "2025年10月02日 08:22:19", reaches past the midpoint to
         * the 收/支 label): where the cell as a whole is no mark, the one word in it that is a mark
         * is. Two words that are marks, or none, leave the cell as it reads, so no sign is guessed.
         */
        private static String directionMark(List<Word> words) {
            String whole = join(words, "").strip();
            if (words.size() < 2 || isMark(whole)) {
                return whole;
            }
            List<String> marks = words.stream().map(w -> w.text().strip()).filter(RowBuilder::isMark).toList();
            return marks.size() == 1 ? marks.getFirst() : whole;
        }

        private static boolean isMark(String text) {
            return DEBIT_MARK.matcher(text).matches() || CREDIT_MARK.matcher(text).matches()
                    || NEUTRAL_MARK.matcher(text).matches();
        }

        /**
         * A text cell: Chinese lines join without a space, Latin ones with one. Where two columns hold
         * the same kind of text (a 摘要 and a 交易说明), each column's lines are read in turn.
         */
        private String text(Column column) {
            List<Word> words = cells.get(column);
            if (words == null) {
                return "";
            }
            words = new ArrayList<>(words);
            words.sort(Comparator.comparingInt(w -> header.cellAt(w.centerX())));
            StringBuilder text = new StringBuilder();
            Word previous = null;
            for (Word word : words) {
                if (previous != null) {
                    boolean sameLine = Math.abs(previous.baseline() - word.baseline()) < 1;
                    boolean sameCell = header.cellAt(previous.centerX()) == header.cellAt(word.centerX());
                    boolean cjkJoin = !sameLine && sameCell && isCjk(previous.text(), true) && isCjk(word.text(), false);
                    if (!cjkJoin) {
                        text.append(' ');
                    }
                }
                text.append(word.text());
                previous = word;
            }
            return text.toString();
        }

        private static boolean isCjk(String text, boolean last) {
            int cp = last ? text.codePointBefore(text.length()) : text.codePointAt(0);
            return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
        }

        private static Box union(List<Word> words) {
            Box box = words.getFirst().box();
            for (Word word : words) {
                box = box.union(word.box());
            }
            return box;
        }
    }
}
