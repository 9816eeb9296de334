package casedesk.evidence.figures;

import casedesk.evidence.parse.Amounts;
import casedesk.evidence.parse.Currencies;
import casedesk.evidence.parse.Dates;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The labelled figures of a document: for each field of its kind, the first label on the pages
 * whose value reads as that field's type. A label whose value does not read ("Amount in words",
 * next to 人民币伍万元整) is passed over for the next one.
 */
public final class KeyFigures {

    private KeyFigures() {
    }

    /**
     * @param currency the document's currency where an amount prints none (a statement's amounts)
     */
    public static List<Figure> read(List<PageText> pages, DocumentKind kind, Optional<String> currency) {
        return read(pages, kind, currency, List.of());
    }

    /**
     * @param already figures found before (in another part of the document): their fields are not
     *                looked for again
     */
    public static List<Figure> read(List<PageText> printed, DocumentKind kind, Optional<String> currency,
            List<Figure> already) {
        List<PageText> pages = Bilingual.split(printed);
        List<Field> fields = Layouts.BY_KIND.getOrDefault(kind, List.of());
        List<List<String>> allLabels = fields.stream().flatMap(f -> f.labels().stream())
                .map(label -> Arrays.stream(Labels.normalise(label).split("\\s+")).toList()).toList();
        Predicate<List<Word>> startsLabel = words -> Labels.isLabelAt(words, 0, allLabels);
        Reader reader = new Reader(startsLabel, Values.labelWords(fields), dateOrder(pages));

        List<Figure> figures = new ArrayList<>();
        Optional<String> documentCurrency = currency;
        Labels.Index index = Labels.Index.of(pages);
        for (Field field : fields) {
            String name = field.type() == Field.Type.PERIOD ? field.figure() + "_start" : field.figure();
            if (has(already, name) || has(figures, name)) {
                continue;
            }
            for (Labels.Hit hit : index.find(field.labels())) {
                List<Figure> read = reader.read(field, hit, documentCurrency);
                if (!read.isEmpty()) {
                    read.stream().filter(f -> !has(already, f.name()) && !has(figures, f.name())).forEach(figures::add);
                    if (field.type() == Field.Type.CURRENCY) {
                        documentCurrency = Optional.of(read.getFirst().value().canonical());
                    }
                    break;
                }
            }
        }
        if (kind == DocumentKind.CREDIT_REPORT && !has(figures, "score") && !has(already, "score")) {
            dominantScore(pages).ifPresent(figures::add);
        }
        if (kind == DocumentKind.CREDIT_REPORT && !has(figures, "band") && !has(already, "band")) {
            figures.stream().filter(f -> f.name().equals("score")).findFirst()
                    .flatMap(score -> bandUnder(score, pages)).ifPresent(figures::add);
        }
        return figures;
    }

    /** How many words from {@code i} make one number grouped by spaces ("30 000,00", "1 250 000.00"): 1 if none. */
    private static int spaceGrouped(List<Word> words, int i) {
        if (!words.get(i).text().matches("[€$£¥]?\\d{1,3}")) {
            return 1;
        }
        int end = i + 1;
        while (end < words.size() && words.get(end).text().matches("\\d{3}([.,]\\d{1,2})?")
                && words.get(end).left() - words.get(end - 1).right() < words.get(end).size()) {
            end++;
        }
        return end - i;
    }

    /**
     * A report without a score label: the score is the number from 350 to 950 set larger than any
     * other such number (a gauge's ticks are small), if one is.
     */
    private static Optional<Figure> dominantScore(List<PageText> pages) {
        Word best = null;
        int page = 0;
        float runnerUp = 0;
        for (PageText text : pages) {
            for (var line : text.lines()) {
                for (Word word : line.words()) {
                    if (!word.text().matches("\\d{3}") || !Scores.inRange(Long.parseLong(word.text()))) {
                        continue;
                    }
                    if (best == null || word.size() > best.size()) {
                        runnerUp = best == null ? runnerUp : Math.max(runnerUp, best.size());
                        best = word;
                        page = text.number();
                    } else {
                        runnerUp = Math.max(runnerUp, word.size());
                    }
                }
            }
        }
        if (best == null || best.size() < 1.5 * runnerUp) {
            return Optional.empty();
        }
        return Optional.of(new Figure("score", new FigureValue.Number(Long.parseLong(best.text())), page, best.box(),
                best.text()));
    }

