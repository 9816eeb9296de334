package casedesk.cli;

import casedesk.access.Accounts;
import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.model.Role;
import casedesk.model.User;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", description = "The caseload's accounts: add, disable, enable, passwd, list.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Disable.class, UsersCommand.Enable.class,
            UsersCommand.Passwd.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {

    /** Where a script gives the new password of {@code add} and {@code passwd}. */
    static final String NEW_PASSWORD_VARIABLE = "CASEDESK_NEW_PASSWORD";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Name a users command: add, disable, enable, passwd or list.");
    }

    /** The new password: typed twice at the terminal, or from CASEDESK_NEW_PASSWORD. */
    static char[] newPassword(CommandSpec spec, String username) {
        Environment environment = ((CaseDeskCommand) spec.root().userObject()).environment();
        Optional<String> given = environment.variable(NEW_PASSWORD_VARIABLE);
        if (given.isPresent()) {
            return given.get().toCharArray();
        }
        char[] first = environment.passwordPrompt().apply("New password for " + username + ": ")
                .orElseThrow(() -> new BadInput("No new password for " + username + ": type it at the prompt, or set "
                        + NEW_PASSWORD_VARIABLE + " for a script."));
        char[] again = environment.passwordPrompt().apply("The same password again: ").orElse(new char[0]);
        try {
            if (!Arrays.equals(first, again)) {
                Arrays.fill(first, '\0');
                throw new BadInput("The two passwords differ; nothing was changed.");
            }
            return first;
        } finally {
            Arrays.fill(again, '\0');
        }
    }

    private static Accounts accounts(Caseload caseload) {
        return new Accounts(caseload, Clock.systemUTC());
    }

    @Command(name = "add", description = {
            "Add an account. On a caseload with no account yet (a new file is created), the first one is its",
            "administrator and needs no sign-in; after that an administrator signs in to add accounts.",
            "The new password is asked for twice, or read from $CASEDESK_NEW_PASSWORD."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Option(names = "--role", paramLabel = "ROLE", description = "${COMPLETION-CANDIDATES} (default: officer).")
        Role role = Role.OFFICER;

        @Option(names = "--name", paramLabel = "FULL NAME", description = "The name shown at the desk (default: USERNAME).")
        String displayName;

        @Mixin
        SignIn signIn;

        @Parameters(paramLabel = "USERNAME", description = "2-32 lower-case letters, digits, '.', '_' or '-'.")
        String username;

        @Override
        public Integer call() {
            if (Files.exists(db)) {
                Existing.requireFile(db);
            } else {
                Existing.requireFolderFor(db);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Caseload caseload = Caseload.open(db)) {
                Accounts accounts = accounts(caseload);
                String shown = displayName == null || displayName.isBlank() ? username : displayName;
                if (!accounts.hasAccounts()) {
                    if (role != Role.ADMINISTRATOR) {
                        throw new BadInput("This caseload has no account yet: its first account is its administrator "
                                + "(--role administrator).");
                    }
                    char[] password = newPassword(spec, username);
                    try {
                        accounts.createFirstAdministrator(username, shown, password);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                } else {
                    Session session = signIn.signIn(caseload);
                    session.require(casedesk.access.Permission.MANAGE_USERS);
                    char[] password = newPassword(spec, username);
                    try {
                        accounts.add(session, username, shown, role, password);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                }
            }
            out.printf("Added %s, %s.%n", username, role.code());
            out.flush();
            return Cli.OK;
        }
    }

    /** Disabling and enabling: the same change, one way or the other. */
    abstract static class SetActive implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Mixin
        SignIn signIn;

        @Parameters(paramLabel = "USERNAME")
        String username;

        abstract boolean active();

        @Override
        public Integer call() {
            Existing.requireFile(db);
            try (Caseload caseload = Caseload.open(db)) {
                accounts(caseload).setActive(signIn.signIn(caseload), username, active());
            }
            spec.commandLine().getOut().printf("%s %s.%n", active() ? "Enabled" : "Disabled", username);
            spec.commandLine().getOut().flush();
            return Cli.OK;
        }
    }

    @Command(name = "disable", description = "Disable an account: it can no longer sign in; what it did stays.")
    static final class Disable extends SetActive {
        @Override
        boolean active() {
            return false;
        }
    }

    @Command(name = "enable", description = "Enable a disabled account again.")
    static final class Enable extends SetActive {
        @Override
        boolean active() {
            return true;
        }
    }

    @Command(name = "passwd", description = {
            "Set a new password: your own, or, as an administrator, anyone's (for someone who forgot theirs).",
            "The new password is asked for twice, or read from $CASEDESK_NEW_PASSWORD."})
    static final class Passwd implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Mixin
        SignIn signIn;

        @Parameters(arity = "0..1", paramLabel = "USERNAME", description = "Whose password (default: yours).")
        String username;

        @Override
        public Integer call() {
            Existing.requireFile(db);
            String whose;
            try (Caseload caseload = Caseload.open(db)) {
                Session session = signIn.signIn(caseload);
                whose = username == null ? session.username() : username;
                if (!whose.equals(session.username())) {
                    session.require(casedesk.access.Permission.MANAGE_USERS);
                }
                char[] password = newPassword(spec, whose);
                try {
                    accounts(caseload).changePassword(session, whose, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            spec.commandLine().getOut().printf("Changed the password of %s.%n", whose);
            spec.commandLine().getOut().flush();
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "Every account, with its role and whether it is active.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
        Path db;

        @Mixin
        SignIn signIn;

        @Override
        public Integer call() {
            Existing.requireFile(db);
            TextTable table = new TextTable("USERNAME", "ROLE", "ACTIVE", "NAME");
            try (Caseload caseload = Caseload.open(db)) {
                for (User user : accounts(caseload).list(signIn.signIn(caseload))) {
                    table.add(user.username(), user.role().code(), user.active() ? "yes" : "no", user.displayName());
                }
            }
            table.print(spec.commandLine().getOut());
            return Cli.OK;
        }
    }
}
