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
        List<Field> fields = Layouts.BY_KIND.getOrDefault(kind, List.of());
        List<List<String>> allLabels = fields.stream().flatMap(f -> f.labels().stream())
                .map(label -> Arrays.stream(Labels.normalise(label).split("\\s+")).toList()).toList();
        Predicate<List<Word>> startsLabel = words -> Labels.isLabelAt(words, 0, allLabels);

        List<Figure> figures = new ArrayList<>();
        Optional<String> documentCurrency = currency;
        Labels.Index index = Labels.Index.of(pages);
        for (Field field : fields) {
            for (Labels.Hit hit : index.find(field.labels())) {
                List<Figure> read = read(field, hit, startsLabel, documentCurrency);
                if (!read.isEmpty()) {
                    figures.addAll(read);
                    if (field.type() == Field.Type.CURRENCY) {
                        documentCurrency = Optional.of(read.getFirst().value().canonical());
                    }
                    break;
                }
            }
        }
        return figures;
    }

    private static List<Figure> read(Field field, Labels.Hit hit, Predicate<List<Word>> startsLabel,
            Optional<String> currency) {
        int page = hit.page().number();
        List<Word> right = ValueFinder.rightOf(hit, startsLabel);
        List<Figure> read = switch (field.type()) {
            case TEXT -> text(field.figure(), right, page);
            case AMOUNT -> amount(field.figure(), right, page, currency);
            case DATE -> date(field.figure(), right, page);
            case PERIOD -> period(field.figure(), right, page);
            case CURRENCY -> currency(field.figure(), right, page);
            case NUMBER -> number(field.figure(), right, page);
            case BAND -> band(field.figure(), right, page);
        };
        if (read.isEmpty() && (field.type() == Field.Type.NUMBER || field.type() == Field.Type.BAND)) {
            List<Word> below = ValueFinder.below(hit, startsLabel);
            read = field.type() == Field.Type.NUMBER ? number(field.figure(), below, page) : band(field.figure(), below, page);
        }
        return read;
    }

    private static List<Figure> text(String name, List<Word> words, int page) {
        if (words.isEmpty()) {
            return List.of();
        }
        String text = join(words);
        return List.of(new Figure(name, new FigureValue.Text(text), page, box(words), text));
    }

    private static List<Figure> amount(String name, List<Word> words, int page, Optional<String> currency) {
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            Optional<Amounts.Parsed> parsed = Amounts.parse(word.text());
            if (parsed.isEmpty()) {
                continue;
            }
            List<Figure> figures = new ArrayList<>();
            Optional<String> code = parsed.get().currency();
            if (code.isEmpty() && i > 0) {
                Word before = words.get(i - 1);
                code = Currencies.code(before.text());
                code.ifPresent(c -> figures.add(new Figure("currency", new FigureValue.Text(c), page, before.box(),
                        before.text())));
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

    private static List<Figure> date(String name, List<Word> words, int page) {
        List<Dated> dates = dates(words);
        if (dates.isEmpty()) {
            return List.of();
        }
        Dated first = dates.getFirst();
        return List.of(new Figure(name, new FigureValue.Date(first.date), page, box(first.words), join(first.words)));
    }

    private static List<Figure> period(String stem, List<Word> words, int page) {
        List<Dated> dates = dates(words);
        if (dates.size() < 2) {
            return List.of();
        }
        return List.of(
                new Figure(stem + "_start", new FigureValue.Date(dates.get(0).date), page, box(dates.get(0).words),
                        join(dates.get(0).words)),
                new Figure(stem + "_end", new FigureValue.Date(dates.get(1).date), page, box(dates.get(1).words),
                        join(dates.get(1).words)));
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
            if (word.text().matches("\\d{3}")) {
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

    /** Dates in a run of words; a date may span up to three words ("09 Dec 2026"). */
    private static List<Dated> dates(List<Word> words) {
        List<Dated> dates = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            boolean found = false;
            for (int span = Math.min(3, words.size() - i); span >= 1; span--) {
                List<Word> window = words.subList(i, i + span);
                Optional<LocalDate> date = Dates.parse(join(window));
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
