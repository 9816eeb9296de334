package casedesk.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a supervisor filters and counts decisions by, as the decision's snapshot holds it: how the
 * applicant showed means, whether the officer decided against the verdicts, which tamper signals the
 * documents raised, the rule-set version, and the Sesame score that was accepted, if one was.
 *
 * @param signals the codes of the signals raised, each once, in the order first met
 * @param topSeverity the strongest of those signals; empty when none was raised
 * @param ruleSet the rule-set version of the verdicts; empty for a decision taken before any evaluation
 */
public record DecisionFacts(Path path, boolean against, List<String> signals, Optional<Severity> topSeverity,
        Optional<String> ruleSet, OptionalInt sesameScore) {

    /** How the applicant showed means: a Sesame report accepted in lieu of bank statements, or the bank documents. */
    public enum Path {
        SESAME,
        BANK,
        /** The case was decided before it was evaluated: no path was taken. */
        NONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Path fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public DecisionFacts {
        Objects.requireNonNull(path, "path");
        signals = List.copyOf(signals);
        Objects.requireNonNull(topSeverity, "top severity");
        Objects.requireNonNull(ruleSet, "rule set");
        Objects.requireNonNull(sesameScore, "score");
    }

    /**
     * How a decision goes against the verdicts, if it does: issuing while a rule fails, or refusing
     * while every rule passes. In English, for logs and scripts.
     */
    public static Optional<String> against(Outcome outcome, List<Verdict> verdicts) {
        if (outcome == Outcome.ISSUE) {
            List<String> failed = verdicts.stream()
                    .filter(v -> v.status() == VerdictStatus.FAIL).map(Verdict::rule).toList();
            if (!failed.isEmpty()) {
                return Optional.of("Issuing although " + String.join(", ", failed) + " failed.");
            }
        }
        if (outcome == Outcome.REFUSE && !verdicts.isEmpty()
                && verdicts.stream().allMatch(v -> v.status() == VerdictStatus.PASS)) {
            return Optional.of("Refusing although every rule passed.");
        }
        return Optional.empty();
    }
}
