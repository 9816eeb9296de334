package casedesk.cli;

/**
 * Who a command acts as in the audit log. Until CaseDesk has logins, it is the operating-system
 * account that ran the command, marked as such so that it is never mistaken for a CaseDesk user.
 */
final class Actor {

    private Actor() {
    }

    static String current() {
        return "os:" + System.getProperty("user.name", "unknown");
    }
}
