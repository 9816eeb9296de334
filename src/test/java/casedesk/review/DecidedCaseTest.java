package casedesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.access.Accounts;
import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.evidence.Extractor;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Evaluation;
import casedesk.model.Outcome;
import casedesk.model.Role;
import casedesk.model.Trip;
import casedesk.model.User;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import casedesk.model.VisaCase;
import casedesk.security.Passwords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decided case shows what it was decided on, whatever was evaluated since. */
class DecidedCaseTest {

    static final CaseReference REF = CaseReference.of("LU", "SHA", 2026, 7);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    @Test
    void aDecidedCaseShowsTheVerdictsOfItsSnapshotNotALaterEvaluation() {
        try (Caseload caseload = Caseload.open(dir.resolve("caseload.db"))) {
            Passwords.Derived password = Passwords.derive("long enough password".toCharArray(), 1_000);
            caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, password.stored(), true),
                    password.wrappingKey(), "test");
            Session officer = new Accounts(caseload, CLOCK).signIn("amartin", "long enough password".toCharArray(), "test");
            Review review = new Review(caseload, Extractor.withDefaults(), CLOCK);
            review.create(officer, VisaCase.lodged(REF, LocalDate.of(2026, 11, 2),
                    new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678", ""),
                    new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C")));
            OpenedCase before = review.open(officer, REF, TODAY);
            List<Verdict> decidedOn = before.evaluation().orElseThrow().verdicts();
            assertFalse(before.decidedOn(), "an open case shows today's verdicts");
            review.decide(officer, REF, Outcome.REFUSE, List.of(3), "", "No proof of means at all.");

            // Evaluated again after the decision (as 'casedesk evaluate' may): a verdict that did not
            // exist when the officer decided.
            caseload.evaluations().store(REF, new Evaluation(decidedOn.getFirst().ruleSetVersion(), "0".repeat(64),
                    CLOCK.instant().plusSeconds(3600), List.of(new Verdict("means", decidedOn.getFirst().ruleSetVersion(),
                            VerdictStatus.PASS, "a later evaluation", List.of(), OptionalInt.empty()))), "amartin");

            OpenedCase after = review.open(officer, REF, TODAY);
            assertTrue(after.decidedOn(), "decided: the verdicts are the decision's");
            assertEquals(decidedOn, after.evaluation().orElseThrow().verdicts());
            assertTrue(after.evaluation().orElseThrow().verdicts().stream()
                    .noneMatch(v -> v.explanation().equals("a later evaluation")));
        }
    }

    @Test
    void reEvaluatedUnderTodaysRulesAChangedVerdictIsMarkedAndNothingIsStored() throws Exception {
        try (Caseload caseload = Caseload.open(dir.resolve("caseload.db"))) {
            Passwords.Derived password = Passwords.derive("long enough password".toCharArray(), 1_000);
            caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, password.stored(), true),
                    password.wrappingKey(), "test");
            caseload.users().create(new User("admin", "Admin", Role.ADMINISTRATOR, password.stored(), true),
                    password.wrappingKey(), "test");
            Accounts accounts = new Accounts(caseload, CLOCK);
            Session officer = accounts.signIn("amartin", "long enough password".toCharArray(), "test");
            Session administrator = accounts.signIn("admin", "long enough password".toCharArray(), "test");
            Review review = new Review(caseload, Extractor.withDefaults(), CLOCK);
            Applicant wang = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678", "");
            review.create(officer, VisaCase.lodged(REF, LocalDate.of(2026, 11, 2), wang,
                    new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C")));
            byte[] statement = casedesk.demo.documents.BankStatements.generate(casedesk.demo.documents.StatementRequest.of(
                    casedesk.demo.documents.StatementLayout.ICBC, wang, "6222021234567890123", LocalDate.of(2026, 11, 10),
                    3, casedesk.model.Money.of("86400.00", "CNY"), 1)).pdf();
            review.addDocuments(officer, REF, List.of(new casedesk.intake.Importer.Pdf("statement.pdf", statement)),
                    java.util.Map.of(), casedesk.progress.Progress.NONE);
            OpenedCase before = review.open(officer, REF, TODAY);
            Verdict means = before.evaluation().orElseThrow().verdicts().stream().filter(v -> v.rule().equals("means"))
                    .findFirst().orElseThrow();
            assertEquals(VerdictStatus.MISSING, means.status(), "no CNY rate yet: " + means.explanation());
            review.decide(officer, REF, Outcome.REFUSE, List.of(3), "", "Means not shown.");
            assertTrue(review.reevaluate(officer, REF, TODAY).orElseThrow().rows().stream()
                    .noneMatch(Reevaluation.Row::changed), "nothing changed yet");

            new casedesk.admin.Administration(caseload).importRates(administrator, List.of(new casedesk.model.ExchangeRate(
                    TODAY, "CNY", new java.math.BigDecimal("7.9153"))), "ecb.csv");
            long events = caseload.audit().size();
            Reevaluation again = review.reevaluate(officer, REF, TODAY).orElseThrow();

            Reevaluation.Row row = again.rows().stream().filter(r -> r.rule().equals("means")).findFirst().orElseThrow();
            assertTrue(row.changed(), "means: " + row);
            assertEquals(VerdictStatus.MISSING, row.decidedOn().orElseThrow().status());
            assertEquals(VerdictStatus.PASS, row.today().orElseThrow().status(), row.today().orElseThrow().explanation());
            assertTrue(again.anyChanged());
            assertEquals(events, caseload.audit().size(), "re-evaluating stores nothing");
            assertTrue(review.open(officer, REF, TODAY).decidedOn(), "the case still shows what it was decided on");
        }
    }
}
