package casedesk.cli;

import casedesk.demo.DemoCaseload;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = {
        "Build a synthetic caseload: applicants, trips and generated PDF evidence with a realistic mix of",
        "clean, borderline, incomplete and tampered cases, some already decided. The same seed and date",
        "give the same caseload."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file to create.")
    Path db;

    @Option(names = "--cases", paramLabel = "N", defaultValue = "60", description = "How many cases (default ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DemoCaseload.DEFAULT_SEED,
            description = "Seed of the random choices (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the caseload is built around, e.g. 2026-11-23 (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        if (cases < 1 || cases > DemoCaseload.MAX_CASES) {
            throw new BadInput("--cases must be between 1 and " + DemoCaseload.MAX_CASES + ", not " + cases + ".");
        }
        if (Files.exists(db)) {
            throw new BadInput(db + " exists already; demo builds a new caseload. Name a new file.");
        }
        Existing.requireFolderFor(db);
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        DemoCaseload.Summary summary = DemoCaseload.createFile(db,
                new DemoCaseload.Options(cases, seed, asOf == null ? LocalDate.now() : asOf),
                new TerminalProgress(err));
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Created %s with %d demo cases and %d documents in %.1f s.%n", db, summary.cases(),
                summary.documents(), seconds);
        out.println(summary.describe());
        out.flush();
        return Cli.OK;
    }
}
