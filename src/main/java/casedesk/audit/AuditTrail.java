package casedesk.audit;

import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.model.AuditEvent;
import casedesk.model.CaseReference;
import casedesk.model.DecisionReview;
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

    /**
     * Attaches a review to one of a case's decisions: agree, disagree or discuss, with a note;
     * recorded as an audit event, the decision unchanged. Supervisors only.
     */
    public void review(Session session, CaseReference reference, long decisionId, DecisionReview.Flag flag, String note) {
        session.require(Permission.AUDIT);
        caseload.decisions().review(reference, decisionId, flag, note, session.username());
    }

    /** The reviews of a case's decisions, oldest first: for whoever may see the case. */
    public List<DecisionReview> reviews(Session session, CaseReference reference) {
        session.require(Permission.READ_CASES);
        return caseload.decisions().reviews(reference);
    }

    /** How many events the trail holds. */
    public long size(Session session) {
        session.require(Permission.AUDIT);
        return caseload.audit().size();
    }
}
