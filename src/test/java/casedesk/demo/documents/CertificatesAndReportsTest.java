package casedesk.demo.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import casedesk.model.DocumentKind;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Deposit certificates, Sesame credit reports and insurance certificates. */
class CertificatesAndReportsTest {

    private static final Set<Set<Anomaly>> VARIANTS = Set.of(Set.of(), Set.of(Anomaly.EDITOR_PRODUCER),
            Set.of(Anomaly.COVERED_FIGURE), Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL),
            Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL, Anomaly.EDITOR_PRODUCER));

    /** Every kind, language and anomaly variant, with and without a password. */
    static Stream<Arguments> documents() {
        List<Arguments> cases = new ArrayList<>();
        for (Set<Anomaly> anomalies : VARIANTS) {
            for (String password : new String[] {null, "171234"}) {
                DepositRequest deposit = Samples.deposit().withAnomalies(anomalies);
                cases.add(Arguments.of(DepositCertificates.generate(password == null ? deposit : deposit.withPassword(password)),
                        password));
                for (Language language : Language.values()) {
                    CreditReportRequest report = Samples.creditReport(language).withAnomalies(anomalies);
                    cases.add(Arguments.of(CreditReports.generate(password == null ? report : report.withPassword(password)),
                            password));
                    InsuranceRequest policy = Samples.insurance(language).withAnomalies(anomalies);
                    cases.add(Arguments.of(InsuranceCertificates.generate(
                            password == null ? policy : policy.withPassword(password)), password));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void opensOnOnePageWithEveryFigureInsideItsBox(GeneratedDocument document, String password) {
        try (PdfProbe pdf = PdfProbe.open(document.pdf(), password == null ? "" : password)) {
            assertEquals(1, pdf.pages());
            assertEquals(1, document.pages());
            assertTrue(pdf.pageText(1).contains("演示样本"), "demo footer");
            for (Figure figure : document.truth().figures()) {
                String found = pdf.textIn(figure.page(), figure.box(), 1.5);
                assertTrue(found.contains(PdfProbe.compact(figure.sourceText())),
                        document.fileName() + " " + figure.name() + ": '" + figure.sourceText() + "' not in " + found);
            }
        }
        int expectedRevisions = document.truth().anomalies().contains(Anomaly.EDITED_BALANCE_INCREMENTAL) ? 2 : 1;
        assertEquals(expectedRevisions, PdfProbe.revisions(document.pdf()));
        assertEquals(expectedRevisions, document.truth().revisions());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void passwordProtectedDocumentsOpenOnlyWithTheirPassword(GeneratedDocument document, String password) throws IOException {
        if (password == null) {
            try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
                assertFalse(pdf.isEncrypted());
            }
        } else {
            assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(document.pdf()).close());
            try (PDDocument pdf = Loader.loadPDF(document.pdf(), password)) {
                assertEquals(256, pdf.getEncryption().getLength());
            }
        }
    }

    @Test
    void depositCertificateStatesAmountCurrencyAndFreezeAsRequested() {
        GeneratedDocument document = DepositCertificates.generate(Samples.deposit());
        GroundTruth truth = document.truth();
        assertEquals(DocumentKind.DEPOSIT_CERTIFICATE, document.kind());
        assertEquals(Set.of("bank", "holder", "account_number", "amount", "currency", "issue_date", "frozen_until"),
                names(truth));
        assertEquals("250000.00", truth.figure("amount").orElseThrow().value().canonical());
        assertEquals("250,000.00", truth.figure("amount").orElseThrow().sourceText());
        assertEquals("CNY", truth.figure("currency").orElseThrow().value().canonical());
        assertEquals("2026年12月01日", truth.figure("frozen_until").orElseThrow().sourceText());
        assertEquals("2026-09-01", truth.figure("issue_date").orElseThrow().value().canonical());
        assertEquals("中国银行", truth.figure("bank").orElseThrow().value().canonical());
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            String text = pdf.pageText(1);
            assertTrue(text.contains("存款证明书") && text.contains("CertificateofDeposit"));
            assertTrue(text.contains("人民币贰拾伍万元整"), "the amount in capital numerals");
        }
    }

    @Test
    void coveredDepositAmountShowsTheRaisedFigureOverTheHiddenOriginal() {
        GeneratedDocument document = DepositCertificates.generate(Samples.deposit().withAnomalies(Set.of(Anomaly.COVERED_FIGURE)));
        Figure amount = document.truth().figure("amount").orElseThrow();
        assertEquals("250,000.00", document.truth().coveredText().orElseThrow());
        Money shown = ((FigureValue.Amount) amount.value()).money();
        assertTrue(shown.compareTo(Money.of("250000.00", "CNY")) > 0);
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            String around = pdf.textIn(1, amount.box(), 2);
            assertTrue(around.contains(amount.sourceText()) && around.contains("250,000.00"), around);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void creditReportNamesItsBandAndDescribesTheFiveDimensionsWithoutMakingThemFigures(Language language) {
        GeneratedDocument document = CreditReports.generate(Samples.creditReport(language));
        GroundTruth truth = document.truth();
        assertEquals(DocumentKind.CREDIT_REPORT, document.kind());
        assertEquals(Set.of("holder", "id_number", "score", "band", "issue_date", "valid_until"), names(truth));
        assertEquals(new FigureValue.Number(782), truth.figure("score").orElseThrow().value());
        assertEquals(language == Language.ZH ? "极好" : "Outstanding", truth.figure("band").orElseThrow().sourceText());
        assertEquals("310101********1234".substring(0, 6), truth.figure("id_number").orElseThrow().sourceText().substring(0, 6));
        assertTrue(truth.figure("id_number").orElseThrow().sourceText().matches("310101\\*{8}\\d{3}[0-9X]"));
        List<String> dimensions = language == Language.ZH
                ? List.of("信用历史", "行为偏好", "履约能力", "身份特质", "人脉关系")
                : List.of("CreditHistory", "Behaviour", "PaybackCapacity", "IdentityTraits", "SocialConnections");
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            String text = pdf.pageText(1);
            for (String dimension : dimensions) {
                assertTrue(text.contains(dimension), dimension + " is described on the page");
                for (Figure figure : truth.figures()) {
                    assertFalse(PdfProbe.compact(figure.sourceText()).contains(dimension), figure.name());
                    assertFalse(PdfProbe.compact(figure.value().canonical()).contains(dimension), figure.name());
                    assertFalse(pdf.textIn(1, figure.box(), 1.5).contains(dimension), figure.name() + "'s box");
                }
            }
        }
    }

    @Test
    void creditBandsFollowTheSesameScale() {
        assertEquals("较差", CreditReports.band(350, Language.ZH));
        assertEquals("较差", CreditReports.band(549, Language.ZH));
        assertEquals("中等", CreditReports.band(550, Language.ZH));
        assertEquals("良好", CreditReports.band(600, Language.ZH));
        assertEquals("优秀", CreditReports.band(650, Language.ZH));
        assertEquals("极好", CreditReports.band(700, Language.ZH));
        assertEquals("Outstanding", CreditReports.band(950, Language.EN));
        assertThrows(IllegalArgumentException.class, () -> CreditReportRequest.of(Samples.APPLICANT, 951,
                Samples.PERIOD_END, Samples.PERIOD_END, Language.ZH, 1));
    }

    @Test
    void editedScoreIsASecondRevisionWithAHigherScore() {
        GeneratedDocument document = CreditReports.generate(Samples.creditReport(Language.EN)
                .withAnomalies(Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL)));
        Figure score = document.truth().figure("score").orElseThrow();
        assertTrue(((FigureValue.Number) score.value()).number() > 782);
        assertEquals("782", document.truth().editedFromText().orElseThrow());
        try (PdfProbe original = PdfProbe.open(PdfProbe.firstRevision(document.pdf()))) {
            assertTrue(original.textIn(1, score.box(), 1.5).contains("782"));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void insuranceCertificateListsTheArticle15RisksAndTheRequestedCover(Language language) {
        GeneratedDocument document = InsuranceCertificates.generate(Samples.insurance(language));
        GroundTruth truth = document.truth();
        assertEquals(DocumentKind.INSURANCE, document.kind());
        assertEquals(Set.of("insured", "insurer", "coverage", "currency", "period_start", "period_end", "territory"),
                names(truth));
        assertEquals("30000.00", truth.figure("coverage").orElseThrow().value().canonical());
        assertEquals("EUR", truth.figure("currency").orElseThrow().value().canonical());
        assertEquals("2026-12-08", truth.figure("period_start").orElseThrow().value().canonical());
        assertEquals("2026-12-31", truth.figure("period_end").orElseThrow().value().canonical());
        assertEquals("Schengen States / 申根国家", truth.figure("territory").orElseThrow().value().canonical());
        assertEquals(language == Language.ZH ? Insurer.PING_AN.chineseName() : Insurer.PING_AN.englishName(),
                truth.figure("insurer").orElseThrow().value().canonical());
        try (PdfProbe pdf = PdfProbe.open(document.pdf())) {
            String text = pdf.pageText(1);
            for (String risk : List.of("Medicaltransportationandrepatriation", "Urgentmedicalattention",
                    "Emergencyhospitaltreatment", "Deathandrepatriationofremains")) {
                assertTrue(text.contains(risk), risk);
            }
        }
    }

    @Test
    void editedLowCoverIsLiftedToTheArticle15Minimum() {
        InsuranceRequest low = InsuranceRequest.of(Samples.APPLICANT, Insurer.AXA, Money.of("20000.00", "EUR"),
                Samples.PERIOD_END, Samples.PERIOD_END.plusDays(20), Language.ZH, 3);
        for (Anomaly anomaly : List.of(Anomaly.COVERED_FIGURE, Anomaly.EDITED_BALANCE_INCREMENTAL)) {
            GroundTruth truth = InsuranceCertificates.generate(low.withAnomalies(Set.of(anomaly))).truth();
            assertEquals("30000.00", truth.figure("coverage").orElseThrow().value().canonical(), anomaly.name());
        }
    }

    @Test
    void editorMetadataAndGenuineMetadataDiffer() throws IOException {
        try (PDDocument genuine = Loader.loadPDF(InsuranceCertificates.generate(Samples.insurance(Language.ZH)).pdf());
             PDDocument edited = Loader.loadPDF(InsuranceCertificates.generate(Samples.insurance(Language.ZH)
                     .withAnomalies(Set.of(Anomaly.EDITOR_PRODUCER))).pdf())) {
            PDDocumentInformation real = genuine.getDocumentInformation();
            PDDocumentInformation tool = edited.getDocumentInformation();
            assertEquals(Insurer.PING_AN.producer(), real.getProducer());
            assertEquals(real.getCreationDate().toInstant(), real.getModificationDate().toInstant());
            assertNotEquals(real.getProducer(), tool.getProducer());
            assertTrue(ChronoUnit.DAYS.between(tool.getCreationDate().toInstant(), tool.getModificationDate().toInstant()) >= 2);
        }
    }

    @Test
    void sameRequestGivesTheSameBytesAndAnotherSeedOtherBytes() {
        List<Runnable> checks = List.of(
                () -> same(DepositCertificates.generate(Samples.deposit().withPassword("x")).pdf(),
                        DepositCertificates.generate(Samples.deposit().withPassword("x")).pdf(),
                        DepositCertificates.generate(Samples.deposit().withPassword("x").withSeed(8)).pdf()),
                () -> same(CreditReports.generate(Samples.creditReport(Language.ZH)).pdf(),
                        CreditReports.generate(Samples.creditReport(Language.ZH)).pdf(),
                        CreditReports.generate(Samples.creditReport(Language.ZH).withSeed(12)).pdf()),
                () -> same(InsuranceCertificates.generate(Samples.insurance(Language.EN)
                                .withAnomalies(Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL))).pdf(),
                        InsuranceCertificates.generate(Samples.insurance(Language.EN)
                                .withAnomalies(Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL))).pdf(),
                        InsuranceCertificates.generate(Samples.insurance(Language.EN)
                                .withAnomalies(Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL)).withSeed(14)).pdf()));
        checks.forEach(Runnable::run);
    }

    @Test
    void statementOnlyAnomaliesAreRefusedForOtherKinds() {
        assertThrows(IllegalArgumentException.class,
                () -> Samples.deposit().withAnomalies(Set.of(Anomaly.PARKED_FUNDS)));
        assertThrows(IllegalArgumentException.class,
                () -> Samples.creditReport(Language.ZH).withAnomalies(Set.of(Anomaly.BROKEN_RUNNING_BALANCE)));
        assertThrows(IllegalArgumentException.class, () -> Samples.insurance(Language.EN)
                .withAnomalies(Set.of(Anomaly.COVERED_FIGURE, Anomaly.EDITED_BALANCE_INCREMENTAL)));
    }

    private static void same(byte[] first, byte[] again, byte[] otherSeed) {
        assertArrayEquals(first, again);
        assertFalse(java.util.Arrays.equals(first, otherSeed));
    }

    private static Set<String> names(GroundTruth truth) {
        return truth.figures().stream().map(Figure::name).collect(Collectors.toSet());
    }
}
