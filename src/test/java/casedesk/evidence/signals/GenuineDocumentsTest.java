package casedesk.evidence.signals;

import static casedesk.evidence.signals.Evidence.describe;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.documents.Bank;
import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.GroundTruth;
import casedesk.demo.documents.Insurer;
import casedesk.demo.documents.Language;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Genuine documents of every kind, layout and language raise nothing the officer must review: no
 * HIGH and no MEDIUM signal, over many seeds, so that ordinary life (round salaries, transfers from
 * family, interest) is not taken for tampering.
 */
class GenuineDocumentsTest {

    private static final List<String> CURRENCIES = List.of("CNY", "CNY", "CNY", "USD", "EUR", "HKD");

    /** 40 statements: every layout, 3 to 6 months, several currencies, small to large balances, some with a password. */
    static Stream<Arguments> statements() {
        Stream.Builder<Arguments> statements = Stream.builder();
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed * 7_919);
            StatementLayout layout = StatementLayout.values()[(int) (seed % StatementLayout.values().length)];
            String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            long closing = switch (random.nextInt(3)) {
                case 0 -> 3_000 + random.nextInt(20_000);
                case 1 -> 20_000 + random.nextInt(200_000);
                default -> 200_000 + random.nextInt(2_000_000);
            };
            StatementRequest request = StatementRequest.of(layout, Evidence.someone(seed), "6222021234567890123",
                    Evidence.PERIOD_END.minusDays(random.nextInt(200)), 3 + (int) (seed % 4),
                    Money.of(closing + "." + random.nextInt(100), currency), seed);
            String password = seed % 5 == 0 ? "171234" : "";
            GeneratedDocument document = BankStatements.generate(password.isEmpty() ? request : request.withPassword(password));
            statements.add(Arguments.of(Named.of(document.fileName() + " " + currency + " " + closing + " seed " + seed, document),
                    password));
        }
        return statements.build();
    }

    static Stream<Arguments> certificatesAndReports() {
        Stream.Builder<Arguments> documents = Stream.builder();
        long seed = 500;
        for (Bank bank : Bank.values()) {
            documents.add(named(Evidence.deposit(bank, Set.of(), seed++)));
        }
        for (Language language : Language.values()) {
            for (int score : List.of(350, 612, 749, 750, 950)) {
                documents.add(named(Evidence.creditReport(score, language, Set.of(), seed++)));
            }
            for (Insurer insurer : Insurer.values()) {
                documents.add(named(Evidence.insurance(insurer, "30000.00", language, Set.of(), seed++)));
            }
        }
        return documents.build();
    }

    private static Arguments named(GeneratedDocument document) {
        return Arguments.of(Named.of(document.fileName(), document));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void aGenuineStatementRaisesNothingToReview(GeneratedDocument statement, String password) {
        List<TamperSignal> signals = Evidence.signals(statement.pdf(), password);
        List<TamperSignal> toReview = Evidence.atLeast(signals, Severity.MEDIUM).stream()
                .filter(signal -> !isRoundCreditTheGeneratorReallyMade(signal, statement.truth())).toList();
        assertTrue(toReview.isEmpty(), describe(signals));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certificatesAndReports")
    void aGenuineCertificateOrReportRaisesNothingToReview(GeneratedDocument document) {
        List<TamperSignal> signals = Evidence.signals(document);
        assertTrue(Evidence.atLeast(signals, Severity.MEDIUM).isEmpty(), describe(signals));
    }

    @Test
    void passwordProtectionIsNotASign() {
        GeneratedDocument statement = BankStatements.generate(StatementRequest.of(StatementLayout.ICBC, Evidence.someone(41),
                "6222021234567890123", Evidence.PERIOD_END, 6, Money.of("86400.00", "CNY"), 41).withPassword("171234"));
        List<TamperSignal> signals = Evidence.signals(statement.pdf(), "171234");
        assertTrue(signals.isEmpty(), describe(signals));
    }

    /**
     * The generator's foreign-currency accounts buy currency and receive remittances in hundreds, so a
     * genuine statement can hold a round credit of a thousand or more shortly before its end. The
     * signal is right to point at it; it must be a credit the statement really shows, as the ground
     * truth (not the reader) says: round, at least a tenth of the closing balance, in the last 7 days.
     */
    private static boolean isRoundCreditTheGeneratorReallyMade(TamperSignal signal, GroundTruth truth) {
        if (!signal.code().equals(RoundCreditBeforeEnd.CODE)) {
            return false;
        }
        LocalDate end = ((FigureValue.Date) truth.figure("period_end").orElseThrow().value()).date();
        BigDecimal closing = ((FigureValue.Amount) truth.figure("closing_balance").orElseThrow().value()).money().amount();
        for (Transaction t : truth.transactions()) {
            BigDecimal amount = t.amount().amount();
            long before = ChronoUnit.DAYS.between(t.date(), end);
            boolean round = amount.compareTo(BigDecimal.valueOf(1_000)) >= 0
                    && amount.remainder(BigDecimal.valueOf(amount.compareTo(BigDecimal.valueOf(100_000)) >= 0 ? 5_000 : 1_000))
                            .signum() == 0;
            boolean qualifies = round && before >= 0 && before <= 7
                    && amount.multiply(BigDecimal.TEN).compareTo(closing) >= 0;
            if (qualifies && signal.detail().contains(" on " + t.date() + ",")
                    && signal.page().orElseThrow() == t.page()) {
                return true;
            }
        }
        return false;
    }
}
