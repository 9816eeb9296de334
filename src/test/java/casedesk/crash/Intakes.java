package casedesk.crash;

import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.CreditReportRequest;
import casedesk.demo.documents.CreditReports;
import casedesk.demo.documents.InsuranceCertificates;
import casedesk.demo.documents.InsuranceRequest;
import casedesk.demo.documents.Insurer;
import casedesk.demo.documents.Language;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.model.Applicant;
import casedesk.model.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Intakes for the tests that run CrashChild: one applicant, a trip three weeks from today. */
final class Intakes {

    private Intakes() {
    }

    /**
     * Writes an intake as an applicant's agency sends it: with {@code full}, a protected ICBC
     * statement, a Sesame report and insurance; else the insurance certificate alone.
     */
    static Path write(Path folder, boolean full) throws IOException {
        LocalDate today = LocalDate.now();
        Applicant wang = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678",
                "310101198804171234");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("case.json"), """
                {"reference": "LU-SHA-2026-000123", "lodged": "%s",
                 "applicant": {"surname": "WANG", "given_names": "XIAOMING", "native_name": "王小明",
                               "birth_date": "1988-04-17", "nationality": "CHN", "passport": "E12345678",
                               "national_id": "310101198804171234"},
                 "trip": {"entry": "%s", "exit": "%s", "purpose": "tourism", "destination": "LU", "visa_type": "C"},
                 %s}
                """.formatted(today.minusDays(2), today.plusDays(20), today.plusDays(34), full
                ? "\"documents\": [\"statement-icbc.pdf\", \"zhima-report.pdf\", \"insurance.pdf\"],\n"
                        + " \"passwords\": {\"statement-icbc.pdf\": \"171234\"}"
                : "\"documents\": [\"insurance.pdf\"]"), StandardCharsets.UTF_8);
        if (full) {
            Files.write(folder.resolve("statement-icbc.pdf"), BankStatements.generate(StatementRequest.of(
                    StatementLayout.ICBC, wang, "6222021234567890123", today.minusDays(10), 3, Money.of("86400.00", "CNY"),
                    1).withPassword("171234")).pdf());
            Files.write(folder.resolve("zhima-report.pdf"), CreditReports.generate(CreditReportRequest.of(wang, 786,
                    today.minusDays(5), today.plusDays(25), Language.ZH, 2)).pdf());
        }
        Files.write(folder.resolve("insurance.pdf"), InsuranceCertificates.generate(InsuranceRequest.of(wang,
                Insurer.PING_AN, Money.of("30000.00", "EUR"), today.plusDays(19), today.plusDays(35), Language.EN, 3)).pdf());
        return folder;
    }
}
