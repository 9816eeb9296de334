package casedesk.access;

import casedesk.caseload.Caseload;
import casedesk.caseload.CaseloadException;
import casedesk.caseload.UserRepository;
import casedesk.model.Role;
import casedesk.model.User;
import casedesk.security.Passwords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may use a caseload: signing in with a password, and the accounts an administrator keeps.
 * Passwords are checked against their slow salted hash; after {@value #FREE_ATTEMPTS} failures in a
 * row an account is held back, for longer after each further failure. The count is kept in the
 * caseload, so that starting a new command does not start it again.
 */
public final class Accounts {

    /** Failed sign-ins in a row before an account is held back. */
    public static final int FREE_ATTEMPTS = 5;
    /** The first hold; each further failure doubles it, up to {@link #LONGEST_HOLD}. */
    static final Duration FIRST_HOLD = Duration.ofSeconds(30);
    static final Duration LONGEST_HOLD = Duration.ofMinutes(15);
    /** The shortest password a new account or a password change may set. */
    public static final int SHORTEST_PASSWORD = 10;

    /**
     * Checked when the name is unknown, so that an unknown name takes as long as a wrong password;
     * made when first needed, not by every command that merely loads this class.
     */
    private static final class Nobody {
        static final String STORED = Passwords.hash("no such account".toCharArray());
    }

    private final Caseload caseload;
    private final Clock clock;

    public Accounts(Caseload caseload, Clock clock) {
        this.caseload = caseload;
        this.clock = clock;
    }

    /** Whether the caseload has any account yet: a caseload without one first needs its administrator. */
    public boolean hasAccounts() {
        return caseload.users().any();
    }

    /**
     * Creates the first account of a caseload that has none, an administrator, and signs them in.
     * Refused once any account exists: from then on only an administrator adds accounts.
     */
    public Session createFirstAdministrator(String username, String displayName, char[] password) {
        checkPassword(password);
        Passwords.Derived derived = Passwords.derive(password);
        User administrator = user(username, displayName, Role.ADMINISTRATOR, derived);
        caseload.inTransaction(() -> {
            if (hasAccounts()) {
                throw new Forbidden(Permission.MANAGE_USERS,
                        "This caseload has accounts already; an administrator adds new ones.");
            }
            caseload.users().create(administrator, derived.wrappingKey(), username);
            return null;
        });
        return new Session(administrator, derived.wrappingKey());
    }

    /**
     * Signs in. An unknown name and a wrong password are refused alike; a disabled account, or one
     * held back after too many failures, is refused without its password being tried.
     *
     * @param via how the user signs in ("desk", "command line"), for the audit trail
     */
    public Session signIn(String username, char[] password, String via) {
        Objects.requireNonNull(password, "password");
        String name = Objects.requireNonNullElse(username, "").strip();
        Optional<User> found = name.isEmpty() ? Optional.empty() : caseload.users().find(name);
        if (found.isEmpty()) {
            Passwords.matches(password, Nobody.STORED);
            if (!hasAccounts()) {
                throw new SignInRefused(SignInRefused.Reason.NO_ACCOUNTS,
                        "This caseload has no accounts yet; its administrator's account must be created first.", null);
            }
            throw wrong();
        }
        User user = found.get();
        Instant now = clock.instant();
        UserRepository.Throttle throttle = caseload.users().throttle(name);
        if (throttle.lockedUntil().filter(now::isBefore).isPresent()) {
            Instant until = throttle.lockedUntil().get();
            throw new SignInRefused(SignInRefused.Reason.THROTTLED, "Too many failed sign-ins for '" + name
                    + "': try again in " + seconds(Duration.between(now, until)) + ".", until);
        }
        Optional<byte[]> wrappingKey = Passwords.check(password, user.passwordHash());
        if (wrappingKey.isEmpty()) {
            int failures = throttle.failures() + 1;
            Optional<Instant> hold = failures < FREE_ATTEMPTS ? Optional.empty() : Optional.of(now.plus(hold(failures)));
            if (caseload.readOnly().isEmpty()) {
                caseload.users().signInFailed(name, hold);
            }
            throw wrong();
        }
        if (!user.active()) {
            throw new SignInRefused(SignInRefused.Reason.DISABLED,
                    "The account '" + name + "' is disabled; an administrator can enable it again.", null);
        }
        // The right password unwraps the caseload's data key: sealed data can be read from now on.
        caseload.unlock(name, wrappingKey.get());
        byte[] sessionKey = wrappingKey.get();
        if (caseload.readOnly().isEmpty()) {
            // A read-only caseload (tampered with, or a copy) records nothing; it can still be read.
            if (caseload.users().wrappedFromFirstForm(name)) {
                Passwords.Derived fresh = Passwords.derive(password);
                caseload.users().rehashPassword(name, fresh.stored(), fresh.wrappingKey());
                sessionKey = fresh.wrappingKey();
            }
            caseload.users().signedIn(name, via);
        }
        return new Session(user, sessionKey);
    }

    /** Adds an account. Administrators only. */
    public void add(Session by, String username, String displayName, Role role, char[] password) {
        by.require(Permission.MANAGE_USERS);
        checkPassword(password);
        Passwords.Derived derived = Passwords.derive(password);
        caseload.users().create(user(username, displayName, role, derived), derived.wrappingKey(), by.username());
    }

    /** Disables or enables an account; the last active administrator is never disabled. */
    public void setActive(Session by, String username, boolean active) {
        by.require(Permission.MANAGE_USERS);
        caseload.inTransaction(() -> {
            User user = caseload.users().find(username)
                    .orElseThrow(() -> new CaseloadException.NotFound("There is no user '" + username + "'."));
            if (!active && user.role() == Role.ADMINISTRATOR && user.active() && caseload.users().all().stream()
                    .filter(u -> u.active() && u.role() == Role.ADMINISTRATOR).count() == 1) {
                throw new CaseloadException.Refused(
                        "'" + username + "' is the only active administrator; add another before disabling this one.");
            }
            caseload.users().setActive(username, active, by.username());
            return null;
        });
    }

    /**
     * Sets a new password: one's own, or, for an administrator, anyone's (re-issuing access to
     * someone who forgot theirs, without knowing it).
     */
    public void changePassword(Session by, String username, char[] newPassword) {
        if (!by.username().equals(username)) {
            by.require(Permission.MANAGE_USERS);
        }
        checkPassword(newPassword);
        Passwords.Derived derived = Passwords.derive(newPassword);
        caseload.users().setPassword(username, derived.stored(), derived.wrappingKey(), by.username());
    }

    /**
     * Goes on with a session begun on another opening of this caseload (the desk rebuilt in another
     * language): unlocks this one with the key the password gave, without asking for it again.
     * Refused if the account was disabled meanwhile, or its password was set anew.
     */
    public Session resume(Session session) {
        User user = caseload.users().find(session.username()).filter(User::active).orElseThrow(() -> new SignInRefused(
                SignInRefused.Reason.DISABLED, "The account '" + session.username() + "' is disabled.", null));
        caseload.unlock(user.username(), session.wrappingKey());
        return new Session(user, session.wrappingKey());
    }

    /**
     * Signs out: the caseload forgets its data key, so that nothing sealed can be read until someone
     * signs in again.
     */
    public void signOut() {
        caseload.lock();
    }

    /**
     * Whether every command asks for a sign-in, even one that only reads the caseload (the queue,
     * the audit trail's verification): off by default, since nothing sealed is read without one.
     */
    public boolean signInToRead() {
        return caseload.settings().signInToRead();
    }

    /** Every account, disabled ones included. Administrators only. */
    public List<User> list(Session by) {
        by.require(Permission.MANAGE_USERS);
        return caseload.users().all();
    }

    private static User user(String username, String displayName, Role role, Passwords.Derived password) {
        try {
            return new User(username, displayName.strip(), role, password.stored(), true);
        } catch (IllegalArgumentException e) {
            throw new CaseloadException.Refused("The user" + e.getMessage().substring("username".length()) + ".");
        }
    }

    private static void checkPassword(char[] password) {
        if (password.length < SHORTEST_PASSWORD) {
            throw new CaseloadException.Refused("A password needs at least " + SHORTEST_PASSWORD + " characters.");
        }
    }

    static Duration hold(int failures) {
        Duration hold = FIRST_HOLD.multipliedBy(1L << Math.min(20, failures - FREE_ATTEMPTS));
        return hold.compareTo(LONGEST_HOLD) > 0 ? LONGEST_HOLD : hold;
    }

    private static SignInRefused wrong() {
        return new SignInRefused(SignInRefused.Reason.WRONG_NAME_OR_PASSWORD, "The name or the password is wrong.", null);
    }

    private static String seconds(Duration wait) {
        long s = Math.max(1, (wait.toMillis() + 999) / 1000);
        return s < 120 ? s + " s" : (s + 59) / 60 + " min";
    }
}
