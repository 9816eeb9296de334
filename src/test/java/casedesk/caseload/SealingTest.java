package casedesk.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.access.Accounts;
import casedesk.access.Session;
import casedesk.access.SignInRefused;
import casedesk.demo.DemoCaseload;
import casedesk.model.Box;
import casedesk.model.CaseReference;
import casedesk.model.Correction;
import casedesk.model.Document;
import casedesk.model.Figure;
import casedesk.model.FigureValue;
import casedesk.model.Money;
import casedesk.model.QueueQuery;
import casedesk.model.Role;
import casedesk.model.StoredFigure;
import casedesk.model.Transaction;
import casedesk.progress.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest, attacked the way a copy of the file would be: its raw bytes and its
 * write-ahead log are searched for every identity number, account number, balance, transaction
 * text and document byte the caseload holds; the data key opens only with a right password; a
 * caseload from before sealing is re-sealed in place, in batches, and goes on after an interruption.
 */
class SealingTest {

    private static final char[] PASSWORD = "demo".toCharArray();
    private static final char[] FIXTURE_PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aCopyOfADemoCaseloadGivesAwayNoIdentityNumberAccountBalanceOrDocumentByte() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoCaseload.createFile(file, new DemoCaseload.Options(6, DemoCaseload.DEFAULT_SEED, LocalDate.of(2026, 11, 20)),
                Progress.NONE);
        Set<String> secrets = new LinkedHashSet<>();
        List<byte[]> documentSlices = new ArrayList<>();
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            Accounts accounts = new Accounts(caseload, Samples.CLOCK);
            accounts.signIn("amartin", PASSWORD, "test");
            for (var entry : caseload.cases().queue(QueueQuery.all())) {
                var visaCase = caseload.cases().get(entry.reference());
                secrets.add(visaCase.applicant().passportNumber());
                secrets.add(visaCase.applicant().nationalId());
                for (Document document : caseload.documents().forCase(entry.reference())) {
                    byte[] bytes = caseload.documents().bytes(document);
                    for (int at = bytes.length / 4; at + 48 <= bytes.length; at += bytes.length / 4) {
                        documentSlices.add(java.util.Arrays.copyOfRange(bytes, at, at + 48));
                    }
                    for (StoredFigure figure : caseload.evidence().figures(document.id())) {
                        String value = figure.figure().value().canonical();
                        if (figure.figure().name().equals("account_number")
                                || figure.figure().value() instanceof FigureValue.Amount && value.length() >= 8) {
                            secrets.add(value);
                        }
                    }
                    for (Transaction transaction : caseload.evidence().transactions(document.id())) {
                        if (transaction.counterparty().length() >= 8) {
                            secrets.add(transaction.counterparty());
                        }
                    }
                }
            }
            Document first = caseload.documents().forCase(caseload.cases().queue(QueueQuery.all()).getFirst()
                    .reference()).getFirst();
            caseload.evidence().correct(first.id(), new Figure("closing_balance",
                    new FigureValue.Amount(Money.of("987654.32", "CNY")), 1, new Box(1, 1, 1, 1), "987,654.32"),
                    new Correction("amartin", Instant.parse("2026-11-20T09:00:00Z")));
            caseload.evidence().supply(first.id(), new Transaction(LocalDate.of(2026, 10, 1), "SUPPLIEDMARKER",
                    Money.of("4321.09", "CNY"), Optional.of(Money.of("991975.41", "CNY")), "COUNTERPARTYMARKER", 1,
                    new Box(1, 1, 1, 1), false), new Correction("amartin", Instant.parse("2026-11-20T09:01:00Z")));
            secrets.addAll(List.of("987654.32", "SUPPLIEDMARKER", "COUNTERPARTYMARKER", "991975.41"));
            assertTrue(secrets.size() > 20, "the demo holds enough to look for: " + secrets);
            assertFalse(documentSlices.isEmpty());

