package casedesk.cli;

import casedesk.caseload.Caseload;
import casedesk.model.Role;
import casedesk.model.User;
import casedesk.security.Passwords;
import java.util.Map;

/** Accounts for command-line tests: the demo's users and password, and an environment that signs in as one. */
final class Accounts {

    static final String PASSWORD = "demo";

    private Accounts() {
    }

    /** The environment of a script that signs in as {@code user} with the demo password. */
    static Environment signedInAs(String user) {
        return Environment.of(Map.of(SignIn.USER_VARIABLE, user, SignIn.PASSWORD_VARIABLE, PASSWORD));
    }

    /** An account with the demo password, hashed at a low cost (the stored form names it) to keep tests quick. */
    static void add(Caseload caseload, String username, Role role) {
        Passwords.Derived password = Passwords.derive(PASSWORD.toCharArray(), 1_000);
        caseload.users().create(new User(username, username, role, password.stored(), true), password.wrappingKey(),
                "test");
    }
}
