package casedesk.rules;

import casedesk.model.Verdict;

/** One requirement, checked on a case under a rule set. The numbers come from the rule set; the logic is here. */
interface Rule {

    String id();

    Verdict evaluate(Context context);
}
