package casedesk.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The intended stay. Both the day of entry and the day of exit count as days of stay. */
public record Trip(LocalDate entry, LocalDate exit, String purpose, String destination, String visaType) {

    public Trip {
        Objects.requireNonNull(entry, "entry date");
        Objects.requireNonNull(exit, "exit date");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(visaType, "visa type");
        if (exit.isBefore(entry)) {
            throw new IllegalArgumentException("exit date " + exit + " is before entry date " + entry);
        }
        if (!destination.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("destination '" + destination + "' is not a two-letter Member State code");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(entry, exit) + 1;
    }
}
