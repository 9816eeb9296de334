package casedesk.audit;

import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.decision.DecisionService;
import casedesk.model.AuditEvent;
import casedesk.model.Decision;
import casedesk.model.CaseReference;
import casedesk.model.DecisionReview;
import casedesk.model.DecisionSummary;
import casedesk.model.Outcome;
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

    /**
     * The decisions of the whole caseload, newest first: of one officer, of one outcome, only those
     * taken against the verdicts, as asked (null and false: all). Supervisors only.
     */
    public List<DecisionSummary> decisions(Session session, String officer, Outcome outcome, boolean againstVerdictsOnly) {
        session.require(Permission.AUDIT);
        List<DecisionSummary> found = new java.util.ArrayList<>();
        for (var decided : caseload.decisions().browse(officer, outcome, PAGE * 4)) {
            Decision decision = decided.decision();
            // Against the verdicts it was taken on: issuing while a rule failed, refusing while all passed.
            boolean against = DecisionService.decidedOn(decision)
                    .flatMap(evaluation -> DecisionService.against(decision.outcome(), evaluation.verdicts())).isPresent();
            if (!againstVerdictsOnly || against) {
                found.add(new DecisionSummary(decision.id(), decision.caseReference(), decided.applicant(), decided.lodged(),
                        decided.deadline(), decision.outcome(), decision.decidedBy(), decision.decidedAt(), against));
            }
        }
        return found;
    }

    /** Everyone who has decided a case, for the browser's officer filter. Supervisors only. */
    public List<String> deciders(Session session) {
        session.require(Permission.AUDIT);
        return caseload.decisions().deciders();
    }

    /** How many events the trail holds. */
    public long size(Session session) {
        session.require(Permission.AUDIT);
        return caseload.audit().size();
    }
}
