package casedesk.demo.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import casedesk.demo.documents.PageCanvas.Align;
import casedesk.demo.documents.StatementPlanner.Entry;
import casedesk.demo.documents.StatementPlanner.Plan;
import casedesk.demo.documents.Vocabulary.Bilingual;
import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Transaction;

/** Bank statements in the manner of Chinese banks' e-statements, with their exact ground truth. */
public final class BankStatements {

    private BankStatements() {
    }

    public static GeneratedDocument generate(StatementRequest request) {
        return new Renderer(request, StatementPlanner.plan(request)).render();
    }

    private enum Cell { DATE, DESCRIPTION, SIGNED_AMOUNT, PLAIN_AMOUNT, DEBIT, CREDIT, BALANCE, COUNTERPARTY, CURRENCY, CHANNEL }

    private enum HeaderField { NAME, ACCOUNT, CURRENCY, BRANCH, PERIOD, PRINTED, OPENING, CLOSING, DEBITS, CREDITS }

    private record Column(Cell cell, Bilingual header, float width) {
        boolean rightAligned() {
            return switch (cell) {
                case SIGNED_AMOUNT, PLAIN_AMOUNT, DEBIT, CREDIT, BALANCE -> true;
                default -> false;
            };
        }
    }

    /** What distinguishes one bank's statements from another's. */
    private record Spec(Bilingual title, Bilingual accountLabel, DateTimeFormatter dates, List<Column> columns,
                        float rowPitch, boolean carryRows, CurrencyStyle currencyStyle, List<HeaderField> header) {
    }

    private enum CurrencyStyle { NAME_AND_CODE, NAME, CODE }

    private static Spec spec(StatementLayout layout) {
        return switch (layout) {
            case ICBC -> new Spec(Vocabulary.ICBC_TITLE, Vocabulary.CARD_NUMBER, Formats.DASHED, List.of(
                    new Column(Cell.DATE, Vocabulary.COL_TRANSACTION_DATE, 62),
                    new Column(Cell.DESCRIPTION, Vocabulary.COL_DESCRIPTION, 74),
                    new Column(Cell.SIGNED_AMOUNT, Vocabulary.COL_AMOUNT, 88),
                    new Column(Cell.BALANCE, Vocabulary.COL_BALANCE, 90),
                    new Column(Cell.COUNTERPARTY, Vocabulary.COL_COUNTERPARTY, 201)),
                    13f, false, CurrencyStyle.NAME_AND_CODE, List.of(
                    HeaderField.NAME, HeaderField.ACCOUNT, HeaderField.CURRENCY, HeaderField.BRANCH,
                    HeaderField.PERIOD, HeaderField.PRINTED, HeaderField.OPENING, HeaderField.CLOSING,
                    HeaderField.DEBITS, HeaderField.CREDITS));
            case CCB -> new Spec(Vocabulary.CCB_TITLE, Vocabulary.ACCOUNT_NUMBER, Formats.COMPACT, List.of(
                    new Column(Cell.DATE, Vocabulary.COL_POSTING_DATE, 52),
                    new Column(Cell.DESCRIPTION, Vocabulary.COL_TRANSACTION_DESCRIPTION, 70),
                    new Column(Cell.DEBIT, Vocabulary.COL_DEBIT, 76),
                    new Column(Cell.CREDIT, Vocabulary.COL_CREDIT, 76),
                    new Column(Cell.BALANCE, Vocabulary.COL_BALANCE_PLAIN, 84),
                    new Column(Cell.COUNTERPARTY, Vocabulary.COL_COUNTERPARTY, 157)),
                    13.5f, false, CurrencyStyle.NAME, List.of(
                    HeaderField.ACCOUNT, HeaderField.NAME, HeaderField.CURRENCY, HeaderField.PERIOD,
                    HeaderField.BRANCH, HeaderField.PRINTED, HeaderField.CREDITS, HeaderField.DEBITS,
                    HeaderField.OPENING, HeaderField.CLOSING));
            case BOC -> new Spec(Vocabulary.BOC_TITLE, Vocabulary.ACCOUNT_NUMBER, Formats.SLASHED, List.of(
                    new Column(Cell.DATE, Vocabulary.COL_TRANSACTION_DATE, 58),
                    new Column(Cell.CURRENCY, Vocabulary.COL_CURRENCY, 36),
                    new Column(Cell.DESCRIPTION, Vocabulary.COL_BUSINESS_DESCRIPTION, 74),
                    new Column(Cell.CHANNEL, Vocabulary.COL_CHANNEL, 56),
                    new Column(Cell.DEBIT, Vocabulary.COL_DEBIT_TURNOVER, 94),
                    new Column(Cell.CREDIT, Vocabulary.COL_CREDIT_TURNOVER, 94),
                    new Column(Cell.BALANCE, Vocabulary.COL_BALANCE_PLAIN, 103)),
                    18f, true, CurrencyStyle.CODE, List.of(
                    HeaderField.NAME, HeaderField.ACCOUNT, HeaderField.BRANCH, HeaderField.CURRENCY,
                    HeaderField.PERIOD, HeaderField.PRINTED, HeaderField.OPENING, HeaderField.DEBITS,
                    HeaderField.CLOSING, HeaderField.CREDITS));
            case CMB -> new Spec(Vocabulary.CMB_TITLE, Vocabulary.ACCOUNT_NUMBER, Formats.DASHED, List.of(
                    new Column(Cell.DATE, Vocabulary.COL_POSTING_DATE, 60),
                    new Column(Cell.CURRENCY, Vocabulary.COL_CURRENCY_CMB, 40),
                    new Column(Cell.PLAIN_AMOUNT, Vocabulary.COL_AMOUNT, 82),
                    new Column(Cell.BALANCE, Vocabulary.COL_ONLINE_BALANCE, 86),
                    new Column(Cell.DESCRIPTION, Vocabulary.COL_TRANSACTION_DESCRIPTION, 76),
                    new Column(Cell.COUNTERPARTY, Vocabulary.COL_COUNTERPARTY_INFO, 171)),
                    13f, false, CurrencyStyle.NAME_AND_CODE, List.of(
                    HeaderField.NAME, HeaderField.CURRENCY, HeaderField.ACCOUNT, HeaderField.PERIOD,
                    HeaderField.BRANCH, HeaderField.PRINTED, HeaderField.OPENING, HeaderField.CLOSING,
                    HeaderField.CREDITS, HeaderField.DEBITS));
        };
    }

