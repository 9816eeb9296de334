package casedesk.desk;

import casedesk.access.Permission;
import casedesk.access.Session;
import casedesk.evidence.Extractor;
import casedesk.review.Review;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What every screen of the desk works with: the services over the open caseload, the one executor
 * for background work, the clock, the user's words, and who signed in. Built by {@link DeskWindow}
 * once someone has signed in; the screens reach the caseload only through {@link #review()}.
 */
public final class Desk {

    private final Review review;
    private final Session session;
    private final Executor executor;
    private final Clock clock;
    private final Messages messages;
    private final Consumer<Throwable> onProblem;
    private final Extractor extractor;
    private final boolean readOnly;
    private final casedesk.audit.AuditTrail auditTrail;

    /** @param readOnly whether the caseload refuses every change (its audit trail failed, or it is a copy) */
    public Desk(Review review, casedesk.audit.AuditTrail auditTrail, Session session, boolean readOnly, Executor executor,
            Clock clock, Messages messages, Consumer<Throwable> onProblem) {
        this.readOnly = readOnly;
        this.auditTrail = Objects.requireNonNull(auditTrail, "audit trail");
        this.review = Objects.requireNonNull(review, "review");
        this.session = Objects.requireNonNull(session, "session");
        this.executor = executor;
        this.clock = clock;
        this.messages = messages;
        this.onProblem = onProblem;
        this.extractor = Extractor.withDefaults();
    }

    /** The officer's work on the caseload, as the signed-in user. */
    public Review review() {
        return review;
    }

    /** The audit trail as a supervisor reads it, and the reviews of decisions. */
    public casedesk.audit.AuditTrail auditTrail() {
        return auditTrail;
    }

    /** Whether the signed-in user may attach reviews to decisions here (a supervisor, on a caseload that takes changes). */
    public boolean mayReviewDecisions() {
        return session.may(Permission.AUDIT) && !readOnly;
    }

    /** Who signed in at this desk: every change is made, and recorded, in their name. */
    public Session session() {
        return session;
    }

    /**
     * Whether the signed-in user's role allows something, on this caseload: the desk hides what it
     * does not. On a read-only caseload nobody changes or decides anything.
     */
    public boolean may(Permission permission) {
        return session.may(permission) && !(readOnly && permission.changesCaseload());
    }

    public Executor executor() {
        return executor;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Messages messages() {
        return messages;
    }

    /** The evidence reader, for the text under a box the officer draws on a page. */
    public Extractor extractor() {
        return extractor;
    }

    /** Reports a failure of background work to the user, without stopping the desk. */
    public void problem(Throwable failure) {
        onProblem.accept(failure);
    }
}
