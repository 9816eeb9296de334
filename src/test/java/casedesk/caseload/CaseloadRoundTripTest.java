package casedesk.caseload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.DocumentRepository.NewDocument;
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
import casedesk.model.Money;
import casedesk.model.Outcome;
import casedesk.model.Phrase;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.model.Role;
import casedesk.model.Severity;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Transaction;
import casedesk.model.Trip;
import casedesk.model.User;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import casedesk.model.VisaCase;
import casedesk.security.Sha256;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entity goes into a real SQLite file, the file is closed and reopened, and it comes back equal. */
class CaseloadRoundTripTest {

    @TempDir
    Path dir;

    private Path file;
    private Caseload caseload;

    @BeforeEach
    void open() {
        file = dir.resolve("caseload.db");
        caseload = Caseload.open(file, Samples.CLOCK);
    }

    @AfterEach
    void close() {
        caseload.close();
    }

    private void reopen() {
        caseload.close();
        caseload = Caseload.open(file, Samples.CLOCK);
        Samples.unlock(caseload);
    }

    @Test
    void caseWithApplicantAndTripComesBackEqual() {
        VisaCase wang = Samples.wang(123);
        caseload.cases().create(wang, "officer");
        reopen();

        VisaCase stored = caseload.cases().get(wang.reference());

        assertEquals(wang, stored);
        assertEquals(LocalDate.of(2026, 11, 17), stored.deadline());
        assertEquals(15, stored.trip().days());
    }

    @Test
    void aDeadlineMovesOnlyWithinTheFortyFiveDaysOfArticle23() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");

        assertThrows(IllegalArgumentException.class, () -> caseload.cases()
                .extendDeadline(wang.reference(), wang.lodged().plusDays(46), "too far", "officer"));
        caseload.cases().extendDeadline(wang.reference(), wang.lodged().plusDays(45), "documents requested", "officer");

