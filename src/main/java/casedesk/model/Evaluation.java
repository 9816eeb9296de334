package casedesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One run of a rule set over a case: the rule-set version, the SHA-256 of the inputs it read (so that
 * it can be reproduced and compared later), and the verdicts in display order.
 */
public record Evaluation(String ruleSetVersion, String inputsSha256, Instant evaluatedAt, List<Verdict> verdicts) {

    public Evaluation {
        Objects.requireNonNull(ruleSetVersion, "rule set version");
        Objects.requireNonNull(inputsSha256, "inputs hash");
        Objects.requireNonNull(evaluatedAt, "evaluated at");
        verdicts = List.copyOf(verdicts);
    }
}
