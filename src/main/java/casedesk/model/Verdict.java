package casedesk.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One rule's verdict on a case: which rule, under which rule-set version, the status, a sentence
 * carrying the actual numbers, the ids of the figures it rests on, and a refusal ground where one fits.
 *
 * <p>The sentence is kept twice over: {@code explanation} is its English, as the record keeps it and
 * the command line prints it; {@code phrase} is what it says, for a reader in another language. A
 * verdict from before phrases were kept has its English as its phrase.
 */
public record Verdict(
        String rule,
        String ruleSetVersion,
        VerdictStatus status,
        String explanation,
        Phrase phrase,
        List<Long> evidenceFigureIds,
        OptionalInt suggestedGround) {

    public Verdict {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleSetVersion, "rule set version");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(phrase, "phrase");
        evidenceFigureIds = List.copyOf(evidenceFigureIds);
        Objects.requireNonNull(suggestedGround, "suggested ground");
    }

    /** A verdict saying {@code phrase}, in English in the record. */
    public Verdict(String rule, String ruleSetVersion, VerdictStatus status, Phrase phrase, List<Long> evidenceFigureIds,
            OptionalInt suggestedGround) {
        this(rule, ruleSetVersion, status, phrase.english(), phrase, evidenceFigureIds, suggestedGround);
    }

    /** A verdict whose sentence is known only in English (one recorded before phrases were kept). */
    public Verdict(String rule, String ruleSetVersion, VerdictStatus status, String explanation,
            List<Long> evidenceFigureIds, OptionalInt suggestedGround) {
        this(rule, ruleSetVersion, status, explanation, Phrase.text(explanation), evidenceFigureIds, suggestedGround);
    }
}