    /** Renders one statement. Not thread-safe; one instance per call. */
    private static final class Renderer {

        private static final float LEFT = 40;
        private static final float TABLE_HEADER_HEIGHT = 22;
        private static final float FIRST_TABLE_TOP = 222;
        private static final float NEXT_TABLE_TOP = 86;
        private static final float ROWS_BOTTOM = 792;
        private static final float CELL_SIZE = 7.5f;
        private static final float PAD = 3;

        private final StatementRequest request;
        private final Plan plan;
        private final Spec spec;
        private final Bank bank;
        private final String currency;
        private final SplittableRandom tamperRandom;
        private final List<Entry> entries;
        private final List<BigDecimal> printed;
        private final Map<HeaderField, Placed> headerValues = new EnumMap<>(HeaderField.class);
        private final List<Placed> balanceCells = new ArrayList<>();
        private final List<Placed> amountCells = new ArrayList<>();
        private final List<Box> rowBoxes = new ArrayList<>();
        private final List<Integer> rowPages = new ArrayList<>();
        private Placed bankName;
        private Placed periodEnd;
        private Box balanceHeader;
        private OptionalInt brokenRow = OptionalInt.empty();
        private final BigDecimal totalCredits;
        private final BigDecimal totalDebits;
        private final LocalDateTime printedAt;
        private final String branch;

