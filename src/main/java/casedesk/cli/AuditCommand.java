package casedesk.cli;

import casedesk.caseload.Caseload;
import casedesk.caseload.ChainCheck;
import casedesk.json.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "The audit trail: verify it.", subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name an audit command: verify.");
    }

    @Command(name = "verify", description = {
            "Verify the whole audit trail: every event's link, hash and signature, the signed head (events cut",
            "off the end), and every case, document, reading, evaluation, decision and account against the",
            "state its last event recorded. Exit 0 when intact; 3 naming the first bad event and what is wrong."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Option(names = "--json", description = "{\"intact\", \"events\", \"head\": {\"sequence\", \"hash\"}, \"firstBadEvent\", \"problem\"}.")
        boolean json;

        @Override
        public Integer call() {
            Existing.requireFile(db);
            ChainCheck check;
            String note;
            try (Caseload caseload = Caseload.open(db)) {
                check = caseload.audit().verify();
                note = caseload.readOnly().filter(reason -> check.isIntact()).orElse("");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                var node = Json.object().put("intact", check.isIntact()).put("events", check.eventsChecked());
                if (check.isIntact()) {
                    node.putObject("head").put("sequence", check.headSequence()).put("hash", check.headHash());
                } else {
                    node.put("firstBadEvent", check.firstBadEvent().getAsLong()).put("problem", check.problem());
                }
                out.println(Json.canonical(node));
            } else if (check.isIntact()) {
                out.printf("Intact: %d events; head event %d, hash %s.%n", check.eventsChecked(), check.headSequence(),
                        check.headHash());
                if (!note.isEmpty()) {
                    out.println("Note: " + note + " It verifies under the key the caseload names; this workstation "
                            + "cannot tell whether that key is the caseload's own.");
                }
            } else {
                out.printf("BROKEN at event %d: %s.%n", check.firstBadEvent().getAsLong(), check.problem());
            }
            out.flush();
            return check.isIntact() ? Cli.OK : Cli.VERIFICATION_FAILED;
        }
    }
}
