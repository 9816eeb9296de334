package casedesk.cli;

import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.evidence.Extractor;
import casedesk.json.Json;
import casedesk.model.CaseReference;
import casedesk.model.Evaluation;
import casedesk.model.StoredFigure;
import casedesk.model.Verdict;
import casedesk.review.Evaluations;
import casedesk.review.Review;
import casedesk.rules.Evaluator;
import casedesk.rules.RuleSet;
import casedesk.rules.Summary;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", description = {
        "The rule verdicts for one case under the rule set in force today, stored with the rule-set version",
        "and a hash of everything they read. With --rule-set, the verdicts under another version, not stored,",
        "and what changes against the stored evaluation."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The caseload file.")
    Path db;

    @Parameters(paramLabel = "REF", description = "The case, e.g. LU-SHA-2026-000123.")
    String reference;

    @Option(names = "--json", description = "JSON for scripts.")
    boolean json;

    @Option(names = "--rule-set", paramLabel = "VERSION", description = "Evaluate under this version instead, without storing.")
    String ruleSetVersion;

    @Option(names = "--as-of", paramLabel = "DATE", description = "With --rule-set: the day to evaluate as of (default today).")
    LocalDate asOf;

    @Mixin
    SignIn signIn;

    @Override
    public Integer call() {
        Existing.requireFile(db);
        CaseReference ref;
        try {
            ref = new CaseReference(reference);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage() + ".");
        }
        try (Caseload caseload = Caseload.open(db)) {
            // Storing an evaluation is an officer's work, done in their name; evaluating under another
            // rule set stores nothing, but reads the sealed figures, so it signs in too.
            Optional<Session> session = ruleSetVersion == null ? Optional.of(signIn.signIn(caseload))
                    : signIn.signInToRead(caseload);
            session.ifPresent(signedIn -> signedIn.require(Permission.READ_CASES));
            Evaluations evaluator = new Evaluations(caseload, Clock.systemDefaultZone());
            Evaluation evaluation;
            Optional<List<Evaluator.Change>> changes = Optional.empty();
            if (ruleSetVersion == null) {
                if (asOf != null) {
                    throw new BadInput("--as-of goes with --rule-set; a stored evaluation is as of today.");
                }
                evaluation = new Review(caseload, Extractor.withDefaults(), Clock.systemDefaultZone())
                        .evaluate(session.get(), ref);
            } else {
                RuleSet ruleSet = evaluator.ruleSets().version(ruleSetVersion).orElseThrow(() -> new BadInput(
                        "There is no rule set " + ruleSetVersion + "; 'casedesk rules show' lists them."));
                evaluation = evaluator.evaluate(ref, ruleSet, asOf == null ? LocalDate.now() : asOf);
                Optional<Evaluation> stored = caseload.evaluations().latest(ref);
                if (stored.isPresent()) {
                    changes = Optional.of(Evaluator.compare(stored.get(), evaluation));
                }
            }
            Map<Long, StoredFigure> figures = caseload.evidence().figuresOfCase(ref).stream()
                    .collect(Collectors.toMap(StoredFigure::id, Function.identity()));
            Map<Long, String> files = caseload.documents().forCase(ref).stream()
                    .collect(Collectors.toMap(d -> d.id(), d -> d.fileName()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.canonical(json(ref, evaluation, changes, figures, files)));
            } else {
                print(ref, evaluation, changes, out);
            }
            out.flush();
        }
        return Cli.OK;
    }

    private static ObjectNode json(CaseReference ref, Evaluation evaluation, Optional<List<Evaluator.Change>> changes,
            Map<Long, StoredFigure> figures, Map<Long, String> files) {
        ObjectNode node = Json.object().put("case", ref.value()).put("version", evaluation.ruleSetVersion())
                .put("inputs_sha256", evaluation.inputsSha256())
                .put("summary", Summary.of(evaluation.verdicts()).code());
        ArrayNode verdicts = node.putArray("verdicts");
        for (Verdict verdict : evaluation.verdicts()) {
            ObjectNode v = verdicts.addObject().put("rule", verdict.rule()).put("version", verdict.ruleSetVersion())
                    .put("status", verdict.status().name()).put("explanation", verdict.explanation());
            ArrayNode evidence = v.putArray("evidence");
            for (Long id : verdict.evidenceFigureIds()) {
                StoredFigure figure = figures.get(id);
                if (figure == null) {
                    continue;
                }
                ObjectNode e = evidence.addObject().put("figure", id).put("name", figure.figure().name())
                        .put("document", files.getOrDefault(figure.documentId(), "")).put("page", figure.figure().page());
                e.putArray("bbox").add(figure.figure().box().x()).add(figure.figure().box().y())
                        .add(figure.figure().box().width()).add(figure.figure().box().height());
            }
            if (verdict.suggestedGround().isPresent()) {
                v.put("ground", verdict.suggestedGround().getAsInt());
            } else {
                v.putNull("ground");
            }
        }
        ArrayNode changed = node.putArray("changes");
        for (Evaluator.Change change : changes.orElse(List.of())) {
            changed.addObject().put("rule", change.rule())
                    .put("before", change.before().map(v -> v.status().name()).orElse(null))
                    .put("after", change.after().map(v -> v.status().name()).orElse(null))
                    .put("explanation", change.after().map(Verdict::explanation).orElse(""));
        }
        return node;
    }

    private static void print(CaseReference ref, Evaluation evaluation, Optional<List<Evaluator.Change>> changes,
            PrintWriter out) {
        out.println("%s under rule set %s: %s".formatted(ref, evaluation.ruleSetVersion(),
                Summary.of(evaluation.verdicts()).words()));
        for (Verdict verdict : evaluation.verdicts()) {
            String ground = verdict.suggestedGround().isPresent() && verdict.status() != casedesk.model.VerdictStatus.PASS
                    ? " [ground " + verdict.suggestedGround().getAsInt() + "]" : "";
            out.println("  %-7s %-14s %s%s".formatted(verdict.status(), verdict.rule(), verdict.explanation(), ground));
        }
        if (changes.isPresent() && changes.get().isEmpty()) {
            out.println("No verdict differs from the stored evaluation.");
        } else if (changes.isPresent()) {
            out.println("Compared with the stored evaluation:");
            changes.get().forEach(change -> out.println("  " + change.describe()));
        }
        out.println("Inputs SHA-256: " + evaluation.inputsSha256());
    }
}