            // while it is open, the write-ahead log holds the latest pages: they give nothing away either
            assertNothingIn(file, secrets, documentSlices);
        }
        assertNothingIn(file, secrets, documentSlices);
        assertEquals(List.of(), pendingKeys(file), "the data key is nowhere in the clear once an account holds it");
    }

    @Test
    void theDataKeyOpensWithARightPasswordOnlyAndFollowsAPasswordChange() throws Exception {
        Path file = dir.resolve("caseload.db");
        CaseReference reference;
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            Accounts accounts = new Accounts(caseload, Samples.CLOCK);
            Session admin = accounts.createFirstAdministrator("admin", "Admin", "administrator password".toCharArray());
            accounts.add(admin, "amartin", "Anne Martin", Role.OFFICER, "officer password".toCharArray());
            var wang = Samples.wang(1);
            reference = wang.reference();
            caseload.cases().create(wang, "amartin");
        }
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertFalse(caseload.unlocked(), "nobody signed in: the key is not in memory");
            assertEquals(1, caseload.cases().queue(QueueQuery.all()).size(), "names, dates, status stay readable");
            var locked = assertThrows(CaseloadException.Locked.class, () -> caseload.cases().get(reference));
            assertTrue(locked.getMessage().contains("sign in"), locked.getMessage());
            assertTrue(caseload.cases().queue(QueueQuery.all().withText("E12345678")).isEmpty(),
                    "no passport search without the key");
            assertThrows(CaseloadException.Unreadable.class, () -> caseload.unlock("amartin", new byte[32]));
            assertFalse(caseload.unlocked());

            Accounts accounts = new Accounts(caseload, Samples.CLOCK);
            assertThrows(SignInRefused.class, () -> accounts.signIn("amartin", "wrong password".toCharArray(), "test"));
            Session anne = accounts.signIn("amartin", "officer password".toCharArray(), "test");
            assertEquals("E12345678", caseload.cases().get(reference).applicant().passportNumber());
            assertEquals(1, caseload.cases().queue(QueueQuery.all().withText("e12345678")).size(),
                    "a passport is found by its keyed hash");

            accounts.changePassword(anne, "amartin", "a new officer password".toCharArray());
            accounts.signOut();
            assertFalse(caseload.unlocked(), "signing out forgets the key");
            assertThrows(SignInRefused.class, () -> accounts.signIn("amartin", "officer password".toCharArray(), "test"));
            accounts.signIn("amartin", "a new officer password".toCharArray(), "test");
            assertTrue(caseload.unlocked());

            // an administrator re-issues access to someone who forgot their password, without knowing it
            Session admin = accounts.signIn("admin", "administrator password".toCharArray(), "test");
            accounts.changePassword(admin, "amartin", "issued by the administrator".toCharArray());
            accounts.signOut();
            accounts.signIn("amartin", "issued by the administrator".toCharArray(), "test");
            assertEquals("310101198804171234", caseload.cases().get(reference).applicant().nationalId());
        }
    }

    @Test
    void theWorkstationKeyIsSealedSoTheFileAndItsKeyWithoutAPasswordSignNothing() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoCaseload.createFile(file, new DemoCaseload.Options(2, DemoCaseload.DEFAULT_SEED, LocalDate.of(2026, 11, 20)),
                Progress.NONE);
        java.util.Properties kept = new java.util.Properties();
        try (var reader = Files.newBufferedReader(Path.of(file + ".workstation"))) {
            kept.load(reader);
        }
        assertEquals(null, kept.getProperty("privateKey"), "the private half is not in the clear");
        byte[] sealed = java.util.Base64.getDecoder().decode(kept.getProperty("sealedPrivateKey"));
        assertThrows(java.security.spec.InvalidKeySpecException.class, () -> java.security.KeyFactory.getInstance("Ed25519")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(sealed)));
        assertThrows(java.security.spec.InvalidKeySpecException.class, () -> java.security.KeyFactory.getInstance("Ed25519")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(java.util.Arrays.copyOfRange(sealed, 13,
                        sealed.length - 16))));

        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertFalse(caseload.unlocked());
            long events = caseload.audit().size();
            var rate = List.of(new casedesk.model.ExchangeRate(LocalDate.of(2026, 11, 20), "SGD",
                    new java.math.BigDecimal("1.0500")));
            assertThrows(CaseloadException.Locked.class, () -> caseload.rates().store(rate, "copied", "admin"),
                    "nothing is signed before someone signs in");
            assertTrue(caseload.rates().onOrBefore("SGD", LocalDate.of(2026, 11, 20)).isEmpty(), "and nothing was written");

            Accounts accounts = new Accounts(caseload, Samples.CLOCK);
            assertThrows(SignInRefused.class, () -> accounts.signIn("amartin", "not the password".toCharArray(), "test"));
            assertThrows(SignInRefused.class, () -> accounts.signIn("amartin", "nor this one".toCharArray(), "test"));
            assertEquals(events, caseload.audit().size(), "a refused sign-in is counted in the account, not signed");
            accounts.signIn("amartin", PASSWORD, "test");
            var signedIn = caseload.audit().events(events, 10).getLast();
            assertEquals("signed-in", signedIn.type());
            assertEquals(2, caseload.audit().readableDetail(signedIn).get("refusedBefore").asInt(),
                    "the sign-in records the failures before it");
            assertTrue(caseload.audit().verify().isIntact());
        }
    }

    @Test
    void aSealedValueMovedToAnotherRowDoesNotOpen() throws Exception {
        Path file = dir.resolve("caseload.db");
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            caseload.cases().create(Samples.wang(1), "officer");
            caseload.cases().create(Samples.person(2, "LI", "NA", "李娜", "E22222222", LocalDate.of(2026, 11, 3)), "officer");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE cases SET passport_sealed = (SELECT passport_sealed FROM cases WHERE id = 1) WHERE id = 2""");
        }
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            var moved = assertThrows(CaseloadException.Unreadable.class,
                    () -> caseload.cases().get(CaseReference.of("LU", "SHA", 2026, 2)));
            assertTrue(moved.getMessage().contains("moved from another row"), moved.getMessage());
        }

    }

    @Test
    void aFigureAsReadAndItsCorrectionEachOpenOnlyInTheirOwnRow() throws Exception {
        Path file = dir.resolve("caseload.db");
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            caseload.cases().create(Samples.wang(1), "officer");
            Document document = caseload.documents().add(Samples.wang(1).reference(),
                    new DocumentRepository.NewDocument("s.pdf", casedesk.model.DocumentKind.BANK_STATEMENT, 1,
                            new byte[] {1}), "officer");
            Box box = new Box(1, 1, 1, 1);
            caseload.evidence().store(document.id(), new casedesk.model.Extraction(List.of(new Figure("closing_balance",
                    new FigureValue.Amount(Money.of("100.00", "CNY")), 1, box, "100.00")), List.of(), List.of()), "officer");
            caseload.evidence().correct(document.id(), new Figure("closing_balance",
                    new FigureValue.Amount(Money.of("90000.00", "CNY")), 1, box, "90,000.00"),
                    new Correction("officer", Instant.parse("2026-11-20T09:00:00Z")));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TRIGGER corrections_are_never_changed");
            statement.executeUpdate("UPDATE figures SET value = (SELECT value FROM figures WHERE corrected_by IS NULL) "
                    + "WHERE corrected_by IS NOT NULL");
        }
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertThrows(CaseloadException.Unreadable.class, () -> caseload.evidence().figures(1));
        }
    }

    @Test
    void aCaseloadFromBeforeSealingIsResealedInPlaceAndItsAccountsKeepTheirPasswords() throws Exception {
        Path file = format4(dir.resolve("format-4.db"));
        List<String> markers = List.of("E12345678", "110101198804170011", "6222020200112233445", "45678.91",
                "DOCUMENTMARKER", "SALARYMARKER", "PAYEEMARKER", "12345.67", "SIGNALMARKER", "VERDICTMARKER", "NOTEMARKER",
                "SNAPSHOTMARKER");
        assertTrue(contains(Files.readAllBytes(file), "PAYEEMARKER".getBytes(StandardCharsets.UTF_8)),
                "the fixture holds its values in the clear");

        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertTrue(caseload.audit().verify().isIntact());
        }
        assertNothingIn(file, Set.copyOf(markers), List.of());
        assertEquals(List.of(), pendingKeys(file));

        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertFalse(caseload.unlocked());
            assertTrue(caseload.users().wrappedFromFirstForm("amartin"), "a copy from before could compute this wrap");
            new Accounts(caseload, Samples.CLOCK).signIn("amartin", FIXTURE_PASSWORD, "test");
            assertFalse(caseload.users().wrappedFromFirstForm("amartin"), "the first sign-in wraps the key anew");
            caseload.lock();
            new Accounts(caseload, Samples.CLOCK).signIn("amartin", FIXTURE_PASSWORD, "test");
            CaseReference wang = new CaseReference("LU-SHA-2026-000001");
            assertEquals("E12345678", caseload.cases().get(wang).applicant().passportNumber());
            Document document = caseload.documents().forCase(wang).getFirst();
            assertEquals("%PDF-1.7 DOCUMENTMARKER", new String(caseload.documents().bytes(document), StandardCharsets.UTF_8));
            assertEquals("PAYEEMARKER", caseload.evidence().transactions(document.id()).getFirst().counterparty());
            assertTrue(caseload.evidence().signals(document.id()).getFirst().detail().contains("SIGNALMARKER"));
            assertTrue(caseload.evaluations().latest(wang).orElseThrow().verdicts().getFirst().explanation()
                    .contains("VERDICTMARKER"));
            assertEquals("NOTEMARKER", caseload.decisions().latest(wang).orElseThrow().note());
            assertEquals(List.of(new CaseReference("LU-SHA-2026-000001")),
                    caseload.evidence().otherCasesWithAccount("6222020200112233445", new CaseReference("LU-SHA-2026-000009")),
                    "the account check finds the re-sealed number by its keyed hash");
            assertTrue(caseload.audit().verify().isIntact());
        }
    }

    @Test
    void aSealedKeyLeftBesideACaseloadFromBeforeSigningIsAnotherCaseloadsAndIsReplaced() throws Exception {
        Path other = dir.resolve("other.db");
        try (Caseload caseload = Caseload.open(other, Samples.CLOCK)) {
            caseload.users().create(new casedesk.model.User("amartin", "Anne Martin", Role.OFFICER, "x", true),
                    Samples.WRAPPING_KEY, "admin");
        }
        Path file = format4(dir.resolve("format-4.db"));
        Files.copy(SigningKey.fileFor(other), SigningKey.fileFor(file));

        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertEquals(Optional.empty(), caseload.readOnly());
            assertTrue(caseload.audit().verify().isIntact());
        }
        assertFalse(Files.readString(SigningKey.fileFor(file)).equals(Files.readString(SigningKey.fileFor(other))));
    }

    @Test
    void resealingInterruptedBetweenBatchesGoesOnAtTheNextOpen() throws Exception {
        Path file = format4(dir.resolve("format-4.db"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            // enough figures for several batches
            statement.executeUpdate("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)
                    INSERT INTO figures (document_id, name, value_type, value, currency, page, x, y, w, h, source_text)
                    SELECT 1, 'line_' || i, 'text', 'LINEMARKER' || i, NULL, 1, 1, 1, 1, 1, 'LINEMARKER' || i FROM n""");
        }
        // the process stops after its first batch (as a kill would, or a failing disk): what that batch
        // re-sealed is committed with its audit event, nothing else changed
        class Stopped extends RuntimeException {
        }
        Progress stopAfterFirstBatch = (done, total, message) -> {
            if (done > 2 && done < total) { // the case and the document first, then a first batch of figures
                throw new Stopped();
            }
        };
        assertThrows(Stopped.class, () -> Caseload.open(file, Samples.CLOCK, stopAfterFirstBatch));
        assertEquals(1202 - Resealer.ROWS, plainFigures(file), "one batch of figures was re-sealed and kept");
        assertEquals(1, pendingKeys(file).size(), "the key stays until everything is sealed");

        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            assertTrue(caseload.audit().verify().isIntact());
        }
        assertEquals(0, plainFigures(file));
        assertNothingIn(file, Set.of("LINEMARKER", "PAYEEMARKER"), List.of());
        try (Caseload caseload = Caseload.open(file, Samples.CLOCK)) {
            new Accounts(caseload, Samples.CLOCK).signIn("amartin", FIXTURE_PASSWORD, "test");
            assertEquals(1202, caseload.evidence().figures(1).size());
        }
    }

    private static Path format4(Path file) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Schema.migrate(connection, 4);
            try (Statement statement = connection.createStatement();
                    InputStream in = SealingTest.class.getResourceAsStream("format-4.sql")) {
                statement.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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

    private static List<byte[]> pendingKeys(Path file) throws SQLException {
        List<byte[]> keys = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pending FROM caseload_key WHERE pending IS NOT NULL")) {
            while (rows.next()) {
                keys.add(rows.getBytes(1));
            }
        }
        return keys;
    }

    private static void assertNothingIn(Path file, Set<String> secrets, List<byte[]> slices) throws IOException {
        for (Path part : List.of(file, Path.of(file + "-wal"))) {
            if (!Files.exists(part)) {
                continue;
            }
            byte[] raw = Files.readAllBytes(part);
            for (String secret : secrets) {
                assertFalse(contains(raw, secret.getBytes(StandardCharsets.UTF_8)),
                        "'" + secret + "' is readable in " + part.getFileName());
            }
            for (byte[] slice : slices) {
                assertFalse(contains(raw, slice), "document bytes are readable in " + part.getFileName());
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
