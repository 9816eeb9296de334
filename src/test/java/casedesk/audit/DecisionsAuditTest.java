package casedesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.access.Accounts;
import casedesk.access.Session;
import casedesk.admin.Administration;
import casedesk.caseload.Caseload;
import casedesk.demo.documents.Anomaly;
import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.CreditReportRequest;
import casedesk.demo.documents.CreditReports;
import casedesk.demo.documents.Language;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.evidence.Extractor;
import casedesk.intake.Importer;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.DecisionFacts;
import casedesk.model.DecisionFilter;
import casedesk.model.DecisionStatistics;
import casedesk.model.DecisionSummary;
import casedesk.model.ExchangeRate;
import casedesk.model.Money;
import casedesk.model.Outcome;
import casedesk.model.Role;
import casedesk.model.Trip;
import casedesk.model.User;
import casedesk.model.VisaCase;
import casedesk.progress.Progress;
import casedesk.review.Review;
import casedesk.security.Passwords;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor's audit of past decisions, at the service: decisions found by officer, period,
 * path, override, signal and refusal ground; the statistics over them; the CSV and PDF reports of
 * the filtered rows; the facts kept beside each decision checked against its snapshot; and the
 * decisions whose verdicts today's rules would change.
 */
class DecisionsAuditTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
    static final char[] PASSWORD = "long enough password".toCharArray();
    static final Applicant WANG = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN",
            "E12345678", "310101198804171234");
    static final Trip TRIP = new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C");

    /** Issued on a Sesame report, by amartin, on 5 November. */
    static final CaseReference SESAME = CaseReference.of("LU", "SHA", 2026, 1);
    /** Refused (ground 3) on a statement made by an editor, by jdupont, on 12 November. */
    static final CaseReference EDITED = CaseReference.of("LU", "SHA", 2026, 2);
    /** Issued on a Sesame score too low to count (the rule fails), against the verdicts, by amartin, on 19 November. */
    static final CaseReference OVERRIDE = CaseReference.of("LU", "SHA", 2026, 3);

    @TempDir
    Path dir;

    private Caseload caseload;
    private AuditTrail trail;
    private Session supervisor;
    private Session administrator;

    @BeforeEach
    void threeDecisionsByTwoOfficers() {
        caseload = Caseload.open(dir.resolve("caseload.db"));
        for (var user : Map.of("amartin", Role.OFFICER, "jdupont", Role.OFFICER, "lschmit", Role.SUPERVISOR,
                "admin", Role.ADMINISTRATOR).entrySet()) {
            Passwords.Derived password = Passwords.derive(PASSWORD, 1_000);
            caseload.users().create(new User(user.getKey(), user.getKey(), user.getValue(), password.stored(), true),
                    password.wrappingKey(), "test");
        }
        Accounts accounts = new Accounts(caseload, TODAY);
        Session amartin = accounts.signIn("amartin", PASSWORD.clone(), "test");
        Session jdupont = accounts.signIn("jdupont", PASSWORD.clone(), "test");
        supervisor = accounts.signIn("lschmit", PASSWORD.clone(), "test");
        administrator = accounts.signIn("admin", PASSWORD.clone(), "test");

        Review early = on("2026-11-05T10:00:00Z");
        early.create(amartin, VisaCase.lodged(SESAME, LocalDate.of(2026, 11, 2), WANG, TRIP));
        byte[] report = CreditReports.generate(CreditReportRequest.of(WANG, 812, LocalDate.of(2026, 10, 28),
                LocalDate.of(2027, 1, 28), Language.ZH, 7)).pdf();
        early.addDocuments(amartin, SESAME, List.of(new Importer.Pdf("zhima.pdf", report)), Map.of(), Progress.NONE);
        early.evaluate(amartin, SESAME);
        early.decide(amartin, SESAME, Outcome.ISSUE, List.of(), "", "");

        Review middle = on("2026-11-12T10:00:00Z");
        middle.create(jdupont, VisaCase.lodged(EDITED, LocalDate.of(2026, 11, 3), WANG, TRIP));
        byte[] edited = BankStatements.generate(StatementRequest.of(StatementLayout.ICBC, WANG, "6222021234567890123",
                LocalDate.of(2026, 10, 31), 3, Money.of("86400.00", "CNY"), 3)
                .withAnomalies(Set.of(Anomaly.EDITOR_PRODUCER))).pdf();
        middle.addDocuments(jdupont, EDITED, List.of(new Importer.Pdf("statement.pdf", edited)), Map.of(), Progress.NONE);
        middle.evaluate(jdupont, EDITED);
        middle.decide(jdupont, EDITED, Outcome.REFUSE, List.of(3), "", "The statement was edited.");

        Review late = on("2026-11-19T10:00:00Z");
        late.create(amartin, VisaCase.lodged(OVERRIDE, LocalDate.of(2026, 11, 1), WANG, TRIP));
        byte[] low = CreditReports.generate(CreditReportRequest.of(WANG, 640, LocalDate.of(2026, 10, 28),
                LocalDate.of(2027, 1, 28), Language.ZH, 8)).pdf();
        late.addDocuments(amartin, OVERRIDE, List.of(new Importer.Pdf("zhima.pdf", low)), Map.of(), Progress.NONE);
        late.evaluate(amartin, OVERRIDE);
        late.decide(amartin, OVERRIDE, Outcome.ISSUE, List.of(), "", "Known to the post: a returning traveller.");

        trail = new AuditTrail(caseload, TODAY);
    }

    @AfterEach
    void close() {
        caseload.close();
    }

    private Review on(String instant) {
        return new Review(caseload, Extractor.withDefaults(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private List<CaseReference> found(DecisionFilter filter) {
        return trail.decisions(supervisor, filter, DecisionSummary.Order.DECIDED_AT, false, 0).decisions().stream()
                .map(DecisionSummary::reference).toList();
    }

    @Test
    void aSupervisorFindsADecisionByOfficerPeriodPathOverrideSignalAndGround() {
        DecisionFilter all = DecisionFilter.ALL;
        assertEquals(List.of(OVERRIDE, EDITED, SESAME), found(all), "newest first");
        assertEquals(List.of(SESAME), found(all.withOfficer("amartin").withPeriod(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 10))), "amartin's decision of early November");
        assertEquals(List.of(OVERRIDE, SESAME), found(all.withOfficer("amartin")));
        assertEquals(List.of(EDITED), found(all.withPeriod(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 12))),
                "a period of one day holds that day's decisions");
        assertEquals(List.of(SESAME), found(all.withPath(DecisionFacts.Path.SESAME)));
        assertEquals(List.of(EDITED), found(all.withPath(DecisionFacts.Path.BANK).withOutcome(Outcome.REFUSE)));
        assertEquals(List.of(OVERRIDE), found(all.withAgainstOnly(true)), "issued although a rule failed");
        assertEquals(List.of(EDITED), found(all.withSignal("editor-producer")));
        assertTrue(found(all.withSignal(DecisionFilter.ANY_SIGNAL)).contains(EDITED));
        assertEquals(List.of(EDITED), found(all.withGround(3)));
        assertEquals(List.of(), found(all.withGround(1)));

        var page = trail.decisions(supervisor, all, DecisionSummary.Order.DECIDED_BY, true, 0);
        assertEquals(3, page.total());
        assertEquals(List.of("amartin", "amartin", "jdupont"),
                page.decisions().stream().map(DecisionSummary::decidedBy).toList(), "sorted by the database");
        DecisionSummary override = page.decisions().stream().filter(d -> d.reference().equals(OVERRIDE)).findFirst()
                .orElseThrow();
        assertTrue(override.againstVerdicts());
        assertEquals(18, override.daysToDecision(), "lodged 1 November, decided 19 November");
        assertEquals(DecisionFilter.Timeliness.LATE, override.timeliness());
        assertTrue(trail.signals(supervisor).contains("editor-producer"));
    }

    @Test
    void theStatisticsCountTheDecisionsTheFilterLetsThrough() {
        DecisionStatistics all = trail.statistics(supervisor, DecisionFilter.ALL);
        assertEquals(3, all.decisions());
        assertEquals(List.of(new DecisionStatistics.Officer("amartin", 2, 1), new DecisionStatistics.Officer("jdupont", 1, 0)),
                all.officers());
        assertEquals(0.5, all.officers().getFirst().overrideRate());
        assertEquals(List.of(new DecisionStatistics.Ground(3, 1)), all.grounds());
        assertEquals(1, all.sesameIssuances());
        assertEquals(List.of(new DecisionStatistics.ScoreBand(800, 849, 1)), all.sesameScores(),
                "the accepted score, opened from its seal");
        assertEquals(List.of(new DecisionStatistics.Week(LocalDate.of(2026, 11, 2), Outcome.ISSUE, 1),
                new DecisionStatistics.Week(LocalDate.of(2026, 11, 9), Outcome.REFUSE, 1),
                new DecisionStatistics.Week(LocalDate.of(2026, 11, 16), Outcome.ISSUE, 1)), all.weeks(),
                "weeks begin on Monday");
        assertEquals(2.0 / 3, all.shareWithin15Days(), 1e-9, "decided after 3 and 9 days; the override after 18");
        assertTrue(all.signals().stream().anyMatch(s -> s.code().equals("editor-producer") && s.outcome() == Outcome.REFUSE));

        DecisionStatistics jdupont = trail.statistics(supervisor, DecisionFilter.ALL.withOfficer("jdupont"));
        assertEquals(1, jdupont.decisions());
        assertEquals(0, jdupont.sesameIssuances());
    }

    @Test
    void theCsvAndPdfReportsHoldTheFilteredRows() throws Exception {
        DecisionFilter amartin = DecisionFilter.ALL.withOfficer("amartin");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertEquals(2, trail.reportCsv(supervisor, amartin, csv));
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(String.join(",", Report.CSV_COLUMNS), lines.getFirst());
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith(trailId(OVERRIDE) + "," + OVERRIDE.value() + ",WANG XIAOMING 王小明,issue,"),
                lines.get(1));
        assertTrue(lines.get(1).contains(",true,bank,"), "against the verdicts, on the bank path: " + lines.get(1));
        assertTrue(lines.get(2).contains(SESAME.value()) && lines.get(2).contains(",sesame,"), lines.get(2));
        assertFalse(csv.toString(StandardCharsets.UTF_8).contains(EDITED.value()), "jdupont's decision is filtered out");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        assertEquals(2, trail.reportPdf(supervisor, amartin, pdf, Progress.NONE, java.util.Locale.ENGLISH));
        String head = caseload.audit().verify().headHash();
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Decisions report"), text);
            assertTrue(text.contains("officer amartin"), "the filters are printed");
            assertTrue(text.contains(OVERRIDE.value()) && text.contains(SESAME.value()), text);
            assertFalse(text.contains(EDITED.value()), "only the filtered rows");
            assertTrue(text.contains(head), "the head hash the trail verified to");
            assertTrue(text.contains("Audit trail: intact"), text);
            assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()), text);
            assertTrue(text.contains("generated by lschmit"), text);
            assertTrue(text.contains("王小明"), "the applicant's name in Chinese");
        }

        ByteArrayOutputStream french = new ByteArrayOutputStream();
        assertTrue(trail.reportPdf(supervisor, amartin.withOutcome(casedesk.model.Outcome.ISSUE)
                .withPeriod(java.time.LocalDate.of(2026, 1, 1), null), french, Progress.NONE, java.util.Locale.FRENCH) >= 1);
        try (var document = Loader.loadPDF(french.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Rapport des décisions"), text);
            assertTrue(text.contains("agent amartin ; décidées à partir du 01/01/2026 ; issue « délivrer »")
                    || text.contains("agent amartin\u00a0; décidées à partir du 01/01/2026\u00a0; issue «\u00a0délivrer\u00a0»"),
                    "the filters in French: " + text);
            assertTrue(text.contains("Page 1 sur " + document.getNumberOfPages()), text);
            assertTrue(text.contains("intact") && text.contains(head), text);
            assertFalse(text.contains("Filtres?") || text.contains("Période?"), "every character has its glyph: " + text);
            assertTrue(text.contains(OVERRIDE.value()), text);
        }
    }

    @Test
    void aSpreadsheetFormulaInACellIsKeptAsText() {
        assertEquals("'=HYPERLINK(\"x\")", Report.cell("=HYPERLINK(\"x\")").replace("\"\"", "\"").replace("\"'", "'")
                .replaceAll("^\"|\"$", ""));
        assertEquals("\"a, b\"", Report.cell("a, b"));
        assertEquals("plain", Report.cell("plain"));
    }

    @Test
    void factsEditedBehindTheTriggersBackFailVerificationAndMissingFactsAreDerivedAgain() throws Exception {
        assertTrue(caseload.audit().verify().isIntact());
        String url = "jdbc:sqlite:" + dir.resolve("caseload.db");
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER decision_facts_are_never_deleted");
            statement.execute("DELETE FROM decision_facts");
        }
        assertTrue(caseload.audit().verify().isIntact(), "facts not kept yet are not a break");
        assertEquals(3, caseload.decisions().withoutFacts());
        assertEquals(List.of(OVERRIDE), found(DecisionFilter.ALL.withAgainstOnly(true)),
                "the facts are derived again from the snapshots on the first read");
        assertEquals(0, caseload.decisions().withoutFacts());

        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER decision_facts_are_never_updated");
            statement.execute("UPDATE decision_facts SET against = 0");
        }
        var check = caseload.audit().verify();
        assertFalse(check.isIntact(), "an override hidden from the browser is a break");
        assertTrue(check.problem().contains("facts"), check.problem());
    }

    @Test
    void decisionsWhoseVerdictsTodaysRulesWouldChangeAreFound() {
        DecisionFilter differs = DecisionFilter.ALL.withDiffersToday(true);
        assertEquals(3, trail.recheck(supervisor, differs, Progress.NONE));
        assertEquals(List.of(), found(differs), "nothing changed since the decisions");
        assertEquals(0, trail.recheck(supervisor, differs, Progress.NONE), "checked once, kept");

        // A CNY rate arrives: the edited statement's means can be counted now.
        new Administration(caseload).importRates(administrator, List.of(new ExchangeRate(LocalDate.of(2026, 11, 20),
                "CNY", new BigDecimal("7.9153"))), "ecb.csv");
        assertEquals(3, trail.recheck(supervisor, differs, Progress.NONE), "new rates: checked again");
        assertEquals(List.of(EDITED), found(differs));
    }

    private long trailId(CaseReference reference) {
        return caseload.decisions().latest(reference).orElseThrow().id();
    }
}
