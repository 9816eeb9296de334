package casedesk.crash;

import casedesk.access.Accounts;
import casedesk.access.Session;
import casedesk.admin.Administration;
import casedesk.caseload.Caseload;
import casedesk.evidence.Extractor;
import casedesk.intake.IntakeSource;
import casedesk.model.ExchangeRate;
import casedesk.model.Outcome;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.progress.Progress;
import casedesk.review.Review;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The process {@link CrashSafetyCheck} kills: it opens a caseload and does one kind of work over
 * and over, through the same services the desk and the command line use, until it is killed.
 * It prints {@code ready} once it is signed in, then a line per unit of work done.
 *
 * <p>{@code CrashChild OPERATION CASELOAD [ARGUMENT]}: {@code import FOLDER SERIAL [COUNT]} imports
 * the intake in FOLDER again and again (COUNT times, else until killed) under new references from
 * SERIAL on; {@code evaluate} imports a
 * new CNY rate then evaluates the next case, round the queue; {@code decide} issues the next open
 * case (importing one from FOLDER when none is left); {@code reseal} opens a caseload from before
 * sealing, which re-seals it in batches; {@code backup FOLDER} backs up to new files in FOLDER.
 */
public final class CrashChild {

    static final String PASSWORD = "demo";

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String operation = args[0];
        Path file = Path.of(args[1]);
        Clock clock = Clock.systemUTC();
        if (operation.equals("reseal")) {
            out.println("ready");
            try (Caseload caseload = Caseload.open(file, clock,
                    (done, total, message) -> out.println("sealed " + done + " of " + total))) {
                out.println("done");
            }
            return;
        }
        try (Caseload caseload = Caseload.open(file, clock)) {
            Accounts accounts = new Accounts(caseload, clock);
            Session officer = accounts.signIn("amartin", PASSWORD.toCharArray(), "crash test");
            Review review = new Review(caseload, Extractor.withDefaults(), clock);
            out.println("ready");
            switch (operation) {
                case "import" -> {
                    IntakeSource intake = IntakeSource.read(Path.of(args[2]));
                    int first = Integer.parseInt(args[3]);
                    int count = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
                    for (int serial = first; serial - first < count; serial++) {
                        review.importIntake(officer, renumbered(intake, serial), Progress.NONE);
                        out.println("imported " + serial);
                    }
                }
                case "evaluate" -> {
                    Session administrator = accounts.signIn("admin", PASSWORD.toCharArray(), "crash test");
                    Administration administration = new Administration(caseload);
                    List<QueueEntry> queue = review.queue(officer, QueueQuery.all());
                    for (int round = 0; ; round++) {
                        BigDecimal rate = new BigDecimal("7.9000").add(new BigDecimal(round % 997).movePointLeft(4));
                        administration.importRates(administrator,
                                List.of(new ExchangeRate(LocalDate.now(clock), "CNY", rate)), "crash test");
                        QueueEntry entry = queue.get(round % queue.size());
                        review.evaluate(officer, entry.reference());
                        out.println("evaluated " + entry.reference().value() + " at " + rate);
                    }
                }
                case "decide" -> {
                    IntakeSource intake = IntakeSource.read(Path.of(args[2]));
                    int serial = Integer.parseInt(args[3]);
                    while (true) {
                        var open = review.queue(officer, QueueQuery.all()).stream()
                                .filter(entry -> !entry.status().isDecided()).findFirst();
                        var reference = open.isPresent() ? open.get().reference()
                                : review.importIntake(officer, renumbered(intake, serial++), Progress.NONE).reference();
                        review.evaluate(officer, reference);
                        review.decide(officer, reference, Outcome.ISSUE, List.of(), "crash test",
                                "issued by the crash-safety test");
                        out.println("decided " + reference.value());
                    }
                }
                case "backup" -> {
                    Path folder = Path.of(args[2]);
                    for (int n = 1; ; n++) {
                        caseload.backUpTo(folder.resolve("backup-" + ProcessHandle.current().pid() + "-" + n + ".db"));
                        out.println("backed up " + n);
                    }
                }
                default -> throw new IllegalArgumentException("no such operation: " + operation);
            }
        }
    }

    /** The same intake under another reference: LU-SHA-YYYY-SERIAL. */
    static IntakeSource renumbered(IntakeSource intake, int serial) {
        String manifest = intake.manifest().replaceFirst("\"reference\": \"[^\"]*\"",
                "\"reference\": \"LU-SHA-2026-" + String.format("%06d", serial) + "\"");
        return new IntakeSource(manifest, intake.files());
    }
}
