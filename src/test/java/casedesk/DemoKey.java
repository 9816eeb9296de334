package casedesk;

import casedesk.caseload.Caseload;
import casedesk.model.User;
import casedesk.security.Passwords;

/**
 * For tests that read a caseload directly (not through a signed-in service): unlocks it with the
 * demo password of its first account that has it, exactly as signing in unwraps the data key, but
 * without recording a sign-in in the audit trail.
 */
public final class DemoKey {

    public static final String PASSWORD = "demo";

    private DemoKey() {
    }

    /** Opens a caseload and unlocks it if one of its accounts has the demo password. */
    public static Caseload open(java.nio.file.Path file) {
        Caseload caseload = Caseload.open(file);
        if (!caseload.unlocked()) {
            try {
                unlock(caseload);
            } catch (IllegalStateException noDemoAccount) {
                // left locked: a test of what a caseload without those accounts does
            }
        }
        return caseload;
    }

    public static Caseload unlock(Caseload caseload) {
        for (User user : caseload.users().all()) {
            var key = Passwords.check(PASSWORD.toCharArray(), user.passwordHash());
            if (key.isPresent()) {
                caseload.unlock(user.username(), key.get());
                return caseload;
            }
        }
        throw new IllegalStateException("no account of this caseload has the demo password");
    }
}
