package casedesk.audit;

import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.model.AuditEvent;
import java.util.List;

/**
 * The audit trail as a supervisor reads it: who did what, when, on which case, newest first, and
 * searchable. Supervisors only (they audit); reading it changes nothing.
 */
public final class AuditTrail {

    /** The most events one read returns: a screen's worth several times over. */
    public static final int PAGE = 500;

    private final Caseload caseload;

    public AuditTrail(Caseload caseload) {
        this.caseload = caseload;
    }

    /** The newest events whose actor, event type or case contain {@code search}, a page from {@code offset}. */
    public List<AuditEvent> events(Session session, String search, int offset) {
        session.require(Permission.AUDIT);
        return caseload.audit().search(search, offset, PAGE);
    }

    /** How many events the trail holds. */
    public long size(Session session) {
        session.require(Permission.AUDIT);
        return caseload.audit().size();
    }
}
