package casedesk.cli;

import casedesk.admin.Administration;
import casedesk.caseload.Caseload;
import casedesk.caseload.ChainCheck;
import casedesk.json.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "The audit trail: list its events, verify it, report on the decisions, move them between workstations in bundles, or acknowledge a trail that failed verification.",
        subcommands = {AuditCommand.Events.class, AuditCommand.Verify.class, AuditCommand.Acknowledge.class,
                AuditCommand.ReportCommand.class, AuditCommand.ExportBundle.class, AuditCommand.ImportBundle.class,
                AuditCommand.Workstations.class})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name an audit command: events, verify, report, export-bundle, import-bundle, workstations or acknowledge.");
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

    @Command(name = "events", description = {
            "The audit trail's events in order: number, when (UTC), who, what, on which case, and what the event",
            "records. What an event sealed (the amounts of a correction) is shown only after a sign-in (--user or",
            "$CASEDESK_USER); without one it reads '(sealed)'. Ends with what verifying the trail finds."})
    static final class Events implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SignIn signIn;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Option(names = "--case", paramLabel = "REF", description = "Only the events about this case.")
        String reference;

        @Option(names = "--json", description = "{\"events\": [{\"seq\", \"at\", \"actor\", \"type\", \"case\", \"detail\", \"hash\"}], "
                + "\"verification\": {\"intact\", ...}}.")
        boolean json;

        @Override
        public Integer call() {
            Existing.requireFile(db);
            casedesk.model.CaseReference only = null;
            if (reference != null) {
                try {
                    only = new casedesk.model.CaseReference(reference.strip());
                } catch (IllegalArgumentException e) {
                    throw new BadInput("'" + reference + "' is not a case reference such as LU-SHA-2026-000123.");
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Caseload caseload = Caseload.open(db)) {
                signIn.ifAskedToRead(caseload).or(() -> signIn.signInIfNamed(caseload));
                var node = Json.object();
                var events = node.putArray("events");
                TextTable table = new TextTable("SEQ", "AT (UTC)", "WHO", "WHAT", "CASE", "DETAIL");
                List<casedesk.model.AuditEvent> page = only != null ? caseload.audit().forCase(only)
                        : caseload.audit().events(0, PAGE);
                while (!page.isEmpty()) {
                    for (casedesk.model.AuditEvent event : page) {
                        com.fasterxml.jackson.databind.JsonNode detail = detail(caseload, event);
                        if (json) {
                            events.addObject().put("seq", event.sequence()).put("at", event.at().toString())
                                    .put("actor", event.actor()).put("type", event.type())
                                    .put("case", event.caseReference()).put("hash", event.hash()).set("detail", detail);
                        } else {
                            table.add(Long.toString(event.sequence()),
                                    event.at().toString().substring(0, Math.min(19, event.at().toString().length())).replace('T', ' '),
                                    event.actor(), event.type(), event.caseReference(), shortened(Json.canonical(detail)));
                        }
                    }
                    page = only != null || page.size() < PAGE ? List.of()
                            : caseload.audit().events(page.getLast().sequence(), PAGE);
                }
                ChainCheck check = caseload.audit().verify();
                if (json) {
                    var verification = node.putObject("verification").put("intact", check.isIntact());
                    if (check.isIntact()) {
                        verification.put("headSequence", check.headSequence()).put("headHash", check.headHash());
                    } else {
                        verification.put("firstBadEvent", check.firstBadEvent().getAsLong()).put("problem", check.problem());
                    }
                    out.println(Json.canonical(node));
                } else {
                    table.print(out);
                    out.println(check.isIntact()
                            ? "Audit trail: intact; head event " + check.headSequence() + ", hash " + check.headHash() + "."
                            : "Audit trail: BROKEN at event " + check.firstBadEvent().getAsLong() + ": " + check.problem() + ".");
                }
                out.flush();
                return check.isIntact() ? Cli.OK : Cli.VERIFICATION_FAILED;
            }
        }

        private static final int PAGE = 1_000;

        /** The event's detail, its sealed values opened when someone signed in, else marked as sealed. */
        private static com.fasterxml.jackson.databind.JsonNode detail(Caseload caseload, casedesk.model.AuditEvent event) {
            com.fasterxml.jackson.databind.JsonNode detail = Json.parse(event.detail());
            if (detail.has("sealed")) {
                if (caseload.unlocked()) {
                    return caseload.audit().readableDetail(event);
                }
                return ((com.fasterxml.jackson.databind.node.ObjectNode) detail.deepCopy()).put("sealed", "(sealed)");
            }
            return detail;
        }

        private static String shortened(String text) {
            return text.length() <= 80 ? text : text.substring(0, 79) + "…";
        }
    }

    @Command(name = "report", aliases = "export", description = {
            "A supervisor's report on the decisions of a period, as CSV (one row per decision) or as PDF (the",
            "filters and period, who made it and when, the audit trail verified afresh with its head hash, charts",
            "and the table, the newest " + casedesk.audit.AuditTrail.PDF_ROWS + " decisions at most), chosen by the",
            "name given to --out. Signs in as a supervisor (--user or $CASEDESK_USER). 'audit export' is the same",
            "command. Exit 0 when written; 2 for bad input; 3 when written but the audit trail fails verification."})
    static final class ReportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SignIn signIn;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "report.pdf or report.csv: written whole, or not at all.")
        Path out;

        @Option(names = "--from", paramLabel = "DATE", description = "The first day decided on, e.g. 2026-11-01 (UTC).")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "The last day decided on, inclusive.")
        String to;

        @Option(names = "--officer", paramLabel = "NAME", description = "Only this officer's decisions.")
        String officer;

        @Option(names = "--outcome", paramLabel = "OUTCOME", description = "Only issue, refuse or request-documents.")
        String outcome;

        @Option(names = "--path", paramLabel = "PATH", description = "Only the sesame or the bank path.")
        String path;

        @Option(names = "--against", description = "Only decisions taken against the verdicts.")
        boolean against;

        @Option(names = "--language", paramLabel = "en|fr", description = "The PDF's language: en (the default) or fr. "
                + "The CSV's columns and values stay the same in every language.")
        String language = "en";

        @Override
        public Integer call() throws java.io.IOException {
            Existing.requireFile(db);
            if (!language.equals("en") && !language.equals("fr")) {
                throw new BadInput("--language " + language + ": en or fr.");
            }
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            boolean pdf = name.endsWith(".pdf");
            if (!pdf && !name.endsWith(".csv")) {
                throw new BadInput("--out " + out + ": name the report FILE.pdf or FILE.csv.");
            }
            requireFolderOf(out);
            casedesk.model.DecisionFilter filter = filter();
            PrintWriter terminal = spec.commandLine().getOut();
            try (Caseload caseload = Caseload.open(db)) {
                var session = signIn.signIn(caseload);
                var trail = new casedesk.audit.AuditTrail(caseload, java.time.Clock.systemUTC());
                long rows = writeWhole(out, stream -> pdf
                        ? trail.reportPdf(session, filter, stream, casedesk.progress.Progress.NONE,
                                java.util.Locale.forLanguageTag(language))
                        : trail.reportCsv(session, filter, stream));
                ChainCheck chain = caseload.integrity();
                terminal.printf("Wrote %s: %d decision%s (%s).%n", out, rows, rows == 1 ? "" : "s", filter.describe());
                if (!chain.isIntact()) {
                    terminal.printf("The audit trail fails verification at event %d: %s.%n",
                            chain.firstBadEvent().getAsLong(), chain.problem());
                }
                terminal.flush();
                return chain.isIntact() ? Cli.OK : Cli.VERIFICATION_FAILED;
            }
        }

        private casedesk.model.DecisionFilter filter() {
            java.time.LocalDate first = date("--from", from);
            java.time.LocalDate last = date("--to", to);
            if (first != null && last != null && last.isBefore(first)) {
                throw new BadInput("--to " + last + " is before --from " + first + ".");
            }
            casedesk.model.DecisionFilter filter = casedesk.model.DecisionFilter.ALL.withOfficer(officer)
                    .withPeriod(first, last).withAgainstOnly(against);
            if (outcome != null) {
                try {
                    filter = filter.withOutcome(casedesk.model.Outcome.fromCode(outcome.strip()));
                } catch (IllegalArgumentException e) {
                    throw new BadInput("--outcome '" + outcome + "': one of issue, refuse, request-documents.");
                }
            }
            if (path != null) {
                String code = path.strip().toLowerCase(java.util.Locale.ROOT);
                if (!code.equals("sesame") && !code.equals("bank")) {
                    throw new BadInput("--path '" + path + "': sesame or bank.");
                }
                filter = filter.withPath(casedesk.model.DecisionFacts.Path.fromCode(code));
            }
            return filter;
        }

        private static java.time.LocalDate date(String option, String text) {
            if (text == null) {
                return null;
            }
            try {
                return java.time.LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new BadInput(option + " '" + text + "' is not a date of the form 2026-11-02.");
            }
        }
    }

    /** What writes a file's contents, and what it found to say about them. */
    @FunctionalInterface
    interface Contents<T> {
        T writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /** Refuses, before any work, an output file in a folder that does not exist. */
    static void requireFolderOf(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            throw new BadInput("--out " + out + ": the folder " + folder + " does not exist.");
        }
    }

    /**
     * Writes a file whole or not at all: beside it as FILE.partial, then moved over it. A failure
     * leaves no partial file and whatever FILE was before.
     */
    static <T> T writeWhole(Path out, Contents<T> contents) throws java.io.IOException {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        T result;
        try (var stream = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(partial))) {
            result = contents.writeTo(stream);
        } catch (java.io.IOException | RuntimeException e) {
            java.nio.file.Files.deleteIfExists(partial);
            throw e;
        }
        java.nio.file.Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return result;
    }

    /** The variable a script sets to the bundle passphrase; people type it at the prompt. */
    static final String PASSPHRASE_VARIABLE = "CASEDESK_BUNDLE_PASSPHRASE";

    /** The bundle passphrase, from the variable or typed (twice, when sealing). */
    static char[] passphrase(CommandSpec spec, boolean twice) {
        Environment environment = ((CaseDeskCommand) spec.root().userObject()).environment();
        var given = environment.variable(PASSPHRASE_VARIABLE).map(String::toCharArray);
        if (given.isPresent()) {
            return given.get();
        }
        char[] typed = environment.passwordPrompt().apply("Bundle passphrase: ").orElseThrow(() -> new BadInput(
                "No bundle passphrase: type it at the prompt, or set " + PASSPHRASE_VARIABLE + " for a script."));
        if (twice) {
            char[] again = environment.passwordPrompt().apply("The same passphrase again: ").orElse(new char[0]);
            if (!java.util.Arrays.equals(typed, again)) {
                throw new BadInput("The two passphrases differ: nothing was written.");
            }
        }
        return typed;
    }

    @Command(name = "export-bundle", description = {
            "Write this workstation's audit bundle, for a supervisor's caseload on another workstation: the",
            "whole audit trail and every decision with its snapshot, note and reason, sealed (AES-256-GCM) under",
            "a passphrase of at least " + casedesk.caseload.Bundles.SHORTEST_PASSPHRASE + " characters (typed twice,",
            "or $" + PASSPHRASE_VARIABLE + ") and signed with the workstation's key. Signs in as a supervisor or",
            "administrator; the export is recorded in the trail. Prints the workstation's key fingerprint, for the",
            "supervisor to compare on the first import. With --with-documents the bundle also carries the PDFs the",
            "decisions were taken on, so that the supervisor sees their evidence. Exit 0 when written; 2 when refused."})
    static final class ExportBundle implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SignIn signIn;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Option(names = "--out", required = true, paramLabel = "BUNDLE", description = "The bundle file to write (e.g. shanghai-2.cdbundle).")
        Path out;

        @Option(names = "--with-documents", description = "Also carry the documents the decisions were taken on.")
        boolean withDocuments;

        @Override
        public Integer call() throws java.io.IOException {
            Existing.requireFile(db);
            requireFolderOf(out);
            try (Caseload caseload = Caseload.open(db)) {
                var session = signIn.signIn(caseload);
                char[] passphrase = passphrase(spec, true);
                var trail = new casedesk.audit.AuditTrail(caseload, java.time.Clock.systemUTC());
                casedesk.model.BundleHeader header;
                try {
                    header = writeWhole(out, stream -> trail.exportBundle(session, stream, passphrase, withDocuments));
                } finally {
                    java.util.Arrays.fill(passphrase, '\0');
                }
                PrintWriter terminal = spec.commandLine().getOut();
                terminal.printf("Wrote %s: %d decisions, %d audit events up to event %d%s.%n", out, header.decisions(),
                        header.events(), header.headSequence(),
                        withDocuments ? ", " + header.documents() + " documents" : "");
                terminal.printf("Workstation key fingerprint: %s%n", header.fingerprint());
                terminal.flush();
                return Cli.OK;
            }
        }
    }

    @Command(name = "import-bundle", description = {
            "Import other workstations' audit bundles into this (the supervisor's) caseload: each is checked",
            "(signature, passphrase, every event of its trail and its signed head, every decision against the",
            "event that recorded it) and refused whole at the first thing wrong. A workstation is trusted on its",
            "first import under --label (compare the fingerprint printed with the one its export printed); a",
            "later bundle of it must continue the trail the last one showed. Its decisions are then listed",
            "read-only, labelled, in the supervisor's browser, statistics and reports. Exit 0 when every bundle",
            "was imported; 2 when one was refused (those before it stay imported)."})
    static final class ImportBundle implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SignIn signIn;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The supervisor's caseload file.")
        Path db;

        @Option(names = "--label", paramLabel = "NAME", description = "The workstation's name, on its first import.")
        String label;

        @picocli.CommandLine.Parameters(arity = "1..*", paramLabel = "BUNDLE", description = "Bundle files.")
        List<Path> bundles;

        @Override
        public Integer call() throws java.io.IOException {
            Existing.requireFile(db);
            for (Path bundle : bundles) {
                Existing.requireFile(bundle);
            }
            PrintWriter terminal = spec.commandLine().getOut();
            try (Caseload caseload = Caseload.open(db)) {
                var session = signIn.signIn(caseload);
                char[] passphrase = passphrase(spec, false);
                var trail = new casedesk.audit.AuditTrail(caseload, java.time.Clock.systemUTC());
                try {
                    for (Path bundle : bundles) {
                        byte[] bytes = java.nio.file.Files.readAllBytes(bundle);
                        casedesk.model.ImportedWorkstation workstation;
                        try {
                            workstation = trail.importBundle(session, bytes, passphrase.clone(), label);
                        } catch (casedesk.caseload.Bundles.Refused refused) {
                            throw new BadInput(bundle + ": refused, nothing of it imported. " + refused.getMessage());
                        }
                        terminal.printf("%s: imported %d decisions of '%s' (key %s)%s, its trail verified to event %d%s.%n",
                                bundle, workstation.decisions(), workstation.label(), workstation.fingerprint(),
                                workstation.documents() == 0 ? "" : " with " + workstation.documents() + " documents",
                                workstation.headSequence(), workstation.acknowledged().isEmpty() ? ""
                                        : " (" + workstation.acknowledged() + ")");
                        terminal.flush();
                    }
                } finally {
                    java.util.Arrays.fill(passphrase, '\0');
                }
                return Cli.OK;
            }
        }
    }

    @Command(name = "workstations", description = {
            "The workstations whose bundles this caseload imported: label, key fingerprint, decisions, documents",
            "carried, the head of its trail as its last bundle showed it, and when and by whom that bundle was imported."})
    static final class Workstations implements Callable<Integer> {
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
                var session = signIn.signIn(caseload);
                var trail = new casedesk.audit.AuditTrail(caseload, java.time.Clock.systemUTC());
                TextTable table = new TextTable("LABEL", "FINGERPRINT", "DECISIONS", "DOCUMENTS", "HEAD EVENT", "IMPORTED (UTC)",
                        "BY");
                for (var workstation : trail.workstations(session)) {
                    table.add(workstation.label(), workstation.fingerprint(), Long.toString(workstation.decisions()),
                            Long.toString(workstation.documents()), Long.toString(workstation.headSequence()),
                            workstation.importedAt().toString().substring(0, 16).replace('T', ' '), workstation.importedBy());
                }
                PrintWriter out = spec.commandLine().getOut();
                caseload.bundles().ownFingerprint().ifPresent(own -> out.println("This workstation's key: " + own));
                table.print(out);
                out.flush();
                return Cli.OK;
            }
        }
    }
}
