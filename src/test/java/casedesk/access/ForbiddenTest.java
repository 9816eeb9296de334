package casedesk.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casedesk.model.Role;
import org.junit.jupiter.api.Test;

/** A refusal says who may not do what, in a sentence. */
class ForbiddenTest {

    @Test
    void eachRoleIsNamedWithItsArticle() {
        assertEquals("A supervisor may not review cases.", new Forbidden(Permission.REVIEW, Role.SUPERVISOR).getMessage());
        assertEquals("An officer may not audit decisions.".replace("audit decisions", Permission.AUDIT.describe()),
                new Forbidden(Permission.AUDIT, Role.OFFICER).getMessage());
        assertEquals("An administrator may not review cases.",
                new Forbidden(Permission.REVIEW, Role.ADMINISTRATOR).getMessage());
    }
}
