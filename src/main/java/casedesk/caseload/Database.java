package casedesk.caseload;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The caseload's one SQLite connection. Every access goes through {@link #read} or
 * {@link #transaction}, which serialise callers (the desk's background tasks and the command line
 * share it) and turn SQL failures into {@link CaseloadException}s.
 */
final class Database implements AutoCloseable {

    /** Fixed-width UTC timestamps, so that text order is time order. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final KeyRing keys = new KeyRing(this::keyKeptInFile);
    private volatile String readOnly;
    private volatile boolean tampered;
    private boolean checkpointAfterCommit;

    Database(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    /** The data key, while someone is signed in, and what seals with it. */
    KeyRing keys() {
        return keys;
    }

    /**
     * The id the next row of a table gets, so that a value can be sealed bound to its row before
     * the row is written. Write transactions take the write lock as they begin, so nobody else can
     * take the same id meanwhile.
     */
    static long nextId(Connection connection, String table) throws SQLException {
        try (var query = connection.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM " + table);
                var rows = query.executeQuery()) {
            return rows.getLong(1);
        }
    }

    /** The data key as the file keeps it in the clear (no account yet, or re-sealing), or null. */
    private byte[] keyKeptInFile() {
        lock.lock();
        try (var query = connection.prepareStatement("SELECT pending FROM caseload_key WHERE id = 1");
                var rows = query.executeQuery()) {
            return rows.next() ? rows.getBytes(1) : null;
        } catch (SQLException e) {
            return null; // a file from before encryption at rest, opened read-only: it has no key
        } finally {
            lock.unlock();
        }
    }

    /**
     * After the transaction under way commits, the write-ahead log is emptied into the file and cut
     * to nothing, so that no earlier page image (the plain data key, a value before it was sealed)
     * stays in it.
     */
    void checkpointAfterCommit() {
        checkpointAfterCommit = true;
    }

    /** Empties the write-ahead log into the file and cuts it to nothing, if no other process reads it. */
    void checkpoint() {
        lock.lock();
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            // Another process reading keeps the log; the next checkpoint empties it.
        } finally {
            lock.unlock();
        }
    }

    String now() {
        return timestamp(clock.instant());
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static Instant instant(String timestamp) {
        return Instant.parse(timestamp);
    }

    <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} on one snapshot of the file: what other processes commit meanwhile is not
     * seen half-way (verification reading the log, then the tables, must see both as of one moment).
     */
    <T> T snapshot(Work<T> work) {
        lock.lock();
        try {
            if (!connection.getAutoCommit()) {
                return work.run(connection);
            }
            // A read transaction (DEFERRED: no write lock, so writers are not held up); in WAL mode
            // its first read fixes what it sees until it ends.
            org.sqlite.SQLiteConnection sqlite = connection.unwrap(org.sqlite.SQLiteConnection.class);
            org.sqlite.SQLiteConfig.TransactionMode mode = sqlite.getConnectionConfig().getTransactionMode();
            sqlite.getConnectionConfig().setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.DEFERRED);
            try {
                connection.setAutoCommit(false);
                try {
                    return work.run(connection);
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } finally {
                sqlite.getConnectionConfig().setTransactionMode(mode);
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** From now on every change is refused, saying why. */
    void refuseChanges(String reason, boolean tampered) {
        this.tampered = tampered;
        this.readOnly = reason;
    }

    /** Takes changes again (an administrator acknowledged why they were refused). */
    void acceptChanges() {
        this.tampered = false;
        this.readOnly = null;
    }

    /** Refuses, saying why, when changes are refused. */
    void requireWritable() {
        if (readOnly != null) {
            throw new CaseloadException.ReadOnly(readOnly, tampered);
        }
    }

    /** Why changes are refused, if they are. */
    java.util.Optional<String> readOnly() {
        return java.util.Optional.ofNullable(readOnly);
    }

    /**
     * Ends a transaction that failed, keeping its failure the one reported. SQLite may have rolled
     * it back itself (a full disk, an I/O error): then the driver's rollback, and its commit on the
     * way back to auto-commit, fail with "no transaction is active", which must neither hide the
     * real failure nor leave the connection outside auto-commit, where every later change would
     * wait for a commit that never comes.
     */
    private void endFailed(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
            try {
                if (!connection.getAutoCommit()) {
                    // The driver did not take the switch: give its commit an empty transaction to end.
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("BEGIN");
                    }
                    connection.setAutoCommit(true);
                }
            } catch (SQLException again) {
                failure.addSuppressed(again);
            }
        }
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
    <T> T transaction(Work<T> work) {
        requireWritable();
        lock.lock();
        try {
            boolean outermost = connection.getAutoCommit();
            if (!outermost) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                checkpointAfterCommit = false;
                endFailed(e);
                throw e;
            }
            connection.setAutoCommit(true);
            if (checkpointAfterCommit) {
                checkpointAfterCommit = false;
                checkpoint();
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * An SQL failure in the words the user can act on: a damaged file, a full disk, a file or folder
     * CaseDesk may not write, a file another program holds locked. Nothing of the change was stored:
     * the transaction was rolled back.
     */
    static CaseloadException failure(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        org.sqlite.SQLiteErrorCode code = e instanceof org.sqlite.SQLiteException sqlite ? sqlite.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() & 0xff : code.code & 0xff;
        return switch (primary) {
            case 11, 26 -> new CaseloadException.Damaged("The caseload file is damaged (" + message + "). 'casedesk check' "
                    + "gives the details; restore the last backup with 'casedesk restore'.", e);
            case 13 -> new CaseloadException.Unwritable("The disk holding the caseload is full: nothing of the change was "
                    + "stored. Free some space, then try again.", e);
            case 8, 14, 3, 23 -> new CaseloadException.Unwritable("CaseDesk may not write the caseload or its folder ("
                    + message + "): nothing of the change was stored.", e);
            case 5, 6 -> new CaseloadException.Unwritable("The caseload is locked by another program and stayed so for "
                    + "10 seconds: nothing of the change was stored. Try again when it is done.", e);
            default -> new CaseloadException("The caseload could not be read or written: " + message, e);
        };
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }
}
