package casedesk.access;

import casedesk.model.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in user may be allowed to do, and which roles may. This table is the one place
 * roles are decided: every service call names the permission it needs.
 */
public enum Permission {
    /** See the queue, open a case and its documents. */
    READ_CASES(Role.OFFICER, Role.SUPERVISOR),
    /** Open, edit and evaluate cases, add documents, correct what the reader read. */
    REVIEW(Role.OFFICER),
    /** Issue, refuse, or ask the applicant for documents. */
    DECIDE(Role.OFFICER),
    /** Audit past decisions: annotate, flag, verify, report. */
    AUDIT(Role.SUPERVISOR),
    /** Export this workstation's trail and decisions as a signed bundle, for a supervisor's caseload. */
    EXPORT_BUNDLE(Role.SUPERVISOR, Role.ADMINISTRATOR),
    /** Import other workstations' bundles, to audit their decisions here. */
    IMPORT_BUNDLES(Role.SUPERVISOR),
    /** Add, disable and re-issue accounts. */
    MANAGE_USERS(Role.ADMINISTRATOR),
    /** Import rule-set versions. */
    MANAGE_RULES(Role.ADMINISTRATOR),
    /** Import exchange rates. */
    MANAGE_RATES(Role.ADMINISTRATOR),
    /** Back the caseload up, and restore it from a backup. */
    KEEP_BACKUPS(Role.ADMINISTRATOR),
    /** Acknowledge an audit trail that failed verification, so that the caseload takes changes again. */
    ACKNOWLEDGE_BREAK(Role.ADMINISTRATOR),
    /** Change the caseload's settings: who must sign in, the limits of an intake. */
    MANAGE_SETTINGS(Role.ADMINISTRATOR);

    private final Set<Role> roles;

    Permission(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    /** Whether using it changes the caseload: then a read-only caseload allows it to nobody. */
    public boolean changesCaseload() {
        return this != READ_CASES && this != AUDIT && this != ACKNOWLEDGE_BREAK;
    }

    /** In words, for the refusal an officer reads: "decide on cases". */
    public String describe() {
        return switch (this) {
            case READ_CASES -> "see cases";
            case REVIEW -> "review cases";
            case DECIDE -> "decide on cases";
            case AUDIT -> "audit decisions";
            case EXPORT_BUNDLE -> "export a bundle of the workstation's decisions";
            case IMPORT_BUNDLES -> "import other workstations' bundles";
            case MANAGE_USERS -> "manage accounts";
            case MANAGE_RULES -> "import rule sets";
            case MANAGE_RATES -> "import exchange rates";
            case KEEP_BACKUPS -> "back up or restore the caseload";
            case ACKNOWLEDGE_BREAK -> "acknowledge a broken audit trail";
            case MANAGE_SETTINGS -> "change the caseload's settings";
        };
    }
}
