package casedesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.access.Accounts;
import casedesk.access.Forbidden;
import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.admin.Administration;
import casedesk.caseload.Caseload;
import casedesk.caseload.CaseloadException;
import casedesk.decision.DecisionService;
import casedesk.evidence.Extractor;
import casedesk.intake.Importer;
import casedesk.model.Applicant;
import casedesk.model.Box;
import casedesk.model.CaseReference;
import casedesk.model.ExchangeRate;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.Outcome;
import casedesk.model.QueueQuery;
import casedesk.model.Role;
import casedesk.model.Transaction;
import casedesk.model.Trip;
import casedesk.model.User;
import casedesk.model.VisaCase;
import casedesk.progress.Progress;
import casedesk.rules.RuleSets;
import casedesk.security.Passwords;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what, checked where it is enforced: at the services, whatever a desk shows. Every
 * refusal leaves the caseload as it was.
 */
class RolesTest {

    static final CaseReference REF = CaseReference.of("LU", "SHA", 2026, 7);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final char[] PASSWORD = "long enough password".toCharArray();

    @TempDir
    Path dir;

    private Caseload caseload;
    private Review review;
    private Administration administration;
    private Session officer;
    private Session colleague;
    private Session supervisor;
    private Session administrator;

    @BeforeEach
    void caseloadWithOneOfEachRole() {
        caseload = Caseload.open(dir.resolve("caseload.db"));
        for (var user : Map.of("amartin", Role.OFFICER, "jdupont", Role.OFFICER, "lschmit", Role.SUPERVISOR,
                "admin", Role.ADMINISTRATOR).entrySet()) {
            Passwords.Derived password = Passwords.derive(PASSWORD, 1_000);
            caseload.users().create(new User(user.getKey(), user.getKey(), user.getValue(),
                    password.stored(), true), password.wrappingKey(), "test");
        }
        Accounts accounts = new Accounts(caseload, CLOCK);
        officer = accounts.signIn("amartin", PASSWORD.clone(), "test");
        colleague = accounts.signIn("jdupont", PASSWORD.clone(), "test");
        supervisor = accounts.signIn("lschmit", PASSWORD.clone(), "test");
        administrator = accounts.signIn("admin", PASSWORD.clone(), "test");
        review = new Review(caseload, Extractor.withDefaults(), CLOCK);
        administration = new Administration(caseload);
        review.create(officer, wang());
    }

    @AfterEach
    void close() {
        caseload.close();
    }

