package casedesk.decision;

import casedesk.caseload.Caseload;
import casedesk.caseload.DecisionSnapshot;
import casedesk.json.Json;
import casedesk.json.PhraseJson;
import casedesk.model.Box;
import casedesk.model.CaseReference;
import casedesk.model.Decision;
import casedesk.model.DecisionFacts;
import casedesk.model.Document;
import casedesk.model.Evaluation;
import casedesk.model.Outcome;
import casedesk.model.StoredFigure;
import casedesk.model.TamperSignal;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import casedesk.model.VisaCase;
import casedesk.security.Sha256;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Records an officer's decision. It freezes a snapshot of what the decision rests on (the
 * documents and their hashes, every figure and signal, the verdicts and the rule-set version in
 * force), insists on a written reason when the decision goes against the verdicts, and supersedes
 * the case's earlier decision, if any, rather than changing it. Asking for documents extends the
 * decision deadline to the longest the Visa Code allows (Art. 23(2)).
 */
public final class DecisionService {

    /** What the officer asks for. */
    public record Request(
            CaseReference reference,
            Outcome outcome,
            List<Integer> refusalGrounds,
            String note,
            String deviationReason,
            String decidedBy,
            Instant decidedAt) {

        public Request {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(outcome, "outcome");
            refusalGrounds = List.copyOf(refusalGrounds);
            note = Objects.requireNonNullElse(note, "").strip();
            deviationReason = Objects.requireNonNullElse(deviationReason, "").strip();
            Objects.requireNonNull(decidedBy, "decided by");
            Objects.requireNonNull(decidedAt, "decided at");
        }
    }

    /** Why a decision was not recorded: the rule it broke, and a sentence in English for logs and scripts. */
    public static final class Refused extends RuntimeException {

        private final Reason reason;

        public Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** The rules a decision must keep; the desk says each in the officer's language. */
    public enum Reason {
        NO_ACTIVE_USER,
        NO_REFUSAL_GROUND,
        GROUNDS_WITHOUT_REFUSAL,
        REASON_NEEDED,
        DOCUMENTS_NOT_NAMED,
        DECIDED_BY_ANOTHER;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Caseload caseload;

    public DecisionService(Caseload caseload) {
        this.caseload = caseload;
    }

    public Decision decide(Request request) {
        return caseload.inTransaction(() -> {
            VisaCase visaCase = caseload.cases().get(request.reference());
            if (caseload.users().find(request.decidedBy()).filter(u -> u.active()).isEmpty()) {
                throw new Refused(Reason.NO_ACTIVE_USER, "There is no active user '" + request.decidedBy() + "' to decide.");
            }
            Optional<Decision> previous = caseload.decisions().latest(visaCase.reference());
            if (visaCase.status().isDecided() && previous.isPresent()
                    && !previous.get().decidedBy().equals(request.decidedBy())) {
                // A visa issued or refused is another officer's decision: only they may supersede it.
                throw new Refused(Reason.DECIDED_BY_ANOTHER, "The case was decided by " + previous.get().decidedBy()
                        + "; only they can record a decision that supersedes theirs.");
            }
            Optional<Evaluation> evaluation = caseload.evaluations().latest(visaCase.reference());
            List<Verdict> verdicts = evaluation.map(Evaluation::verdicts).orElse(List.of());
            incomplete(request.outcome(), request.refusalGrounds(), request.note(), request.deviationReason(), verdicts)
                    .ifPresent(refused -> {
                        throw refused;
                    });
            if (request.outcome() == Outcome.REQUEST_DOCUMENTS && visaCase.deadline().isBefore(visaCase.longestDeadline())) {
                // Art. 23(2): waiting for the applicant's documents is what the extended period is for.
                caseload.cases().extendDeadline(visaCase.reference(), visaCase.longestDeadline(),
                        "documents requested", request.decidedBy());
            }
            String snapshot = Json.canonical(snapshot(visaCase, evaluation));
            OptionalLong supersedes = previous.map(p -> OptionalLong.of(p.id())).orElse(OptionalLong.empty());
            return caseload.decisions().record(new Decision(0, visaCase.reference(), request.outcome(),
                    request.refusalGrounds(), request.note(), request.deviationReason(), request.decidedBy(),
                    request.decidedAt(), snapshot, Sha256.hex(snapshot), supersedes), request.decidedBy());
        });
    }

