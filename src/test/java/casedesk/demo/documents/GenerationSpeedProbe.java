package casedesk.demo.documents;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

import casedesk.model.Applicant;
import casedesk.model.Money;

/**
 * Not a test: prints the average time and size per document over a mix like the demo caseload's
 * (one statement, one certificate or report, one policy per case), on one thread, once warm.
 * Run: java -cp target/classes:target/test-classes:$(deps) casedesk.demo.documents.GenerationSpeedProbe [count]
 */
public final class GenerationSpeedProbe {

    private GenerationSpeedProbe() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        run(count / 2, 1);
        long start = System.nanoTime();
        long bytes = run(count, 1_000_000);
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("%d documents: %.2f ms/document, %.1f KB/document%n", count, elapsedMs / count,
                bytes / 1024.0 / count);
    }

    private static long run(int count, long seedBase) {
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            long seed = seedBase + i;
            SplittableRandom random = new SplittableRandom(seed);
            Applicant person = ChineseNames.applicant(random, LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15_000)));
            Set<Anomaly> anomalies = random.nextInt(5) == 0 ? EnumSet.of(Anomaly.EDITOR_PRODUCER) : Set.of();
            GeneratedDocument document = switch (i % 5) {
                case 0, 1 -> BankStatements.generate(new StatementRequest(
                        StatementLayout.values()[random.nextInt(4)], person, "6222" + seed, LocalDate.of(2026, 8, 31),
                        3 + random.nextInt(4), Money.of(String.valueOf(1_000 + random.nextInt(200_000)), "CNY"),
                        i % 10 == 0 ? EnumSet.of(Anomaly.PARKED_FUNDS, Anomaly.EDITED_BALANCE_INCREMENTAL) : anomalies,
                        seed, random.nextInt(4) == 0 ? java.util.Optional.of("123456") : java.util.Optional.empty()));
                case 2 -> DepositCertificates.generate(DepositRequest.of(person, Bank.values()[random.nextInt(6)],
                        "95" + seed, Money.of("250000.00", "CNY"), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1), seed)
                        .withAnomalies(anomalies));
                case 3 -> CreditReports.generate(CreditReportRequest.of(person, 350 + random.nextInt(600),
                        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), Language.values()[random.nextInt(2)], seed));
                default -> InsuranceCertificates.generate(InsuranceRequest.of(person, Insurer.values()[random.nextInt(5)],
                        Money.of("30000", "EUR"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20),
                        Language.values()[random.nextInt(2)], seed));
            };
            bytes += document.pdf().length;
        }
        return bytes;
    }
}