    private static VisaCase wang() {
        return VisaCase.lodged(REF, LocalDate.of(2026, 11, 2),
                new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678", ""),
                new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C"));
    }

    /** Every change to a case, as the given session would make it. */
    private List<Executable> changes(Session session) {
        VisaCase other = VisaCase.lodged(CaseReference.of("LU", "SHA", 2026, 8), TODAY, wang().applicant(), wang().trip());
        Figure figure = new Figure("score", new FigureValue.Number(780), 1, new Box(0, 0, 10, 10), "780");
        Transaction row = new Transaction(TODAY, "cash", Money.of("100.00", "CNY"), Optional.empty(), "", 1,
                new Box(0, 0, 10, 10));
        return List.of(
                () -> review.create(session, other),
                () -> review.update(session, REF, wang().applicant(), wang().trip()),
                () -> review.nextReference(session, TODAY, "LU-SHA"),
                () -> review.addDocuments(session, REF, List.of(new Importer.Pdf("a.pdf", "%PDF-1.4".getBytes())),
                        Map.of(), Progress.NONE),
                () -> review.correct(session, 1, figure),
                () -> review.supply(session, 1, row),
                () -> review.evaluate(session, REF),
                () -> review.decide(session, REF, Outcome.ISSUE, List.of(), "", ""));
    }

    @Test
    void aSupervisorReadsCasesButChangesAndDecidesNothing() {
        assertEquals(1, review.queue(supervisor, QueueQuery.pending()).size());
        long events = caseload.audit().size();
        OpenedCase opened = review.open(supervisor, REF, TODAY);
        assertTrue(opened.evaluation().isPresent(), "the supervisor sees today's verdicts");
        assertEquals(Optional.empty(), caseload.evaluations().latest(REF), "a supervisor's look stores nothing");

        for (Executable change : changes(supervisor)) {
            assertThrows(Forbidden.class, change);
        }
        assertEquals(events, caseload.audit().size(), "nothing was recorded");
        assertThrows(Forbidden.class, () -> administration.importRates(supervisor, rates(), "ecb.csv"));
    }

    @Test
    void anAdministratorKeepsRulesAndRatesButSeesAndDecidesNoCase() {
        assertThrows(Forbidden.class, () -> review.queue(administrator, QueueQuery.pending()));
        assertThrows(Forbidden.class, () -> review.open(administrator, REF, TODAY));
        assertThrows(Forbidden.class, () -> review.documentBytes(administrator, null));
        for (Executable change : changes(administrator)) {
            assertThrows(Forbidden.class, change);
        }
        administration.importRates(administrator, rates(), "ecb.csv");
        assertEquals(1, caseload.rates().summary().size());
    }

    @Test
    void anOfficerDecidesButKeepsNeitherRulesNorRatesNorAccounts() {
        var ruleSet = RuleSets.builtIn().all().getFirst();
        Forbidden refused = assertThrows(Forbidden.class, () -> administration.importRuleSet(officer, ruleSet, "{}"));
        assertEquals(Permission.MANAGE_RULES, refused.permission());
        assertThrows(Forbidden.class, () -> administration.importRates(officer, rates(), "ecb.csv"));
        assertEquals(0, caseload.rates().summary().size());

        review.open(officer, REF, TODAY);
        assertTrue(caseload.evaluations().latest(REF).isPresent(), "an officer's open stores the evaluation");
        review.decide(officer, REF, Outcome.REQUEST_DOCUMENTS, List.of(), "Bank statement for the last 3 months", "");
        assertEquals("amartin", caseload.decisions().latest(REF).orElseThrow().decidedBy());
    }

    @Test
    void aVisaDecidedByOneOfficerIsNeverSupersededByAnother() {
        review.open(officer, REF, TODAY);
        review.decide(officer, REF, Outcome.REFUSE, List.of(3), "", "Means not shown.");

        DecisionService.Refused refused = assertThrows(DecisionService.Refused.class,
                () -> review.decide(colleague, REF, Outcome.ISSUE, List.of(), "", "I disagree."));
        assertEquals(DecisionService.Reason.DECIDED_BY_ANOTHER, refused.reason());
        assertEquals(1, caseload.decisions().forCase(REF).size());
    }

    @Test
    void noDocumentIsAddedToADecidedCase() {
        review.open(officer, REF, TODAY);
        review.decide(officer, REF, Outcome.REFUSE, List.of(3), "", "Means not shown.");

        assertThrows(CaseloadException.Refused.class, () -> review.addDocuments(officer, REF,
                List.of(new Importer.Pdf("late.pdf", "%PDF-1.4".getBytes())), Map.of(), Progress.NONE));
        assertEquals(0, caseload.documents().forCase(REF).size());
    }

    @Test
    void onlyASupervisorReadsTheAuditTrail() {
        casedesk.audit.AuditTrail trail = new casedesk.audit.AuditTrail(caseload, CLOCK);
        assertTrue(trail.events(supervisor, "", java.util.Set.of(), 0).size() > 0);
        assertEquals(List.of("case-created"), trail.events(supervisor, REF.value(), java.util.Set.of(), 0).stream()
                .map(casedesk.model.AuditEvent::type).toList(), "searched by case reference");
        assertThrows(Forbidden.class, () -> trail.events(officer, "", java.util.Set.of(), 0));
        assertThrows(Forbidden.class, () -> trail.events(administrator, "", java.util.Set.of(), 0));
    }

    @Test
    void aSupervisorFlagsADecisionWhichStaysAsItWas() {
        review.open(officer, REF, TODAY);
        var decision = review.decide(officer, REF, Outcome.REFUSE, List.of(3), "", "Means not shown.");
        casedesk.audit.AuditTrail trail = new casedesk.audit.AuditTrail(caseload, CLOCK);

        trail.review(supervisor, REF, decision.id(), casedesk.model.DecisionReview.Flag.DISAGREE,
                "The deposit certificate covers the stay.");

        var reviews = trail.reviews(officer, REF);
        assertEquals(1, reviews.size(), "the officer sees the review of their decision");
        assertEquals(casedesk.model.DecisionReview.Flag.DISAGREE, reviews.getFirst().flag());
        assertEquals("The deposit certificate covers the stay.", reviews.getFirst().note());
        assertEquals("lschmit", reviews.getFirst().by());
        assertEquals(List.of(decision), caseload.decisions().forCase(REF), "the decision is unchanged");
        assertEquals(casedesk.model.CaseStatus.REFUSED, caseload.cases().get(REF).status());
        assertThrows(Forbidden.class, () -> trail.review(officer, REF, decision.id(),
                casedesk.model.DecisionReview.Flag.AGREE, "self-review"));
        assertThrows(Forbidden.class, () -> trail.review(administrator, REF, decision.id(),
                casedesk.model.DecisionReview.Flag.AGREE, ""));
        assertThrows(casedesk.caseload.CaseloadException.NotFound.class, () -> trail.review(supervisor, REF,
                decision.id() + 1, casedesk.model.DecisionReview.Flag.AGREE, ""));
        assertEquals(1, trail.reviews(supervisor, REF).size(), "the refused reviews left nothing");
        assertTrue(caseload.audit().verify().isIntact());
    }

    @Test
    void aSupervisorBrowsesDecisionsByOfficerAndFindsThoseTakenAgainstTheVerdicts() {
        var passed = new casedesk.model.Evaluation("LU-2026.9", "0".repeat(64), CLOCK.instant(), List.of(
                new casedesk.model.Verdict("means", "LU-2026.9", casedesk.model.VerdictStatus.PASS, "enough",
                        List.of(), java.util.OptionalInt.empty())));
        caseload.evaluations().store(REF, passed, "amartin");
        review.decide(officer, REF, Outcome.REFUSE, List.of(3), "", "The statement is not the applicant's.");
        CaseReference other = CaseReference.of("LU", "SHA", 2026, 8);
        review.create(colleague, VisaCase.lodged(other, TODAY, wang().applicant(), wang().trip()));
        review.decide(colleague, other, Outcome.REQUEST_DOCUMENTS, List.of(), "Travel insurance", "");
        casedesk.audit.AuditTrail trail = new casedesk.audit.AuditTrail(caseload, CLOCK);

        var filter = casedesk.model.DecisionFilter.ALL;
        var newest = casedesk.model.DecisionSummary.Order.DECIDED_AT;
        var all = trail.decisions(supervisor, filter, newest, false, 0).decisions();
        var byAmartin = trail.decisions(supervisor, filter.withOfficer("amartin"), newest, false, 0).decisions();
        var against = trail.decisions(supervisor, filter.withAgainstOnly(true), newest, false, 0).decisions();

        assertEquals(List.of(other, REF), all.stream().map(casedesk.model.DecisionSummary::reference).toList(),
                "newest first");
        assertEquals(List.of(REF), byAmartin.stream().map(casedesk.model.DecisionSummary::reference).toList());
        assertEquals(List.of(REF), against.stream().map(casedesk.model.DecisionSummary::reference).toList(),
                "refused although every rule passed");
        assertEquals(18, all.getLast().daysToDecision(), "lodged 2026-11-02, decided 2026-11-20");
        assertTrue(!all.getLast().withinDeadline());
        assertEquals(List.of("amartin", "jdupont"), trail.deciders(supervisor));
        assertThrows(Forbidden.class, () -> trail.decisions(officer, filter, newest, false, 0));
        assertThrows(Forbidden.class, () -> trail.decisions(administrator, filter, newest, false, 0));
        assertThrows(Forbidden.class, () -> trail.statistics(officer, filter));
        assertThrows(Forbidden.class, () -> trail.reportCsv(officer, filter, java.io.OutputStream.nullOutputStream()));
    }

    private static List<ExchangeRate> rates() {
        return List.of(new ExchangeRate(TODAY, "CNY", new BigDecimal("7.9153")));
    }
}
