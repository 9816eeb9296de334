package casedesk.model;

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
        CaseStatus status,
        VerdictCounts verdicts) {

    /** How the latest evaluation's verdicts stand, at a glance; all zero before any evaluation. */
    public record VerdictCounts(int pass, int fail, int review, int missing) {
        public static final VerdictCounts NONE = new VerdictCounts(0, 0, 0, 0);

        public static VerdictCounts of(String statuses) {
            if (statuses == null || statuses.isEmpty()) {
                return NONE;
            }
            int pass = 0;
            int fail = 0;
            int review = 0;
            int missing = 0;
            for (String status : statuses.split(",")) {
                switch (status) {
                    case "PASS" -> pass++;
                    case "FAIL" -> fail++;
                    case "REVIEW" -> review++;
                    default -> missing++;
                }
            }
            return new VerdictCounts(pass, fail, review, missing);
        }

        public boolean evaluated() {
            return pass + fail + review + missing > 0;
        }
    }

    public String latinName() {
        return givenNames.isBlank() ? surname : surname + " " + givenNames;
    }

    /** Days until the deadline as seen on {@code today}; negative when overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
