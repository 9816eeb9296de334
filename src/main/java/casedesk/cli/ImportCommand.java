package casedesk.cli;

import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.evidence.Extractor;
import casedesk.intake.Importer;
import casedesk.intake.IntakeException;
import casedesk.intake.IntakeSource;
import casedesk.intake.ManifestException;
import casedesk.model.CaseReference;
import casedesk.review.Review;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "A new case from an intake folder or zip (case.json and the PDFs it lists), or, with --case,",
        "PDFs added to an existing case. Every PDF is read and stored with what was read from it;",
        "one that cannot be read is reported and not stored (exit code 2). A bad case.json is",
        "refused whole, naming the field."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
    Path db;

    @Option(names = "--case", paramLabel = "REF", description = "Add the PDFs to this case instead of creating one.")
    String reference;

    @Option(names = "--password", paramLabel = "FILE=PW",
            description = "With --case: the password of a protected PDF, e.g. --password statement.pdf=171234.")
    List<String> passwords = List.of();

    @Mixin
    SignIn signIn;

    @Parameters(arity = "1..*", paramLabel = "FOLDER_OR_ZIP | PDF", description = "An intake, or with --case the PDFs.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        Existing.requireFile(db);
        PrintWriter out = spec.commandLine().getOut();
        try (Caseload caseload = Caseload.open(db)) {
            Session session = signIn.signIn(caseload);
            Review review = new Review(caseload, Extractor.withDefaults(), Clock.systemUTC());
            Importer.Report report;
            if (reference == null) {
                if (inputs.size() != 1) {
                    throw new BadInput("Give one intake folder or zip, or --case REF with PDFs.");
                }
                if (!passwords.isEmpty()) {
                    throw new BadInput("Passwords of an intake go in its case.json; --password goes with --case.");
                }
                try {
                    report = review.importIntake(session, IntakeSource.read(inputs.getFirst(), review.intakeLimits()),
                            new TerminalProgress(spec.commandLine().getErr()));
                } catch (ManifestException | IntakeException e) {
                    String message = e.getMessage().strip();
                    throw new BadInput(message + (message.endsWith(".") ? "" : ".")
                            + (message.endsWith("nothing was imported.") ? "" : " Nothing was imported."));
                }
            } else {
                CaseReference ref = reference(reference);
                report = review.addDocuments(session, ref, pdfs(review.intakeLimits()), passwordsByFile(),
                        new TerminalProgress(spec.commandLine().getErr()));
            }
            print(report, out);
            return report.allStored() ? Cli.OK : Cli.BAD_INPUT;
        }
    }

    private List<Importer.Pdf> pdfs(IntakeSource.Limits limits) {
        List<Importer.Pdf> pdfs = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isRegularFile(input)) {
                throw new BadInput("There is no file " + input + "; nothing was imported.");
            }
            try {
                pdfs.add(IntakeSource.pdf(input, limits));
            } catch (IntakeException e) {
                throw new BadInput(e.getMessage());
            }
        }
        return pdfs;
    }

    private Map<String, String> passwordsByFile() {
        Map<String, String> byFile = new LinkedHashMap<>();
        for (String entry : passwords) {
            int at = entry.indexOf('=');
            if (at < 1) {
                throw new BadInput("--password takes FILE=PASSWORD, not '" + entry + "'.");
            }
            byFile.put(entry.substring(0, at), entry.substring(at + 1));
        }
        return byFile;
    }

    private static CaseReference reference(String text) {
        try {
            return new CaseReference(text);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage() + ".");
        }
    }

    private static void print(Importer.Report report, PrintWriter out) {
        out.println((report.caseCreated() ? "Created case " : "Case ") + report.reference() + ":");
        for (Importer.Outcome outcome : report.documents()) {
            out.println((outcome.isStored() ? "  stored   " : "  REFUSED  ") + outcome.fileName() + ": " + outcome.message());
        }
        for (String ignored : report.ignored()) {
            out.println("  ignored  " + ignored + ": not listed in case.json");
        }
        out.flush();
    }
}
