package casedesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One decision as the supervisor's browser lists it: the case, the applicant, what was decided, by
 * whom and when, whether it went against the verdicts it was taken on (issued while a rule failed, or
 * refused while every rule passed), the path the means were shown by and the signals the documents
 * raised; and the workstation it was imported from ("" for this caseload's own).
 */
public record DecisionSummary(long decisionId, CaseReference reference, String applicant, LocalDate lodged,
        LocalDate deadline, Outcome outcome, String decidedBy, Instant decidedAt, boolean againstVerdicts,
        DecisionFacts.Path path, List<String> signals, List<Integer> refusalGrounds, String workstation) {

    /** What the browser can sort decisions by: each a column, each sorted by the database. */
    public enum Order {
        CASE,
        APPLICANT,
        OUTCOME,
        DECIDED_BY,
        DECIDED_AT,
        DAYS,
        DEADLINE,
        AGAINST,
        WORKSTATION
    }

    public DecisionSummary {
        signals = List.copyOf(signals);
        refusalGrounds = List.copyOf(refusalGrounds);
        workstation = workstation == null ? "" : workstation;
    }

    /** Whether it was taken on this workstation, not imported from another's bundle. */
    public boolean local() {
        return workstation.isEmpty();
    }

    /** The day it was decided on (UTC, as the filters count). */
    public LocalDate decidedOn() {
        return decidedAt.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Days from lodging to the decision. */
    public long daysToDecision() {
        return ChronoUnit.DAYS.between(lodged, decidedOn());
    }

    /** Whether it was decided by the case's deadline. */
    public boolean withinDeadline() {
        return !decidedOn().isAfter(deadline);
    }

    /** Within the 15 days, by the extended deadline, or late. */
    public DecisionFilter.Timeliness timeliness() {
        return daysToDecision() <= 15 ? DecisionFilter.Timeliness.WITHIN_15_DAYS
                : withinDeadline() ? DecisionFilter.Timeliness.BY_EXTENDED_DEADLINE : DecisionFilter.Timeliness.LATE;
    }
}
