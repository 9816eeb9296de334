package casedesk.cli;

import casedesk.admin.Administration;
import casedesk.caseload.Caseload;
import casedesk.caseload.RateRepository;
import casedesk.model.ExchangeRate;
import casedesk.rates.EcbCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rates", description = "The workstation's euro exchange rates (no network: rates are imported).",
        subcommands = {RatesCommand.Import.class, RatesCommand.Show.class})
final class RatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a rates command: import or show.");
    }

    @Command(name = "import", description = {
            "Import euro reference rates from a CSV in the ECB's layout (eurofxref.csv or eurofxref-hist.csv:",
            "a Date column, then units of each currency per euro, N/A where none). A malformed file is",
            "refused whole, with the line at fault."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Parameters(paramLabel = "FILE.csv", description = "The rates file.")
        Path csv;

        @Mixin
        SignIn signIn;

        @Override
        public Integer call() throws IOException {
            Existing.requireFile(db);
            if (!Files.isRegularFile(csv)) {
                throw new BadInput("There is no file " + csv + "; no rates were imported.");
            }
            List<ExchangeRate> rates;
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                rates = EcbCsv.parse(reader);
            } catch (EcbCsv.Malformed e) {
                throw new BadInput(csv + ", " + e.getMessage() + ". No rates were imported.");
            } catch (java.nio.charset.MalformedInputException e) {
                throw new BadInput(csv + " is not a text file in UTF-8; no rates were imported.");
            }
            try (Caseload caseload = Caseload.open(db)) {
                RateRepository.Imported imported = new Administration(caseload).importRates(signIn.signIn(caseload), rates,
                        csv.getFileName().toString());
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Imported %d rates from %s: %d new, %d changed, %d already known.%n", rates.size(),
                        csv.getFileName(), imported.added(), imported.changed(), imported.unchanged());
                out.flush();
            }
            return Cli.OK;
        }
    }

    @Command(name = "show", description = "For each currency: how many days of rates, from when to when, the latest.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Mixin
        SignIn signIn;

        @Override
        public Integer call() {
            Existing.requireFile(db);
            try (Caseload caseload = Caseload.open(db)) {
                signIn.ifAskedToRead(caseload);
                TextTable table = new TextTable("CURRENCY", "DAYS", "FROM", "TO", "LATEST PER EUR");
                for (RateRepository.Summary s : caseload.rates().summary()) {
                    table.add(s.currency(), Integer.toString(s.days()), s.first().toString(), s.last().toString(),
                            s.latest().toPlainString());
                }
                table.print(spec.commandLine().getOut());
            }
            return Cli.OK;
        }
    }
}