        assertEquals(LocalDate.of(2026, 12, 17), caseload.cases().get(wang.reference()).deadline());
    }

    @Test
    void anUndecidedCaseIsCorrectedAndTheLogNamesTheFieldsNotTheirValues() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        Applicant corrected = new Applicant("WANG", "XIAOMING", "王晓明", wang.applicant().birthDate(), "CHN", "E87654321",
                wang.applicant().nationalId());
        Trip shorter = new Trip(wang.trip().entry(), wang.trip().entry().plusDays(6), "tourism", "LU", "C");

        caseload.cases().update(wang.reference(), corrected, shorter, "officer");
        reopen();

        VisaCase stored = caseload.cases().get(wang.reference());
        assertEquals(corrected, stored.applicant());
        assertEquals(7, stored.trip().days());
        assertEquals(wang.deadline(), stored.deadline(), "a correction does not move the deadline");
        var event = caseload.audit().forCase(wang.reference()).getLast();
        assertEquals("case-updated", event.type());
        assertTrue(event.detail().contains("native_name") && event.detail().contains("passport")
                && event.detail().contains("exit"), event.detail());
        assertTrue(!event.detail().contains("E87654321") && !event.detail().contains("王晓明"), event.detail());
        assertTrue(caseload.audit().verify().isIntact());
        assertEquals(List.of(wang.reference()), caseload.cases().queue(QueueQuery.all().withText("E87654321")).stream()
                .map(QueueEntry::reference).toList(), "the new passport number is found");
    }

    @Test
    void aDecidedCaseCannotBeCorrected() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, "x", true), Samples.WRAPPING_KEY, "admin");
        caseload.decisions().record(new Decision(0, wang.reference(), Outcome.ISSUE, List.of(), "", "", "amartin",
                Instant.parse("2026-11-20T10:00:00Z"), "{}", Sha256.hex("{}"), OptionalLong.empty()), "amartin");
        long events = caseload.audit().size();

        assertThrows(CaseloadException.Refused.class, () -> caseload.cases().update(wang.reference(),
                wang.applicant(), new Trip(wang.trip().entry(), wang.trip().entry(), "tourism", "LU", "C"), "officer"));
        assertEquals(wang.trip(), caseload.cases().get(wang.reference()).trip());
        assertEquals(events, caseload.audit().size());
    }

    @Test
    void theNextReferenceFollowsTheHighestOfThePostAndYear() {
        assertEquals(CaseReference.of("LU", "SHA", 2026, 1), caseload.cases().nextReference(LocalDate.of(2026, 11, 23), "LU-SHA"));
        caseload.cases().create(Samples.wang(41), "officer");
        caseload.cases().create(Samples.wang(7), "officer");
        assertEquals(CaseReference.of("LU", "SHA", 2026, 42), caseload.cases().nextReference(LocalDate.of(2026, 11, 23), "XX-YYY"));
        assertEquals(CaseReference.of("LU", "SHA", 2027, 1), caseload.cases().nextReference(LocalDate.of(2027, 1, 2), "XX-YYY"));
    }

    @Test
    void whenEveryReferenceOfTheYearIsTakenTheNextIsRefusedWithAMessage() {
        caseload.cases().create(Samples.wang(999_999), "officer");

        CaseloadException refused = assertThrows(CaseloadException.class,
                () -> caseload.cases().nextReference(LocalDate.of(2026, 11, 23), "LU-SHA"));
        assertTrue(refused.getMessage().contains("LU-SHA-2026-999999"), refused.getMessage());
    }

    @Test
    void aSecondCaseWithTheSameReferenceIsRefused() {
        caseload.cases().create(Samples.wang(1), "officer");
        assertThrows(CaseloadException.AlreadyExists.class, () -> caseload.cases().create(Samples.wang(1), "officer"));
        assertEquals(1, caseload.cases().size());
    }

    @Test
    void documentBytesAndMetadataComeBackEqual() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        byte[] pdf = "%PDF-1.7 pretend".getBytes();
        Document added = caseload.documents().add(wang.reference(),
                new NewDocument("statement-icbc.pdf", DocumentKind.BANK_STATEMENT, 4, pdf), "officer");
        reopen();

        Document stored = caseload.documents().forCase(wang.reference()).getFirst();

        assertEquals(added, stored);
        assertEquals(Sha256.hex(pdf), stored.sha256());
        assertEquals(Instant.parse("2026-11-20T09:30:00Z"), stored.importedAt());
        assertArrayEquals(pdf, caseload.documents().bytes(stored));
    }

    @Test
    void theSameFileTwiceInOneCaseIsRecognisedAndNotStoredAgain() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        byte[] pdf = "%PDF-1.7 same bytes".getBytes();
        caseload.documents().add(wang.reference(), new NewDocument("a.pdf", DocumentKind.UNKNOWN, 1, pdf), "officer");

        var duplicate = assertThrows(CaseloadException.DuplicateDocument.class, () -> caseload.documents()
                .add(wang.reference(), new NewDocument("copy of a.pdf", DocumentKind.UNKNOWN, 1, pdf), "officer"));

        assertEquals("a.pdf", duplicate.existingFileName());
        assertTrue(duplicate.getMessage().contains("'copy of a.pdf' is already in case LU-SHA-2026-000001"));
        assertEquals(1, caseload.documents().forCase(wang.reference()).size());
    }

    @Test
    void theSameFileInAnotherApplicantsCaseIsStoredOnceAndFound() {
        VisaCase first = Samples.wang(1);
        VisaCase second = Samples.person(2, "LI", "NA", "李娜", "E87654321", LocalDate.of(2026, 11, 5));
        caseload.cases().create(first, "officer");
        caseload.cases().create(second, "officer");
        byte[] pdf = "%PDF-1.7 shared".getBytes();
        caseload.documents().add(first.reference(), new NewDocument("s.pdf", DocumentKind.BANK_STATEMENT, 1, pdf), "officer");
        Document again = caseload.documents().add(second.reference(),
                new NewDocument("mine.pdf", DocumentKind.BANK_STATEMENT, 1, pdf), "officer");

        assertEquals(List.of(first.reference()),
                caseload.documents().otherCasesHolding(again.sha256(), second.reference()));
        assertArrayEquals(pdf, caseload.documents().bytes(again));
    }

    @Test
    void extractionWithEveryKindOfValueComesBackEqual() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        Document statement = caseload.documents().add(wang.reference(),
                new NewDocument("s.pdf", DocumentKind.BANK_STATEMENT, 2, new byte[] {1, 2, 3}), "officer");
        Box box = new Box(72.5, 140.25, 60, 9.5);
        Extraction extraction = new Extraction(
                List.of(new Figure("bank", new FigureValue.Text("中国工商银行"), 1, box, "中国工商银行"),
                        new Figure("closing_balance", new FigureValue.Amount(Money.of("86400.00", "CNY")), 2, box,
                                "86,400.00"),
                        new Figure("period_end", new FigureValue.Date(LocalDate.of(2026, 8, 31)), 1, box,
                                "2026年08月31日"),
                        new Figure("score", new FigureValue.Number(786), 1, box, "786")),
                List.of(new Transaction(LocalDate.of(2026, 8, 1), "工资", Money.of("18000.00", "CNY"),
                                Optional.of(Money.of("91230.55", "CNY")), "上海某某科技有限公司", 1, box),
                        new Transaction(LocalDate.of(2026, 8, 3), "快捷支付", Money.of("-242.76", "CNY"),
                                Optional.empty(), "", 2, box),
                        new Transaction(LocalDate.of(2026, 8, 4), "零钱提现", Money.of("4100.00", "CNY"),
                                Optional.empty(), "/", 2, box).asNeutral()),
                List.of(TamperSignal.documentWide("incremental-update", Severity.MEDIUM, Phrase.text("saved twice")),
                        TamperSignal.onPage("covered-text", Severity.HIGH, Phrase.text("a white box hides text"), 2, box)));

        List<StoredFigure> stored = caseload.evidence().store(statement.id(), extraction, "system");
        reopen();

        assertEquals(extraction, caseload.evidence().extraction(statement.id()));
        Transaction neutral = caseload.evidence().transactions(statement.id()).getLast();
        assertTrue(neutral.neutral() && !neutral.isCredit(), "a neutral row is no credit: " + neutral);
        assertEquals(stored, caseload.evidence().figuresOfCase(wang.reference()));
    }

    @Test
    void storingAnExtractionAgainReplacesTheEarlierOne() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        Document document = caseload.documents().add(wang.reference(),
                new NewDocument("r.pdf", DocumentKind.CREDIT_REPORT, 1, new byte[] {9}), "officer");
        Box box = new Box(1, 2, 3, 4);
        caseload.evidence().store(document.id(), new Extraction(
                List.of(new Figure("score", new FigureValue.Number(700), 1, box, "700")), List.of(), List.of()), "system");
        caseload.evidence().store(document.id(), new Extraction(
                List.of(new Figure("score", new FigureValue.Number(760), 1, box, "760")), List.of(), List.of()), "system");

        assertEquals(List.of(new Figure("score", new FigureValue.Number(760), 1, box, "760")),
                caseload.evidence().extraction(document.id()).figures());
    }

    @Test
    void evaluationWithVerdictsComesBackEqual() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        Evaluation evaluation = new Evaluation("LU-2026.1", "ab".repeat(32), Instant.parse("2026-11-20T09:31:00Z"),
                List.of(new Verdict("means", "LU-2026.1", VerdictStatus.PASS, "CNY 86,400.00 ≈ EUR 10,915.61",
                                List.of(3L, 4L), OptionalInt.empty()),
                        new Verdict("insurance", "LU-2026.1", VerdictStatus.FAIL, "cover EUR 20,000 < EUR 30,000",
                                List.of(), OptionalInt.of(13))));

        caseload.evaluations().store(wang.reference(), evaluation, "system");
        reopen();

        assertEquals(Optional.of(evaluation), caseload.evaluations().latest(wang.reference()));
    }

    @Test
    void decisionComesBackEqualAndMovesTheCaseOn() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, "pbkdf2-sha256$1$AA$AA", true), Samples.WRAPPING_KEY, "admin");
        String snapshot = "{\"documents\":[]}";
        Decision decision = caseload.decisions().record(new Decision(0, wang.reference(), Outcome.REFUSE, List.of(3, 10),
                "means not shown", "", "amartin", Instant.parse("2026-11-20T10:00:00Z"), snapshot,
                Sha256.hex(snapshot), OptionalLong.empty()), "amartin");
        reopen();

        assertEquals(List.of(decision), caseload.decisions().forCase(wang.reference()));
        assertEquals(CaseStatus.REFUSED, caseload.cases().get(wang.reference()).status());
    }

    @Test
    void userComesBackEqual() {
        User user = new User("lschmit", "Luc Schmit", Role.SUPERVISOR, "pbkdf2-sha256$600000$c2FsdA$aGFzaA", true);
        caseload.users().create(user, Samples.WRAPPING_KEY, "admin");
        reopen();

        assertEquals(Optional.of(user), caseload.users().find("lschmit"));
    }

    @Test
    void everyChangeIsAnAuditEventChainedToTheOneBefore() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        caseload.documents().add(wang.reference(), new NewDocument("a.pdf", DocumentKind.UNKNOWN, 1, new byte[] {7}), "officer");
        reopen();

        var events = caseload.audit().events(0, 100);

        assertEquals(List.of("caseload-created", "case-created", "document-added"),
                events.stream().map(e -> e.type()).toList());
        assertEquals(events.get(0).hash(), events.get(1).previousHash());
        assertEquals(events.get(1).hash(), events.get(2).previousHash());
        assertEquals(2, caseload.audit().forCase(wang.reference()).size());
        assertTrue(caseload.audit().verify().isIntact());
    }

    @Test
    void auditEventsCarryNoPersonalData() {
        VisaCase wang = Samples.wang(1);
        caseload.cases().create(wang, "officer");
        String details = caseload.audit().events(0, 100).toString();
        for (String personal : List.of("WANG", "王小明", "E12345678", "310101198804171234", "1988-04-17")) {
            assertTrue(!details.contains(personal), "audit log contains " + personal);
        }
    }
}
