package casedesk.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import casedesk.DemoKey;
import casedesk.access.Accounts;
import casedesk.caseload.Caseload;
import casedesk.caseload.ChainCheck;
import casedesk.demo.DemoCaseload;
import casedesk.model.CaseStatus;
import casedesk.model.Document;
import casedesk.model.Outcome;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.progress.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM ({@link CrashChild}) doing real work on a caseload is killed
 * (SIGKILL, no shutdown hook, no finally) at a random moment, again and again, across import,
 * evaluation, decisions, re-sealing a caseload from before encryption, and backups. After every
 * kill the caseload passes SQLite's {@code integrity_check}, its audit trail verifies intact,
 * it opens writable, and nothing is half-written: no imported case without its documents, no
 * evaluation without verdicts, no decided case without its decision, no backup under its own name
 * that does not verify, no re-sealing that the next open does not finish.
 *
 * <p>Slow (minutes), so not part of {@code mvn verify}: {@code mvn -B -P crash-safety verify}.
 * {@code -Dcasedesk.crash.kills=N} sets the kills per kind of work (default 21, so 105 in all);
 * {@code -Dcasedesk.crash.seed=S} repeats a run's moments of death.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyCheck {

    static final int KILLS = Integer.getInteger("casedesk.crash.kills", 21);
    static final long SEED = Long.getLong("casedesk.crash.seed", System.nanoTime());
    /** Imported cases are numbered from here; the demo's own are below. */
    static final int IMPORTED_FROM = 500_000;
    static final char[] FIXTURE_PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    static Path dir;

    static Path caseload;
    static Path intake;
    static final Random RANDOM = new Random(SEED);
    static int nextSerial = IMPORTED_FROM;
    static final List<String> SUMMARY = Collections.synchronizedList(new ArrayList<>());
    static long started;

    @BeforeAll
    static void demoCaseloadAndAnIntake() throws IOException {
        started = System.nanoTime();
        System.out.println("crash-safety seed " + SEED + " (repeat with -Dcasedesk.crash.seed=" + SEED + ")");
        long demo = System.nanoTime();
        caseload = dir.resolve("caseload.db");
        DemoCaseload.createFile(caseload, new DemoCaseload.Options(30, DemoCaseload.DEFAULT_SEED, LocalDate.now()),
                Progress.NONE);
        intake = Intakes.write(dir.resolve("intake"), true);
        SUMMARY.add("demo of 30 cases %.1f s".formatted((System.nanoTime() - demo) / 1e9));
    }

    @AfterAll
    static void summary() {
        System.out.printf("crash-safety: %s; %.1f min%n", String.join("; ", SUMMARY),
                (System.nanoTime() - started) / 60e9);
    }

    @Test
    @Order(1)
    void killedWhileImporting() throws Exception {
        int kills = killRepeatedly("import", 200, 2500, () -> List.of(intake.toString(), Integer.toString(serials(1000))),
                this::everyImportedCaseHasAllItsDocumentsAndReadings);
        assertTrue(kills >= KILLS);
    }

    @Test
    @Order(2)
    void killedWhileEvaluating() throws Exception {
        killRepeatedly("evaluate", 200, 2500, List::of, file -> {
            try (Caseload opened = openVerified(file)) {
                for (QueueEntry entry : opened.cases().queue(QueueQuery.all())) {
                    opened.evaluations().latest(entry.reference()).ifPresent(evaluation -> assertFalse(
                            evaluation.verdicts().isEmpty(), entry.reference() + ": an evaluation without its verdicts"));
                }
            }
        });
    }

    @Test
    @Order(3)
    void killedWhileDeciding() throws Exception {
        killRepeatedly("decide", 200, 2500, () -> List.of(intake.toString(), Integer.toString(serials(1000))), file -> {
            try (Caseload opened = openVerified(file)) {
                for (QueueEntry entry : opened.cases().queue(QueueQuery.all())) {
                    var decision = opened.decisions().latest(entry.reference());
                    if (entry.status().isDecided()) {
                        assertTrue(decision.isPresent(), entry.reference() + " is " + entry.status() + " without a decision");
                    }
                    if (decision.isPresent() && decision.get().outcome() == Outcome.ISSUE) {
                        assertEquals(CaseStatus.ISSUED, entry.status(), entry.reference() + ": issued, but its case says not");
                    }
                }
            }
        });
    }

    @Test
    @Order(4)
    void killedWhileBackingUp() throws Exception {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        // A backup writes, then checks, a copy of the whole caseload: seconds, not milliseconds.
        killRepeatedly("backup", 500, 8000, () -> List.of(backups.toString()), file -> {
            try (Caseload opened = openVerified(file)) {
                assertTrue(opened.cases().queue(QueueQuery.all()).size() >= 30);
            }
            for (Path backup : list(backups)) {
                String name = backup.getFileName().toString();
                if (!name.endsWith(".db") || checkedBackups.contains(name)) {
                    continue; // a .partial is no backup; each finished one is checked once
                }
                assertTrue(Files.exists(Path.of(backup + ".workstation")), name + " has no key beside it");
                assertIntegrity(backup);
                try (Caseload copy = Caseload.open(backup)) {
                    assertEquals(Optional.empty(), copy.readOnly(), name);
                    assertTrue(copy.audit().verify().isIntact(), name + " does not verify");
                }
                checkedBackups.add(name);
            }
        });
        assertFalse(checkedBackups.isEmpty(), "some backups were finished between the kills");
    }

    private final Set<String> checkedBackups = new java.util.HashSet<>();

    @Test
    @Order(5)
    void killedWhileResealingACaseloadFromBeforeEncryption() throws Exception {
        Path template = format4WithManyFigures(dir.resolve("format-4-template.db"));
        Path file = dir.resolve("format-4.db");
        int kills = 0;
        int finished = 0;
        long began = System.nanoTime();
        int midSealing = 0;
        for (int round = 0; kills < KILLS && round < KILLS * 4; round++) {
            Caseload.deleteUnfinished(file);
            Files.copy(template, file);
            Child child = Child.start("reseal", file, List.of());
            child.awaitReady();
            Thread.sleep(RANDOM.nextInt(300, 4000));
            if (child.kill() == Ended.FINISHED) {
                finished++;
                continue; // it finished first: that round is no kill
            }
            kills++;
            if (child.unitsDone() > 0) {
                midSealing++;
            }
            assertIntegrity(file);
            long plainBefore = plainFigures(file);
            try (Caseload opened = Caseload.open(file, Clock.systemUTC())) {
                assertEquals(Optional.empty(), opened.readOnly());
                ChainCheck check = opened.audit().verify();
                assertTrue(check.isIntact(), "after a kill while sealing: " + check.problem());
                new Accounts(opened, Clock.systemUTC()).signIn("amartin", FIXTURE_PASSWORD, "crash test");
                assertEquals(FIGURES + 2, opened.evidence().figures(1).size(), "every figure is there, sealed");
            }
            assertEquals(0, plainFigures(file), "the next open finished what was killed (" + plainBefore + " were left)");
        }
        SUMMARY.add("reseal: %d kills, %d of them after sealing began (%d runs finished first), %.1f s a round"
                .formatted(kills, midSealing, finished, (System.nanoTime() - began) / 1e9 / (kills + finished)));
        assertTrue(kills >= KILLS, kills + " kills");
        assertTrue(midSealing >= KILLS / 3, "only " + midSealing + " kills came after sealing began");
    }

    // --- the rounds

    interface Check {
        void after(Path file) throws Exception;
    }

    interface Arguments {
        List<String> get() throws Exception;
    }

    /** Starts the child doing OPERATION, kills it at a random moment, checks; KILLS times. */
    private int killRepeatedly(String operation, int fromMillis, int toMillis, Arguments arguments, Check check)
            throws Exception {
        int kills = 0;
        int units = 0;
        long readying = 0;
        long checking = 0;
        for (int round = 0; kills < KILLS; round++) {
            long start = System.nanoTime();
            Child child = Child.start(operation, caseload, arguments.get());
            child.awaitReady();
            readying += System.nanoTime() - start;
            Thread.sleep(RANDOM.nextInt(fromMillis, toMillis));
            if (child.kill() != Ended.KILLED) {
                fail(operation + " stopped by itself before it was killed:\n" + child.output());
            }
            kills++;
            units += child.unitsDone();
            start = System.nanoTime();
            assertIntegrity(caseload);
            check.after(caseload);
            checking += System.nanoTime() - start;
        }
        SUMMARY.add("%s: %d kills, %d units of work done between them (start %.1f s, check %.1f s each)".formatted(
                operation, kills, units, readying / 1e9 / kills, checking / 1e9 / kills));
        return kills;
    }

    /** A range of serials of its own for each child that imports. */
    private static int serials(int count) {
        int first = nextSerial;
        nextSerial += count;
        return first;
    }

    private void everyImportedCaseHasAllItsDocumentsAndReadings(Path file) {
        try (Caseload opened = openVerified(file)) {
            for (QueueEntry entry : opened.cases().queue(QueueQuery.all())) {
                String reference = entry.reference().value();
                if (Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1)) < IMPORTED_FROM) {
                    continue;
                }
                List<Document> documents = opened.documents().forCase(entry.reference());
                assertEquals(3, documents.size(), reference + " was imported without all its documents");
                for (Document document : documents) {
                    assertFalse(opened.evidence().figures(document.id()).isEmpty(),
                            reference + ": " + document.fileName() + " was stored without what was read from it");
                }
            }
        }
    }

    /** Opens after a kill: writable, trail intact, and unlocked to read what is sealed. */
    private static Caseload openVerified(Path file) {
        Caseload opened = Caseload.open(file);
        try {
            assertEquals(Optional.empty(), opened.readOnly(), "after a kill the caseload takes changes");
            ChainCheck check = opened.audit().verify();
            assertTrue(check.isIntact(), "after a kill: " + check.problem());
            DemoKey.unlock(opened);
            return opened;
        } catch (RuntimeException | Error e) {
            opened.close();
            throw e;
        }
    }

    private static void assertIntegrity(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            assertTrue(rows.next());
            assertEquals("ok", rows.getString(1), file.getFileName() + " after a kill");
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    // --- the material

    static final int FIGURES = 10_000;

    /** The format-4 fixture (from before encryption), with enough figures to take seconds to seal. */
    private static Path format4WithManyFigures(Path file) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            casedesk.caseload.SchemaFixtures.migrate(connection, 4);
            try (Statement statement = connection.createStatement();
                    InputStream in = CrashSafetyCheck.class.getResourceAsStream("/casedesk/caseload/format-4.sql")) {
                statement.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                statement.executeUpdate("""
                        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
                        INSERT INTO figures (document_id, name, value_type, value, currency, page, x, y, w, h, source_text)
                        SELECT 1, 'line_' || i, 'text', 'LINE' || i, NULL, 1, 1, 1, 1, 1, 'LINE' || i FROM n"""
                        .formatted(FIGURES));
            }
        }
        return file;
    }

    private static long plainFigures(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM figures WHERE typeof(value) = 'text'")) {
            return rows.getLong(1);
        }
    }

    enum Ended {
        KILLED, FINISHED
    }

    /** A child JVM running {@link CrashChild}, its output read as it comes. */
    private static final class Child {
        private final Process process;
        private final Path log;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final CountDownLatch ready = new CountDownLatch(1);

        private Child(Process process, Path log) {
            this.process = process;
            this.log = log;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                        if (line.equals("ready")) {
                            ready.countDown();
                        }
                    }
                } catch (IOException e) {
                    // the process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(String operation, Path file, List<String> arguments) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    CrashChild.class.getName(), operation, file.toString()));
            command.addAll(arguments);
            Path log = file.resolveSibling("child-" + operation + ".log");
            return new Child(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start(), log);
        }

        void awaitReady() throws InterruptedException, IOException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!ready.await(200, TimeUnit.MILLISECONDS)) {
                if (!process.isAlive() || System.nanoTime() > until) {
                    process.destroyForcibly();
                    fail("the child never got ready (" + (process.isAlive() ? "still starting" : "exit "
                            + process.waitFor()) + "):\n" + output() + "\n" + Files.readString(log));
                }
            }
        }

        /** Kills it (SIGKILL), unless it ended by itself; a child that failed fails the check. */
        Ended kill() throws InterruptedException, IOException {
            boolean alive = process.isAlive();
            process.destroyForcibly();
            if (!process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
                fail("the child did not die");
            }
            if (alive) {
                return Ended.KILLED;
            }
            if (process.exitValue() != 0) {
                fail("the child failed (exit " + process.exitValue() + "):\n" + output() + "\n" + Files.readString(log));
            }
            return Ended.FINISHED;
        }

        int unitsDone() {
            synchronized (lines) {
                return (int) lines.stream().filter(line -> !line.equals("ready")).count();
            }
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }
}
