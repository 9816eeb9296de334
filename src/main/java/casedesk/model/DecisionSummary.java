package casedesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One decision as the supervisor's browser lists it: the case, the applicant, what was decided, by
 * whom and when, and whether it went against the verdicts it was taken on (issued while a rule
 * failed, or refused while every rule passed).
 */
public record DecisionSummary(long decisionId, CaseReference reference, String applicant, LocalDate lodged,
        LocalDate deadline, Outcome outcome, String decidedBy, Instant decidedAt, boolean againstVerdicts) {

    /** Days from lodging to the decision. */
    public long daysToDecision() {
        return ChronoUnit.DAYS.between(lodged, decidedAt.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** Whether it was decided by the case's deadline. */
    public boolean withinDeadline() {
        return !decidedAt.atZone(ZoneOffset.UTC).toLocalDate().isAfter(deadline);
    }
}
