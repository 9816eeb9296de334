package casedesk.caseload;

import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Trip;
import casedesk.model.VisaCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Small, readable case data for store tests. */
final class Samples {

    /** The wrapping key of test accounts made with no real password: {@code caseload.unlock(name, WRAPPING_KEY)}. */
    static final byte[] WRAPPING_KEY = new byte[32];

    /** Unlocks a reopened caseload with the first test account that holds its key, as signing in would. */
    static void unlock(Caseload caseload) {
        for (var user : caseload.users().all()) {
            try {
                caseload.unlock(user.username(), WRAPPING_KEY);
                return;
            } catch (CaseloadException e) {
                // that account was made another way; try the next
            }
        }
    }


    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);

    private Samples() {
    }

    static VisaCase wang(int serial) {
        return VisaCase.lodged(CaseReference.of("LU", "SHA", 2026, serial), LocalDate.of(2026, 11, 2),
                new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678",
                        "310101198804171234"),
                new Trip(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24), "tourism", "LU", "C"));
    }

    static VisaCase person(int serial, String surname, String given, String nativeName, String passport,
            LocalDate lodged) {
        return VisaCase.lodged(CaseReference.of("LU", "SHA", 2026, serial), lodged,
                new Applicant(surname, given, nativeName, LocalDate.of(1990, 1, 1), "CHN", passport, "110101199001011237"),
                new Trip(lodged.plusDays(30), lodged.plusDays(40), "tourism", "LU", "C"));
    }
}