        Renderer(StatementRequest request, Plan plan) {
            this.request = request;
            this.plan = plan;
            this.spec = spec(request.layout());
            this.bank = request.layout().bank();
            this.currency = request.currencyCode();
            this.tamperRandom = Seeds.random(request.seed(), 2);
            this.entries = plan.entries();
            this.printed = new ArrayList<>(plan.balances());
            this.totalCredits = entries.stream().map(Entry::amount).filter(a -> a.signum() > 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
            this.totalDebits = entries.stream().map(Entry::amount).filter(a -> a.signum() < 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).negate().setScale(2, RoundingMode.UNNECESSARY);
            SplittableRandom paper = Seeds.random(request.seed(), 3);
            this.printedAt = request.periodEnd().plusDays(1 + paper.nextInt(3))
                    .atTime(8 + paper.nextInt(10), paper.nextInt(60), paper.nextInt(60));
            Vocabulary.Romanised city = Vocabulary.CITIES.get(paper.nextInt(Vocabulary.CITIES.size()));
            this.branch = bank.chineseName() + city.hanzi()
                    + Vocabulary.BRANCH_SUFFIXES.get(paper.nextInt(Vocabulary.BRANCH_SUFFIXES.size()));
        }

        GeneratedDocument render() {
            if (request.anomalies().contains(Anomaly.BROKEN_RUNNING_BALANCE)) {
                breakOneBalance();
            }
            List<Integer> rowsPerPage = paginate();
            try (PdfWriter writer = new PdfWriter(request.holder().nativeName(), request.holder().latinName(),
                    request.accountNumber())) {
                int row = 0;
                for (int page = 1; page <= rowsPerPage.size(); page++) {
                    try (PageCanvas canvas = writer.newPage()) {
                        float tableTop = page == 1 ? header(canvas) : runningHeader(canvas, rowsPerPage.size());
                        row = table(canvas, tableTop, row, rowsPerPage.get(page - 1), page, rowsPerPage.size());
                        footer(canvas, rowsPerPage.size());
                    }
                }
                return finish(writer, rowsPerPage.size());
            }
        }

        // ---- tampering with the series ----

        private void breakOneBalance() {
            int n = entries.size();
            if (n < 4) {
                throw new IllegalStateException("too few transactions to break a running balance");
            }
            int low = Math.max(1, n / 4);
            int high = Math.max(low, Math.min(n - 2, 3 * n / 4));
            int row;
            do {
                row = low + tamperRandom.nextInt(high - low + 1);
            } while (plan.parkedRow().isPresent() && plan.parkedRow().getAsInt() == row && high > low);
            double unit = request.currencyCode().equals("CNY") ? 1 : 0.15;
            BigDecimal off = BigDecimal.valueOf(Math.max(1, Math.round((100 + tamperRandom.nextInt(4_900)) * unit)))
                    .setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal wrong = printed.get(row).subtract(off);
            if (wrong.signum() < 0 || tamperRandom.nextBoolean()) {
                wrong = printed.get(row).add(off);
            }
            printed.set(row, wrong);
            brokenRow = OptionalInt.of(row);
        }

        // ---- pages ----

        private int capacity(int page) {
            float top = (page == 1 ? FIRST_TABLE_TOP : NEXT_TABLE_TOP) + TABLE_HEADER_HEIGHT;
            return (int) ((ROWS_BOTTOM - top) / spec.rowPitch());
        }

        private List<Integer> paginate() {
            List<Integer> pages = new ArrayList<>();
            int remaining = entries.size();
            int page = 1;
            while (remaining > 0) {
                int room = capacity(page) - (spec.carryRows() && page > 1 ? 1 : 0);
                int take = remaining <= room ? remaining : room - (spec.carryRows() ? 1 : 0);
                pages.add(take);
                remaining -= take;
                page++;
            }
            return pages;
        }

        private float header(PageCanvas canvas) {
            bankName = canvas.bold(bank.chineseName(), LEFT, 52, 16, Align.LEFT);
            canvas.text(bank.englishName(), LEFT, 65, 7.5f);
            canvas.bold(spec.title().zh(), PdfWriter.PAGE_WIDTH / 2 + 60, 52, 12, Align.CENTER);
            canvas.center(spec.title().en(), PdfWriter.PAGE_WIDTH / 2 + 60, 65, 7.5f);
            canvas.line(LEFT, 76, PdfWriter.PAGE_WIDTH - LEFT, 76, 1.2f, 0f);
            float baseline = 98;
            for (int i = 0; i < spec.header().size(); i++) {
                float x = i % 2 == 0 ? LEFT : 305;
                headerField(canvas, spec.header().get(i), x, baseline);
                if (i % 2 == 1) {
                    baseline += 17;
                }
            }
            canvas.text(Vocabulary.STATEMENT_NOTE.zh() + " " + Vocabulary.STATEMENT_NOTE.en(), LEFT, baseline + 4, 6.5f);
            return FIRST_TABLE_TOP;
        }

        private void headerField(PageCanvas canvas, HeaderField field, float x, float baseline) {
            Bilingual label = switch (field) {
                case NAME -> Vocabulary.ACCOUNT_NAME;
                case ACCOUNT -> spec.accountLabel();
                case CURRENCY -> Vocabulary.CURRENCY;
                case BRANCH -> Vocabulary.BRANCH;
                case PERIOD -> Vocabulary.PERIOD;
                case PRINTED -> Vocabulary.PRINT_DATE;
                case OPENING -> Vocabulary.OPENING_BALANCE;
                case CLOSING -> Vocabulary.CLOSING_BALANCE;
                case DEBITS -> Vocabulary.TOTAL_DEBITS;
                case CREDITS -> Vocabulary.TOTAL_CREDITS;
            };
            canvas.text(label.zh(), x, baseline - 3.5f, 7.5f);
            canvas.text(label.en(), x, baseline + 4, 5.5f);
            float valueX = x + 82;
            float size = 8.5f;
            Placed value = switch (field) {
                case NAME -> canvas.text(Formats.holderName(request.holder()), valueX, baseline, size);
                case ACCOUNT -> canvas.text(request.accountNumber(), valueX, baseline, size);
                case CURRENCY -> canvas.text(currencyText(), valueX, baseline, size);
                case BRANCH -> canvas.text(branch, valueX, baseline, size);
                case PERIOD -> period(canvas, valueX, baseline, size);
                case PRINTED -> canvas.text(Formats.date(printedAt.toLocalDate(), spec.dates()), valueX, baseline, size);
                case OPENING -> canvas.text(Formats.amount(plan.opening()), valueX, baseline, size);
                case CLOSING -> canvas.text(Formats.amount(printed.getLast()), valueX, baseline, size);
                case DEBITS -> totals(canvas, totalDebits, count(-1), valueX, baseline, size);
                case CREDITS -> totals(canvas, totalCredits, count(1), valueX, baseline, size);
            };
            headerValues.put(field, value);
        }

        private String currencyText() {
            return switch (spec.currencyStyle()) {
                case NAME_AND_CODE -> Formats.currencyName(currency).equals(currency)
                        ? currency : Formats.currencyName(currency) + " " + currency;
                case NAME -> Formats.currencyName(currency);
                case CODE -> currency;
            };
        }

        private long count(int sign) {
            return entries.stream().filter(e -> e.amount().signum() == sign).count();
        }

        private Placed period(PageCanvas canvas, float x, float baseline, float size) {
            Placed from = canvas.text(Formats.date(request.periodStart(), spec.dates()), x, baseline, size);
            Placed to = canvas.text(Vocabulary.PERIOD_TO.zh(), from.right() + 4, baseline, size);
            periodEnd = canvas.text(Formats.date(request.periodEnd(), spec.dates()), to.right() + 4, baseline, size);
            return from;
        }

        private Placed totals(PageCanvas canvas, BigDecimal total, long entryCount, float x, float baseline, float size) {
            Placed value = canvas.text(Formats.amount(total), x, baseline, size);
            canvas.text(Vocabulary.ENTRY_COUNT.zh().formatted(entryCount), value.right() + 4, baseline, 7f);
            return value;
        }

        private float runningHeader(PageCanvas canvas, int pages) {
            canvas.bold(bank.chineseName(), LEFT, 42, 11, Align.LEFT);
            canvas.text(spec.title().zh() + "  " + spec.title().en(), LEFT + 80, 42, 7.5f);
            canvas.text(spec.accountLabel().zh() + " " + spec.accountLabel().en() + "：" + request.accountNumber(),
                    LEFT, 58, 7.5f);
            canvas.text(Vocabulary.ACCOUNT_NAME.zh() + "：" + Formats.holderName(request.holder()), 305, 58, 7.5f);
            canvas.line(LEFT, 66, PdfWriter.PAGE_WIDTH - LEFT, 66, 0.8f, 0f);
            return NEXT_TABLE_TOP;
        }

        // ---- the transaction table ----

        private int table(PageCanvas canvas, float top, int firstRow, int rows, int page, int pages) {
            float width = 0;
            for (Column column : spec.columns()) {
                width += column.width();
            }
            canvas.fill(new Box(LEFT, top, width, TABLE_HEADER_HEIGHT), 0.88f);
            float x = LEFT;
            for (Column column : spec.columns()) {
                float anchor = column.rightAligned() ? x + column.width() - PAD : x + PAD;
                Align align = column.rightAligned() ? Align.RIGHT : Align.LEFT;
                Placed zh = canvas.text(column.header().zh(), anchor, top + 9.5f, 7.5f, align, true);
                Placed en = canvas.text(column.header().en(), anchor, top + 18.5f, 6f, align, false);
                if (page == 1 && column.cell() == Cell.BALANCE) {
                    balanceHeader = PdfWriter.rounded(zh.box().union(en.box()));
                }
                x += column.width();
            }
            float rowTop = top + TABLE_HEADER_HEIGHT;
            if (spec.carryRows() && page > 1) {
                carryRow(canvas, Vocabulary.BROUGHT_FORWARD, printed.get(firstRow - 1), rowTop);
                rowTop += spec.rowPitch();
            }
            int row = firstRow;
            for (int i = 0; i < rows; i++, row++) {
                drawRow(canvas, row, rowTop, width, page);
                rowTop += spec.rowPitch();
            }
            if (spec.carryRows() && page < pages) {
                carryRow(canvas, Vocabulary.CARRIED_FORWARD, printed.get(row - 1), rowTop);
                rowTop += spec.rowPitch();
            }
            canvas.line(LEFT, rowTop, LEFT + width, rowTop, 0.8f, 0f);
            return row;
        }

        private void drawRow(PageCanvas canvas, int row, float rowTop, float width, int page) {
            Entry entry = entries.get(row);
            float baseline = rowTop + spec.rowPitch() * 0.68f;
            float x = LEFT;
            for (Column column : spec.columns()) {
                float anchor = column.rightAligned() ? x + column.width() - PAD : x + PAD;
                String text = switch (column.cell()) {
                    case DATE -> Formats.date(entry.date(), spec.dates());
                    case DESCRIPTION -> entry.description();
                    case SIGNED_AMOUNT -> Formats.signedAmount(entry.amount());
                    case PLAIN_AMOUNT -> Formats.amount(entry.amount());
                    case DEBIT -> entry.amount().signum() < 0 ? Formats.amount(entry.amount().negate()) : "";
                    case CREDIT -> entry.amount().signum() > 0 ? Formats.amount(entry.amount()) : "";
                    case BALANCE -> Formats.amount(printed.get(row));
                    case COUNTERPARTY -> entry.counterparty();
                    case CURRENCY -> Formats.currencyName(currency);
                    case CHANNEL -> entry.channel();
                };
                if (!text.isEmpty()) {
                    Placed placed = canvas.text(text, anchor, baseline, CELL_SIZE,
                            column.rightAligned() ? Align.RIGHT : Align.LEFT, false);
                    switch (column.cell()) {
                        case BALANCE -> balanceCells.add(placed);
                        case SIGNED_AMOUNT, PLAIN_AMOUNT, DEBIT, CREDIT -> amountCells.add(placed);
                        default -> {
                        }
                    }
                }
                x += column.width();
            }
            canvas.line(LEFT, rowTop + spec.rowPitch(), LEFT + width, rowTop + spec.rowPitch(), 0.3f, 0.75f);
            rowBoxes.add(new Box(LEFT, rowTop, width, spec.rowPitch()));
            rowPages.add(page);
        }

        private void carryRow(PageCanvas canvas, Bilingual label, BigDecimal balance, float rowTop) {
            float baseline = rowTop + spec.rowPitch() * 0.68f;
            canvas.text(label.zh() + " " + label.en(), LEFT + PAD, baseline, CELL_SIZE, Align.LEFT, true);
            float x = LEFT;
            for (Column column : spec.columns()) {
                x += column.width();
                if (column.cell() == Cell.BALANCE) {
                    canvas.right(Formats.amount(balance), x - PAD, baseline, CELL_SIZE);
                }
            }
        }

        private void footer(PageCanvas canvas, int pages) {
            canvas.line(LEFT, 800, PdfWriter.PAGE_WIDTH - LEFT, 800, 0.5f, 0.5f);
            canvas.text(Vocabulary.FOOTER_BANK.zh(), LEFT, 811, 6.5f);
            canvas.text(Vocabulary.FOOTER_BANK.en(), LEFT, 820, 6.5f);
            String page = Vocabulary.PAGE_OF.zh().formatted(canvas.pageNumber(), pages) + "  "
                    + Vocabulary.PAGE_OF.en().formatted(canvas.pageNumber(), pages);
            canvas.right(page, PdfWriter.PAGE_WIDTH - LEFT, 811, 7);
        }

        // ---- finishing and ground truth ----

        private GeneratedDocument finish(PdfWriter writer, int pages) {
            Placed closing = headerValues.get(HeaderField.CLOSING);
            BigDecimal shownClosing = printed.getLast();
            Optional<String> coveredText = Optional.empty();
            Optional<String> editedFrom = Optional.empty();
            List<PdfWriter.TextEdit> edits = new ArrayList<>();
            if (request.anomalies().contains(Anomaly.COVERED_FIGURE)) {
                BigDecimal raised = Tampering.raisedAmount(shownClosing, tamperRandom, text -> true, unit());
                coveredText = Optional.of(closing.text());
                closing = writer.cover(closing, Formats.amount(raised), false);
                shownClosing = raised;
            }
            if (request.anomalies().contains(Anomaly.EDITED_BALANCE_INCREMENTAL)) {
                BigDecimal raised = Tampering.raisedAmount(shownClosing, tamperRandom, writer::inEmbeddedSubset, unit());
                String text = Formats.amount(raised);
                editedFrom = Optional.of(closing.text());
                PdfWriter.TextEdit header = new PdfWriter.TextEdit(closing, text);
                PdfWriter.TextEdit lastRow = new PdfWriter.TextEdit(balanceCells.getLast(), text);
                edits.add(header);
                edits.add(lastRow);
                closing = moved(closing, text, header.newBox(writer));
                balanceCells.set(balanceCells.size() - 1, moved(balanceCells.getLast(), text, lastRow.newBox(writer)));
                printed.set(printed.size() - 1, raised);
                shownClosing = raised;
                if (brokenRow.isEmpty()) {
                    brokenRow = OptionalInt.of(entries.size() - 1);
                }
            }
            DocumentInfo genuine = DocumentInfo.genuine("Statement " + request.accountNumber(), bank.englishName(),
                    bank.creator(), bank.producer(), printedAt);
            SplittableRandom metaRandom = Seeds.random(request.seed(), 4);
            boolean editor = request.anomalies().contains(Anomaly.EDITOR_PRODUCER);
            DocumentInfo info = editor && edits.isEmpty() ? genuine.editedWithTool(metaRandom) : genuine;
            Optional<DocumentInfo> afterEdit = editor && !edits.isEmpty()
                    ? Optional.of(genuine.editedWithTool(metaRandom)) : Optional.empty();
            byte[] pdf = writer.save(info, request.seed(), request.password(), edits, afterEdit);

            GroundTruth truth = new GroundTruth(figures(closing, shownClosing), transactions(), rowTexts(),
                    request.anomalies(), brokenRow, plan.parkedRow(), coveredText, editedFrom, edits.isEmpty() ? 1 : 2);
            String name = "statement-" + request.layout().name().toLowerCase(Locale.ROOT) + "-"
                    + request.periodEnd().format(Formats.COMPACT).substring(0, 6) + ".pdf";
            return new GeneratedDocument(name, DocumentKind.BANK_STATEMENT, pdf, pages, truth);
        }

        private double unit() {
            return currency.equals("CNY") ? 1 : 0.15;
        }

        private static Placed moved(Placed original, String text, Box box) {
            return new Placed(text, original.page(), original.x(), original.baseline(), original.size(), box, 0);
        }

        private List<Figure> figures(Placed closing, BigDecimal shownClosing) {
            List<Figure> figures = new ArrayList<>();
            figures.add(text("bank", bankName, bank.chineseName()));
            figures.add(text("holder", headerValues.get(HeaderField.NAME), headerValues.get(HeaderField.NAME).text()));
            figures.add(text("account_number", headerValues.get(HeaderField.ACCOUNT), request.accountNumber()));
            figures.add(text("currency", headerValues.get(HeaderField.CURRENCY), currency));
            figures.add(date("period_start", headerValues.get(HeaderField.PERIOD), request.periodStart()));
            figures.add(date("period_end", periodEnd, request.periodEnd()));
            figures.add(amount("opening_balance", headerValues.get(HeaderField.OPENING), plan.opening()));
            figures.add(amount("closing_balance", closing, shownClosing));
            figures.add(amount("total_credits", headerValues.get(HeaderField.CREDITS), totalCredits));
            figures.add(amount("total_debits", headerValues.get(HeaderField.DEBITS), totalDebits));
            addDailyFigures(figures);
            return figures;
        }

        /** Average and minimum of the end-of-day balances as printed, over every calendar day of the period. */
        private void addDailyFigures(List<Figure> figures) {
            LocalDate start = request.periodStart();
            LocalDate end = request.periodEnd();
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal current = plan.opening();
            int lastRow = -1;
            BigDecimal minimum = null;
            int minimumRow = -1;
            int next = 0;
            long days = 0;
            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                while (next < entries.size() && !entries.get(next).date().isAfter(day)) {
                    current = printed.get(next);
                    lastRow = next;
                    next++;
                }
                sum = sum.add(current);
                days++;
                if (minimum == null || current.compareTo(minimum) < 0) {
                    minimum = current;
                    minimumRow = lastRow;
                }
            }
            BigDecimal average = sum.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN);
            String how = "computed: mean of " + days + " end-of-day balances as printed, " + start + " to " + end
                    + ", opening balance carried to the first transaction";
            figures.add(new Figure("average_balance", new FigureValue.Amount(Money.of(average, currency)), 1,
                    balanceHeader, how));
            Placed where = minimumRow < 0 ? headerValues.get(HeaderField.OPENING) : balanceCells.get(minimumRow);
            figures.add(amount("minimum_balance", where, minimum));
        }

        private List<Transaction> transactions() {
            List<Transaction> transactions = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                transactions.add(new Transaction(entry.date(), entry.description(), Money.of(entry.amount(), currency),
                        Optional.of(Money.of(printed.get(i), currency)),
                        request.layout().hasCounterparty() ? entry.counterparty() : "", rowPages.get(i), rowBoxes.get(i)));
            }
            return transactions;
        }

        private List<GroundTruth.RowText> rowTexts() {
            List<GroundTruth.RowText> texts = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                texts.add(new GroundTruth.RowText(Formats.date(entries.get(i).date(), spec.dates()),
                        amountCells.get(i).text(), balanceCells.get(i).text()));
            }
            return texts;
        }

        private Figure text(String name, Placed where, String value) {
            return new Figure(name, new FigureValue.Text(value), where.page(), where.box(), where.text());
        }

        private Figure date(String name, Placed where, LocalDate value) {
            return new Figure(name, new FigureValue.Date(value), where.page(), where.box(), where.text());
        }

        private Figure amount(String name, Placed where, BigDecimal value) {
            return new Figure(name, new FigureValue.Amount(Money.of(value, currency)), where.page(), where.box(),
                    where.text());
        }
    }
}
