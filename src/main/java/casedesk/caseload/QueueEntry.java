package casedesk.caseload;

import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One line of the queue: what the officer needs to pick the next case, and no more. */
public record QueueEntry(
        CaseReference reference,
        String surname,
        String givenNames,
        String nativeName,
        LocalDate lodged,
        LocalDate deadline,
        CaseStatus status) {

    public String latinName() {
        return givenNames.isBlank() ? surname : surname + " " + givenNames;
    }

    /** Days until the deadline as seen on {@code today}; negative when overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
