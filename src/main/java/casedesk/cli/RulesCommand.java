package casedesk.cli;

import casedesk.admin.Administration;
import casedesk.caseload.Caseload;
import casedesk.review.Evaluations;
import casedesk.rules.RuleSet;
import casedesk.rules.RuleSetFormat;
import casedesk.rules.RuleSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules", description = "Rule-set versions: what is in force, and importing a new version.",
        subcommands = {RulesCommand.Show.class, RulesCommand.Import.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a rules command: show or import.");
    }

    @Command(name = "show", description = "Every version known (built in and imported), or one version in full.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", paramLabel = "FILE", description = "Include the versions imported into this caseload.")
        Path db;

        @Parameters(arity = "0..1", paramLabel = "VERSION", description = "The version to show in full.")
        String version;

        @picocli.CommandLine.Mixin
        SignIn signIn;

        @Override
        public Integer call() {
            RuleSets ruleSets;
            if (db != null) {
                Existing.requireFile(db);
                try (Caseload caseload = Caseload.open(db)) {
                    signIn.ifAskedToRead(caseload);
                    ruleSets = Evaluations.ruleSets(caseload);
                }
            } else {
                ruleSets = RuleSets.builtIn();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (version == null) {
                RuleSet inForce = ruleSets.inForce(LocalDate.now());
                TextTable table = new TextTable("VERSION", "EFFECTIVE", "", "TITLE");
                for (RuleSet ruleSet : ruleSets.all()) {
                    table.add(ruleSet.version(), ruleSet.effective().toString(), ruleSet == inForce ? "in force" : "",
                            ruleSet.title());
                }
                table.print(out);
                return Cli.OK;
            }
            RuleSet ruleSet = ruleSets.version(version).orElseThrow(() -> new BadInput("There is no rule set " + version + "."));
            describe(ruleSet, out);
            return Cli.OK;
        }

        private static void describe(RuleSet r, PrintWriter out) {
            out.println(r.version() + " (" + r.memberState() + "), effective " + r.effective() + ": " + r.title());
            out.println("SHA-256 " + r.sha256());
            out.println("Means of subsistence, per day of stay:");
            r.referenceAmounts().values().forEach(a -> out.println("  %s  %s %s  (%s; since %s; %s)".formatted(
                    a.memberState(), a.perDay().currencyCode(), a.perDay().amount().toPlainString(), a.formula(),
                    a.provenance().effective(), a.provenance().source())));
            out.println("Sesame report: score at least %d, issued at most %d days before lodging (%s)".formatted(
                    r.sesame().threshold(), r.sesame().maxReportAgeDays(), r.sesame().provenance().source()));
            out.println("Statements: at least %d months, ending at most %d days before lodging (%s)".formatted(
                    r.statements().minMonths(), r.statements().maxDaysBeforeLodging(), r.statements().provenance().source()));
            out.println("Funds parking: credits in the last %d days reaching %s of the closing balance (%s)".formatted(
                    r.fundsParking().windowDays(), r.fundsParking().shareOfClosing().toPlainString(),
                    r.fundsParking().provenance().source()));
            out.println("Insurance: at least %s %s (%s)".formatted(r.insurance().minimum().currencyCode(),
                    r.insurance().minimum().amount().toPlainString(), r.insurance().provenance().source()));
            out.println("Exchange rates: at most %d days old".formatted(r.rates().maxAgeDays()));
            out.println("Refusal grounds (" + r.refusalGrounds().source() + "):");
            r.refusalGrounds().grounds().forEach(g -> out.println("  %2d %s %s".formatted(g.number(),
                    g.confirmed() ? "" : "[wording and number to be confirmed]", g.text())));
        }
    }

    @Command(name = "import", description = {
            "Import a new rule-set version (JSON, in the layout of the built-in ones). A malformed file is",
            "refused with the line and field at fault; a version is never changed once imported."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Parameters(paramLabel = "FILE.json", description = "The rule-set file.")
        Path file;

        @Mixin
        SignIn signIn;

        @Override
        public Integer call() throws IOException {
            Existing.requireFile(db);
            if (!Files.isRegularFile(file)) {
                throw new BadInput("There is no file " + file + ".");
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            RuleSet ruleSet;
            try {
                ruleSet = RuleSetFormat.parse(content);
            } catch (RuleSetFormat.Malformed e) {
                throw new BadInput(file + ", " + e.getMessage() + ". The rule set was not imported.");
            }
            if (RuleSets.builtIn().version(ruleSet.version()).isPresent()) {
                throw new BadInput("Version " + ruleSet.version() + " is built into CaseDesk; give the new rules a new version.");
            }
            try (Caseload caseload = Caseload.open(db)) {
                new Administration(caseload).importRuleSet(signIn.signIn(caseload), ruleSet, content);
            }
            spec.commandLine().getOut().printf("Imported rule set %s, effective %s.%n", ruleSet.version(), ruleSet.effective());
            return Cli.OK;
        }
    }
}
