package casedesk.evidence;

import casedesk.evidence.figures.Issuers;
import casedesk.evidence.figures.KeyFigures;
import casedesk.evidence.parse.Currencies;
import casedesk.evidence.statement.Balances;
import casedesk.evidence.statement.BracketSigns;
import casedesk.evidence.statement.Reconciliation;
import casedesk.evidence.statement.RunningBalance;
import casedesk.evidence.statement.StatementRow;
import casedesk.evidence.statement.StatementTable;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.evidence.text.TextLayer;
import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads an opened document: its text layer, its kind, its labelled figures, and for a statement its
 * transactions, the figures computed from them and the running-balance proof.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * @param onOperator called before every content-stream operator: the caller's time limit
     */
    public static Reading read(PDDocument document, Runnable onOperator) throws IOException {
        List<PageText> pages = TextLayer.read(document, onOperator);
        StatementTable table = StatementTable.locate(pages);
        DocumentKind kind = KindDetector.detect(pages, table);
        List<Figure> figures = new ArrayList<>();
        if (kind == DocumentKind.BANK_STATEMENT || kind == DocumentKind.DEPOSIT_CERTIFICATE) {
            Issuers.bank(pages).ifPresent(figures::add);
        }
        if (kind != DocumentKind.BANK_STATEMENT) {
            figures.addAll(KeyFigures.read(pages, kind, Optional.empty()));
            return new Reading(kind, pages, figures, List.of(), Optional.empty());
        }

        List<PageText> headerArea = headerArea(pages, table);
        Optional<Figure> named = namedCurrency(headerArea.getFirst()).or(() -> namedCurrency(pages.getFirst()));
        List<Figure> header = new ArrayList<>(KeyFigures.read(headerArea, kind, named.map(f -> f.value().canonical())));
        if (named.isPresent() && find(header, "currency").isEmpty()) {
            header.add(named.get());
        }
        figures.addAll(header);
        Unlabelled.holder(headerArea.getFirst()).filter(f -> find(figures, "holder").isEmpty()).ifPresent(figures::add);
        Unlabelled.account(headerArea.getFirst()).filter(f -> find(figures, "account_number").isEmpty())
                .ifPresent(figures::add);
        String currency = find(figures, "currency").map(f -> f.value().canonical())
                .or(() -> money(header).map(Money::currencyCode))
                .orElse("CNY");
        List<StatementRow> rows = table.read(currency,
                find(figures, "period_start").flatMap(DocumentReader::date),
                find(figures, "period_end").flatMap(DocumentReader::date));
        // Figures printed elsewhere: a summary under the table, opening and closing rows inside it.
        figures.addAll(KeyFigures.read(outsideRows(pages, rows), kind, Optional.of(currency), figures));
        rows = BracketSigns.settle(rows, find(figures, "opening_balance").flatMap(DocumentReader::amount),
                find(figures, "closing_balance").flatMap(DocumentReader::amount));

        List<StatementRow> oldestFirst = Derived.oldestFirst(rows, currency);
        Optional<Figure> printedOpening = find(figures, "opening_balance");
        Optional<Figure> printedClosing = find(figures, "closing_balance");
        Derived.opening(rows, oldestFirst).filter(f -> printedOpening.isEmpty()).ifPresent(figures::add);
        Derived.closing(rows, oldestFirst).filter(f -> printedClosing.isEmpty()).ifPresent(figures::add);
        // A statement of several currency sections: each further currency has its own opening and closing
        // balance, after the statement's own (which the rules read), taken from that section's rows.
        String own = oldestFirst.isEmpty() ? currency : oldestFirst.getFirst().transaction().amount().currencyCode();
        for (String other : rows.stream().map(r -> r.transaction().amount().currencyCode()).distinct()
                .filter(c -> !c.equals(own)).toList()) {
            List<StatementRow> section = Derived.oldestFirst(rows, other);
            Derived.opening(rows, section).ifPresent(figures::add);
            Derived.closing(rows, section).ifPresent(figures::add);
        }
        Optional<Figure> opening = find(figures, "opening_balance");
        Optional<Money> openingMoney = opening.flatMap(DocumentReader::amount);
        Balances.minimum(oldestFirst, opening).ifPresent(figures::add);
        LocalDate start = find(figures, "period_start").flatMap(DocumentReader::date)
                .orElse(oldestFirst.isEmpty() ? LocalDate.MIN : oldestFirst.getFirst().transaction().date());
        LocalDate end = find(figures, "period_end").flatMap(DocumentReader::date)
                .orElse(oldestFirst.isEmpty() ? LocalDate.MIN : oldestFirst.getLast().transaction().date());
        if (!oldestFirst.isEmpty()) {
            Box balanceHeader = table.balanceHeader().orElse(oldestFirst.getFirst().transaction().box());
            Balances.average(oldestFirst, openingMoney, start, end, 1, balanceHeader).ifPresent(figures::add);
        }
        // Only what the statement prints proves it: a balance derived from the rows proves nothing about them.
        Reconciliation reconciliation = RunningBalance.check(rows, printedOpening.flatMap(DocumentReader::amount),
                printedClosing.flatMap(DocumentReader::amount),
                find(figures, "total_credits").flatMap(DocumentReader::amount),
                find(figures, "total_debits").flatMap(DocumentReader::amount));
        return new Reading(kind, pages, figures, rows, Optional.of(reconciliation));
    }

    /** Every page without the lines of the transactions read: where summaries and opening or closing rows stand. */
    private static List<PageText> outsideRows(List<PageText> pages, List<StatementRow> rows) {
        List<PageText> outside = new ArrayList<>();
        for (PageText page : pages) {
            List<Box> boxes = rows.stream().filter(r -> r.transaction().page() == page.number())
                    .map(r -> r.transaction().box()).toList();
            List<Line> lines = page.lines().stream().filter(line -> boxes.stream().noneMatch(box ->
                    line.top() >= box.y() - 0.5 && line.bottom() <= box.y() + box.height() + 0.5)).toList();
            outside.add(new PageText(page.number(), page.width(), page.height(), lines, page.hiddenGlyphs(),
                    page.shapes(), page.glyphCount(), page.markedContent(), page.rules()));
        }
        return outside;
    }

    /**
     * The part of the statement above its transaction table: where the labelled figures stand, with
     * the rules drawn there (the borders of a key/value grid part its cells).
     */
    private static List<PageText> headerArea(List<PageText> pages, StatementTable table) {
        PageText first = pages.getFirst();
        double tableTop = table.tableTopOnFirstPage().orElse(first.height());
        return List.of(new PageText(first.number(), first.width(), first.height(),
                first.lines().stream().filter(line -> line.bottom() < tableTop).toList(),
                first.hiddenGlyphs(), first.shapes(), first.glyphCount(), first.markedContent(),
                first.rules().stream().filter(rule -> rule.y() < tableTop).toList()));
    }

    /** A currency the page names without a label ("All amounts in Hong Kong Dollars (HKD)"), pinned to the word. */
    private static Optional<Figure> namedCurrency(PageText page) {
        for (Line line : page.lines()) {
            for (Word word : line.words()) {
                Optional<String> code = Currencies.named(word.text())
                        .or(() -> word.text().contains("(元)") ? Optional.of("CNY") : Optional.empty());
                if (code.isPresent()) {
                    return Optional.of(new Figure("currency", new FigureValue.Text(code.get()), page.number(),
                            word.box(), word.text()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Figure> find(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static Optional<Money> money(List<Figure> figures) {
        return figures.stream().flatMap(f -> amount(f).stream()).findFirst();
    }

    private static Optional<Money> amount(Figure figure) {
        return figure.value() instanceof FigureValue.Amount(Money money) ? Optional.of(money) : Optional.empty();
    }

    private static Optional<LocalDate> date(Figure figure) {
        return figure.value() instanceof FigureValue.Date(LocalDate date) ? Optional.of(date) : Optional.empty();
    }
}
