package casedesk.evidence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.documents.Anomaly;
import casedesk.demo.documents.Bank;
import casedesk.demo.documents.ChineseNames;
import casedesk.demo.documents.CreditReportRequest;
import casedesk.demo.documents.CreditReports;
import casedesk.demo.documents.DepositCertificates;
import casedesk.demo.documents.DepositRequest;
import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.InsuranceCertificates;
import casedesk.demo.documents.InsuranceRequest;
import casedesk.demo.documents.Insurer;
import casedesk.demo.documents.Language;
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

/** Deposit certificates, Sesame reports and insurance certificates, in both languages and doctored, read back exactly. */
class CertificateReadingTest {

    private static final List<Set<Anomaly>> VARIANTS = List.of(Set.of(), Set.of(Anomaly.EDITOR_PRODUCER),
            Set.of(Anomaly.COVERED_FIGURE), Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL));

    static Stream<Arguments> documents() {
        Stream.Builder<Arguments> cases = Stream.builder();
        long seed = 100;
        for (Set<Anomaly> anomalies : VARIANTS) {
            for (Bank bank : Bank.values()) {
                Applicant holder = ChineseNames.applicant(new SplittableRandom(seed), LocalDate.of(1979, 11, 30));
                cases.add(Arguments.of(DepositCertificates.generate(DepositRequest.of(holder, bank, "6216611234567890123",
                        Money.of("150000.00", "CNY"), LocalDate.of(2026, 10, 20), LocalDate.of(2027, 1, 20), seed++)
                        .withAnomalies(anomalies))));
            }
            for (Language language : Language.values()) {
                // A doctored score is a raised one: there is no raising 950.
                List<Integer> scores = anomalies.contains(Anomaly.COVERED_FIGURE)
                        || anomalies.contains(Anomaly.EDITED_BALANCE_INCREMENTAL) ? List.of(612, 749) : List.of(350, 749, 750, 950);
                for (int score : scores) {
                    Applicant holder = ChineseNames.applicant(new SplittableRandom(seed), LocalDate.of(1990, 2, 3));
                    cases.add(Arguments.of(CreditReports.generate(CreditReportRequest.of(holder, score,
                            LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 24), language, seed++).withAnomalies(anomalies))));
                }
                for (Insurer insurer : Insurer.values()) {
                    Applicant insured = ChineseNames.applicant(new SplittableRandom(seed), LocalDate.of(2001, 7, 7));
                    cases.add(Arguments.of(InsuranceCertificates.generate(InsuranceRequest.of(insured, insurer,
                            Money.of("30000.00", "EUR"), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 25), language,
                            seed++).withAnomalies(anomalies))));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsEveryFigureExactly(GeneratedDocument document) throws Exception {
        Reading reading;
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            reading = DocumentReader.read(pdf, () -> { });
        }
        List<String> differences = GroundTruthMatch.differences(document, reading);
        assertTrue(differences.isEmpty(), document.fileName() + " " + document.truth().anomalies() + "\n"
                + String.join("\n", differences));
    }
}
