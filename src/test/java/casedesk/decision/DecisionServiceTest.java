package casedesk.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.caseload.DocumentRepository.NewDocument;
import casedesk.json.Json;
import casedesk.model.Applicant;
import casedesk.model.Box;
import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import casedesk.model.Decision;
import casedesk.model.Document;
import casedesk.model.DocumentKind;
import casedesk.model.Evaluation;
import casedesk.model.Extraction;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Outcome;
import casedesk.model.Role;
import casedesk.model.Trip;
import casedesk.model.User;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import casedesk.model.VisaCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionServiceTest {

    static final CaseReference REF = CaseReference.of("LU", "SHA", 2026, 123);
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    private Caseload caseload;
    private DecisionService decisions;
    private Document report;

    @BeforeEach
    void caseWithAReportAndVerdicts() {
        caseload = Caseload.open(dir.resolve("caseload.db"));
        caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, "x", true), new byte[32], "admin");
        caseload.cases().create(VisaCase.lodged(REF, LocalDate.of(2026, 11, 2),
                new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678", ""),
                new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C")), "amartin");
        report = caseload.documents().add(REF, new NewDocument("zhima.pdf", DocumentKind.CREDIT_REPORT, 1,
                "%PDF report".getBytes()), "amartin");
        caseload.evidence().store(report.id(), new Extraction(List.of(new Figure("score",
                new FigureValue.Number(786), 1, new Box(300, 200, 30, 14), "786")), List.of(), List.of()), "system");
        decisions = new DecisionService(caseload);
    }

    @AfterEach
    void close() {
        caseload.close();
    }

    private void verdicts(VerdictStatus... statuses) {
        List<Verdict> verdicts = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            verdicts.add(new Verdict("rule-" + i, "LU-2026.1", statuses[i], "because", List.of(), OptionalInt.empty()));
        }
        caseload.evaluations().store(REF, new Evaluation("LU-2026.1", "ab".repeat(32), NOW, verdicts), "system");
    }

    private DecisionService.Request request(Outcome outcome, List<Integer> grounds, String reason) {
        return new DecisionService.Request(REF, outcome, grounds, "note", reason, "amartin", NOW);
    }

    @Test
    void issuingWhileARuleFailsNeedsAWrittenReason() {
        verdicts(VerdictStatus.PASS, VerdictStatus.FAIL);

        var refused = assertThrows(DecisionService.Refused.class,
                () -> decisions.decide(request(Outcome.ISSUE, List.of(), "")));

        assertTrue(refused.getMessage().contains("rule-1 failed"), refused.getMessage());
        assertEquals(DecisionService.Reason.REASON_NEEDED, refused.reason());
        assertEquals(CaseStatus.OPEN, caseload.cases().get(REF).status());
        assertEquals(0, caseload.decisions().size());

        Decision decision = decisions.decide(request(Outcome.ISSUE, List.of(), "Sponsor's guarantee seen at the counter"));
        assertEquals("Sponsor's guarantee seen at the counter", decision.deviationReason());
        assertEquals(CaseStatus.ISSUED, caseload.cases().get(REF).status());
    }

    @Test
    void refusingWhileEveryRulePassesNeedsAWrittenReason() {
        verdicts(VerdictStatus.PASS, VerdictStatus.PASS);
        assertThrows(DecisionService.Refused.class, () -> decisions.decide(request(Outcome.REFUSE, List.of(3), "  ")));
        assertEquals(Outcome.REFUSE, decisions.decide(request(Outcome.REFUSE, List.of(3), "SIS alert")).outcome());
    }

    @Test
    void decidingWithTheVerdictsNeedsNoReason() {
        verdicts(VerdictStatus.PASS, VerdictStatus.REVIEW);
        assertEquals(Outcome.ISSUE, decisions.decide(request(Outcome.ISSUE, List.of(), "")).outcome());
    }

    @Test
    void aRefusalNamesItsGroundsAndNothingElseDoes() {
        assertThrows(DecisionService.Refused.class, () -> decisions.decide(request(Outcome.REFUSE, List.of(), "")));
        assertThrows(DecisionService.Refused.class, () -> decisions.decide(request(Outcome.ISSUE, List.of(3), "")));
    }

    @Test
    void onlyAnActiveUserDecides() {
        var refused = assertThrows(DecisionService.Refused.class, () -> decisions.decide(
                new DecisionService.Request(REF, Outcome.ISSUE, List.of(), "", "", "nobody", NOW)));
        assertTrue(refused.getMessage().contains("nobody"));
    }

    @Test
    void theSnapshotFreezesDocumentsFiguresAndVerdicts() {
        verdicts(VerdictStatus.PASS);

        Decision decision = decisions.decide(request(Outcome.ISSUE, List.of(), ""));

        JsonNode snapshot = Json.parse(decision.snapshot());
        assertEquals(report.sha256(), snapshot.at("/documents/0/sha256").asText());
        assertEquals("786", snapshot.at("/figures/0/value").asText());
        assertEquals(300.0, snapshot.at("/figures/0/bbox/0").asDouble());
        assertEquals("LU-2026.1", snapshot.get("ruleSet").asText());
        assertEquals("PASS", snapshot.at("/verdicts/0/status").asText());
    }

    @Test
    void askingForDocumentsExtendsTheDeadlineToFortyFiveDays() {
        decisions.decide(request(Outcome.REQUEST_DOCUMENTS, List.of(), "insurance for the whole stay"));

        assertEquals(LocalDate.of(2026, 12, 17), caseload.cases().get(REF).deadline());
        assertEquals(CaseStatus.DOCUMENTS_REQUESTED, caseload.cases().get(REF).status());
        assertTrue(caseload.audit().forCase(REF).stream().anyMatch(e -> e.type().equals("deadline-extended")));
    }

    @Test
    void aRequestForDocumentsMustSayWhich() {
        var refused = assertThrows(DecisionService.Refused.class, () -> decisions.decide(
                new DecisionService.Request(REF, Outcome.REQUEST_DOCUMENTS, List.of(), "  ", "", "amartin", NOW)));

        assertEquals(DecisionService.Reason.DOCUMENTS_NOT_NAMED, refused.reason());
        assertEquals(0, caseload.decisions().size());
        assertEquals(CaseStatus.OPEN, caseload.cases().get(REF).status());
    }

    @Test
    void aSecondDecisionSupersedesTheFirstWhichStays() {
        Decision first = decisions.decide(request(Outcome.REQUEST_DOCUMENTS, List.of(), ""));
        Decision second = decisions.decide(request(Outcome.REFUSE, List.of(3), ""));

        assertEquals(OptionalLong.of(first.id()), second.supersedes());
        assertEquals(List.of(first, second), caseload.decisions().forCase(REF));
        assertEquals(CaseStatus.REFUSED, caseload.cases().get(REF).status());
        assertTrue(caseload.audit().verify().isIntact());
    }
}
