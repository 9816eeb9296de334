package casedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "casedesk",
        // --help and --version on every command and sub-command, not only here.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "CaseDesk: review Schengen visa applications and their financial evidence.",
            "With no command, 'java -jar casedesk.jar' opens the desk on the default caseload."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error",
            "2:bad input (each reported; nothing stored for it)",
            "3:verification failed"})
final class CaseDeskCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show a stack trace when something fails.")
    boolean debug;

    private final Environment environment;

    CaseDeskCommand(Environment environment) {
        this.environment = environment;
    }

    /** The environment variables and the terminal the commands read besides their arguments. */
    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name a command; 'casedesk --help' lists them.");
    }
}
