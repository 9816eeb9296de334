package casedesk.access;

import casedesk.model.Role;

/** A service call refused because the signed-in user's role does not allow it. */
public final class Forbidden extends RuntimeException {

    private final Permission permission;

    public Forbidden(Permission permission, Role role) {
        super("An " + (role == Role.OFFICER ? "officer" : role.code()) + " may not " + permission.describe() + ".");
        this.permission = permission;
    }

    public Forbidden(Permission permission, String message) {
        super(message);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
