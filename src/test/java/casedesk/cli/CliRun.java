package casedesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command run as a script runs it: its exit code and what it printed on each stream. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), environment).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
