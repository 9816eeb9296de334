package casedesk.cli;

import casedesk.access.Accounts;
import casedesk.access.Session;
import casedesk.access.SignInRefused;
import casedesk.caseload.Caseload;
import java.time.Clock;
import java.util.Arrays;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The sign-in of a command that changes the caseload: the user from {@code --user} or
 * {@code CASEDESK_USER}, the password typed at the prompt or from {@code CASEDESK_PASSWORD}, never
 * from the arguments (where other users of the machine could read it in the process list).
 */
final class SignIn {

    static final String USER_VARIABLE = "CASEDESK_USER";
    static final String PASSWORD_VARIABLE = "CASEDESK_PASSWORD";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Sign in as NAME (default: $CASEDESK_USER). The password is asked for at the terminal, "
                    + "or read from $CASEDESK_PASSWORD.")
    String user;

    /** Signs in on the caseload, or refuses (exit code 2) with a sentence saying what is missing. */
    Session signIn(Caseload caseload) {
        return signIn(caseload, "This command changes the caseload");
    }

    /**
     * Signs in to read what the caseload keeps sealed (identity numbers, figures, documents). A
     * caseload without any account yet has nothing locked and nobody to sign in as: empty.
     */
    java.util.Optional<Session> signInToRead(Caseload caseload) {
        if (!new Accounts(caseload, Clock.systemUTC()).hasAccounts()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(signIn(caseload, "This command reads the caseload's sealed personal data"));
    }

    /**
     * For a command that only reads: signs in when the caseload asks everyone to, even to read
     * (an administrator's setting, {@code settings sign-in-to-read=yes}); else nothing.
     */
    java.util.Optional<Session> ifAskedToRead(Caseload caseload) {
        if (!new Accounts(caseload, Clock.systemUTC()).signInToRead()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(signIn(caseload, "This caseload asks everyone to sign in, even to read it"));
    }

    /** Signs in if a user is named (--user or the variable); else nothing sealed can be read. */
    java.util.Optional<Session> signInIfNamed(Caseload caseload) {
        Environment environment = ((CaseDeskCommand) command.root().userObject()).environment();
        if (user == null && environment.variable(USER_VARIABLE).isEmpty()) {
            return java.util.Optional.empty();
        }
        return signInToRead(caseload);
    }

    private Session signIn(Caseload caseload, String why) {
        Environment environment = ((CaseDeskCommand) command.root().userObject()).environment();
        String name = user != null ? user : environment.variable(USER_VARIABLE).orElseThrow(() -> new BadInput(
                why + ": sign in with --user NAME or set " + USER_VARIABLE + "."));
        char[] password = environment.variable(PASSWORD_VARIABLE).map(String::toCharArray)
                .or(() -> environment.passwordPrompt().apply("Password for " + name + ": "))
                .orElseThrow(() -> new BadInput("No password for " + name + ": type it at the prompt, or set "
                        + PASSWORD_VARIABLE + " for a script."));
        try {
            return new Accounts(caseload, Clock.systemUTC()).signIn(name, password, "command line");
        } catch (SignInRefused refused) {
            throw new BadInput("Not signed in: " + refused.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
