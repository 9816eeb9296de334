package casedesk.caseload;

import casedesk.json.Json;
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
    private final RuleSetRepository ruleSets;

    private Caseload(Path file, Database db, Sealer sealer) {
        this.file = file;
        this.db = db;
        this.audit = new AuditLog(db);
        this.cases = new CaseRepository(db, audit, sealer);
        this.documents = new DocumentRepository(db, audit, sealer);
        this.evidence = new EvidenceRepository(db, audit);
        this.evaluations = new EvaluationRepository(db, audit);
        this.decisions = new DecisionRepository(db, audit, cases);
        this.users = new UserRepository(db, audit);
        this.rates = new RateRepository(db, audit);
        this.ruleSets = new RuleSetRepository(db, audit);
    }

    public static Caseload open(Path file) {
        return open(file, Clock.systemUTC(), Sealer.PLAIN);
    }

    public static Caseload open(Path file, Clock clock, Sealer sealer) {
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
        Connection connection = connect(absolute);
        try {
            int before = Schema.version(connection);
            if (before == 0 && hasTables(connection)) {
                throw new CaseloadException.NotACaseload(absolute, "it is another program's SQLite database");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
            }
            Schema.migrate(connection, Schema.LATEST);
            Caseload caseload = new Caseload(absolute, new Database(connection, clock), sealer);
            if (before < Schema.LATEST) {
                caseload.db.transaction(c -> caseload.audit.append(c, SYSTEM,
                        before == 0 ? "caseload-created" : "caseload-upgraded",
                        "", Json.object().put("fromFormat", before).put("toFormat", Schema.LATEST)));
            }
            return caseload;
        } catch (SQLException e) {
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

    public DecisionRepository decisions() {
        return decisions;
    }

    public UserRepository users() {
        return users;
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
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new CaseloadException("The folder " + file.getParent() + " could not be created: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // A transaction takes the write lock as it begins: two writers on one file then wait their
        // turn (the busy timeout) instead of failing when one's read turns into a write.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
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
