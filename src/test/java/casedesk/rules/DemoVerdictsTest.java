package casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.caseload.RuleSetRepository;
import casedesk.demo.DemoCaseload;
import casedesk.demo.Profile;
import casedesk.model.CaseReference;
import casedesk.model.Evaluation;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import casedesk.progress.Progress;
import casedesk.review.Evaluations;
import casedesk.security.Sha256;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo caseload's planted anomalies, each producing the verdict it should; and rule-set versions over time. */
class DemoVerdictsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path dir;

    static Path file;
    static DemoCaseload.Summary summary;

    @BeforeAll
    static void demo() {
        file = dir.resolve("demo.db");
        summary = DemoCaseload.createFile(file, new DemoCaseload.Options(90, 3, AS_OF), Progress.NONE);
    }

    private static Verdict verdict(Evaluation evaluation, String rule) {
        return evaluation.verdicts().stream().filter(v -> v.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void everyCaseWasEvaluatedAndEachPlantedAnomalyGivesItsVerdict() {
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            for (Map.Entry<CaseReference, Profile> entry : summary.profiles().entrySet()) {
                Evaluation evaluation = caseload.evaluations().latest(entry.getKey()).orElseThrow();
                String why = entry.getKey() + " " + entry.getValue() + ": " + evaluation.verdicts();
                switch (entry.getValue()) {
                    case BANK_CLEAN -> assertEquals(Summary.MEETS, Summary.of(evaluation.verdicts()), why);
                    case SESAME_CLEAN -> {
                        assertEquals(VerdictStatus.PASS, verdict(evaluation, "sesame").status(), why);
                        assertEquals(Summary.MEETS, Summary.of(evaluation.verdicts()), why);
                    }
                    case MISSING_DOCUMENTS -> assertEquals(VerdictStatus.MISSING, verdict(evaluation, "documents").status(), why);
                    case EDITED_STATEMENT, EDITOR_METADATA, BROKEN_BALANCE, COVERED_FIGURE ->
                            assertEquals(VerdictStatus.REVIEW, verdict(evaluation, "integrity").status(), why);
                    case PARKED_FUNDS -> assertEquals(VerdictStatus.REVIEW, verdict(evaluation, "funds-parking").status(), why);
                    case STALE_REPORT, LOW_SCORE -> {
                        assertEquals(VerdictStatus.FAIL, verdict(evaluation, "sesame").status(), why);
                        assertEquals(VerdictStatus.MISSING, verdict(evaluation, "means").status(), why);
                    }
                    case NAME_MISMATCH -> assertEquals(VerdictStatus.REVIEW, verdict(evaluation, "identity").status(), why);
                    case INSURANCE_LOW_COVER, INSURANCE_SHORT ->
                            assertEquals(VerdictStatus.FAIL, verdict(evaluation, "insurance").status(), why);
                    case BORDERLINE_FUNDS -> assertTrue(List.of(VerdictStatus.PASS, VerdictStatus.FAIL)
                            .contains(verdict(evaluation, "means").status()), why);
                }
            }
        }
    }

    /**
     * What the verdicts and the signs of the demo say is kept as phrases beside their English: read
     * back from the file, each reads in English as recorded and in French with no key or placeholder left.
     */
    @Test
    void everyVerdictAndSignReadsBackFromTheFileInEnglishAsRecordedAndInFrench() {
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            int signs = 0;
            for (CaseReference reference : summary.profiles().keySet()) {
                for (Verdict verdict : caseload.evaluations().latest(reference).orElseThrow().verdicts()) {
                    assertSays(verdict.phrase(), verdict.explanation());
                }
                for (casedesk.model.Document document : caseload.documents().forCase(reference)) {
                    for (casedesk.model.TamperSignal signal : caseload.evidence().signals(document.id())) {
                        assertSays(signal.phrase(), signal.detail());
                        signs++;
                    }
                }
            }
            assertTrue(signs > 0, "the demo's tampered documents carry signs");
        }
    }

    private static void assertSays(casedesk.model.Phrase phrase, String english) {
        assertTrue(!(phrase instanceof casedesk.model.Phrase.Text), "kept as a phrase: " + english);
        assertEquals(english, phrase.english());
        String french = phrase.in(java.util.Locale.FRENCH);
        assertTrue(!french.equals(english) && !french.contains("{"), french + " for " + english);
    }

    @Test
    void decisionsAgainstTheVerdictsCarryAReasonForTheSupervisor() {
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            long overrides = summary.profiles().keySet().stream()
                    .flatMap(ref -> caseload.decisions().forCase(ref).stream())
                    .filter(d -> !d.deviationReason().isBlank()).count();
            assertTrue(overrides > 0, "the demo has overrides to audit");
        }
    }

    @Test
    void aNewRuleSetVersionTakesEffectOnItsDateAndTheOldOneStaysReproducible() throws Exception {
        String content = RuleSetFormatTest.builtIn()
                .replace("\"version\": \"LU-2026.1\"", "\"version\": \"LU-2027.1\"")
                .replace("\"effective\": \"2026-01-01\",\n  \"member_state\"", "\"effective\": \"2027-01-01\",\n  \"member_state\"")
                .replace("\"threshold\": 750", "\"threshold\": 700");
        RuleSet next = RuleSetFormat.parse(content);
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            caseload.ruleSets().store(new RuleSetRepository.Stored(next.version(), next.effective(), content,
                    next.sha256()), "admin");
            RuleSets all = Evaluations.ruleSets(caseload);
            assertEquals("LU-2026.1", all.inForce(LocalDate.of(2026, 12, 31)).version());
            assertEquals("LU-2027.1", all.inForce(LocalDate.of(2027, 1, 1)).version());

            Evaluations evaluator = new Evaluations(caseload, Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC),
                    ZoneOffset.UTC));
            CaseReference lowScore = summary.profiles().entrySet().stream()
                    .filter(e -> e.getValue() == Profile.LOW_SCORE).map(Map.Entry::getKey)
                    .filter(ref -> caseload.evaluations().latest(ref).map(ev -> verdict(ev, "sesame").explanation()
                            .matches("Sesame score 7[0-4]\\d < 750.*")).orElse(false))
                    .findFirst().orElseThrow();
            Evaluation stored = caseload.evaluations().latest(lowScore).orElseThrow();
            Evaluation again = evaluator.evaluate(lowScore, all.version("LU-2026.1").orElseThrow(), AS_OF);
            Evaluation under2027 = evaluator.evaluate(lowScore, next, AS_OF);

            assertEquals(VerdictStatus.FAIL, verdict(again, "sesame").status());
            assertEquals(VerdictStatus.PASS, verdict(under2027, "sesame").status(), verdict(under2027, "sesame").explanation());
            List<Evaluator.Change> changes = Evaluator.compare(stored, under2027);
            assertTrue(changes.stream().anyMatch(c -> c.rule().equals("sesame")
                    && c.describe().startsWith("sesame: FAIL under LU-2026.1, PASS under LU-2027.1")), changes.toString());
            assertEquals(64, Sha256.hex(content).length());
        }
    }
}
