package casedesk.rules;

import casedesk.model.Applicant;
import casedesk.model.Box;
import casedesk.model.CaseReference;
import casedesk.model.Document;
import casedesk.model.DocumentKind;
import casedesk.model.ExchangeRate;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/** Case files built in a few lines, for rule tests: a case, its documents and their figures. */
final class CaseFiles {

    static final LocalDate LODGED = LocalDate.of(2026, 11, 2);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final Applicant WANG = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN",
            "E12345678", "310101198804171234");
    private static final Box BOX = new Box(100, 100, 50, 10);
    private static final AtomicLong IDS = new AtomicLong();

    private final List<CaseFile.Evidence> documents = new ArrayList<>();
    private final List<CaseFile.Match> matches = new ArrayList<>();
    private LocalDate entry = LocalDate.of(2026, 12, 10);
    private LocalDate exit = LocalDate.of(2026, 12, 24);

    static CaseFiles aCase() {
        return new CaseFiles();
    }

    CaseFiles stay(LocalDate from, LocalDate to) {
        entry = from;
        exit = to;
        return this;
    }

    /** A statement for the period, closing on an amount, with the transactions given. */
    CaseFiles statement(String currency, String closing, LocalDate start, LocalDate end, Transaction... transactions) {
        return document(DocumentKind.BANK_STATEMENT, "statement-" + documents.size() + ".pdf", List.of(transactions),
                List.of(), text("holder", "王小明 WANG XIAOMING"), text("currency", currency),
                date("period_start", start), date("period_end", end), amount("closing_balance", closing, currency));
    }

    CaseFiles statementWithSignal(String closing, Severity severity, String code) {
        return document(DocumentKind.BANK_STATEMENT, "doctored.pdf", List.of(),
                List.of(TamperSignal.documentWide(code, severity, Phrase.text("something about " + code))),
                text("holder", "WANG XIAOMING"), date("period_start", LocalDate.of(2026, 7, 21)),
                date("period_end", LocalDate.of(2026, 10, 20)), amount("closing_balance", closing, "CNY"));
    }

    CaseFiles deposit(String amount, String currency, LocalDate frozenUntil) {
        return document(DocumentKind.DEPOSIT_CERTIFICATE, "deposit.pdf", List.of(), List.of(), text("holder", "王小明"),
                amount("amount", amount, currency), date("frozen_until", frozenUntil));
    }

    CaseFiles sesame(int score, LocalDate issued, String holder) {
        return document(DocumentKind.CREDIT_REPORT, "zhima.pdf", List.of(), List.of(), text("holder", holder),
                text("id_number", "310101********1234"), number("score", score), date("issue_date", issued),
                date("valid_until", issued.plusDays(30)));
    }

    CaseFiles insurance(String cover, LocalDate from, LocalDate to, String territory) {
        return document(DocumentKind.INSURANCE, "insurance.pdf", List.of(), List.of(), text("insured", "WANG XIAOMING"),
                amount("coverage", cover, "EUR"), date("period_start", from), date("period_end", to),
                text("territory", territory));
    }

    /** Good insurance for the stay. */
    CaseFiles insured() {
        return insurance("30000.00", entry.minusDays(1), exit.plusDays(1), "Schengen States");
    }

    CaseFiles match(CaseFile.Match match) {
        matches.add(match);
        return this;
    }

    CaseFiles document(DocumentKind kind, String file, List<Transaction> transactions, List<TamperSignal> signals,
            Figure... figures) {
        long documentId = IDS.incrementAndGet();
        Document document = new Document(documentId, ref(), kind, file, "%064x".formatted(documentId), 1, 1000,
                Instant.parse("2026-11-02T08:00:00Z"), "test");
        List<StoredFigure> stored = new ArrayList<>();
        for (Figure figure : figures) {
            stored.add(new StoredFigure(IDS.incrementAndGet(), documentId, figure));
        }
        documents.add(new CaseFile.Evidence(document, stored, transactions, signals));
        return this;
    }

    CaseFile build() {
        return new CaseFile(VisaCase.lodged(ref(), LODGED, WANG, new Trip(entry, exit, "tourism", "LU", "C")),
                documents, matches);
    }

    static CaseReference ref() {
        return new CaseReference("LU-SHA-2026-000123");
    }

    static Transaction credit(LocalDate date, String amount, String from) {
        return new Transaction(date, "转账", Money.of(amount, "CNY"), Optional.empty(), from, 1, BOX);
    }

    static Figure text(String name, String value) {
        return new Figure(name, new FigureValue.Text(value), 1, BOX, value);
    }

    static Figure date(String name, LocalDate value) {
        return new Figure(name, new FigureValue.Date(value), 1, BOX, value.toString());
    }

    static Figure amount(String name, String value, String currency) {
        return new Figure(name, new FigureValue.Amount(Money.of(value, currency)), 1, BOX, value);
    }

    static Figure number(String name, long value) {
        return new Figure(name, new FigureValue.Number(value), 1, BOX, Long.toString(value));
    }

    /** A rate table: CNY 7.9153 and USD 1.0500 per euro, dated the day given. */
    static BiFunction<String, LocalDate, Optional<ExchangeRate>> rates(LocalDate dated) {
        return (currency, day) -> switch (currency) {
            case "CNY" -> Optional.of(new ExchangeRate(dated, "CNY", new BigDecimal("7.9153")));
            case "USD" -> Optional.of(new ExchangeRate(dated, "USD", new BigDecimal("1.0500")));
            default -> Optional.empty();
        };
    }
}
