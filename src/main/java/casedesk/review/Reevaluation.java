package casedesk.review;

import casedesk.model.Evaluation;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decided case evaluated again under the rules in force today, beside the verdicts it was
 * decided on: rule by rule, what each said then and says now, and whether that changed. Nothing of
 * it is stored: the decision stands on what it saw.
 */
public record Reevaluation(String decidedRuleSet, String todaysRuleSet, List<Row> rows) {

    /** One rule: its verdict then (absent if the rule did not exist), now (absent if it no longer does). */
    public record Row(String rule, Optional<Verdict> decidedOn, Optional<Verdict> today) {

        /** Whether the rule's verdict is not what it was: another status, or a rule added or gone. */
        public boolean changed() {
            return !decidedOn.map(Verdict::status).equals(today.map(Verdict::status));
        }
    }

    public Reevaluation {
        rows = List.copyOf(rows);
    }

    public static Reevaluation of(Evaluation decidedOn, Evaluation today) {
        Map<String, Verdict> then = new LinkedHashMap<>();
        decidedOn.verdicts().forEach(verdict -> then.put(verdict.rule(), verdict));
        Map<String, Verdict> now = new LinkedHashMap<>();
        today.verdicts().forEach(verdict -> now.put(verdict.rule(), verdict));
        java.util.Set<String> rules = new java.util.LinkedHashSet<>(then.keySet());
        rules.addAll(now.keySet());
        List<Row> rows = new ArrayList<>();
        for (String rule : rules) {
            rows.add(new Row(rule, Optional.ofNullable(then.get(rule)), Optional.ofNullable(now.get(rule))));
        }
        return new Reevaluation(decidedOn.ruleSetVersion(), today.ruleSetVersion(), rows);
    }

    /** Whether any rule now says something other than what the case was decided on. */
    public boolean anyChanged() {
        return rows.stream().anyMatch(Row::changed);
    }

    /** The statuses, for a glance: how many of each. */
    public long count(VerdictStatus status) {
        return rows.stream().filter(row -> row.today().map(Verdict::status).filter(status::equals).isPresent()).count();
    }
}
