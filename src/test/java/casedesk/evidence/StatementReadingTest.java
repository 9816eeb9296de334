package casedesk.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.documents.Anomaly;
import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.ChineseNames;
import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.model.Applicant;
import casedesk.model.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every layout the generator makes, genuine and doctored, read back figure for figure and row for row. */
class StatementReadingTest {

    static Stream<Arguments> statements() {
        Stream.Builder<Arguments> cases = Stream.builder();
        long seed = 11;
        for (StatementLayout layout : StatementLayout.values()) {
            for (int months = 3; months <= 6; months += 3) {
                for (String currency : List.of("CNY", "USD")) {
                    cases.add(Arguments.of(layout, months, currency, Set.of(), seed++));
                }
            }
            for (Anomaly anomaly : Anomaly.values()) {
                cases.add(Arguments.of(layout, 4, "CNY", Set.of(anomaly), seed++));
            }
        }
        return cases.build();
    }

    static GeneratedDocument statement(StatementLayout layout, int months, String currency, Set<Anomaly> anomalies,
            long seed) {
        Applicant holder = ChineseNames.applicant(new SplittableRandom(seed), LocalDate.of(1985, 3, 9));
        String closing = currency.equals("CNY") ? "86400.00" : "12345.67";
        return BankStatements.generate(StatementRequest.of(layout, holder, "6222021234567890123",
                LocalDate.of(2026, 10, 20), months, Money.of(closing, currency), seed).withAnomalies(anomalies));
    }

    @ParameterizedTest(name = "{0}, {1} months, {2}, {3}")
    @MethodSource("statements")
    void readsEveryFigureAndEveryTransactionExactly(StatementLayout layout, int months, String currency,
            Set<Anomaly> anomalies, long seed) throws Exception {
        GeneratedDocument document = statement(layout, months, currency, anomalies, seed);
        Reading reading;
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            reading = DocumentReader.read(pdf, () -> { });
        }
        List<String> differences = GroundTruthMatch.differences(document, reading);
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    @ParameterizedTest(name = "{0}, {1} months, {2}, {3}")
    @MethodSource("statements")
    void theRunningBalanceBreaksExactlyWhereTheDocumentWasAltered(StatementLayout layout, int months, String currency,
            Set<Anomaly> anomalies, long seed) throws Exception {
        GeneratedDocument document = statement(layout, months, currency, anomalies, seed);
        Reading reading;
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            reading = DocumentReader.read(pdf, () -> { });
        }
        var reconciliation = reading.reconciliation().orElseThrow();
        assertEquals(document.truth().transactions().size(), reconciliation.rows());
        if (document.truth().brokenRow().isPresent()) {
            assertEquals(document.truth().brokenRow().getAsInt(), reconciliation.breaks().getFirst().row(),
                    reconciliation.problems().toString());
            assertTrue(!reconciliation.consistent());
        } else if (!anomalies.contains(Anomaly.COVERED_FIGURE)) {
            assertTrue(reconciliation.consistent(), reconciliation.problems().toString());
        }
    }
}
