package casedesk.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One rule's verdict on a case: which rule, under which rule-set version, the status, a sentence
 * carrying the actual numbers, the ids of the figures it rests on, and a refusal ground where one fits.
 */
public record Verdict(
        String rule,
        String ruleSetVersion,
        VerdictStatus status,
        String explanation,
        List<Long> evidenceFigureIds,
        OptionalInt suggestedGround) {

    public Verdict {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleSetVersion, "rule set version");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        evidenceFigureIds = List.copyOf(evidenceFigureIds);
        Objects.requireNonNull(suggestedGround, "suggested ground");
    }
}
