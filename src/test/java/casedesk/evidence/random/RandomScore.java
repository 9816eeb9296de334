package casedesk.evidence.random;

import casedesk.evidence.ExtractionResult;
import casedesk.evidence.Extractor;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the reader on random statements as {@code CorpusScore} scores it on the corpus: header
 * figures exact (names and numbers without spaces or case, money by value and currency), rows
 * exact as a multiset of date, signed amount, printed balance or none, and currency, and
 * high-severity signals on these clean files. Adds a breakdown by each drawn feature.
 */
final class RandomScore {

    static final List<String> FIGURES = List.of("holder", "account_number", "currency", "period_start", "period_end",
            "opening_balance", "closing_balance");

    /** One document's score. {@code figures} maps each figure name to whether it was read exactly. */
    record Result(RandomStatements.Generated document, Map<String, Boolean> figures, List<String> figureMisses,
            int rows, int rowsExact, int rowsExtra, List<String> rowMisses, List<String> highSignals) {

        int figuresExact() {
            return (int) figures.values().stream().filter(b -> b).count();
        }
    }

    private RandomScore() {
    }

    static Result score(RandomStatements.Generated document, Extractor extractor) {
        return score(document, document.pdf(), extractor);
    }

    static Result score(RandomStatements.Generated document, byte[] pdf, Extractor extractor) {
        Truth truth = document.truth();
        Map<String, Boolean> figures = new LinkedHashMap<>();
        List<String> figureMisses = new ArrayList<>();
        List<String> rowMisses = new ArrayList<>();
        List<String> high = new ArrayList<>();
        if (!(extractor.extract(pdf, PasswordCandidates.none()) instanceof ExtractionResult.Read read)) {
            FIGURES.forEach(f -> figures.put(f, false));
            figureMisses.add("not read at all");
            rowMisses.add("not read at all");
            return new Result(document, figures, figureMisses, truth.rows().size(), 0, 0, rowMisses, high);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("holder", truth.holder());
        expected.put("account_number", truth.account());
        expected.put("currency", truth.currency());
        expected.put("period_start", truth.periodStart().toString());
        expected.put("period_end", truth.periodEnd().toString());
        expected.put("opening_balance", truth.opening().toPlainString());
        expected.put("closing_balance", truth.closing().toPlainString());
        List<Figure> read1 = read.document().reading().figures();
        for (var e : expected.entrySet()) {
            Optional<Figure> figure = read1.stream().filter(f -> f.name().equals(e.getKey())).findFirst();
            boolean money = e.getKey().endsWith("_balance");
            boolean exact = figure.isPresent() && (money ? sameMoney(figure.get().value(), e.getValue(), truth.currency())
                    : squeeze(figure.get().value().canonical()).equals(squeeze(e.getValue())));
            figures.put(e.getKey(), exact);
            if (!exact) {
                figureMisses.add(e.getKey() + ": " + figure.map(f -> f.value().canonical()
                        + f.currencyCode().map(c -> " " + c).orElse("")).orElse("none") + " instead of " + e.getValue());
            }
        }
        Map<String, Integer> unmatched = new HashMap<>();
        for (Transaction row : read.document().reading().transactions()) {
            unmatched.merge(key(row), 1, Integer::sum);
        }
        int exact = 0;
        for (Truth.Row row : truth.rows()) {
            String key = key(row, truth.currency());
            Integer left = unmatched.get(key);
            if (left != null && left > 0) {
                unmatched.put(key, left - 1);
                exact++;
            } else {
                rowMisses.add("row not read: " + key);
            }
        }
        int extra = unmatched.values().stream().mapToInt(Integer::intValue).sum();
        unmatched.forEach((k, n) -> {
            if (n > 0) {
                rowMisses.add("read instead: " + k + (n > 1 ? " x" + n : ""));
            }
        });
        for (TamperSignal signal : read.document().signals()) {
            if (signal.severity() == Severity.HIGH) {
                high.add(signal.code() + " " + signal.detail());
            }
        }
        return new Result(document, figures, figureMisses, truth.rows().size(), exact, extra, rowMisses, high);
    }

    private static String key(Transaction row) {
        return row.date() + " " + two(row.amount().amount()) + " "
                + row.balance().map(b -> two(b.amount())).orElse("-") + " "
                + row.amount().currencyCode();
    }

    /** Two decimals, or as many as the reader read (CorpusScore's setScale(2) would throw on 12.345). */
    private static String two(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale())).toPlainString();
    }

    private static String key(Truth.Row row, String currency) {
        return row.date() + " " + row.amount().setScale(2) + " "
                + (row.balance() == null ? "-" : row.balance().setScale(2).toPlainString()) + " " + currency;
    }

    private static boolean sameMoney(FigureValue value, String expected, String currency) {
        return value instanceof FigureValue.Amount(Money money) && money.amount().compareTo(new BigDecimal(expected)) == 0
                && money.currencyCode().equals(currency);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    // ---- the breakdown ----

    /** The drawn features a breakdown groups documents by. */
    static final Map<String, Function<Layout, Object>> FEATURES = features();

    private static Map<String, Function<Layout, Object>> features() {
        Map<String, Function<Layout, Object>> f = new LinkedHashMap<>();
        f.put("library", Layout::library);
        f.put("language", Layout::language);
        f.put("face", Layout::face);
        f.put("page", Layout::pageSize);
        f.put("dates", l -> l.dateForm().example);
        f.put("time", Layout::timeMode);
        f.put("signs", Layout::signStyle);
        f.put("empty cell", l -> l.signStyle() == SignStyle.DEBIT_CREDIT_COLUMNS ? "'" + l.emptyCell() + "'" : "n/a");
        f.put("balance", Layout::balanceMode);
        f.put("order", l -> l.descending() ? "descending" : "ascending");
        f.put("ruled", Layout::ruled);
        f.put("wrapped", Layout::wrapped);
        f.put("thousands", Layout::thousands);
        f.put("header", l -> l.placement() + " x" + l.pairsPerLine());
        f.put("period split", Layout::periodSplit);
        f.put("money with code", Layout::amountsWithCurrency);
        f.put("gap", l -> l.gap() / l.fontSize() < 1.5f ? "1-1.5 em" : "1.5-3 em");
        f.put("repeat header", Layout::repeatHeader);
        f.put("page header", Layout::pageHeader);
        f.put("b/f c/f rows", Layout::forwardRows);
        f.put("total row", Layout::totalRow);
        f.put("footer", Layout::footer);
        f.put("first column", l -> l.columns().getFirst());
        f.put("currency column", l -> l.columns().contains(ColumnKind.CURRENCY));
        f.put("serial column", l -> l.columns().contains(ColumnKind.SERIAL));
        return f;
    }

    /** A table: per feature value, documents, rows exact, figures exact and which figure fails most. */
    static String breakdown(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-16s %-28s %5s %16s %14s  %s%n", "feature", "value", "docs", "rows exact",
                "figures", "figure misses"));
        for (var feature : FEATURES.entrySet()) {
            Map<String, List<Result>> groups = new TreeMap<>();
            for (Result r : results) {
                groups.computeIfAbsent(String.valueOf(feature.getValue().apply(r.document().layout())),
                        k -> new ArrayList<>()).add(r);
            }
            for (var group : groups.entrySet()) {
                List<Result> g = group.getValue();
                int rows = g.stream().mapToInt(Result::rows).sum();
                int exact = g.stream().mapToInt(Result::rowsExact).sum();
                int figs = g.size() * FIGURES.size();
                int figsExact = g.stream().mapToInt(Result::figuresExact).sum();
                Map<String, Integer> missing = new TreeMap<>();
                for (Result r : g) {
                    r.figures().forEach((name, ok) -> {
                        if (!ok) {
                            missing.merge(name, 1, Integer::sum);
                        }
                    });
                }
                out.append(String.format("%-16s %-28s %5d %6d/%-5d %3.0f%% %5d/%-4d %3.0f%%  %s%n", feature.getKey(),
                        group.getKey(), g.size(), exact, rows, 100.0 * exact / Math.max(1, rows), figsExact, figs,
                        100.0 * figsExact / figs, missing));
            }
        }
        return out.toString();
    }
}
