package casedesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.access.Accounts;
import casedesk.access.Forbidden;
import casedesk.access.Session;
import casedesk.caseload.Bundles;
import casedesk.caseload.Caseload;
import casedesk.demo.DecisionHistory;
import casedesk.demo.DemoCaseload;
import casedesk.model.DecisionFilter;
import casedesk.model.DecisionSummary;
import casedesk.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions travel from an officer's workstation to a supervisor's in a signed, sealed bundle: a
 * round trip lands every decision, labelled and read-only; a bundle changed, cut short, opened with
 * the wrong passphrase, older than the last, or from a rewritten trail is refused whole.
 */
class BundlesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    private Caseload officers;
    private Caseload supervisors;
    private AuditTrail exporting;
    private AuditTrail importing;
    private Session exporter;
    private Session supervisor;

    @BeforeEach
    void twoWorkstations() {
        officers = Caseload.open(dir.resolve("shanghai-2.db"), CLOCK);
        DecisionHistory.build(officers, 40, 3, LocalDate.of(2026, 11, 30), Progress.NONE);
        exporter = new Accounts(officers, CLOCK).signIn("lschmit", DemoCaseload.DEMO_PASSWORD.toCharArray(), "test");
        exporting = new AuditTrail(officers, CLOCK);

        supervisors = Caseload.open(dir.resolve("supervisor.db"), CLOCK);
        DecisionHistory.build(supervisors, 5, 4, LocalDate.of(2026, 11, 30), Progress.NONE);
        supervisor = new Accounts(supervisors, CLOCK).signIn("lschmit", DemoCaseload.DEMO_PASSWORD.toCharArray(), "test");
        importing = new AuditTrail(supervisors, CLOCK);
    }

    @AfterEach
    void close() {
        officers.close();
        supervisors.close();
    }

    private byte[] bundle() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporting.exportBundle(exporter, out, PASSPHRASE.clone(), false);
        return out.toByteArray();
    }

    @Test
    void aBundleRoundTripLandsEveryDecisionLabelledAndTheBrowserCoversBoth() throws Exception {
        byte[] bundle = bundle();
        assertTrue(officers.audit().events(0, 10_000).stream().anyMatch(e -> e.type().equals("bundle-exported")),
                "the export is in the workstation's trail");
        casedesk.model.BundleHeader header = Bundles.peek(bundle);
        assertEquals("lschmit", header.exportedBy());
        assertEquals(officers.bundles().ownFingerprint().orElseThrow(), header.fingerprint());
        assertTrue(new String(bundle, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("WANG") < 0
                && officers.decisions().size() == 40, "the names travel sealed");

        var workstation = importing.importBundle(supervisor, bundle, PASSPHRASE.clone(), "Shanghai desk 2");
        assertEquals("Shanghai desk 2", workstation.label());
        assertEquals(40, workstation.decisions());
        assertEquals(header.fingerprint(), workstation.fingerprint());

        var all = importing.decisions(supervisor, DecisionFilter.ALL, DecisionSummary.Order.DECIDED_AT, false, 0);
        assertEquals(45, all.total(), "its own five and the forty imported");
        var imported = importing.decisions(supervisor, DecisionFilter.ALL.withWorkstation("Shanghai desk 2"),
                DecisionSummary.Order.DECIDED_AT, false, 0).decisions();
        assertEquals(40, imported.size());
        assertTrue(imported.stream().allMatch(d -> d.workstation().equals("Shanghai desk 2")));
        assertEquals(5, importing.decisions(supervisor, DecisionFilter.ALL.withWorkstation(""),
                DecisionSummary.Order.DECIDED_AT, false, 0).total());
        assertEquals(45, importing.statistics(supervisor, DecisionFilter.ALL).decisions());

        DecisionSummary one = imported.getFirst();
        var decision = importing.importedDecision(supervisor, "Shanghai desk 2", one.decisionId());
        var original = officers.decisions().get(one.decisionId());
        assertEquals(original, decision, "note, reason and snapshot as the workstation holds them");
        assertTrue(supervisors.audit().verify().isIntact());
        assertTrue(supervisors.audit().events(0, 10_000).stream().anyMatch(e -> e.type().equals("bundle-imported")));

        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("supervisor.db"));
                var statement = connection.createStatement()) {
            var refused = assertThrows(java.sql.SQLException.class,
                    () -> statement.executeUpdate("UPDATE imported_decisions SET outcome = 'issue'"));
            assertTrue(refused.getMessage().contains("never updated"), refused.getMessage());
            // Behind the trigger's back: an imported refusal turned into an issue.
            statement.execute("DROP TRIGGER imported_decisions_are_never_updated");
            statement.executeUpdate("UPDATE imported_decisions SET outcome = 'issue' WHERE outcome = 'refuse'");
        }
        var check = supervisors.audit().verify();
        assertTrue(!check.isIntact(), "an imported decision edited in the file is a break");
        assertTrue(check.problem().contains("imported workstation"), check.problem());
    }

    @Test
    void aBundleChangedCutShortOrOpenedWithTheWrongPassphraseIsRefusedWhole() throws Exception {
        byte[] bundle = bundle();
        long events = supervisors.audit().size();
        List<byte[]> spoiled = List.of(
                flip(bundle, bundle.length / 2),                       // inside the sealed contents
                flip(bundle, 40),                                      // inside the header
                flip(bundle, bundle.length - 3),                       // inside the signature
                Arrays.copyOf(bundle, bundle.length - 10),             // cut short
                Arrays.copyOf(bundle, bundle.length / 3),
                Arrays.copyOf(bundle, bundle.length + 1),              // a byte added
                "not a bundle".getBytes());
        for (byte[] bad : spoiled) {
            assertThrows(Bundles.Refused.class, () -> importing.importBundle(supervisor, bad, PASSPHRASE.clone(), "X"));
        }
        var wrong = assertThrows(Bundles.Refused.class, () -> importing.importBundle(supervisor, bundle,
                "another passphrase".toCharArray(), "X"));
        assertTrue(wrong.getMessage().contains("passphrase"), wrong.getMessage());
        assertEquals(List.of(), importing.workstations(supervisor), "nothing was imported");
        assertEquals(events, supervisors.audit().size(), "nothing was recorded");
        assertEquals(5, importing.decisions(supervisor, DecisionFilter.ALL, DecisionSummary.Order.DECIDED_AT, false, 0)
                .total());
    }

    @Test
    void aLaterBundleContinuesTheTrailAndAnOlderOrOwnBundleIsRefused() throws Exception {
        byte[] first = bundle();
        importing.importBundle(supervisor, first, PASSPHRASE.clone(), "Shanghai desk 2");
        DecisionHistory.add(officers, 3, 9, LocalDate.of(2026, 11, 30), Progress.NONE);
        byte[] second = bundle();
        var again = importing.importBundle(supervisor, second, PASSPHRASE.clone(), null);
        assertEquals("Shanghai desk 2", again.label(), "known by its key, it keeps its label");
        assertEquals(43, again.decisions());
        assertEquals(43, importing.decisions(supervisor, DecisionFilter.ALL.withWorkstation("Shanghai desk 2"),
                DecisionSummary.Order.DECIDED_AT, false, 0).total(), "the later bundle's decisions are listed");
        assertTrue(again.headSequence() > Bundles.peek(first).headSequence());

        var older = assertThrows(Bundles.Refused.class, () -> importing.importBundle(supervisor, first,
                PASSPHRASE.clone(), null));
        assertTrue(older.getMessage().contains("older"), older.getMessage());
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        importing.exportBundle(supervisor, own, PASSPHRASE.clone(), false);
        assertThrows(Bundles.Refused.class, () -> importing.importBundle(supervisor, own.toByteArray(), PASSPHRASE.clone(),
                "me"));
        assertThrows(Bundles.Refused.class, () -> importing.importBundle(supervisor, second, PASSPHRASE.clone(),
                "Another name"), "a known workstation keeps its label");
    }

    /**
     * With its documents, a bundle lets the supervisor see the evidence of each decision: the very PDFs
     * its snapshot names, kept sealed; a stored copy swapped for another is found, never shown as that one.
     */
    @Test
    void aBundleWithItsDocumentsCarriesThePdfsEachDecisionWasTakenOn() throws Exception {
        Path file = dir.resolve("desk-3.db");
        casedesk.DemoFiles.create(file, new DemoCaseload.Options(12, 5, LocalDate.of(2026, 11, 30)));
        byte[] bundle;
        List<casedesk.model.Decision> decided;
        try (Caseload desk = Caseload.open(file, CLOCK)) {
            Session admin = new Accounts(desk, CLOCK).signIn("admin", DemoCaseload.DEMO_PASSWORD.toCharArray(), "test");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            casedesk.model.BundleHeader header = new AuditTrail(desk, CLOCK).exportBundle(admin, out, PASSPHRASE.clone(), true);
            bundle = out.toByteArray();
            decided = java.util.stream.LongStream.rangeClosed(1, desk.decisions().size()).mapToObj(desk.decisions()::get).toList();
            long named = decided.stream().flatMap(d -> casedesk.decision.DecisionService.evidenceOf(d).documents().stream())
                    .map(casedesk.model.DecidedEvidence.DecidedDocument::sha256).distinct().count();
            assertTrue(named > 0, "the demo's decisions were taken on documents");
            assertEquals(named, header.documents());
            assertEquals(named, Bundles.peek(bundle).documents());
            String text = new String(bundle, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(!text.contains("%PDF"), "the documents travel sealed");
            assertTrue(desk.audit().events(0, 10_000).stream().anyMatch(e -> e.type().equals("bundle-exported")
                    && e.detail().contains("\"documents\":" + named)), "the trail says the documents left");
        }
        var workstation = importing.importBundle(supervisor, bundle, PASSPHRASE.clone(), "Shanghai desk 3");
        assertEquals(Bundles.peek(bundle).documents(), workstation.documents());
        for (casedesk.model.Decision decision : decided) {
            for (var document : casedesk.decision.DecisionService.evidenceOf(decision).documents()) {
                byte[] pdf = importing.importedDocument(supervisor, "Shanghai desk 3", document.sha256()).orElseThrow();
                assertEquals(document.sha256(), casedesk.security.Sha256.hex(pdf));
            }
        }
        assertTrue(supervisors.audit().verify().isIntact());
        assertTrue(importing.importedDocument(supervisor, "Shanghai desk 3", "00".repeat(32)).isEmpty());

        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("supervisor.db"));
                var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("SELECT count(*) FROM imported_documents WHERE instr(sealed, '%PDF') > 0")) {
                assertEquals(0, rows.getInt(1), "kept sealed, not as PDFs");
            }
            // Behind the triggers' back: one document's stored copy replaced by another's.
            statement.execute("DROP TRIGGER imported_documents_are_never_updated");
            statement.executeUpdate("""
                    UPDATE imported_documents SET sealed = (SELECT sealed FROM imported_documents ORDER BY sha256 DESC LIMIT 1)
                    WHERE sha256 = (SELECT min(sha256) FROM imported_documents)""");
        }
        String first;
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("supervisor.db"));
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT min(sha256) FROM imported_documents")) {
            first = rows.getString(1);
        }
        assertThrows(casedesk.caseload.CaseloadException.class,
                () -> importing.importedDocument(supervisor, "Shanghai desk 3", first), "never shown as the document it is not");
        var check = supervisors.audit().verify();
        assertTrue(!check.isIntact(), "a stored document swapped in the file is a break");
    }

    @Test
    void aBundleWithoutItsDocumentsSaysSoAndTheSameBundleTwiceImportsNothingNew() throws Exception {
        byte[] bundle = bundle();
        assertEquals(0, Bundles.peek(bundle).documents());
        var workstation = importing.importBundle(supervisor, bundle, PASSPHRASE.clone(), "Shanghai desk 2");
        assertEquals(0, workstation.documents());
        long events = supervisors.audit().size();
        var again = assertThrows(Bundles.Refused.class, () -> importing.importBundle(supervisor, bundle, PASSPHRASE.clone(),
                null));
        assertTrue(again.getMessage().contains("nothing new"), again.getMessage());
        assertEquals(events, supervisors.audit().size(), "nothing recorded");
    }

    @Test
    void aShortPassphraseAndAnOfficerAreRefused() {
        assertThrows(Bundles.Refused.class, () -> exporting.exportBundle(exporter, new ByteArrayOutputStream(),
                "short".toCharArray(), false));
        Session officer = new Accounts(officers, CLOCK).signIn("amartin", DemoCaseload.DEMO_PASSWORD.toCharArray(), "test");
        assertThrows(Forbidden.class, () -> exporting.exportBundle(officer, new ByteArrayOutputStream(), PASSPHRASE.clone(), false));
        assertThrows(Forbidden.class, () -> importing.importBundle(
                new Accounts(supervisors, CLOCK).signIn("amartin", DemoCaseload.DEMO_PASSWORD.toCharArray(), "test"),
                new byte[0], PASSPHRASE.clone(), "X"));
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x20;
        return copy;
    }
}
