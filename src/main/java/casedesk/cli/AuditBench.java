package casedesk.cli;

import casedesk.access.Accounts;
import casedesk.access.Session;
import casedesk.audit.AuditTrail;
import casedesk.caseload.Caseload;
import casedesk.demo.DecisionHistory;
import casedesk.demo.DemoCaseload;
import casedesk.model.DecisionFilter;
import casedesk.model.DecisionSummary;
import casedesk.progress.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casedesk bench audit}: the supervisor's desk at scale. */
@Command(name = "audit", description = {
        "Milliseconds for what the supervisor's desk asks of a caseload of many decisions (median of",
        "--rounds): the decisions browser's first page and its count, filtered by officer and month, by",
        "overrides, by a signal, sorted by days to decide; the statistics over all decisions and over one",
        "officer's quarter; the CSV of every decision; the PDF report; checking decisions against today's",
        "rules; verifying the whole audit trail. It builds a synthetic year of --decisions decisions in a",
        "temporary file first (deleted after), and says how long that took. Nothing else is written."})
final class AuditBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--decisions", defaultValue = "100000", paramLabel = "N",
            description = "Decisions in the synthetic history (default ${DEFAULT-VALUE}).")
    int decisions;

    @Option(names = "--rounds", defaultValue = "7", description = "Measured rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "1", description = "The history's seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (decisions < 1 || decisions > 1_000_000) {
            throw new BadInput("--decisions must be from 1 to 1000000.");
        }
        if (rounds < 1) {
            throw new BadInput("--rounds must be at least 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        Clock clock = Clock.fixed(asOf.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Path folder = Files.createTempDirectory("casedesk-bench-audit");
        Path file = folder.resolve("history.db");
        try {
            TextTable table = new TextTable("MEASURE", "MEDIAN");
            long start = System.nanoTime();
            try (Caseload caseload = Caseload.open(file, clock)) {
                DecisionHistory.build(caseload, decisions, seed, asOf, new TerminalProgress(err));
            }
            double built = (System.nanoTime() - start) / 1e9;
            try (Caseload caseload = Caseload.open(file, clock)) {
                Session supervisor = new Accounts(caseload, clock).signIn("lschmit",
                        DemoCaseload.DEMO_PASSWORD.toCharArray(), "bench");
                AuditTrail trail = new AuditTrail(caseload, clock);
                long total = trail.decisions(supervisor, DecisionFilter.ALL, DecisionSummary.Order.DECIDED_AT, false, 0)
                        .total();
                table.add("history", String.format("%,d decisions, %,d audit events, built in %.0f s (%,.0f decisions/s)",
                        total, caseload.audit().size(), built, decisions / built));
                DecisionFilter month = DecisionFilter.ALL.withOfficer("jdupont")
                        .withPeriod(asOf.minusDays(60), asOf.minusDays(30));
                DecisionFilter quarter = DecisionFilter.ALL.withOfficer("amartin")
                        .withPeriod(asOf.minusDays(90), asOf);
                Map<String, Runnable> measures = new LinkedHashMap<>();
                measures.put("browser: first page of all, with the count", () -> trail.decisions(supervisor,
                        DecisionFilter.ALL, DecisionSummary.Order.DECIDED_AT, false, 0));
                measures.put("browser: one officer's month", () -> trail.decisions(supervisor, month,
                        DecisionSummary.Order.DECIDED_AT, false, 0));
                measures.put("browser: against the verdicts", () -> trail.decisions(supervisor,
                        DecisionFilter.ALL.withAgainstOnly(true), DecisionSummary.Order.DECIDED_AT, false, 0));
                measures.put("browser: a signal raised", () -> trail.decisions(supervisor,
                        DecisionFilter.ALL.withSignal("editor-producer"), DecisionSummary.Order.DECIDED_AT, false, 0));
                measures.put("browser: sorted by days to decide", () -> trail.decisions(supervisor, DecisionFilter.ALL,
                        DecisionSummary.Order.DAYS, false, 0));
                measures.put("browser: the page at row 10,000", () -> trail.decisions(supervisor, DecisionFilter.ALL,
                        DecisionSummary.Order.DECIDED_AT, false, (int) Math.min(10_000, Math.max(0, total - AuditTrail.PAGE))));
                measures.put("statistics: all decisions", () -> trail.statistics(supervisor, DecisionFilter.ALL));
                measures.put("statistics: one officer's quarter", () -> trail.statistics(supervisor, quarter));
                for (Map.Entry<String, Runnable> measure : measures.entrySet()) {
                    table.add(measure.getKey(), String.format("%.1f ms", time(measure.getValue(), rounds) / 1e6));
                }
                table.add("CSV of every decision", String.format("%.0f ms", time(() -> {
                    try {
                        trail.reportCsv(supervisor, DecisionFilter.ALL, OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, Math.min(rounds, 3)) / 1e6));
                table.add("PDF report (verifies the trail; " + AuditTrail.PDF_ROWS + " rows)", String.format("%.0f ms",
                        time(() -> {
                            try {
                                trail.reportPdf(supervisor, DecisionFilter.ALL, OutputStream.nullOutputStream(),
                                        Progress.NONE, java.util.Locale.ENGLISH);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }, 1) / 1e6));
                table.add("audit verify, whole trail", String.format("%.0f ms", time(() -> caseload.audit().verify(), 1) / 1e6));
                int sample = (int) Math.min(1_000, total);
                DecisionFilter firstDays = DecisionFilter.ALL.withDiffersToday(true);
                long checkStart = System.nanoTime();
                int checked = recheckSome(trail, supervisor, firstDays, sample);
                double perDecision = (System.nanoTime() - checkStart) / 1e6 / Math.max(1, checked);
                table.add("check against today's rules", String.format("%.2f ms per decision (%d checked)", perDecision,
                        checked));
                Runtime runtime = Runtime.getRuntime();
                System.gc();
                table.add("heap in use after", String.format("%,d MB", (runtime.totalMemory() - runtime.freeMemory()) >> 20));
            }
            table.print(out);
            out.flush();
            return Cli.OK;
        } finally {
            Caseload.deleteUnfinished(file);
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder.resolve("history.db.workstation"));
            try (var left = Files.list(folder)) {
                for (Path path : left.toList()) {
                    Files.deleteIfExists(path);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** Checks decisions against today's rules until {@code most} are checked (the oldest first). */
    private static int recheckSome(AuditTrail trail, Session supervisor, DecisionFilter filter, int most) {
        int[] checked = {0};
        class Enough extends RuntimeException {
        }
        try {
            trail.recheck(supervisor, filter, (done, total, message) -> {
                checked[0] = (int) done;
                if (done >= most) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // Enough measured: the rest would take as long each.
        }
        return checked[0];
    }

    private static double time(Runnable work, int rounds) {
        work.run(); // warm up
        long[] times = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            work.run();
            times[round] = System.nanoTime() - start;
        }
        return BenchCommand.median(times);
    }
}
