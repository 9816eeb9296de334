package casedesk.demo.documents;

import java.time.LocalDate;
import java.util.SplittableRandom;

import casedesk.model.Applicant;
import casedesk.model.Money;

/** Requests the tests share: one applicant, a six-month CNY statement, a certificate, a report, a policy. */
final class Samples {

    static final Applicant APPLICANT = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN",
            "E12345678", ChineseNames.nationalId("310101", LocalDate.of(1988, 4, 17), 123));
    static final LocalDate PERIOD_END = LocalDate.of(2026, 8, 31);

    private Samples() {
    }

    static StatementRequest statement(StatementLayout layout, String closing, String currency, int months, long seed) {
        return StatementRequest.of(layout, APPLICANT, "6222 0210 0111 2223 334", PERIOD_END, months,
                Money.of(closing, currency), seed);
    }

    static StatementRequest statement(StatementLayout layout) {
        return statement(layout, "86400.00", "CNY", 6, 42);
    }

    static DepositRequest deposit() {
        return DepositRequest.of(APPLICANT, Bank.BOC, "4563 5100 0012 3456 789", Money.of("250000.00", "CNY"),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1), 7);
    }

    static CreditReportRequest creditReport(Language language) {
        return CreditReportRequest.of(APPLICANT, 782, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), language, 11);
    }

    static InsuranceRequest insurance(Language language) {
        return InsuranceRequest.of(APPLICANT, Insurer.PING_AN, Money.of("30000.00", "EUR"), LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 31), language, 13);
    }

    static Applicant someone(long seed) {
        return ChineseNames.applicant(new SplittableRandom(seed), LocalDate.of(1975, 1, 1).plusDays(seed % 9000));
    }
}
