package casedesk.rules;

import static casedesk.rules.CaseFiles.AS_OF;
import static casedesk.rules.CaseFiles.LODGED;
import static casedesk.rules.CaseFiles.aCase;
import static casedesk.rules.CaseFiles.credit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.model.Box;
import casedesk.model.DocumentKind;
import casedesk.model.Evaluation;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule at, just below and just above its boundary, on case files built in the test. */
class RulesTest {

    static final RuleSet LU = RuleSets.builtIn().version("LU-2026.1").orElseThrow();
    static final LocalDate JULY_21 = LocalDate.of(2026, 7, 21);
    static final LocalDate OCTOBER_20 = LocalDate.of(2026, 10, 20);

    private static Evaluation evaluate(CaseFiles files) {
        return evaluate(files, CaseFiles.rates(AS_OF.minusDays(3)));
    }

    private static Evaluation evaluate(CaseFiles files,
            java.util.function.BiFunction<String, LocalDate, java.util.Optional<casedesk.model.ExchangeRate>> rates) {
        Evaluator evaluator = new Evaluator(
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        return evaluator.evaluate(files.build(), LU, AS_OF, rates);
    }

    private static Verdict verdict(Evaluation evaluation, String rule) {
        return evaluation.verdicts().stream().filter(v -> v.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static CaseFiles eurStatement(String closing) {
        return aCase().statement("EUR", closing, JULY_21, OCTOBER_20, credit(LocalDate.of(2026, 8, 1), "100.00", "ACME"))
                .insured();
    }

    @Test
    void theLuxembourgDailyAmountIsTheMinimumWageOverThirtyRoundedOnce() {
        assertEquals("85.70", LU.referenceAmount("LU").orElseThrow().perDay().amount().toPlainString());
    }

    @ParameterizedTest(name = "EUR {0} → {1}")
    @CsvSource({"1285.50, PASS", "1285.49, FAIL", "1285.51, PASS"})
    void meansPassWithFundsExactlyEqualToTheRequirementAndFailOneCentUnder(String closing, VerdictStatus expected) {
        Verdict means = verdict(evaluate(eurStatement(closing)), "means");

        assertEquals(expected, means.status(), means.explanation());
        assertTrue(means.explanation().contains("EUR 1,285.50 required (15 days × EUR 85.70)"), means.explanation());
        assertEquals(expected == VerdictStatus.FAIL ? OptionalInt.of(3) : OptionalInt.of(3).isPresent()
                ? means.suggestedGround() : OptionalInt.empty(), means.suggestedGround());
    }

    @ParameterizedTest(name = "CNY {0} → {1}")
    @CsvSource({"10175.12, PASS", "10175.11, FAIL"})
    void meansCompareTheExactConversionNotARoundedOne(String closing, VerdictStatus expected) {
        Verdict means = verdict(evaluate(aCase().statement("CNY", closing, JULY_21, OCTOBER_20).insured()), "means");
        assertEquals(expected, means.status(), means.explanation());
    }

    @Test
    void theExplanationCarriesTheNumbersTheRateAndItsDateRoundedHalfEvenOnce() {
        Verdict means = verdict(evaluate(aCase().statement("CNY", "86400.00", JULY_21, OCTOBER_20).insured()), "means");

        assertEquals("Closing balance CNY 86,400.00 ≈ EUR 10,915.57 at 7.9153 CNY/EUR (rate of 2026-11-20) "
                + "≥ EUR 1,285.50 required (15 days × EUR 85.70).", means.explanation());
        assertEquals(1, means.evidenceFigureIds().size(), "the closing balance it rests on");
    }

    @Test
    void aStayOfOneDayNeedsOneDaysAmount() {
        CaseFiles oneDay = aCase().stay(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10))
                .statement("EUR", "85.70", JULY_21, OCTOBER_20).insured();
        Verdict means = verdict(evaluate(oneDay), "means");
        assertEquals(VerdictStatus.PASS, means.status(), means.explanation());
        assertTrue(means.explanation().contains("EUR 85.70 required (1 day × EUR 85.70)"), means.explanation());
    }

    @Test
    void statementsInSeveralCurrenciesAndAFrozenDepositAddUp() {
        CaseFiles files = aCase()
                .statement("CNY", "5000.00", JULY_21, OCTOBER_20)
                .statement("USD", "500.00", JULY_21, OCTOBER_20)
                .deposit("2000.00", "CNY", LocalDate.of(2027, 1, 31))
                .deposit("90000.00", "CNY", LocalDate.of(2026, 12, 20))
                .insured();
        Verdict means = verdict(evaluate(files), "means");

        // 5000/7.9153 + 500/1.05 + 2000/7.9153 = 631.6886 + 476.1905 + 252.6752 = 1,360.5543 ≥ 1,285.50
        assertEquals(VerdictStatus.PASS, means.status(), means.explanation());
        assertTrue(means.explanation().startsWith("Funds EUR 1,360.55"), means.explanation());
        assertTrue(means.explanation().contains("Not counted: deposit of CNY 90,000.00 (frozen only until 2026-12-20)"),
                means.explanation());
    }

    @Test
    void aMissingRateMakesTheMeansMissingAndAStaleOneAsksForReview() {
        Verdict missing = verdict(evaluate(aCase().statement("HKD", "90000.00", JULY_21, OCTOBER_20).insured()), "means");
        assertEquals(VerdictStatus.MISSING, missing.status(), missing.explanation());
        assertTrue(missing.explanation().contains("No HKD/EUR exchange rate"), missing.explanation());

        Verdict staleRate = verdict(evaluate(aCase().statement("CNY", "86400.00", JULY_21, OCTOBER_20).insured(),
                CaseFiles.rates(AS_OF.minusDays(8))), "means");
        assertEquals(VerdictStatus.REVIEW, staleRate.status(), staleRate.explanation());
        Verdict freshEnough = verdict(evaluate(aCase().statement("CNY", "86400.00", JULY_21, OCTOBER_20).insured(),
                CaseFiles.rates(AS_OF.minusDays(7))), "means");
        assertEquals(VerdictStatus.PASS, freshEnough.status(), freshEnough.explanation());
    }

    @Test
    void noEvidenceOfMeansIsMissingNotFailed() {
        Evaluation evaluation = evaluate(aCase().insured());
        assertEquals(VerdictStatus.MISSING, verdict(evaluation, "means").status());
        assertEquals(VerdictStatus.MISSING, verdict(evaluation, "documents").status());
        assertEquals(Summary.DOES_NOT_MEET, Summary.of(evaluation.verdicts()));
    }

    @ParameterizedTest(name = "score {0} → sesame {1}, means {2}")
    @CsvSource({"749, FAIL, MISSING", "750, PASS, PASS", "751, PASS, PASS"})
    void aSesameScoreAtTheThresholdIsEnoughOneUnderIsNot(int score, VerdictStatus sesame, VerdictStatus means) {
        Evaluation evaluation = evaluate(aCase().sesame(score, LODGED.minusDays(5), "王小明").insured());
        assertEquals(sesame, verdict(evaluation, "sesame").status(), verdict(evaluation, "sesame").explanation());
        assertEquals(means, verdict(evaluation, "means").status(), verdict(evaluation, "means").explanation());
    }

    @ParameterizedTest(name = "report {0} days old → {1}")
    @CsvSource({"30, PASS", "31, FAIL", "0, PASS"})
    void aReportIssuedExactlyTheAllowedDaysBeforeLodgingIsFresh(int age, VerdictStatus expected) {
        Verdict sesame = verdict(evaluate(aCase().sesame(800, LODGED.minusDays(age), "WANG XIAOMING").insured()), "sesame");
        assertEquals(expected, sesame.status(), sesame.explanation());
    }

    @Test
    void aSesameReportInSomeoneElsesNameIsForReview() {
        Verdict sesame = verdict(evaluate(aCase().sesame(800, LODGED.minusDays(3), "李四").insured()), "sesame");
        assertEquals(VerdictStatus.REVIEW, sesame.status());
        assertTrue(sesame.explanation().contains("李四"), sesame.explanation());
    }

    @ParameterizedTest(name = "{0} to {1} → {2}")
    @CsvSource({
            "2026-07-21, 2026-10-20, PASS",   // exactly three months
            "2026-07-22, 2026-10-20, FAIL",   // a day short
            "2026-07-04, 2026-10-03, PASS",   // ends exactly 30 days before lodging
            "2026-07-03, 2026-10-02, FAIL"})  // 31 days before
    void statementsCoverThreeMonthsEndingAtMostThirtyDaysBeforeLodging(LocalDate start, LocalDate end,
            VerdictStatus expected) {
        Verdict coverage = verdict(evaluate(aCase().statement("EUR", "5000.00", start, end).insured()), "coverage");
        assertEquals(expected, coverage.status(), coverage.explanation());
    }

    @Test
    void twoStatementsThatMeetCoverTheirJoinedPeriod() {
        CaseFiles files = aCase()
                .statement("EUR", "5000.00", LocalDate.of(2026, 9, 1), OCTOBER_20)
                .statement("EUR", "4000.00", JULY_21, LocalDate.of(2026, 8, 31)).insured();
        Verdict coverage = verdict(evaluate(files), "coverage");
        assertEquals(VerdictStatus.PASS, coverage.status(), coverage.explanation());
        assertTrue(coverage.explanation().contains("2026-07-21 to 2026-10-20"), coverage.explanation());
    }

    @Test
    void aHighSeveritySignAsksForReviewAndALowOneDoesNot() {
        Verdict high = verdict(evaluate(aCase().statementWithSignal("90000.00", Severity.HIGH, "covered-text").insured()),
                "integrity");
        assertEquals(VerdictStatus.REVIEW, high.status());
        assertTrue(high.explanation().contains("covered-text"), high.explanation());
        assertEquals(OptionalInt.of(9), high.suggestedGround());

        Verdict low = verdict(evaluate(aCase().statementWithSignal("90000.00", Severity.LOW, "modified-after-creation")
                .insured()), "integrity");
        assertEquals(VerdictStatus.PASS, low.status(), low.explanation());
        assertTrue(low.explanation().contains("does not prove them genuine"), low.explanation());
    }

    @Test
    void aBalanceAHighSignPointsAtDoesNotPassMeansOnItsOwn() {
        Verdict doubted = verdict(evaluate(aCase().statementWithSignal("90000.00", Severity.HIGH, "covered-text")
                .insured()), "means");
        assertEquals(VerdictStatus.REVIEW, doubted.status(), doubted.explanation());
        assertTrue(doubted.explanation().contains("a high sign of alteration is on the closing balance of doctored.pdf "
                + "(something about covered-text): that figure cannot show the means on its own"), doubted.explanation());

        Verdict medium = verdict(evaluate(aCase().statementWithSignal("90000.00", Severity.MEDIUM, "font-mismatch")
                .insured()), "means");
        assertEquals(VerdictStatus.PASS, medium.status(), "a medium sign asks the Integrity rule, not Means, to review");

        // A high sign on another figure of the page (the holder's name) says nothing about the balance.
        CaseFiles elsewhere = aCase().document(DocumentKind.BANK_STATEMENT, "renamed.pdf", List.of(),
                List.of(TamperSignal.onPage("covered-text", Severity.HIGH, Phrase.text("the name was covered"), 1,
                        new Box(400, 700, 80, 12))),
                CaseFiles.text("holder", "WANG XIAOMING"), CaseFiles.date("period_start", JULY_21),
                CaseFiles.date("period_end", OCTOBER_20), CaseFiles.amount("closing_balance", "90000.00", "CNY")).insured();
        assertEquals(VerdictStatus.PASS, verdict(evaluate(elsewhere), "means").status());
        CaseFiles onIt = aCase().document(DocumentKind.BANK_STATEMENT, "inflated.pdf", List.of(),
                List.of(TamperSignal.onPage("covered-text", Severity.HIGH, Phrase.text("the balance was covered"), 1,
                        new Box(120, 102, 60, 12))),
                CaseFiles.text("holder", "WANG XIAOMING"), CaseFiles.date("period_start", JULY_21),
                CaseFiles.date("period_end", OCTOBER_20), CaseFiles.amount("closing_balance", "90000.00", "CNY")).insured();
        assertEquals(VerdictStatus.REVIEW, verdict(evaluate(onIt), "means").status());

        Verdict short_ = verdict(evaluate(aCase().statementWithSignal("900.00", Severity.HIGH, "covered-text")
                .insured()), "means");
        assertEquals(VerdictStatus.FAIL, short_.status(), "too little is too little, doctored or not");
    }

    @Test
    void aLargeCreditJustBeforeTheEndIsFundsParkingButAMonthlySalaryIsNot() {
        CaseFiles parked = aCase().statement("CNY", "60000.00", JULY_21, OCTOBER_20,
                credit(LocalDate.of(2026, 10, 16), "18000.00", "赵六")).insured();
        Verdict parking = verdict(evaluate(parked), "funds-parking");
        assertEquals(VerdictStatus.REVIEW, parking.status(), parking.explanation());
        assertTrue(parking.explanation().contains("2026-10-16 CNY 18,000.00 from 赵六"), parking.explanation());

        CaseFiles underShare = aCase().statement("CNY", "60001.00", JULY_21, OCTOBER_20,
                credit(LocalDate.of(2026, 10, 16), "18000.00", "赵六")).insured();
        assertEquals(VerdictStatus.PASS, verdict(evaluate(underShare), "funds-parking").status());

        CaseFiles salary = aCase().statement("CNY", "20000.00", JULY_21, OCTOBER_20,
                credit(LocalDate.of(2026, 8, 15), "18000.00", "上海某某科技有限公司"),
                credit(LocalDate.of(2026, 9, 15), "18000.00", "上海某某科技有限公司"),
                credit(LocalDate.of(2026, 10, 15), "38500.00", "上海某某科技有限公司")).insured();
        Verdict regular = verdict(evaluate(salary), "funds-parking");
        assertEquals(VerdictStatus.PASS, regular.status(), regular.explanation());
    }

    @Test
    void aDocumentInAnotherNameIsForReviewWhateverTheOrderOrCaseOfTheName() {
        assertEquals(VerdictStatus.PASS, verdict(evaluate(eurStatement("5000.00")), "identity").status());
        CaseFiles reversed = aCase().document(casedesk.model.DocumentKind.BANK_STATEMENT, "s.pdf", java.util.List.of(),
                java.util.List.of(), CaseFiles.text("holder", "Xiao Ming Wang")).insured();
        assertEquals(VerdictStatus.PASS, verdict(evaluate(reversed), "identity").status());
        CaseFiles other = aCase().document(casedesk.model.DocumentKind.BANK_STATEMENT, "s.pdf", java.util.List.of(),
                java.util.List.of(), CaseFiles.text("holder", "王大明 WANG DAMING")).insured();
        Verdict identity = verdict(evaluate(other), "identity");
        assertEquals(VerdictStatus.REVIEW, identity.status());
        assertTrue(identity.explanation().contains("s.pdf is in the name of 王大明 WANG DAMING"), identity.explanation());
    }

    @Test
    void theSameFileInAnotherApplicantsCaseIsForReviewNamingThatCase() {
        CaseFiles files = eurStatement("5000.00").match(new CaseFile.Match("statement-0.pdf",
                CaseFile.Match.What.SAME_FILE, "ab", new casedesk.model.CaseReference("LU-SHA-2026-000045")));
        Verdict crossCase = verdict(evaluate(files), "cross-case");
        assertEquals(VerdictStatus.REVIEW, crossCase.status());
        assertTrue(crossCase.explanation().contains("LU-SHA-2026-000045"), crossCase.explanation());
    }

    @ParameterizedTest(name = "cover EUR {0}, {1} to {2}, {3} → {4}")
    @CsvSource({
            "30000.00, 2026-12-09, 2026-12-25, Schengen States, PASS",
            "29999.99, 2026-12-09, 2026-12-25, Schengen States, FAIL",
            "30000.00, 2026-12-10, 2026-12-24, 申根国家, PASS",
            "30000.00, 2026-12-11, 2026-12-24, Schengen States, FAIL",
            "30000.00, 2026-12-10, 2026-12-23, Schengen States, FAIL",
            "50000.00, 2026-12-09, 2026-12-25, Asia, REVIEW"})
    void insuranceCoversAtLeastThirtyThousandEurosForTheWholeStayInTheSchengenStates(String cover, LocalDate from,
            LocalDate to, String territory, VerdictStatus expected) {
        Verdict insurance = verdict(evaluate(aCase().statement("EUR", "5000.00", JULY_21, OCTOBER_20)
                .insurance(cover, from, to, territory)), "insurance");
        assertEquals(expected, insurance.status(), insurance.explanation());
    }

    @Test
    void everythingInOrderMeetsTheRequirementsAndNoInsuranceIsMissing() {
        assertEquals(Summary.MEETS, Summary.of(evaluate(eurStatement("5000.00")).verdicts()));
        Evaluation uninsured = evaluate(aCase().statement("EUR", "5000.00", JULY_21, OCTOBER_20));
        assertEquals(VerdictStatus.MISSING, verdict(uninsured, "insurance").status());
        assertEquals(OptionalInt.of(11), verdict(uninsured, "insurance").suggestedGround());
    }

    @Test
    void theSameInputsGiveTheSameHashAndOtherRatesAnother() {
        Evaluation once = evaluate(aCase().statement("CNY", "86400.00", JULY_21, OCTOBER_20).insured());
        Evaluation again = evaluate(aCase().statement("CNY", "86400.00", JULY_21, OCTOBER_20).insured());
        Evaluation otherRate = evaluate(aCase().statement("CNY", "86400.00", JULY_21, OCTOBER_20).insured(),
                CaseFiles.rates(AS_OF.minusDays(1)));
        assertEquals(once.verdicts().stream().map(Verdict::explanation).toList(),
                again.verdicts().stream().map(Verdict::explanation).toList());
        assertNotEquals(once.inputsSha256(), otherRate.inputsSha256());
        assertEquals(64, once.inputsSha256().length());
    }
}
