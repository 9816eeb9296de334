package casedesk.caseload;

import casedesk.json.Json;
import casedesk.progress.Progress;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;

/**
 * One caseload: one SQLite file holding the cases, their documents and what was read from them,
 * the evaluations and decisions, the users, and the audit log. Opening a file brings its schema up
 * to date; a file from a newer CaseDesk, or one that is not a caseload, is refused and left as it was.
 */
public final class Caseload implements AutoCloseable {

    /** The actor of changes made by CaseDesk itself, such as schema upgrades. */
    public static final String SYSTEM = "system";

    private final Path file;
    private final Database db;
    private final AuditLog audit;
    private final CaseRepository cases;
    private final DocumentRepository documents;
    private final EvidenceRepository evidence;
    private final EvaluationRepository evaluations;
    private final DecisionRepository decisions;
    private final UserRepository users;
    private final RateRepository rates;
    private final SettingRepository settings;
    private final RuleSetRepository ruleSets;
    private ChainCheck integrity;
    /** The format this opening upgraded the file from, while the upgrade is not yet in the trail (0: none). */
    private volatile int upgradedFrom;
    /** Whether the refusal of changes is a failed verification this workstation could acknowledge. */
    private volatile boolean acknowledgeable;

    private Caseload(Path file, Database db) {
        this.file = file;
        this.db = db;
        this.audit = new AuditLog(db);
        this.cases = new CaseRepository(db, audit);
        this.documents = new DocumentRepository(db, audit);
        this.evidence = new EvidenceRepository(db, audit);
        this.evaluations = new EvaluationRepository(db, audit);
        this.decisions = new DecisionRepository(db, audit, cases);
        this.users = new UserRepository(db, audit);
        this.rates = new RateRepository(db, audit);
        this.settings = new SettingRepository(db, audit);
        this.ruleSets = new RuleSetRepository(db, audit);
    }

    public static Caseload open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Caseload open(Path file, Clock clock) {
        return open(file, clock, Progress.NONE);
    }

