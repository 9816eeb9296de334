package casedesk.cli;

import casedesk.access.Forbidden;
import casedesk.caseload.CaseloadException;
import casedesk.decision.DecisionService;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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

    /** The commands, by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("demo", DemoCommand::new);
        COMMANDS.put("cases", CasesCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("extract", ExtractCommand::new);
        COMMANDS.put("evaluate", EvaluateCommand::new);
        COMMANDS.put("rules", RulesCommand::new);
        COMMANDS.put("rates", RatesCommand::new);
        COMMANDS.put("users", UsersCommand::new);
        COMMANDS.put("settings", SettingsCommand::new);
        COMMANDS.put("audit", AuditCommand::new);
        COMMANDS.put("check", CheckCommand.Check::new);
        COMMANDS.put("backup", CheckCommand.Backup::new);
        COMMANDS.put("restore", CheckCommand.Restore::new);
        COMMANDS.put("bench", BenchCommand::new);
    }

    public static int run(String... args) {
        // Building picocli's model of every command costs a fifth of a second at each start; a
        // script running one command pays only for that one. Help still lists them all.
        String named = args.length > 0 ? args[0] : "";
        Set<String> only = COMMANDS.containsKey(named) ? Set.of(named) : COMMANDS.keySet();
        return commandLine(writer(System.out), writer(System.err), only, Environment.system()).execute(args);
    }

    /**
     * A stream in UTF-8, what JSON is, where it goes to a script or a file, or where its encoding is
     * plain ASCII (no locale: cron, a service), which would print "????" for every Chinese name; a
     * terminal keeps its own encoding, which its window shows (a Windows console's accents).
     */
    private static PrintWriter writer(java.io.PrintStream stream) {
        java.nio.charset.Charset charset = stream.charset();
        boolean terminal = System.console() != null && System.console().isTerminal();
        if (!terminal || charset.equals(java.nio.charset.StandardCharsets.US_ASCII)) {
            charset = java.nio.charset.StandardCharsets.UTF_8;
        }
        return new PrintWriter(new java.io.OutputStreamWriter(stream, charset), true);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, COMMANDS.keySet(), Environment.of(java.util.Map.of()));
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment) {
        return commandLine(out, err, COMMANDS.keySet(), environment);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Set<String> commands, Environment environment) {
        CommandLine commandLine = new CommandLine(new CaseDeskCommand(environment));
        COMMANDS.forEach((name, command) -> {
            if (commands.contains(name)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(java.time.LocalDate.class, Cli::date);
        commandLine.registerConverter(casedesk.model.CaseStatus.class, Cli::status);
        paragraphs(commandLine);
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

    /** A date as the commands take it: 2026-11-30. */
    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date: write it YYYY-MM-DD, e.g. 2026-11-30");
        }
    }

    /** A case status as the JSON and the README spell it (documents-requested), in any case, or with an underscore. */
    private static casedesk.model.CaseStatus status(String text) {
        try {
            return casedesk.model.CaseStatus.fromCode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is no status: " + String.join(", ",
                    java.util.Arrays.stream(casedesk.model.CaseStatus.values()).map(casedesk.model.CaseStatus::code).toList()));
        }
    }

    /**
     * A command's description is written as lines of source; in the help it is its first sentence (what
     * the list of commands shows), then the rest as one paragraph, each wrapped by picocli at word
     * boundaries to the width of the help.
     */
    private static void paragraphs(CommandLine commandLine) {
        var usage = commandLine.getCommandSpec().usageMessage();
        if (usage.description().length > 1) {
            String text = String.join(" ", usage.description());
            int end = text.indexOf(". ");
            usage.description(end < 0 ? new String[] {text}
                    : new String[] {text.substring(0, end + 1), text.substring(end + 2)});
        }
        commandLine.getSubcommands().values().stream().distinct().forEach(Cli::paragraphs);
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
            case CaseloadException.Refused r -> BAD_INPUT;
            case CaseloadException.ReadOnly r -> r.tampered() ? VERIFICATION_FAILED : BAD_INPUT;
            case CaseloadException.Damaged d -> VERIFICATION_FAILED;
            // a sealed value that does not open was changed in the file: tampering, as a broken trail is
            case CaseloadException.Unreadable u -> VERIFICATION_FAILED;
            case CaseloadException.Locked l -> BAD_INPUT;
            case CaseloadException.Unwritable u -> BAD_INPUT;
            case Forbidden f -> BAD_INPUT;
            case CommandLine.ParameterException p -> BAD_INPUT;
            default -> INTERNAL_ERROR;
        };
    }
}
