package casedesk.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.evidence.accuracy.CorpusScore;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development corpus: statements, certificates, reports and insurance laid out by another team
 * with another PDF library, each with its truth. The floors below only ever rise; each says how much
 * of the corpus the reader reads exactly today, so that no change reads less.
 */
class CorpusAccuracyTest {

    private static CorpusScore.Report report;

    @BeforeAll
    static void score() throws URISyntaxException {
        report = CorpusScore.score(corpus(), Extractor.withDefaults());
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(CorpusAccuracyTest.class.getResource("/corpus/README.md").toURI()).getParent();
    }

    @Test
    void everyFileOfTheCorpusIsScored() throws Exception {
        long pdfs;
        try (Stream<Path> files = Files.list(corpus())) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).count();
        }
        assertEquals(25, pdfs);
        assertEquals(pdfs, report.documents().size());
    }

    @Test
    void headerFiguresAreReadExactly() {
        assertTrue(report.figuresExact() >= 155, () -> "header figures exact: " + report.figuresExact() + " of "
                + report.figures() + "\n" + misses("instead of"));
    }

    @Test
    void transactionsAreReadExactly() {
        assertTrue(report.transactionsExact() >= 1591, () -> "transactions exact: " + report.transactionsExact()
                + " of " + report.transactions() + "\n" + misses("row not read"));
    }

    /** Bank of China (Hong Kong): one account in HKD then USD, each section with its own balances. */
    @Test
    void aStatementOfTwoCurrenciesGivesBalancesForEach() throws Exception {
        byte[] pdf = Files.readAllBytes(corpus().resolve("stmt-bochk-1.pdf"));
        var reading = ((ExtractionResult.Read) Extractor.withDefaults().extract(pdf,
                casedesk.evidence.pdf.PasswordCandidates.none())).document().reading();
        var usd = reading.figures().stream().filter(f -> f.currencyCode().orElse("").equals("USD")).toList();
        assertEquals(java.util.List.of("opening_balance 3386.10", "closing_balance 6182.29"),
                usd.stream().map(f -> f.name() + " " + f.value().canonical()).toList());
        assertEquals("HKD", reading.figure("closing_balance").orElseThrow().currencyCode().orElseThrow(),
                "the statement's own currency first");
        assertEquals(casedesk.model.ReadingStatus.RECONCILED, reading.status());
    }

    @Test
    void noCleanFileIsAccused() {
        assertEquals(0, report.highSignalsOnClean(), () -> misses("high signal"));
    }

    @Test
    void everyPlantedSignIsRaised() {
        assertTrue(report.plantedRaised() >= 4, () -> misses("planted"));
    }

    private static String misses(String kind) {
        return report.documents().stream()
                .flatMap(d -> d.misses().stream().filter(m -> m.contains(kind)).limit(5).map(m -> d.file() + ": " + m))
                .collect(Collectors.joining("\n"));
    }
}
