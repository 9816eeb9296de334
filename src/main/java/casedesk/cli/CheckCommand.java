package casedesk.cli;

import casedesk.access.Permission;
import casedesk.caseload.Caseload;
import casedesk.caseload.CaseloadException;
import casedesk.caseload.ChainCheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The caseload file's health: SQLite's full check, then the audit trail; and backups that are checked the same way. */
final class CheckCommand {

    private CheckCommand() {
    }

    @Command(name = "check", description = {
            "Check the caseload file page by page and index by index (SQLite's integrity_check), then its",
            "whole audit trail. Exit 0 when both are sound; 3 with what is wrong."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Mixin
        SignIn signIn;

        @Override
        public Integer call() {
            Existing.requireFile(db);
            PrintWriter out = spec.commandLine().getOut();
            try (Caseload caseload = Caseload.open(db)) {
                signIn.ifAskedToRead(caseload);
                List<String> problems = caseload.integrityCheck();
                if (!problems.isEmpty()) {
                    out.println("DAMAGED: " + String.join("; ", problems) + ".");
                    out.println("Restore the last backup with 'casedesk restore'.");
                    out.flush();
                    return Cli.VERIFICATION_FAILED;
                }
                out.println("File: sound (integrity_check ok).");
                ChainCheck trail = caseload.audit().verify();
                out.println(trail.isIntact()
                        ? "Audit trail: intact, " + trail.eventsChecked() + " events; head event " + trail.headSequence()
                                + ", hash " + trail.headHash() + "."
                        : "Audit trail: BROKEN at event " + trail.firstBadEvent().getAsLong() + ": " + trail.problem() + ".");
                out.flush();
                return trail.isIntact() ? Cli.OK : Cli.VERIFICATION_FAILED;
            }
        }
    }

    @Command(name = "backup", description = {
            "Write a consistent copy of the caseload, with this workstation's key beside it, while it stays in use;",
            "then check the copy (file and audit trail). An administrator signs in. Never overwrites a file."})
    static final class Backup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The new backup file.")
        Path to;

        @Mixin
        SignIn signIn;

        @Override
        public Integer call() {
            Existing.requireFile(db);
            Existing.requireFolderFor(to);
            try (Caseload caseload = Caseload.open(db)) {
                signIn.signIn(caseload).require(Permission.KEEP_BACKUPS);
                ChainCheck check = caseload.backUpTo(to);
                spec.commandLine().getOut().printf("Backed up to %s (and %s beside it): checked, %d events, head event %d, "
                        + "hash %s.%n", to, to.getFileName() + ".workstation", check.eventsChecked(), check.headSequence(),
                        check.headHash());
                spec.commandLine().getOut().flush();
            }
            return Cli.OK;
        }
    }

    @Command(name = "restore", description = {
            "Put a backup in place of the caseload, once the backup is checked (file and audit trail). The caseload",
            "it replaces is kept beside it as FILE.before-restore-TIME. Close every desk using it first. An",
            "administrator signs in."})
    static final class Restore implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file to replace.")
        Path db;

        @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "The backup file.")
        Path from;

        @Mixin
        SignIn signIn;

        @Override
        public Integer call() throws java.io.IOException {
            Existing.requireFile(from);
            boolean signedIn = false;
            if (Files.exists(db)) {
                try (Caseload current = Caseload.open(db)) {
                    signIn.signIn(current).require(Permission.KEEP_BACKUPS);
                    signedIn = true;
                } catch (CaseloadException.Damaged | CaseloadException.NotACaseload unreadable) {
                    // The caseload to replace cannot even be read: its accounts are the backup's.
                }
            }
            try (Caseload backup = Caseload.open(from)) {
                if (!signedIn) {
                    signIn.signIn(backup).require(Permission.KEEP_BACKUPS);
                }
                List<String> problems = backup.integrityCheck();
                ChainCheck trail = backup.audit().verify();
                if (!problems.isEmpty() || !trail.isIntact() || backup.readOnly().isPresent()) {
                    spec.commandLine().getErr().println("casedesk: The backup " + from + " does not check out ("
                            + (!problems.isEmpty() ? String.join("; ", problems) : !trail.isIntact() ? trail.problem()
                                    : backup.readOnly().orElseThrow()) + "); nothing was replaced.");
                    spec.commandLine().getErr().flush();
                    return Cli.VERIFICATION_FAILED;
                }
            }
            var kept = Caseload.restore(from, db);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Restored %s from %s.%s%n", db, from, kept.map(k -> " The caseload it replaced is kept as " + k + ".")
                    .orElse(""));
            out.flush();
            return Cli.OK;
        }
    }
}
