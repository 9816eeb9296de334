package casedesk.caseload;

import casedesk.json.Json;
import casedesk.json.PhraseJson;
import casedesk.model.DecidedEvidence;
import casedesk.model.Decision;
import casedesk.model.DecisionFacts;
import casedesk.model.Evaluation;
import casedesk.model.Outcome;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads what a decision's snapshot froze: the evaluation it was taken on, and the facts a
 * supervisor filters decisions by. The one place that knows the snapshot's layout besides the
 * service that writes it.
 */
public final class DecisionSnapshot {

    private DecisionSnapshot() {
    }

    /**
     * The evaluation a decision was taken on: the rule-set version and each verdict with its
     * evidence. Empty for a snapshot that holds no verdicts (a decision taken before the case was
     * evaluated, or one from before snapshots kept them).
     */
    public static Optional<Evaluation> decidedOn(Decision decision) {
        return parse(decision.snapshot()).flatMap(snapshot -> evaluation(snapshot, decision.decidedAt()));
    }

    /**
     * The documents a decision was taken on, in the snapshot's order, and where each figure stood on
     * its page (a figure with no readable box is left out); none for a snapshot that names none.
     */
    public static DecidedEvidence evidence(Decision decision) {
        return evidence(decision.snapshot());
    }

    /** The same, from a snapshot's text (a bundle's, before its decision is read). */
    static DecidedEvidence evidence(String snapshot) {
        List<DecidedEvidence.DecidedDocument> documents = new ArrayList<>();
        java.util.Map<Long, DecidedEvidence.DecidedFigure> figures = new java.util.LinkedHashMap<>();
        parse(snapshot).ifPresent(root -> {
            for (JsonNode node : root.path("documents")) {
                if (node.path("sha256").isTextual()) {
                    documents.add(new DecidedEvidence.DecidedDocument(node.path("id").asLong(), node.path("file").asText(""),
                            node.path("kind").asText(""), node.path("sha256").asText(), Math.max(0, node.path("pages").asInt())));
                }
            }
            for (JsonNode node : root.path("figures")) {
                JsonNode box = node.path("bbox");
                if (box.isArray() && box.size() == 4 && node.path("page").asInt() >= 1) {
                    try {
                        figures.put(node.path("id").asLong(), new DecidedEvidence.DecidedFigure(node.path("id").asLong(),
                                node.path("document").asLong(), node.path("name").asText(""), node.path("page").asInt(),
                                new casedesk.model.Box(box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(),
                                        box.get(3).asDouble())));
                    } catch (IllegalArgumentException e) {
                        // A box no page can hold: the figure is not shown on the page.
                    }
                }
            }
        });
        return new DecidedEvidence(documents, figures);
    }

    /** What the browser and the statistics count a decision by, read from its snapshot. */
    public static DecisionFacts facts(Outcome outcome, String snapshot) {
        Optional<JsonNode> parsed = parse(snapshot);
        if (parsed.isEmpty()) {
            return new DecisionFacts(DecisionFacts.Path.NONE, false, List.of(), Optional.empty(), Optional.empty(),
                    OptionalInt.empty());
        }
        JsonNode root = parsed.get();
        Optional<Evaluation> evaluation = evaluation(root, java.time.Instant.EPOCH);
        List<Verdict> verdicts = evaluation.map(Evaluation::verdicts).orElse(List.of());
        Optional<Verdict> sesame = verdicts.stream().filter(v -> v.rule().equals("sesame")).findFirst();
        DecisionFacts.Path path = evaluation.isEmpty() ? DecisionFacts.Path.NONE
                : sesame.filter(v -> v.status() == VerdictStatus.PASS).isPresent() ? DecisionFacts.Path.SESAME
                        : DecisionFacts.Path.BANK;
        OptionalInt score = OptionalInt.empty();
        if (path == DecisionFacts.Path.SESAME) {
            Set<Long> evidence = new HashSet<>(sesame.get().evidenceFigureIds());
            for (JsonNode figure : root.path("figures")) {
                if (figure.path("name").asText().equals("score") && evidence.contains(figure.path("id").asLong())) {
                    try {
                        score = OptionalInt.of(Integer.parseInt(figure.path("value").asText().strip()));
                    } catch (NumberFormatException e) {
                        // A score that is not a whole number was never accepted; leave it out.
                    }
                    break;
                }
            }
        }
        Set<String> signals = new LinkedHashSet<>();
        Severity top = null;
        for (JsonNode document : root.path("documents")) {
            for (JsonNode signal : document.path("signals")) {
                signals.add(signal.path("code").asText());
                Severity severity = severity(signal.path("severity").asText());
                if (severity != null && (top == null || severity.compareTo(top) > 0)) {
                    top = severity;
                }
            }
        }
        return new DecisionFacts(path, DecisionFacts.against(outcome, verdicts).isPresent(), new ArrayList<>(signals),
                Optional.ofNullable(top), evaluation.map(Evaluation::ruleSetVersion), score);
    }

    private static Severity severity(String code) {
        try {
            return Severity.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<JsonNode> parse(String snapshot) {
        try {
            return Optional.of(Json.parse(snapshot));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Evaluation> evaluation(JsonNode snapshot, java.time.Instant decidedAt) {
        if (!snapshot.path("ruleSet").isTextual() || !snapshot.path("verdicts").isArray()
                || snapshot.path("verdicts").isEmpty()) {
            return Optional.empty();
        }
        String ruleSet = snapshot.get("ruleSet").asText();
        List<Verdict> verdicts = new ArrayList<>();
        for (JsonNode node : snapshot.get("verdicts")) {
            List<Long> evidence = new ArrayList<>();
            node.path("evidence").forEach(id -> evidence.add(id.asLong()));
            VerdictStatus status;
            try {
                status = VerdictStatus.valueOf(node.path("status").asText());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            String explanation = node.path("explanation").asText();
            verdicts.add(new Verdict(node.path("rule").asText(), ruleSet, status, explanation,
                    PhraseJson.read(node.get("phrase")).orElse(Phrase.text(explanation)), evidence,
                    node.has("ground") ? OptionalInt.of(node.get("ground").asInt()) : OptionalInt.empty()));
        }
        return Optional.of(new Evaluation(ruleSet, snapshot.path("inputsSha256").asText(""), decidedAt, verdicts));
    }
}
