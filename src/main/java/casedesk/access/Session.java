package casedesk.access;

import casedesk.model.Role;
import casedesk.model.User;
import java.util.Objects;

/**
 * Someone who signed in with their password: only {@link Accounts} makes one. Every service call
 * takes the session it acts for, checks its permission, and records its username as the actor.
 */
public final class Session {

    private final User user;
    /** The key derived from the password given at sign-in: what unwraps the caseload's data key. */
    private final byte[] wrappingKey;

    Session(User user, byte[] wrappingKey) {
        this.user = Objects.requireNonNull(user, "user");
        this.wrappingKey = wrappingKey.clone();
    }

    byte[] wrappingKey() {
        return wrappingKey.clone();
    }

    public String username() {
        return user.username();
    }

    public String displayName() {
        return user.displayName();
    }

    public Role role() {
        return user.role();
    }

    public boolean may(Permission permission) {
        return permission.grantedTo(user.role());
    }

    /** Refuses, with {@link Forbidden}, what the role does not allow. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new Forbidden(permission, user.role());
        }
    }

    @Override
    public String toString() {
        return user.username() + " (" + user.role().code() + ")";
    }
}
