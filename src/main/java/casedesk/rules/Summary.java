package casedesk.rules;

import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.util.List;
import java.util.Set;

/**
 * The advisory overall view of an evaluation: meets the financial requirements, needs review, or
 * does not meet them. The officer decides; this only sums up the verdicts.
 */
public enum Summary {
    MEETS("meets the financial requirements"),
    NEEDS_REVIEW("needs review"),
    DOES_NOT_MEET("does not meet the financial requirements");

    /** Rules whose verdict is informative only: the Sesame report is one way, not the only one. */
    private static final Set<String> INFORMATIVE = Set.of(SesameRule.ID);
    /** Requirements proper: evidence missing here means the requirement is not shown to be met. */
    private static final Set<String> REQUIREMENTS = Set.of(MeansRule.ID, CoverageRule.ID, InsuranceRule.ID,
            DocumentsRule.ID);

    private final String words;

    Summary(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Summary of(List<Verdict> verdicts) {
        boolean review = false;
        for (Verdict verdict : verdicts) {
            if (INFORMATIVE.contains(verdict.rule()) && verdict.status() != VerdictStatus.REVIEW) {
                continue;
            }
            boolean missingRequirement = verdict.status() == VerdictStatus.MISSING && REQUIREMENTS.contains(verdict.rule());
            if (verdict.status() == VerdictStatus.FAIL || missingRequirement) {
                return DOES_NOT_MEET;
            }
            review |= verdict.status() != VerdictStatus.PASS;
        }
        return review ? NEEDS_REVIEW : MEETS;
    }
}
