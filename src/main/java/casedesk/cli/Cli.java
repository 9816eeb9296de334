package casedesk.cli;

import casedesk.caseload.CaseloadException;
import casedesk.decision.DecisionService;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The command line: the contract with IT staff and scripts. Exit codes: 0 success, 2 bad input
 * (each reported, nothing stored for it), 3 verification failed, 1 internal error. A stack trace is
 * printed only with {@code --debug}.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int VERIFICATION_FAILED = 3;

    private Cli() {
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CaseDeskCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(Cli::exitCode);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            PrintWriter errors = line.getErr();
            int code = exitCode(exception);
            if (code == INTERNAL_ERROR) {
                errors.println("casedesk: internal error: " + exception);
                errors.println("Please report this with the command you ran; --debug shows the details.");
            } else {
                errors.println("casedesk: " + exception.getMessage());
            }
            if (Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--debug")) {
                exception.printStackTrace(errors);
            }
            errors.flush();
            return code;
        });
        return commandLine;
    }

    private static int exitCode(Throwable exception) {
        return switch (exception) {
            case BadInput b -> BAD_INPUT;
            case DecisionService.Refused r -> BAD_INPUT;
            case CaseloadException.NotFound n -> BAD_INPUT;
            case CaseloadException.AlreadyExists a -> BAD_INPUT;
            case CaseloadException.DuplicateDocument d -> BAD_INPUT;
            case CaseloadException.NewerVersion n -> BAD_INPUT;
            case CaseloadException.NotACaseload n -> BAD_INPUT;
            case CommandLine.ParameterException p -> BAD_INPUT;
            default -> INTERNAL_ERROR;
        };
    }
}
