package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.ChineseNames;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.model.Applicant;
import casedesk.model.Money;

/** Ordinary and password-protected PDFs open, and say how they were opened. */
class OpeningPdfsTest {

    private static final Applicant APPLICANT = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN",
            "E12345678", ChineseNames.nationalId("310101", LocalDate.of(1988, 4, 17), 123));
    private static final String LAST_SIX = APPLICANT.nationalId().substring(APPLICANT.nationalId().length() - 6);
    private static final ReadLimits LIMITS = ReadLimits.defaults().withTimeLimit(Duration.ofSeconds(10));

    /** An Alipay-style statement: protected with the last six characters of the holder's ID number. */
    private static final class Statement {
        static final byte[] PDF = BankStatements.generate(StatementRequest.of(StatementLayout.ICBC, APPLICANT,
                "6222 0210 0111 2223 334", LocalDate.of(2026, 8, 31), 3, Money.of("86400.00", "CNY"), 42)
                .withPassword(LAST_SIX)).pdf();
    }

    @Test
    void opensAPlainPdfAndCountsItsPages() throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(TestPdfs.plain(3), PasswordCandidates.none(), LIMITS)) {
            assertEquals(3, pdf.pages());
            assertEquals(3, pdf.document().getNumberOfPages());
            assertFalse(pdf.encrypted());
            assertEquals(Optional.empty(), pdf.passwordUsed(), "no password opens an unprotected file");
        }
    }

    @Test
    void opensAFileWhosePdfHeaderFollowsSomeLeadingGarbage() throws PdfReadException {
        byte[] plain = TestPdfs.plain(1);
        byte[] prefixed = new byte[300 + plain.length];
        System.arraycopy("X-Mailer: junk\r\n".repeat(18).getBytes(StandardCharsets.US_ASCII), 0, prefixed, 0, 288);
        System.arraycopy(plain, 0, prefixed, 300, plain.length);
        try (OpenedPdf pdf = SafePdf.open(prefixed, PasswordCandidates.none(), LIMITS)) {
            assertEquals(1, pdf.pages());
        }
    }

    @Test
    void opensAStatementWithTheUserPasswordGiven() throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(Statement.PDF, PasswordCandidates.of("wrong", LAST_SIX), LIMITS)) {
            assertTrue(pdf.encrypted());
            assertEquals(Optional.of(LAST_SIX), pdf.passwordUsed());
            assertTrue(pdf.pages() >= 1);
        }
    }

    @Test
    void opensAnAlipayStatementWithTheLastSixCharactersOfTheApplicantsIdNumber() throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(Statement.PDF, PasswordCandidates.none().withNationalId(APPLICANT.nationalId()),
                LIMITS)) {
            assertEquals(Optional.of(LAST_SIX), pdf.passwordUsed());
            String text = SafePdf.run(pdf, (document, deadline) -> new DeadlineTextStripper(deadline).getText(document));
            assertTrue(text.contains("86,400.00") || text.contains("86400.00"), "the statement reads once opened");
        }
    }

    @Test
    void reportsAWrongPasswordWhenThePasswordsGivenDoNotOpenIt() {
        PdfReadException refusal = Expect.refusal(ErrorCode.WRONG_PASSWORD, Statement.PDF,
                PasswordCandidates.of("123456", "000000").withNationalId("110101199001011234"), LIMITS);
        assertEquals("wrong-password", refusal.code().code());
    }

    @Test
    void asksForThePasswordWhenNoneWasGiven() {
        Expect.refusal(ErrorCode.PASSWORD_REQUIRED, Statement.PDF, PasswordCandidates.none(), LIMITS);
    }

    @Test
    void stillAsksForThePasswordWhenOnlyTheIdNumberConventionWasTriedAndFailed() {
        PdfReadException refusal = Expect.refusal(ErrorCode.PASSWORD_REQUIRED, Statement.PDF,
                PasswordCandidates.none().withNationalId("110101199001011234"), LIMITS);
        assertTrue(refusal.getMessage().contains("ID number"), refusal.getMessage());
    }

    @Test
    void readsAFileWithOnlyAnOwnerPasswordNormally() throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(TestPdfs.protectedWith("", "owner-secret"), PasswordCandidates.none(), LIMITS)) {
            assertTrue(pdf.encrypted());
            assertEquals(Optional.of(""), pdf.passwordUsed(), "opened with the empty user password");
            assertEquals(1, pdf.pages());
        }
    }

    @Test
    void opensWithANonAsciiPassword() throws PdfReadException {
        assertOpensWith("密码Ünï");
    }

    @Test
    void opensWithASingleSpaceAsPassword() throws PdfReadException {
        assertOpensWith(" ");
    }

    @Test
    void opensWithAPasswordOf120Characters() throws PdfReadException {
        assertOpensWith("correct horse battery staple ".repeat(5).substring(0, 120));
    }

    @Test
    void doesNotConfuseASpaceWithTheEmptyPassword() {
        Expect.refusal(ErrorCode.PASSWORD_REQUIRED, TestPdfs.protectedWith(" ", "owner"), PasswordCandidates.none(), LIMITS);
    }

    private static void assertOpensWith(String password) throws PdfReadException {
        byte[] protectedPdf = TestPdfs.protectedWith(password, "owner-" + password);
        try (OpenedPdf pdf = SafePdf.open(protectedPdf, PasswordCandidates.of("not it", password), LIMITS)) {
            assertEquals(Optional.of(password), pdf.passwordUsed());
            assertEquals(1, pdf.pages());
        }
    }
}
