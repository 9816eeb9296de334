package casedesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The supervisor's statistics over the decisions a filter lets through, each counted by the
 * database: decisions per week by outcome, each officer's decisions and overrides, the refusal
 * grounds used, Sesame-path issuances and their scores, how soon cases were decided, and the signals
 * raised with what was decided on them.
 */
public record DecisionStatistics(long decisions, List<Week> weeks, List<Officer> officers, List<Ground> grounds,
        long sesameIssuances, List<ScoreBand> sesameScores, List<Timely> timeliness, List<Signal> signals) {

    public DecisionStatistics {
        weeks = List.copyOf(weeks);
        officers = List.copyOf(officers);
        grounds = List.copyOf(grounds);
        sesameScores = List.copyOf(sesameScores);
        timeliness = List.copyOf(timeliness);
        signals = List.copyOf(signals);
    }

    /** The decisions of the week beginning on Monday {@code monday}, of one outcome. */
    public record Week(LocalDate monday, Outcome outcome, long decisions) {
    }

    /** An officer's decisions, and how many of them went against the verdicts. */
    public record Officer(String name, long decisions, long against) {

        /** The share decided against the verdicts, 0 to 1. */
        public double overrideRate() {
            return decisions == 0 ? 0 : (double) against / decisions;
        }
    }

    /** How many refusals named a ground of the harmonised refusal form. */
    public record Ground(int ground, long refusals) {
    }

    /** Sesame-path issuances with a score from {@code low} to {@code high} inclusive. */
    public record ScoreBand(int low, int high, long issuances) {
    }

    /** How many decisions came this soon after lodging. */
    public record Timely(DecisionFilter.Timeliness timeliness, long decisions) {
    }

    /** How many decisions of one outcome were taken on documents that raised a signal. */
    public record Signal(String code, Outcome outcome, long decisions) {
    }

    /** The share of decisions taken within the 15 days of Art. 23(1), 0 to 1. */
    public double shareWithin15Days() {
        long within = timeliness.stream().filter(t -> t.timeliness() == DecisionFilter.Timeliness.WITHIN_15_DAYS)
                .mapToLong(Timely::decisions).sum();
        return decisions == 0 ? 0 : (double) within / decisions;
    }
}
