package casedesk.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.DemoKey;
import casedesk.caseload.Caseload;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.model.Role;
import casedesk.model.User;
import casedesk.security.Passwords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes importing into one caseload at the same moment both succeed: write transactions
 * begin IMMEDIATE, so the one that waits waits under the busy timeout instead of failing with
 * SQLITE_BUSY when its read would turn into a write.
 */
class TwoProcessesTest {

    static final int IMPORTS_EACH = 6;

    @TempDir
    Path dir;

    @Test
    void twoJvmsImportingIntoOneCaseloadAtOnceBothStoreEverything() throws Exception {
        Path file = dir.resolve("caseload.db");
        try (Caseload caseload = DemoKey.open(file)) {
            Passwords.Derived password = Passwords.derive(CrashChild.PASSWORD.toCharArray(), 1_000);
            caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, password.stored(), true),
                    password.wrappingKey(), "test");
        }
        Path intake = Intakes.write(dir.resolve("intake"), false);

        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int child = 0; child < 2; child++) {
            Path log = dir.resolve("child-" + child + ".log");
            logs.add(log);
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-cp",
                    System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    CrashChild.class.getName(), "import", file.toString(), intake.toString(),
                    Integer.toString(1 + child * 100), Integer.toString(IMPORTS_EACH))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        for (int child = 0; child < 2; child++) {
            assertTrue(processes.get(child).waitFor(120, TimeUnit.SECONDS), "child " + child + " did not finish");
            assertEquals(0, processes.get(child).exitValue(), Files.readString(logs.get(child)));
        }

        try (Caseload caseload = DemoKey.open(file)) {
            List<QueueEntry> cases = caseload.cases().queue(QueueQuery.all());
            assertEquals(2 * IMPORTS_EACH, cases.size());
            for (QueueEntry entry : cases) {
                assertEquals(1, caseload.documents().forCase(entry.reference()).size(), entry.reference().value());
            }
            assertTrue(caseload.audit().verify().isIntact());
        }
    }
}
