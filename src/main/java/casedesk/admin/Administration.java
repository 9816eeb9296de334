package casedesk.admin;

import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.caseload.Caseload;
import casedesk.caseload.ChainCheck;
import casedesk.caseload.RateRepository;
import casedesk.caseload.RuleSetRepository;
import casedesk.caseload.Setting;
import casedesk.model.ExchangeRate;
import casedesk.rules.RuleSet;
import java.util.List;

/**
 * What an administrator keeps for the whole workstation besides the accounts: the rule-set
 * versions in force, the exchange rates, and the caseload's settings. Nobody else may change either: a rule set decides
 * what every later verdict says.
 */
public final class Administration {

    private final Caseload caseload;

    public Administration(Caseload caseload) {
        this.caseload = caseload;
    }

    /** Imports a rule-set version already parsed from {@code content}; a version is never replaced. */
    public void importRuleSet(Session session, RuleSet ruleSet, String content) {
        session.require(Permission.MANAGE_RULES);
        caseload.ruleSets().store(new RuleSetRepository.Stored(ruleSet.version(), ruleSet.effective(), content,
                ruleSet.sha256()), session.username());
    }

    /**
     * Acknowledges an audit trail that failed verification, in the administrator's name: the
     * caseload takes changes again, and the break stays named in every later verification.
     */
    public ChainCheck acknowledgeBrokenTrail(Session session) {
        session.require(Permission.ACKNOWLEDGE_BREAK);
        return caseload.acknowledgeBrokenTrail(session.username());
    }

    /** The caseload's settings, each as set or at its default. Administrators only. */
    public java.util.Map<Setting, String> settings(Session session) {
        session.require(Permission.MANAGE_SETTINGS);
        return caseload.settings().all();
    }

    /** Changes some of the caseload's settings at once; none is changed if one value is refused. */
    public void changeSettings(Session session, java.util.Map<Setting, String> values) {
        session.require(Permission.MANAGE_SETTINGS);
        caseload.settings().set(values, session.username());
    }

    /** Imports euro reference rates; a rate known already is counted, a changed one replaced and audited. */
    public RateRepository.Imported importRates(Session session, List<ExchangeRate> rates, String source) {
        session.require(Permission.MANAGE_RATES);
        return caseload.rates().store(rates, source, session.username());
    }
}
