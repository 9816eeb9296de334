package casedesk.workstation;

import casedesk.access.Accounts;
import casedesk.access.Session;
import casedesk.admin.Administration;
import casedesk.audit.AuditTrail;
import casedesk.caseload.Caseload;
import casedesk.demo.DemoCaseload;
import casedesk.evidence.Extractor;
import casedesk.progress.Progress;
import casedesk.review.Review;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One caseload open on this workstation, with the services over it that both desks use: who may
 * sign in ({@link Accounts}) and the officer's work ({@link Review}). It is the only thing a desk
 * opens; the desk never reaches the caseload itself.
 */
public final class Workstation implements AutoCloseable {

    private final Caseload caseload;
    private final Accounts accounts;
    private final Review review;
    private final AuditTrail auditTrail;

    private Workstation(Caseload caseload, Clock clock) {
        this.caseload = caseload;
        this.accounts = new Accounts(caseload, clock);
        this.review = new Review(caseload, Extractor.withDefaults(), clock);
        this.auditTrail = new AuditTrail(caseload, clock);
    }

    /**
     * Opens a caseload; on a first start, when the file does not exist yet, it is created with a
     * demo of that many cases as of today, its documented demo accounts included.
     */
    public static Workstation openOrCreateDemo(Path file, Clock clock, int demoCases, Progress progress) {
        Objects.requireNonNull(file, "file");
        boolean create = !Files.exists(file);
        if (create) {
            DemoCaseload.createFile(file, new DemoCaseload.Options(demoCases, DemoCaseload.DEFAULT_SEED,
                    LocalDate.now(clock)), progress);
        }
        // Opening a caseload from before encryption at rest seals it in place: the progress says so.
        return new Workstation(Caseload.open(file, Clock.systemUTC(), progress), clock);
    }

    public Accounts accounts() {
        return accounts;
    }

    public Review review() {
        return review;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }


    /** What opening found of the audit trail, and whether the caseload takes changes. */
    public Integrity integrity() {
        var check = caseload.integrity();
        return new Integrity(check.isIntact(), check.isIntact() ? check.headSequence() : 0,
                check.firstBadEvent().orElse(0), check.problem(), caseload.readOnly(), caseload.acknowledgeable(),
                check.acknowledged());
    }

    /**
     * The audit trail as opening found it: intact up to its head event, or broken at the first bad
     * event; why changes are refused, if they are; whether an administrator may acknowledge the
     * break; and what an earlier acknowledgement accepted ("" if none).
     */
    public record Integrity(boolean intact, long headEvent, long firstBadEvent, String problem,
            java.util.Optional<String> readOnly, boolean acknowledgeable, String acknowledged) {
    }

    /**
     * An administrator acknowledges a trail that failed verification: the caseload takes changes
     * again (see {@link Administration#acknowledgeBrokenTrail}). Slow on a large caseload: not on
     * the JavaFX thread.
     */
    public Integrity acknowledgeBrokenTrail(Session session) {
        new Administration(caseload).acknowledgeBrokenTrail(session);
        return integrity();
    }


    @Override
    public void close() {
        caseload.close();
    }
}
