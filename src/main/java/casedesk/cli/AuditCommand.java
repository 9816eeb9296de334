package casedesk.cli;

import casedesk.admin.Administration;
import casedesk.caseload.Caseload;
import casedesk.caseload.ChainCheck;
import casedesk.json.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "The audit trail: verify it, or acknowledge a trail that failed verification.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Acknowledge.class})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name an audit command: verify or acknowledge.");
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

        @Mixin
        SignIn signIn;

        @Option(names = "--json", description = "{\"intact\", \"events\", \"head\": {\"sequence\", \"hash\"}, \"firstBadEvent\", \"problem\", \"acknowledged\"}.")
        boolean json;

        @Override
        public Integer call() {
            Existing.requireFile(db);
            ChainCheck check;
            String note;
            try (Caseload caseload = Caseload.open(db)) {
                signIn.ifAskedToRead(caseload);
                check = caseload.audit().verify();
                note = caseload.readOnly().filter(reason -> check.isIntact()).orElse("");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                var node = Json.object().put("intact", check.isIntact()).put("events", check.eventsChecked());
                if (check.isAcknowledged()) {
                    node.put("acknowledged", check.acknowledged());
                }
                if (check.isIntact()) {
                    node.putObject("head").put("sequence", check.headSequence()).put("hash", check.headHash());
                } else {
                    node.put("firstBadEvent", check.firstBadEvent().getAsLong()).put("problem", check.problem());
                }
                out.println(Json.canonical(node));
            } else if (check.isIntact()) {
                out.printf("Intact: %d events; head event %d, hash %s.%n", check.eventsChecked(), check.headSequence(),
                        check.headHash());
                if (check.isAcknowledged()) {
                    out.println("Intact since an acknowledgement: " + check.acknowledged() + ".");
                }
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

    @Command(name = "acknowledge", description = {
            "Acknowledge, as an administrator, an audit trail that failed verification: a signed event names",
            "the first bad event and what is wrong, and records every case, document and decision as it stands",
            "now; the caseload then takes changes again, and 'audit verify' names the break as acknowledged.",
            "Restoring the last good backup ('casedesk restore') is the alternative. Exit 0 when acknowledged;",
            "2 when refused (not an administrator, or nothing to acknowledge)."})
    static final class Acknowledge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SignIn signIn;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Override
        public Integer call() {
            Existing.requireFile(db);
            try (Caseload caseload = Caseload.open(db)) {
                if (!caseload.acknowledgeable()) {
                    throw new BadInput(caseload.readOnly()
                            .map(reason -> "Nothing to acknowledge: only an audit trail that failed verification is "
                                    + "acknowledged here. " + reason)
                            .orElse("Nothing to acknowledge: the audit trail is intact."));
                }
                var session = signIn.signIn(caseload);
                session.require(casedesk.access.Permission.ACKNOWLEDGE_BREAK);
                ChainCheck broken = caseload.integrity();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("The audit trail failed verification at event %d: %s.%n", broken.firstBadEvent().getAsLong(),
                        broken.problem());
                out.flush();
                ChainCheck now = new Administration(caseload).acknowledgeBrokenTrail(session);
                if (!now.isIntact()) {
                    out.printf("Acknowledged, but the trail fails verification again at event %d: %s.%n",
                            now.firstBadEvent().getAsLong(), now.problem());
                    out.flush();
                    return Cli.VERIFICATION_FAILED;
                }
                out.printf("Acknowledged at event %d; the caseload takes changes again.%n", now.headSequence());
                out.flush();
                return Cli.OK;
            }
        }
    }
}
