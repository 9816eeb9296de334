package casedesk.review;

import casedesk.caseload.Caseload;
import casedesk.caseload.RuleSetRepository;
import casedesk.model.CaseReference;
import casedesk.model.Evaluation;
import casedesk.rules.CaseFile;
import casedesk.rules.Evaluator;
import casedesk.rules.RuleSet;
import casedesk.rules.RuleSetFormat;
import casedesk.rules.RuleSets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules run over the caseload: a case's file read from it, the rule sets it holds, its
 * exchange rates, and the evaluation stored back. The services use it on behalf of a signed-in
 * user; the demo builder uses it directly.
 */
public final class Evaluations {

    private final Caseload caseload;
    private final Evaluator evaluator;
    private final RuleSets ruleSets;

    public Evaluations(Caseload caseload, Clock clock) {
        this.caseload = caseload;
        this.evaluator = new Evaluator(clock);
        this.ruleSets = ruleSets(caseload);
    }

    /** The built-in rule-set versions and those imported into the caseload. */
    public static RuleSets ruleSets(Caseload caseload) {
        List<RuleSet> imported = new ArrayList<>();
        for (RuleSetRepository.Stored stored : caseload.ruleSets().all()) {
            try {
                imported.add(RuleSetFormat.parseStored(stored.content()));
            } catch (RuleSetFormat.Malformed e) {
                throw new IllegalStateException("stored rule set " + stored.version() + " no longer reads: " + e.getMessage(), e);
            }
        }
        return RuleSets.withImported(imported);
    }

    public RuleSets ruleSets() {
        return ruleSets;
    }

    /** What the rules read about a case. */
    public CaseFile file(CaseReference reference) {
        return CaseFiles.load(caseload, reference);
    }

    /** Evaluates without storing: under any version, as of any day. */
    public Evaluation evaluate(CaseReference reference, RuleSet ruleSet, LocalDate asOf) {
        return evaluate(file(reference), ruleSet, asOf);
    }

    public Evaluation evaluate(CaseFile file, RuleSet ruleSet, LocalDate asOf) {
        return evaluator.evaluate(file, ruleSet, asOf, (currency, day) -> caseload.rates().onOrBefore(currency, day));
    }

    /** Evaluates a case as it stood on a day, under the rule set in force then, and stores the evaluation. */
    public Evaluation evaluateAndStore(CaseReference reference, LocalDate asOf, String actor) {
        Evaluation evaluation = evaluate(reference, ruleSets.inForce(asOf), asOf);
        caseload.evaluations().store(reference, evaluation, actor);
        return evaluation;
    }
}