    /**
     * What the decision lacks, if anything, for the rules a decision must keep whatever the case
     * holds: a ground for a refusal (and none otherwise), the documents a request asks for, a written
     * reason to decide against the verdicts. The desk asks this before it asks the officer to
     * confirm; {@link #decide} asks it again.
     */
    public static Optional<Refused> incomplete(Outcome outcome, List<Integer> refusalGrounds, String note,
            String deviationReason, List<Verdict> verdicts) {
        if (outcome == Outcome.REFUSE && refusalGrounds.isEmpty()) {
            return Optional.of(new Refused(Reason.NO_REFUSAL_GROUND, "A refusal needs at least one refusal ground."));
        }
        if (outcome != Outcome.REFUSE && !refusalGrounds.isEmpty()) {
            return Optional.of(new Refused(Reason.GROUNDS_WITHOUT_REFUSAL, "Refusal grounds go with a refusal only."));
        }
        if (outcome == Outcome.REQUEST_DOCUMENTS && note.isBlank()) {
            return Optional.of(new Refused(Reason.DOCUMENTS_NOT_NAMED,
                    "A request for documents must say which documents, in its note."));
        }
        Optional<String> conflict = against(outcome, verdicts);
        if (conflict.isPresent() && deviationReason.isBlank()) {
            return Optional.of(new Refused(Reason.REASON_NEEDED,
                    conflict.get() + " A written reason is needed to decide against the verdicts."));
        }
        return Optional.empty();
    }

    /**
     * How a decision goes against the verdicts, if it does: issuing while a rule fails, or refusing
     * while every rule passes.
     */
    public static Optional<String> against(Outcome outcome, List<Verdict> verdicts) {
        return DecisionFacts.against(outcome, verdicts);
    }

    private ObjectNode snapshot(VisaCase visaCase, Optional<Evaluation> evaluation) {
        ObjectNode snapshot = Json.object();
        snapshot.put("case", visaCase.reference().value());
        snapshot.put("lodged", visaCase.lodged().toString());
        snapshot.put("entry", visaCase.trip().entry().toString());
        snapshot.put("exit", visaCase.trip().exit().toString());
        ArrayNode documents = snapshot.putArray("documents");
        for (Document document : caseload.documents().forCase(visaCase.reference())) {
            ObjectNode node = documents.addObject()
                    .put("id", document.id())
                    .put("file", document.fileName())
                    .put("kind", document.kind().code())
                    .put("sha256", document.sha256())
                    .put("pages", document.pages());
            caseload.evidence().reading(document.id()).ifPresent(reading -> {
                ObjectNode r = node.putObject("reading").put("status", reading.status().code());
                ArrayNode unproven = r.putArray("unprovenRows");
                reading.unprovenRows().forEach(unproven::add);
            });
            ArrayNode signals = node.putArray("signals");
            for (TamperSignal signal : caseload.evidence().signals(document.id())) {
                ObjectNode s = signals.addObject()
                        .put("code", signal.code())
                        .put("severity", signal.severity().code())
                        .put("detail", signal.detail());
                s.set("phrase", PhraseJson.write(signal.phrase()));
                signal.page().ifPresent(page -> s.put("page", page));
                signal.box().ifPresent(box -> s.set("bbox", box(box)));
            }
        }
        ArrayNode figures = snapshot.putArray("figures");
        for (StoredFigure stored : caseload.evidence().figuresOfCase(visaCase.reference())) {
            ObjectNode node = figures.addObject()
                    .put("id", stored.id())
                    .put("document", stored.documentId())
                    .put("name", stored.figure().name())
                    .put("value", stored.figure().value().canonical())
                    .put("page", stored.figure().page())
                    .put("text", stored.figure().sourceText());
            stored.figure().currencyCode().ifPresent(currency -> node.put("currency", currency));
            node.set("bbox", box(stored.figure().box()));
            stored.correction().ifPresent(correction -> node.put("correctedBy", correction.by())
                    .put("correctedAt", correction.at().toString()));
        }
        if (evaluation.isPresent()) {
            snapshot.put("ruleSet", evaluation.get().ruleSetVersion());
            snapshot.put("inputsSha256", evaluation.get().inputsSha256());
            ArrayNode verdicts = snapshot.putArray("verdicts");
            for (Verdict verdict : evaluation.get().verdicts()) {
                ObjectNode node = verdicts.addObject()
                        .put("rule", verdict.rule())
                        .put("status", verdict.status().name())
                        .put("explanation", verdict.explanation());
                node.set("phrase", PhraseJson.write(verdict.phrase()));
                ArrayNode evidence = node.putArray("evidence");
                verdict.evidenceFigureIds().forEach(evidence::add);
                verdict.suggestedGround().ifPresent(ground -> node.put("ground", ground));
            }
        } else {
            snapshot.putNull("ruleSet");
            snapshot.putArray("verdicts");
        }
        return snapshot;
    }

    /**
     * The evaluation a decision was taken on, as its snapshot froze it: the rule-set version and
     * each verdict with its evidence. Empty for a snapshot that holds no verdicts (a decision taken
     * before the case was evaluated, or one from before snapshots kept them).
     */
    public static Optional<Evaluation> decidedOn(Decision decision) {
        return DecisionSnapshot.decidedOn(decision);
    }

    /** The documents a decision was taken on and where its figures stood on their pages, as its snapshot froze them. */
    public static casedesk.model.DecidedEvidence evidenceOf(Decision decision) {
        return DecisionSnapshot.evidence(decision);
    }

    private static ArrayNode box(Box box) {
        return Json.array().add(box.x()).add(box.y()).add(box.width()).add(box.height());
    }
}
