package casedesk.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One visa application. The deadline is kept rather than derived because Art. 23 allows it to be
 * extended in individual cases; a new case gets {@link #STANDARD_DECISION_DAYS} calendar days.
 */
public record VisaCase(
        CaseReference reference,
        CaseStatus status,
        LocalDate lodged,
        LocalDate deadline,
        Applicant applicant,
        Trip trip) {

    /** Visa Code Art. 23(1): a decision within 15 calendar days of lodging. */
    public static final int STANDARD_DECISION_DAYS = 15;

    /** Visa Code Art. 23(2): extendable to 45 calendar days in individual cases, e.g. to obtain documents. */
    public static final int EXTENDED_DECISION_DAYS = 45;

    public VisaCase {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lodged, "lodged date");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(trip, "trip");
        if (deadline.isBefore(lodged)) {
            throw new IllegalArgumentException("deadline " + deadline + " is before lodging " + lodged);
        }
    }

    /** A newly lodged, open case with the standard deadline. */
    public static VisaCase lodged(CaseReference reference, LocalDate lodged, Applicant applicant, Trip trip) {
        return new VisaCase(reference, CaseStatus.OPEN, lodged, lodged.plusDays(STANDARD_DECISION_DAYS),
                applicant, trip);
    }

    /** The latest deadline the Visa Code allows for this case. */
    public LocalDate longestDeadline() {
        return lodged.plusDays(EXTENDED_DECISION_DAYS);
    }

    public VisaCase withStatus(CaseStatus newStatus) {
        return new VisaCase(reference, newStatus, lodged, deadline, applicant, trip);
    }

    /** Days until the deadline as seen on {@code today}; negative when overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
