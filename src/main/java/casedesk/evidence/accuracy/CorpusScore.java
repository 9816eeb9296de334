package casedesk.evidence.accuracy;

import casedesk.evidence.ExtractionResult;
import casedesk.evidence.Extractor;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How well the reader reads a folder of PDFs that each carry a {@code NAME.truth.json} beside them
 * (the development corpus's convention): header figures exact, transactions exact (date, signed
 * amount, printed balance, currency), high-severity signals on clean files, planted signs raised.
 * The same measure is asserted by the tests and printed by {@code casedesk bench extract}.
 */
public final class CorpusScore {

    /** The truth's names for the header figures of each kind, and the reader's. */
    private static final Map<String, List<Expected>> HEADER = Map.of(
            "bank-statement", List.of(text("holder", "holder"), text("account", "account_number"),
                    text("currency", "currency"), text("period_start", "period_start"), text("period_end", "period_end"),
                    amount("opening_balance", "opening_balance"), amount("closing_balance", "closing_balance")),
            "deposit-certificate", List.of(text("holder", "holder"), text("currency", "currency"),
                    amount("amount", "amount"), text("issue_date", "issue_date"), text("frozen_until", "frozen_until")),
            "credit-report", List.of(text("holder", "holder"), text("score", "score"), text("band", "band"),
                    text("report_date", "issue_date"), text("valid_until", "valid_until")),
            "insurance-certificate", List.of(text("insured", "insured"), amount("coverage_amount", "coverage"),
                    text("period_start", "period_start"), text("period_end", "period_end")));

    /** The truth's tamper-sign codes and the reader's signal codes that stand for them. */
    private static final Map<String, String> SIGNS = Map.of("incremental-update", "incremental-update",
            "editor-metadata", "editor-producer", "covered-text", "covered-text", "balance-mismatch", "balance-break");

    private record Expected(String truthName, String figureName, boolean money) {
    }

    private static Expected text(String truthName, String figureName) {
        return new Expected(truthName, figureName, false);
    }

    private static Expected amount(String truthName, String figureName) {
        return new Expected(truthName, figureName, true);
    }

    /** One document's score; {@code misses} says in words what was not read exactly. */
    public record Document(String file, boolean tampered, int figures, int figuresExact, int transactions,
            int transactionsExact, int transactionsExtra, int highSignalsOnClean, int plantedSigns, int plantedRaised,
            List<String> misses) {
    }

    /** A whole folder's score. */
    public record Report(List<Document> documents) {
        public int figures() {
            return documents.stream().mapToInt(Document::figures).sum();
        }

        public int figuresExact() {
            return documents.stream().mapToInt(Document::figuresExact).sum();
        }

        public int transactions() {
            return documents.stream().mapToInt(Document::transactions).sum();
        }

        public int transactionsExact() {
            return documents.stream().mapToInt(Document::transactionsExact).sum();
        }

        public int transactionsExtra() {
            return documents.stream().mapToInt(Document::transactionsExtra).sum();
        }

        public int highSignalsOnClean() {
            return documents.stream().mapToInt(Document::highSignalsOnClean).sum();
        }

        public int plantedSigns() {
            return documents.stream().mapToInt(Document::plantedSigns).sum();
        }