    /** A band word printed under the score, as a gauge does ("668" over "优秀"), within a few lines. */
    private static Optional<Figure> bandUnder(Figure score, List<PageText> pages) {
        PageText page = pages.get(score.page() - 1);
        Box box = score.box();
        double centre = box.x() + box.width() / 2;
        for (var line : page.lines()) {
            if (line.top() < box.y() + box.height() / 2 || line.top() > box.y() + box.height() + 6 * box.height()) {
                continue;
            }
            for (Word word : line.words()) {
                boolean under = word.left() - 2 * word.size() < centre && word.right() + 2 * word.size() > centre;
                if (under && Layouts.BANDS.contains(Labels.normalise(word.text()))) {
                    return Optional.of(new Figure("band", new FigureValue.Text(word.text()), page.number(), word.box(),
                            word.text()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean has(List<Figure> figures, String name) {
        return figures.stream().anyMatch(f -> f.name().equals(name));
    }

    /** The document's order of day and month in numeric dates, from every such date it prints. */
    private static Dates.Order dateOrder(List<PageText> pages) {
        List<String> samples = new ArrayList<>();
        for (PageText page : pages) {
            for (var line : page.lines()) {
                for (Word word : line.words()) {
                    String text = word.text();
                    if (text.length() >= 8 && text.length() <= 12 && Character.isDigit(text.charAt(0))
                            && (text.indexOf('/') > 0 || text.indexOf('-') > 0 || text.indexOf('.') > 0)) {
                        samples.add(text);
                    }
                }
            }
        }
        return Dates.order(samples, Optional.empty(), Optional.empty());
    }

    /** Reads one field's value beside one of its labels: to the right, else below, else (an amount) to the left. */
    private record Reader(Predicate<List<Word>> startsLabel, Set<String> labelWords, Dates.Order order) {

        List<Figure> read(Field field, Labels.Hit hit, Optional<String> currency) {
            int page = hit.page().number();
            List<Figure> read = typed(field, ValueFinder.rightOf(hit, startsLabel), page, currency);
            if (read.isEmpty()) {
                read = typed(field, ValueFinder.below(hit, startsLabel), page, currency);
            }
            if (read.isEmpty() && field.type() == Field.Type.AMOUNT) {
                // A row of a table of limits: "Emergency medical expenses and hospitalisation ....... €30,000".
                read = typed(field, ValueFinder.restOfLine(hit), page, currency);
            }
            if (read.isEmpty() && field.type() == Field.Type.AMOUNT) {
                // A table row that names the balance it carries after the figure: "2026/3/1 CNY 106,157.11 期初余额".
                read = typed(field, ValueFinder.leftOf(hit), page, currency);
            }
            return read;
        }

        private List<Figure> typed(Field field, List<Word> words, int page, Optional<String> currency) {
            List<Word> value = withoutLeadingColon(words);
            return switch (field.type()) {
                case TEXT -> text(field.figure(), value, page);
                case AMOUNT -> amount(field.figure(), value, page, currency);
                case DATE -> date(field.figure(), value, page);
                case PERIOD -> period(field.figure(), value, page);
                case CURRENCY -> currency(field.figure(), value, page);
                case NUMBER -> number(field.figure(), value, page);
                case BAND -> band(field.figure(), value, page);
            };
        }

        /**
         * Words that begin with a label are the next field, not this one's value: "户名 Account Holder"
         * with nothing after it but "币种 Currency" further along the line.
         */
        private List<Figure> text(String name, List<Word> words, int page) {
            if (words.isEmpty() || startsLabel.test(words)) {
                return List.of();
            }
            String text = join(words);
            return Values.clean(name, text, labelWords)
                    .map(value -> List.of(new Figure(name, new FigureValue.Text(value), page, box(words), text)))
                    .orElse(List.of());
        }

        private List<Figure> date(String name, List<Word> words, int page) {
            List<Dated> dates = dates(words, order);
            if (dates.isEmpty()) {
                return List.of();
            }
            Dated first = dates.getFirst();
            return List.of(new Figure(name, new FigureValue.Date(first.date), page, box(first.words), join(first.words)));
        }

        private List<Figure> period(String stem, List<Word> words, int page) {
            List<Dated> dates = dates(words, order);
            if (dates.size() < 2) {
                return List.of();
            }
            return List.of(
                    new Figure(stem + "_start", new FigureValue.Date(dates.get(0).date), page, box(dates.get(0).words),
                            join(dates.get(0).words)),
                    new Figure(stem + "_end", new FigureValue.Date(dates.get(1).date), page, box(dates.get(1).words),
                            join(dates.get(1).words)));
        }
    }

    /** A colon set apart from its label (": REN JIAHAO") is no part of the value. */
    private static List<Word> withoutLeadingColon(List<Word> words) {
        int from = 0;
        while (from < words.size() && Labels.normalise(words.get(from).text()).isEmpty()) {
            from++;
        }
        return words.subList(from, words.size());
    }

    private static List<Figure> amount(String name, List<Word> words, int page, Optional<String> currency) {
        List<Dates.Found> dates = Dates.findAll(join(words));
        int offset = 0;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            int start = offset;
            offset += word.text().length() + 1;
            int span = spaceGrouped(words, i);
            Optional<Amounts.Parsed> parsed = Amounts.parse(join(words.subList(i, i + span)));
            if (span > 1) {
                word = new Word(join(words.subList(i, i + span)), box(words.subList(i, i + span)), word.baseline(),
                        words.subList(i, i + span).stream().flatMap(w -> w.glyphs().stream()).toList());
            }
            // "Balance as at September 3, 2026": the year of a date is no amount.
            if (parsed.isEmpty() || dates.stream().anyMatch(d -> d.start() <= start && start < d.end())) {
                continue;
            }
            List<Figure> figures = new ArrayList<>();
            Optional<String> code = parsed.get().currency();
            for (int k : new int[] {i - 1, i + span}) {
                if (code.isEmpty() && k >= 0 && k < words.size()) {
                    Word beside = words.get(k);
                    code = Currencies.code(beside.text());
                    code.ifPresent(c -> figures.add(new Figure("currency", new FigureValue.Text(c), page, beside.box(),
                            beside.text())));
                }
            }
            Optional<String> resolved = code.or(() -> currency);
            if (resolved.isEmpty()) {
                return List.of();
            }
            figures.addFirst(new Figure(name, new FigureValue.Amount(Money.of(parsed.get().value(), resolved.get())),
                    page, word.box(), word.text()));
            return figures;
        }
        return List.of();
    }

    private static List<Figure> currency(String name, List<Word> words, int page) {
        if (words.isEmpty()) {
            return List.of();
        }
        String text = join(words);
        return Currencies.find(text)
                .map(code -> List.of(new Figure(name, new FigureValue.Text(code), page, box(words), text)))
                .orElse(List.of());
    }

    private static List<Figure> number(String name, List<Word> words, int page) {
        for (Word word : words) {
            if (word.text().matches("\\d{3}") && (!name.equals("score") || Scores.inRange(Long.parseLong(word.text())))) {
                return List.of(new Figure(name, new FigureValue.Number(Long.parseLong(word.text())), page, word.box(),
                        word.text()));
            }
        }
        return List.of();
    }

    private static List<Figure> band(String name, List<Word> words, int page) {
        for (Word word : words) {
            if (Layouts.BANDS.contains(Labels.normalise(word.text()))) {
                return List.of(new Figure(name, new FigureValue.Text(word.text()), page, word.box(), word.text()));
            }
        }
        return List.of();
    }

    private record Dated(LocalDate date, List<Word> words) {
    }

    /**
     * Dates in a run of words; a date may span up to three words ("09 Dec 2026"), in brackets or not,
     * and one word may hold two ("2026-03-01~2026-03-31").
     */
    private static List<Dated> dates(List<Word> printed, Dates.Order order) {
        List<Word> words = JoinedDates.apart(printed,
                text -> Dates.parse(unbracketed(text), order, Optional.empty(), Optional.empty()).isPresent());
        List<Dated> dates = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            boolean found = false;
            for (int span = Math.min(3, words.size() - i); span >= 1; span--) {
                List<Word> window = words.subList(i, i + span);
                Optional<LocalDate> date = Dates.parse(unbracketed(join(window)), order, Optional.empty(), Optional.empty());
                if (date.isPresent()) {
                    dates.add(new Dated(date.get(), window));
                    i += span;
                    found = true;
                    break;
                }
            }
            if (!found) {
                i++;
            }
        }
        return dates;
    }

    private static String unbracketed(String text) {
        return text.replaceAll("^[\\[(（【]+|[\\])）】,，;.。]+$", "");
    }

    static String join(List<Word> words) {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    static Box box(List<Word> words) {
        Box box = words.getFirst().box();
        for (Word word : words) {
            box = box.union(word.box());
        }
        return box;
    }
}
