package casedesk.access;

import casedesk.model.Role;

/** A service call refused because the signed-in user's role does not allow it. */
public final class Forbidden extends RuntimeException {

    private final Permission permission;

    public Forbidden(Permission permission, Role role) {
        super(article(role.code()) + " " + role.code() + " may not " + permission.describe() + ".");
        this.permission = permission;
    }

    public Forbidden(Permission permission, String message) {
        super(message);
        this.permission = permission;
    }

    /** "An officer", "An administrator", "A supervisor". */
    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "An" : "A";
    }

    public Permission permission() {
        return permission;
    }
}