        public int plantedRaised() {
            return documents.stream().mapToInt(Document::plantedRaised).sum();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusScore() {
    }

    /** Whether a folder holds any PDF with a truth file beside it. */
    public static boolean hasTruth(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".truth.json"));
        } catch (IOException e) {
            return false;
        }
    }

    public static Report score(Path dir, Extractor extractor) {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path truthFile : files.filter(f -> f.getFileName().toString().endsWith(".truth.json")).sorted().toList()) {
                String name = truthFile.getFileName().toString().replace(".truth.json", ".pdf");
                Path pdf = truthFile.resolveSibling(name);
                if (Files.exists(pdf)) {
                    documents.add(score(name, Files.readAllBytes(pdf), JSON.readTree(truthFile.toFile()), extractor));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report(documents);
    }

    static Document score(String file, byte[] pdf, JsonNode truth, Extractor extractor) {
        PasswordCandidates passwords = truth.path("password").isTextual()
                ? PasswordCandidates.none().withNationalId(truth.path("holder_id").asText())
                : PasswordCandidates.none();
        boolean tampered = truth.path("tampered").asBoolean(false);
        List<String> misses = new ArrayList<>();
        List<Expected> header = HEADER.getOrDefault(truth.path("kind").asText(), List.of());
        List<JsonNode> expectedRows = new ArrayList<>();
        truth.path("transactions").forEach(expectedRows::add);
        int planted = truth.path("tamper_signs").size();
        int figuresExpected = (int) header.stream().filter(e -> !truth.path(e.truthName()).isNull()
                && !truth.path(e.truthName()).isMissingNode()).count();
        if (!(extractor.extract(pdf, passwords) instanceof ExtractionResult.Read read)) {
            misses.add("not read at all");
            return new Document(file, tampered, figuresExpected, 0, expectedRows.size(), 0, 0, 0, planted, 0, misses);
        }
        List<Figure> figures = read.document().reading().figures();
        int figuresExact = 0;
        String currency = truth.path("currency").asText(truth.path("coverage_currency").asText(""));
        for (Expected expected : header) {
            JsonNode value = truth.path(expected.truthName());
            if (value.isNull() || value.isMissingNode()) {
                continue;
            }
            Optional<Figure> figure = figures.stream().filter(f -> f.name().equals(expected.figureName())).findFirst();
            boolean exact = figure.isPresent() && (expected.money()
                    ? sameMoney(figure.get().value(), value.asText(), currency)
                    : sameText(figure.get().value().canonical(), value.asText())
                            || expected.truthName().equals("band")
                            && sameText(figure.get().value().canonical(), truth.path("band_printed").asText()));
            if (exact) {
                figuresExact++;
            } else {
                misses.add(expected.figureName() + ": " + figure.map(f -> f.value().canonical()).orElse("none")
                        + " instead of " + value.asText());
            }
        }

        Map<String, Integer> unmatched = new HashMap<>();
        List<Transaction> readRows = read.document().reading().transactions();
        for (Transaction row : readRows) {
            unmatched.merge(key(row), 1, Integer::sum);
        }
        int rowsExact = 0;
        for (JsonNode row : expectedRows) {
            String key = key(row, currency);
            Integer left = unmatched.get(key);
            if (left != null && left > 0) {
                unmatched.put(key, left - 1);
                rowsExact++;
            } else if (misses.size() < 40) {
                misses.add("row not read: " + key);
            }
        }
        int extra = unmatched.values().stream().mapToInt(Integer::intValue).sum();

        List<TamperSignal> signals = read.document().signals();
        int highOnClean = 0;
        if (!tampered) {
            for (TamperSignal signal : signals) {
                if (signal.severity() == Severity.HIGH) {
                    highOnClean++;
                    if (misses.size() < 60) {
                        misses.add("high signal on a clean file: " + signal.code() + " " + signal.detail());
                    }
                }
            }
        }
        int raised = 0;
        for (JsonNode sign : truth.path("tamper_signs")) {
            String code = SIGNS.getOrDefault(sign.asText(), sign.asText());
            if (signals.stream().anyMatch(s -> s.code().equals(code))) {
                raised++;
            } else {
                misses.add("planted sign not raised: " + sign.asText());
            }
        }
        return new Document(file, tampered, figuresExpected, figuresExact, expectedRows.size(), rowsExact, extra,
                highOnClean, planted, raised, misses);
    }

    private static String key(Transaction row) {
        return row.date() + " " + row.amount().amount().setScale(2) + " "
                + row.balance().map(b -> b.amount().setScale(2).toPlainString()).orElse("-") + " "
                + row.amount().currencyCode();
    }

    private static String key(JsonNode row, String currency) {
        JsonNode balance = row.path("balance");
        return row.path("date").asText() + " " + new BigDecimal(row.path("amount").asText()).setScale(2) + " "
                + (balance.isNull() || balance.isMissingNode() ? "-" : new BigDecimal(balance.asText()).setScale(2))
                + " " + row.path("currency").asText(currency);
    }

    private static boolean sameMoney(FigureValue value, String expected, String currency) {
        return value instanceof FigureValue.Amount(Money money)
                && money.amount().compareTo(new BigDecimal(expected)) == 0
                && (currency.isEmpty() || money.currencyCode().equals(currency));
    }

    /** Names and numbers compare without spaces or case ("MR TANG YIMING", "6222 0210 ..."). */
    private static boolean sameText(String read, String expected) {
        return squeeze(read).equals(squeeze(expected));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
