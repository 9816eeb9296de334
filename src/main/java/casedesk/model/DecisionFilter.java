package casedesk.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which decisions a supervisor looks at: each criterion empty (or false) lets every decision through.
 * The browser, the statistics and the reports all take one, so that a chart clicked and a report
 * exported show the same decisions as the table.
 *
 * @param from the first day decided on, inclusive (UTC)
 * @param to the last day decided on, inclusive (UTC)
 * @param signal a signal code the documents raised, or {@link #ANY_SIGNAL} for any signal at all
 * @param differsToday only decisions whose verdicts would differ under the rules in force today
 *     (this caseload's own: an imported decision has no case here to evaluate)
 * @param workstation only the decisions of one workstation: its label, or "" for this caseload's own
 */
public record DecisionFilter(Optional<String> officer, Optional<LocalDate> from, Optional<LocalDate> to,
        Optional<Outcome> outcome, Optional<DecisionFacts.Path> path, boolean againstOnly, Optional<String> signal,
        Optional<Integer> ground, Optional<Timeliness> timeliness, boolean differsToday, Optional<String> workstation) {

    /** The signal criterion that lets through every decision whose documents raised any signal. */
    public static final String ANY_SIGNAL = "*";

    /** Every decision. */
    public static final DecisionFilter ALL = new DecisionFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), false,
            Optional.empty());

    /** How soon after lodging a case was decided (Visa Code Art. 23: 15 days, extendable to 45). */
    public enum Timeliness {
        /** Within the 15 days of Art. 23(1). */
        WITHIN_15_DAYS,
        /** Later than 15 days, but by the case's deadline as extended. */
        BY_EXTENDED_DEADLINE,
        /** After the case's deadline. */
        LATE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Timeliness fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public DecisionFilter {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(workstation, "workstation");
        officer = officer.map(String::strip).filter(name -> !name.isEmpty());
        signal = signal.map(String::strip).filter(code -> !code.isEmpty());
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the period ends (" + to.get() + ") before it begins (" + from.get() + ")");
        }
    }

    public DecisionFilter withWorkstation(String label) {
        return new DecisionFilter(officer, from, to, outcome, path, againstOnly, signal, ground, timeliness, differsToday,
                Optional.ofNullable(label));
    }

    public DecisionFilter withOfficer(String name) {
        return new DecisionFilter(Optional.ofNullable(name), from, to, outcome, path, againstOnly, signal, ground,
                timeliness, differsToday, workstation);
    }

    public DecisionFilter withPeriod(LocalDate first, LocalDate last) {
        return new DecisionFilter(officer, Optional.ofNullable(first), Optional.ofNullable(last), outcome, path,
                againstOnly, signal, ground, timeliness, differsToday, workstation);
    }

    public DecisionFilter withOutcome(Outcome value) {
        return new DecisionFilter(officer, from, to, Optional.ofNullable(value), path, againstOnly, signal, ground,
                timeliness, differsToday, workstation);
    }

    public DecisionFilter withPath(DecisionFacts.Path value) {
        return new DecisionFilter(officer, from, to, outcome, Optional.ofNullable(value), againstOnly, signal, ground,
                timeliness, differsToday, workstation);
    }

    public DecisionFilter withAgainstOnly(boolean value) {
        return new DecisionFilter(officer, from, to, outcome, path, value, signal, ground, timeliness, differsToday, workstation);
    }

    public DecisionFilter withSignal(String code) {
        return new DecisionFilter(officer, from, to, outcome, path, againstOnly, Optional.ofNullable(code), ground,
                timeliness, differsToday, workstation);
    }

    public DecisionFilter withGround(Integer value) {
        return new DecisionFilter(officer, from, to, outcome, path, againstOnly, signal, Optional.ofNullable(value),
                timeliness, differsToday, workstation);
    }

    public DecisionFilter withTimeliness(Timeliness value) {
        return new DecisionFilter(officer, from, to, outcome, path, againstOnly, signal, ground,
                Optional.ofNullable(value), differsToday, workstation);
    }

    public DecisionFilter withDiffersToday(boolean value) {
        return new DecisionFilter(officer, from, to, outcome, path, againstOnly, signal, ground, timeliness, value, workstation);
    }

    /** The criteria in force, in English, for a report's heading: "all decisions" when none is. */
    public String describe() {
        return phrase().english();
    }

    /** What the filter lets through, in words for a report: "officer amartin; decided from 2026-11-01". */
    public Phrase phrase() {
        java.util.List<Phrase> parts = new java.util.ArrayList<>();
        officer.ifPresent(name -> parts.add(Phrase.of("filter.officer", name)));
        if (from.isPresent() || to.isPresent()) {
            java.util.List<Phrase> range = new java.util.ArrayList<>();
            from.ifPresent(day -> range.add(Phrase.of("filter.from", day)));
            to.ifPresent(day -> range.add(Phrase.of("filter.to", day)));
            parts.add(Phrase.of("filter.decided", Phrase.join(" ", range)));
        }
        outcome.ifPresent(value -> parts.add(Phrase.of("filter.outcome", Phrase.of("outcome." + value.code()))));
        path.ifPresent(value -> parts.add(Phrase.of("filter.path", Phrase.of("path." + value.code()))));
        if (againstOnly) {
            parts.add(Phrase.of("filter.against"));
        }
        signal.ifPresent(code -> parts.add(code.equals(ANY_SIGNAL) ? Phrase.of("filter.any-signal")
                : Phrase.of("filter.signal", code)));
        ground.ifPresent(value -> parts.add(Phrase.of("filter.ground", value)));
        timeliness.ifPresent(value -> parts.add(Phrase.of("filter.timeliness." + value.code())));
        if (differsToday) {
            parts.add(Phrase.of("filter.differs"));
        }
        workstation.ifPresent(label -> parts.add(label.isEmpty() ? Phrase.of("filter.own")
                : Phrase.of("filter.workstation", label)));
        return parts.isEmpty() ? Phrase.of("filter.all") : Phrase.join("; ", parts);
    }
}
