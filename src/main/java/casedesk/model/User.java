package casedesk.model;

import java.util.Objects;

/** A local account. {@code passwordHash} is a self-describing slow salted hash, never a password. */
public record User(String username, String displayName, Role role, String passwordHash, boolean active) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "display name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "password hash");
        if (!username.matches("[a-z][a-z0-9._-]{1,31}")) {
            throw new IllegalArgumentException(
                    "username '" + username + "' must be 2-32 lower-case letters, digits, '.', '_' or '-'");
        }
    }
}
