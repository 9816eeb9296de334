package casedesk.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.caseload.CaseloadException;
import casedesk.model.AuditEvent;
import casedesk.model.Role;
import casedesk.model.User;
import casedesk.security.Passwords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in and keeping accounts, against a real caseload file. */
class AccountsTest {

    static final char[] RIGHT = "correct horse".toCharArray();

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-20T09:00:00Z"));
    private Caseload caseload;
    private Accounts accounts;

    @BeforeEach
    void caseloadWithAnOfficerAndAnAdministrator() {
        caseload = Caseload.open(dir.resolve("caseload.db"));
        add("amartin", Role.OFFICER);
        add("admin", Role.ADMINISTRATOR);
        accounts = new Accounts(caseload, clock);
    }

    @AfterEach
    void close() {
        caseload.close();
    }

    private void add(String name, Role role) {
        Passwords.Derived password = Passwords.derive(RIGHT, 1_000);
        caseload.users().create(new User(name, name, role, password.stored(), true), password.wrappingKey(), "test");
    }

    @Test
    void theRightPasswordSignsInAndIsRecorded() {
        Session session = accounts.signIn("amartin", RIGHT.clone(), "desk");

        assertEquals("amartin", session.username());
        assertEquals(Role.OFFICER, session.role());
        AuditEvent last = caseload.audit().events(0, 1_000).getLast();
        assertEquals("signed-in", last.type());
        assertEquals("amartin", last.actor());
    }

    @Test
    void anUnknownNameAndAWrongPasswordAreRefusedAlike() {
        SignInRefused unknown = assertThrows(SignInRefused.class, () -> accounts.signIn("nobody", RIGHT.clone(), "desk"));
        SignInRefused wrong = assertThrows(SignInRefused.class,
                () -> accounts.signIn("amartin", "wrong password".toCharArray(), "desk"));

        assertEquals(SignInRefused.Reason.WRONG_NAME_OR_PASSWORD, unknown.reason());
        assertEquals(unknown.reason(), wrong.reason());
        assertEquals(unknown.getMessage(), wrong.getMessage(), "nothing tells which names exist");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsAndTheHoldSurvivesANewProcess() {
        for (int i = 0; i < Accounts.FREE_ATTEMPTS; i++) {
            assertThrows(SignInRefused.class, () -> accounts.signIn("amartin", "guess".toCharArray(), "command line"));
        }
        caseload.close();
        caseload = Caseload.open(dir.resolve("caseload.db"));
        Accounts again = new Accounts(caseload, clock);

        SignInRefused held = assertThrows(SignInRefused.class, () -> again.signIn("amartin", RIGHT.clone(), "desk"));
        assertEquals(SignInRefused.Reason.THROTTLED, held.reason());
        assertEquals(clock.instant().plus(Duration.ofSeconds(30)), held.retryAt().orElseThrow());

        clock.advance(Duration.ofSeconds(31));
        assertEquals("amartin", again.signIn("amartin", RIGHT.clone(), "desk").username());
        assertEquals(0, caseload.users().throttle("amartin").failures(), "a success starts the count again");
    }

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheHoldUpToFifteenMinutes() {
        assertEquals(Duration.ofSeconds(30), Accounts.hold(5));
        assertEquals(Duration.ofSeconds(60), Accounts.hold(6));
        assertEquals(Duration.ofMinutes(15), Accounts.hold(40));
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWithItsRightPassword() {
        Session admin = accounts.signIn("admin", RIGHT.clone(), "desk");
        accounts.setActive(admin, "amartin", false);

        assertEquals(SignInRefused.Reason.WRONG_NAME_OR_PASSWORD, assertThrows(SignInRefused.class,
                () -> accounts.signIn("amartin", "guess".toCharArray(), "desk")).reason());
        assertEquals(SignInRefused.Reason.DISABLED, assertThrows(SignInRefused.class,
                () -> accounts.signIn("amartin", RIGHT.clone(), "desk")).reason());
    }

    @Test
    void theLastActiveAdministratorIsNeverDisabled() {
        Session admin = accounts.signIn("admin", RIGHT.clone(), "desk");

        assertThrows(CaseloadException.Refused.class, () -> accounts.setActive(admin, "admin", false));
        assertTrue(caseload.users().find("admin").orElseThrow().active());
    }

    @Test
    void onlyAnAdministratorAddsListsOrDisablesAccounts() {
        Session officer = accounts.signIn("amartin", RIGHT.clone(), "desk");

        assertThrows(Forbidden.class, () -> accounts.add(officer, "jdupont", "Jean Dupont", Role.OFFICER,
                "long enough password".toCharArray()));
        assertThrows(Forbidden.class, () -> accounts.list(officer));
        assertThrows(Forbidden.class, () -> accounts.setActive(officer, "admin", false));
        assertThrows(Forbidden.class, () -> accounts.changePassword(officer, "admin", "long enough password".toCharArray()));
        assertFalse(caseload.users().find("jdupont").isPresent());
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndAnAdministratorCanReissueAnyone() {
        Session officer = accounts.signIn("amartin", RIGHT.clone(), "desk");
        assertThrows(CaseloadException.Refused.class, () -> accounts.changePassword(officer, "amartin", "short".toCharArray()));
        accounts.changePassword(officer, "amartin", "a much longer one".toCharArray());
        assertThrows(SignInRefused.class, () -> accounts.signIn("amartin", RIGHT.clone(), "desk"));
        accounts.signIn("amartin", "a much longer one".toCharArray(), "desk");

        Session admin = accounts.signIn("admin", RIGHT.clone(), "desk");
        accounts.changePassword(admin, "amartin", "reissued by admin".toCharArray());
        assertEquals("amartin", accounts.signIn("amartin", "reissued by admin".toCharArray(), "desk").username());
        assertTrue(caseload.users().find("amartin").orElseThrow().passwordHash()
                .startsWith("pbkdf2-sha256-v2$" + Passwords.DEFAULT_ITERATIONS + "$"), "new hashes at today's cost");
    }

    @Test
    void theFirstAccountOfAnEmptyCaseloadIsItsAdministratorAndOnlyOnce() {
        try (Caseload empty = Caseload.open(dir.resolve("empty.db"))) {
            Accounts fresh = new Accounts(empty, clock);
            assertFalse(fresh.hasAccounts());
            assertEquals(SignInRefused.Reason.NO_ACCOUNTS, assertThrows(SignInRefused.class,
                    () -> fresh.signIn("admin", RIGHT.clone(), "desk")).reason());

            Session first = fresh.createFirstAdministrator("chef", "Chef de poste", "a long password".toCharArray());

            assertEquals(Role.ADMINISTRATOR, first.role());
            assertThrows(Forbidden.class, () -> fresh.createFirstAdministrator("other", "Other", "a long password".toCharArray()));
            assertEquals(List.of("chef"), empty.users().all().stream().map(User::username).toList());
        }
    }

    /** A clock the test moves on. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