    /**
     * Opens a caseload; {@code progress} hears of long work opening does once: re-sealing, in place,
     * what a caseload from before encryption at rest holds in the clear.
     */
    public static Caseload open(Path file, Clock clock, Progress progress) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        FileHeader header = readHeader(absolute);
        if (header.exists() && !header.sqlite()) {
            throw new CaseloadException.NotACaseload(absolute, "it is not a SQLite database");
        }
        if (header.sqlite() && header.applicationId() != Schema.APPLICATION_ID && header.applicationId() != 0) {
            throw new CaseloadException.NotACaseload(absolute, "it is another program's SQLite database");
        }
        if (header.userVersion() > Schema.LATEST) {
            throw new CaseloadException.NewerVersion(absolute, header.userVersion(), Schema.LATEST);
        }
        createParentFolder(absolute);
        if (!header.exists()) {
            // A key beside a caseload that does not exist belongs to none: one stopped between
            // moving a key and its caseload, or deleted by hand. A new caseload gets its own.
            deleteStaleKey(absolute);
        }
        Connection connection = connect(absolute);
        boolean created = !header.exists();
        try {
            int before = Schema.version(connection);
            if (before == 0 && hasTables(connection)) {
                throw new CaseloadException.NotACaseload(absolute, "it is another program's SQLite database");
            }
            String damage = created || Files.size(absolute) > QUICK_CHECK_UP_TO ? null : quickCheck(connection);
            if (damage != null) {
                return damaged(absolute, connection, clock, before, damage);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
            }
            Schema.migrate(connection, Schema.LATEST);
            if (created) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    ownerOnly(Path.of(absolute + suffix));
                }
            }
            Caseload caseload = new Caseload(absolute, new Database(connection, clock));
            caseload.takeKeyAndVerify(before);
            DataKeys.State sealing = DataKeys.setUp(caseload.db, caseload.audit);
            if (caseload.db.readOnly().isEmpty()) {
                caseload.audit.sealSigningKey();
            }
            if (sealing == DataKeys.State.RESEALING && caseload.db.readOnly().isEmpty()
                    && caseload.db.keys().unlocked()) {
                caseload.reseal(progress);
            }
            return caseload;
        } catch (SQLException e) {
            closeQuietly(connection);
            CaseloadException said = Database.failure(e);
            if (said instanceof CaseloadException.Unwritable || said instanceof CaseloadException.Damaged) {
                // A folder it may not write to, a full disk, a file locked or damaged: in those words.
                throw said;
            }
            throw new CaseloadException("The caseload " + absolute + " could not be opened: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(connection);
            throw new CaseloadException("The caseload " + absolute + " could not be opened: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Files up to this size are checked page by page on every open ({@code PRAGMA quick_check},
     * milliseconds for a workstation's caseload); a larger one only by {@code casedesk check}.
     */
    static final long QUICK_CHECK_UP_TO = 1L << 30;

    /** SQLite's own check of the file's pages: null when sound, else its first complaint. */
    private static String quickCheck(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA quick_check(1)")) {
            String result = rows.next() ? rows.getString(1) : "no answer";
            return "ok".equals(result) ? null : result;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** A damaged file is opened read-only as it is, to be read and copied from, never written. */
    private static Caseload damaged(Path file, Connection connection, Clock clock, int format,
            String damage) {
        if (format < Schema.LATEST) {
            closeQuietly(connection);
            throw new CaseloadException("The caseload " + file + " is damaged (" + damage + ") and cannot be upgraded; "
                    + "nothing was changed. Restore its last backup with 'casedesk restore'.");
        }
        Caseload caseload = new Caseload(file, new Database(connection, clock));
        caseload.integrity = ChainCheck.broken(0, 0, "the caseload file is damaged: " + damage);
        caseload.db.refuseChanges("The caseload file is damaged (" + damage + "); it is open read-only. "
                + "'casedesk check' gives the details; restore the last backup with 'casedesk restore'.", true);
        return caseload;
    }

    /** SQLite's full check of the file (every page, every index): empty when sound, else its complaints. */
    public List<String> integrityCheck() {
        return db.read(connection -> {
            List<String> problems = new java.util.ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("PRAGMA integrity_check(20)")) {
                while (rows.next()) {
                    if (!"ok".equals(rows.getString(1))) {
                        problems.add(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                problems.add(e.getMessage());
            }
            return problems;
        });
    }

    /**
     * Writes a consistent copy of the caseload to a new file while it stays in use (SQLite's
     * VACUUM INTO), with this workstation's key beside it; then checks the copy, and removes it if
     * it is not sound. Returns what checking the copy found.
     */
    public ChainCheck backUpTo(Path target) {
        Path to = target.toAbsolutePath().normalize();
        if (Files.exists(to)) {
            throw new CaseloadException.AlreadyExists(to + " exists already; a backup never overwrites a file.");
        }
        // Written and checked under a name of its own, then moved into place: a backup stopped
        // half-way (a kill, a full disk) never leaves a file that looks like a backup.
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        try {
            deleteUnfinished(partial);
        } catch (IOException e) {
            throw new CaseloadException("The backup " + to + " could not be written: " + e.getMessage(), e);
        }
        db.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            }
            return null;
        });
        try {
            Path key = SigningKey.fileFor(file);
            if (Files.exists(key)) {
                Files.copy(key, SigningKey.fileFor(partial));
            }
            ownerOnly(partial);
            ChainCheck check;
            try (Caseload copy = open(partial, Clock.systemUTC())) {
                List<String> damage = copy.integrityCheck();
                check = copy.audit().verify();
                String problem = !damage.isEmpty() ? String.join("; ", damage)
                        : !check.isIntact() ? check.problem() : copy.readOnly().orElse("");
                if (!problem.isEmpty()) {
                    throw new CaseloadException("The backup " + to + " did not verify (" + problem + "); it was removed.");
                }
            }
            if (Files.exists(to)) {
                throw new CaseloadException.AlreadyExists(to + " was created meanwhile; a backup never overwrites a file.");
            }
            move(partial, to);
            return check;
        } catch (IOException | RuntimeException e) {
            try {
                deleteUnfinished(partial);
            } catch (IOException ignored) {
                // The failure to report is the one above.
            }
            if (e instanceof CaseloadException known) {
                throw known;
            }
            throw new CaseloadException("The backup " + to + " could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Takes this workstation's key for the caseload and verifies the trail, before anything is
     * appended to it: an event that records subjects as they stand must never record a state that
     * was changed behind the log's back.
     *
     * <p>A new caseload (or one from before signed trails, whose unsigned chain verifies) gets a new
     * key, registered by its first signed event, which records every subject as it stands. A
     * caseload whose trail was signed but whose key was removed from it is tampered with. A caseload
     * whose key this workstation does not hold (a copy taken elsewhere) is opened read-only: nothing
     * can be added to its trail without its key.
     */
    private void takeKeyAndVerify(int formatBefore) {
        java.util.Optional<SigningKey> local = SigningKey.find(file);
        java.util.List<byte[]> registered = db.read(AuditLog::registeredKeys);
        if (registered.isEmpty()) {
            if (db.read(AuditLog::anySigned)) {
                refuseBroken(ChainCheck.broken(0, 1,
                        "the key that signed this caseload's audit trail was removed from the caseload"));
                return;
            }
            ChainCheck unsigned = audit.verifySinceLastTime();
            if (!unsigned.isIntact()) {
                refuseBroken(unsigned);
                return;
            }
            // A key sealed already was registered by the caseload it belongs to, so not by this one
            // (which has none): one left beside a file put back by hand. This caseload gets its own.
            if (local.isPresent() && !local.get().inTheClear()) {
                LOG.log(System.Logger.Level.WARNING, "The key beside " + file.getFileName()
                        + " belongs to another caseload; replacing it");
                deleteStaleKeyOf(file);
                local = java.util.Optional.empty();
            }
            SigningKey key = local.orElseGet(() -> SigningKey.create(file));
            audit.signWith(key);
            boolean registeredHere = db.transaction(connection -> {
                if (!AuditLog.registeredKeys(connection).isEmpty()) {
                    return false; // another process registered the key (the same key file) meanwhile
                }
                AuditLog.register(connection, key, db.now());
                List<Subject> everything = Fingerprints.all(connection);
                return audit.append(connection, SYSTEM, formatBefore == 0 ? "caseload-created" : "caseload-upgraded", "",
                        Json.object().put("fromFormat", formatBefore).put("toFormat", Schema.LATEST),
                        everything.toArray(Subject[]::new)) != null;
            });
            if (registeredHere) {
                integrity = audit.verifySinceLastTime();
                return;
            }
            registered = db.read(AuditLog::registeredKeys);
            local = java.util.Optional.of(key);
        }
        if (local.isEmpty() || !java.util.Arrays.equals(local.get().publicKey(), registered.getFirst())) {
            audit.signWith(null);
            db.refuseChanges("This workstation does not hold the key that signs this caseload's audit trail ("
                    + SigningKey.fileFor(file).getFileName() + " beside it): it is a copy, and is open read-only.", false);
            integrity = audit.verifySinceLastTime();
            return;
        }
        audit.signWith(local.get());
        integrity = audit.verifySinceLastTime();
        if (!integrity.isIntact()) {
            refuseBroken(integrity);
            return;
        }
        if (formatBefore > 0 && formatBefore < Schema.LATEST) {
            upgradedFrom = formatBefore;
            recordUpgrade();
        }
    }

    /**
     * Records the upgrade of the file's format, if this opening upgraded it: at once when the
     * signing key is at hand, else at the first sign-in (nothing is signed before someone signs in).
     */
    private void recordUpgrade() {
        int from = upgradedFrom;
        if (from == 0 || db.readOnly().isPresent()) {
            return;
        }
        try {
            db.transaction(connection -> audit.append(connection, SYSTEM, "caseload-upgraded", "",
                    Json.object().put("fromFormat", from).put("toFormat", Schema.LATEST)));
            upgradedFrom = 0;
        } catch (CaseloadException.Locked e) {
            LOG.log(System.Logger.Level.INFO, "The upgrade of " + file.getFileName() + " from format " + from
                    + " is recorded in its audit trail at the first sign-in");
        }
    }

    /** A trail that failed verification: the caseload refuses every change until it is dealt with. */
    private void refuseBroken(ChainCheck check) {
        integrity = check;
        acknowledgeable = audit.canSign();
        db.refuseChanges("The caseload's audit trail failed verification at event " + check.firstBadEvent().getAsLong()
                + " (" + check.problem() + "); it is open read-only. 'casedesk audit verify' gives the details; "
                + "restore the last good backup or ask an administrator.", true);
    }

    /**
     * Re-seals what the caseload still holds in the clear from before encryption, in batches
     * (resumed by the next open if this one is stopped: the key stays in the file until the end).
     */
    private int reseal(Progress progress) {
        Resealer resealer = new Resealer(db, audit);
        long total = resealer.remaining();
        LOG.log(System.Logger.Level.INFO, "Sealing " + total + " rows of " + file.getFileName() + " held in the clear");
        int rows = resealer.run(done -> progress.report(done, total, "Sealing the personal data of " + file.getFileName()));
        progress.report(total, total, "Sealed the personal data of " + file.getFileName());
        return rows;
    }

    private static final System.Logger LOG = System.getLogger(Caseload.class.getName());

    /**
     * Unwraps the caseload's data key with the key derived from a user's right password: from now
     * on sealed data can be read and written, until {@link #lock}.
     *
     * @throws CaseloadException.Locked when the account holds no key to the data (an administrator
     *     gives it one by setting its password)
     */
    public void unlock(String username, byte[] wrappingKey) {
        DataKeys.unlock(db, username, wrappingKey);
        if (db.readOnly().isEmpty()) {
            audit.sealSigningKey();
            recordUpgrade();
        }
    }

    /** Forgets the data key (someone signed out): sealed data cannot be read until the next sign-in. */
    public void lock() {
        db.keys().lock(); // no I/O: the desk calls it on its own thread as it signs out
    }

    /** Whether sealed data can be read now (someone signed in, or the caseload has no account yet). */
    public boolean unlocked() {
        return db.keys().unlocked();
    }

    /**
     * Whether the caseload refuses changes because its trail failed verification, which an
     * administrator may acknowledge (not a damaged file, which is restored, nor a copy without
     * this workstation's key, which cannot sign anything).
     */
    public boolean acknowledgeable() {
        return acknowledgeable && integrity != null && !integrity.isIntact();
    }

    /**
     * An administrator acknowledges a trail that failed verification, having seen what is wrong:
     * a signed event names the first bad event and the problem, and records every case, document,
     * reading, evaluation, decision, account, rule set and the rates as they stand now. From then
     * on the caseload takes changes again, and verification accepts the break before that event
     * (saying it was acknowledged) as long as the trail is intact from it on.
     *
     * @param administrator who acknowledges (the service has checked that they may)
     * @return the trail as verified after the acknowledgement
     */
    public ChainCheck acknowledgeBrokenTrail(String administrator) {
        ChainCheck broken = integrity;
        if (!acknowledgeable()) {
            throw new CaseloadException.Refused(readOnly()
                    .map(reason -> "Only an audit trail that failed verification can be acknowledged. " + reason)
                    .orElse("The audit trail is intact: there is nothing to acknowledge."));
        }
        synchronized (this) {
            db.acceptChanges();
            try {
                var event = db.transaction(connection -> audit.append(connection, administrator, AuditLog.ACKNOWLEDGED, "",
                        Json.object().put("firstBadEvent", broken.firstBadEvent().getAsLong())
                                .put("problem", broken.problem()),
                        everySubject(connection).toArray(Subject[]::new)));
                audit.verifiedUpTo(event);
                acknowledgeable = false;
                ChainCheck now = audit.verifySinceLastTime();
                integrity = now;
                if (!now.isIntact()) {
                    refuseBroken(now);
                }
                return now;
            } catch (RuntimeException e) {
                refuseBroken(broken);
                throw e;
            }
        }
    }

    /** Every subject the tables hold, and every one an event ever recorded (a deleted one hashes as gone). */
    private static java.util.Set<Subject> everySubject(Connection connection) throws SQLException {
        java.util.Set<Subject> subjects = new java.util.LinkedHashSet<>(Fingerprints.all(connection));
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT subject FROM audit_covers");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                subjects.add(Subject.parse(rows.getString(1)));
            }
        }
        return subjects;
    }

    /** What opening found of the audit trail (verified since this workstation last looked). */
    public ChainCheck integrity() {
        return integrity;
    }

    /**
     * Refuses at once, saying why, when the caseload takes no change: for work that reads before it
     * writes, so that the reason given is the broken trail, not whatever the reading met.
     */
    public void requireWritable() {
        db.requireWritable();
    }

    /** Why the caseload refuses changes, if it does: a failed verification, or a key this workstation lacks. */
    public java.util.Optional<String> readOnly() {
        return db.readOnly();
    }

    /**
     * Moves a closed caseload file, with its workstation key, to a new name (a demo built under a
     * temporary name). Its -wal and -shm must not exist: the caseload is closed.
     */
    public static void move(Path from, Path to) throws IOException {
        // The key first: stopped between the two, the new name has no caseload yet (and its key is
        // taken for stale by the next open), rather than a caseload without its key.
        if (Files.exists(SigningKey.fileFor(from))) {
            SigningKey.move(from, to);
        } else {
            Files.deleteIfExists(SigningKey.fileFor(to));
        }
        Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Puts a backup (checked by the caller) in place of a closed caseload. The caseload it replaces
     * is kept beside it, with its key, as {@code FILE.before-restore-TIME}: a restore loses nothing.
     *
     * @return where the replaced caseload was kept, if there was one
     */
    public static java.util.Optional<Path> restore(Path backup, Path target) throws IOException {
        Path to = target.toAbsolutePath().normalize();
        for (String suffix : List.of("-wal", "-shm")) {
            if (Files.exists(Path.of(to + suffix))) {
                throw new CaseloadException.Refused(to + " is open (its " + suffix.substring(1) + " file is there): "
                        + "close every desk and command using it, then restore. Nothing was replaced.");
            }
        }
        Path partial = to.resolveSibling(to.getFileName() + ".restoring");
        deleteUnfinished(partial);
        copy(backup, partial);
        java.util.Optional<Path> kept = java.util.Optional.empty();
        if (Files.exists(to)) {
            Path aside = to.resolveSibling(to.getFileName() + ".before-restore-"
                    + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now()));
            move(to, aside);
            kept = java.util.Optional.of(aside);
        }
        move(partial, to);
        return kept;
    }

    private static void deleteStaleKey(Path caseload) {
        if (Files.notExists(caseload)) {
            deleteStaleKeyOf(caseload);
        }
    }

    private static void deleteStaleKeyOf(Path caseload) {
        try {
            SigningKey.deleteFor(caseload);
        } catch (IOException e) {
            throw new CaseloadException("The caseload " + caseload + " could not be opened: a stale key beside it, "
                    + SigningKey.fileFor(caseload).getFileName() + ", cannot be removed: " + e.getMessage(), e);
        }
    }

    /** Deletes a caseload file that was never finished, with its workstation key. */
    public static void deleteUnfinished(Path file) throws IOException {
        Files.deleteIfExists(file);
        SigningKey.deleteFor(file);
    }

    /**
     * Copies a closed caseload and its workstation key: the copy is this workstation's, as the
     * original is (a backup to restore, a test fixture).
     */
    public static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to);
        Path key = SigningKey.fileFor(from);
        if (Files.exists(key)) {
            Files.copy(key, SigningKey.fileFor(to));
        }
    }

    public CaseRepository cases() {
        return cases;
    }

    public DocumentRepository documents() {
        return documents;
    }

    public EvidenceRepository evidence() {
        return evidence;
    }

    public EvaluationRepository evaluations() {
        return evaluations;
    }

    /** Bundles of decisions, exported from here or imported from other workstations. */
    public Bundles bundles() {
        return new Bundles(db, audit, file);
    }

    public DecisionRepository decisions() {
        return decisions;
    }

    public UserRepository users() {
        return users;
    }

    public SettingRepository settings() {
        return settings;
    }

    public RateRepository rates() {
        return rates;
    }

    public RuleSetRepository ruleSets() {
        return ruleSets;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Runs several changes as one transaction: all are stored, or none. */
    /** The database below the repositories: for tests in this package that set SQLite's own limits. */
    Database database() {
        return db;
    }

    public <T> T inTransaction(Supplier<T> changes) {
        return db.transaction(connection -> changes.get());
    }

    /** The schema format of this file (SQLite's user_version). */
    public int format() {
        return db.read(Schema::version);
    }

    @Override
    public void close() {
        db.close();
    }

    private static FileHeader readHeader(Path file) {
        try {
            return FileHeader.read(file);
        } catch (AccessDeniedException e) {
            throw new CaseloadException("CaseDesk may not read " + file + ".", e);
        } catch (IOException e) {
            throw new CaseloadException("The caseload " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static void createParentFolder(Path file) {
        try {
            if (!Files.exists(file.getParent()) && posix()) {
                // Personal data: the folder is its owner's only.
                Files.createDirectories(file.getParent(), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            }
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new CaseloadException("The folder " + file.getParent() + " could not be created: " + e.getMessage(), e);
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * A new caseload is its owner's only (0600): SQLite gives its -wal and -shm the same mode. A
     * file someone else owns keeps its mode.
     */
    private static void ownerOnly(Path file) {
        if (!posix()) {
            return;
        }
        if (!Files.exists(file)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // Not ours to change (a caseload shared by IT): its mode is theirs.
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // A transaction takes the write lock as it begins: two writers on one file then wait their
        // turn (the busy timeout) instead of failing when one's read turns into a write.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // What is deleted or overwritten (a value before it was sealed, the plain data key) is
        // overwritten with zeros, not left in free space for a copy of the file to give away.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw new CaseloadException("The caseload " + file + " could not be opened: " + e.getMessage(), e);
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM sqlite_schema");
                ResultSet rows = query.executeQuery()) {
            return rows.getInt(1) > 0;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The open already failed; that failure is the one to report.
        }
    }
}
