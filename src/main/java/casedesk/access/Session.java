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

    Session(User user) {
        this.user = Objects.requireNonNull(user, "user");
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
