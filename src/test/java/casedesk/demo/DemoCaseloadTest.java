package casedesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.caseload.CaseloadException;
import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import casedesk.model.Decision;
import casedesk.model.Document;
import casedesk.model.DocumentKind;
import casedesk.model.Outcome;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.model.VisaCase;
import casedesk.progress.Progress;
import casedesk.security.Passwords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCaseloadTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final DemoCaseload.Options SIXTY = new DemoCaseload.Options(60, 7, AS_OF);

    @TempDir
    static Path dir;

    static Path sixty;
    static DemoCaseload.Summary summary;

    @BeforeAll
    static void buildSixtyCases() {
        sixty = dir.resolve("sixty.db");
        summary = DemoCaseload.createFile(sixty, SIXTY, Progress.NONE);
    }

    @Test
    void holdsTheRequestedNumberOfCasesWithEveryProfile() {
        assertEquals(60, summary.cases());
        assertEquals(EnumSet.allOf(Profile.class), summary.byProfile().keySet());
        assertTrue(summary.byProfile().get(Profile.BANK_CLEAN) >= 15, summary.describe());
        try (Caseload caseload = casedesk.DemoKey.open(sixty)) {
            assertEquals(60, caseload.cases().size());
        }
    }

    @Test
    void aboutAQuarterIsDecidedAndSomeWaitForDocuments() {
        Map<CaseStatus, Long> statuses = summary.byStatus();
        long decided = statuses.get(CaseStatus.ISSUED) + statuses.get(CaseStatus.REFUSED);
        assertTrue(decided >= 10 && decided <= 18, summary.describe());
        assertTrue(statuses.get(CaseStatus.ISSUED) > 0 && statuses.get(CaseStatus.REFUSED) > 0, summary.describe());
        assertTrue(statuses.get(CaseStatus.DOCUMENTS_REQUESTED) > 0, summary.describe());
        assertTrue(statuses.get(CaseStatus.OPEN) >= 36, summary.describe());
    }

    @Test
    void openCasesAreRecentAndSomeAreOverdue() {
        try (Caseload caseload = casedesk.DemoKey.open(sixty)) {
            List<QueueEntry> open = caseload.cases().queue(QueueQuery.all().withStatuses(Set.of(CaseStatus.OPEN)));
            assertTrue(open.stream().allMatch(e -> !e.lodged().isAfter(AS_OF) && e.lodged().isAfter(AS_OF.minusDays(20))));
            assertTrue(open.stream().anyMatch(e -> e.daysLeft(AS_OF) < 0), "some open case is overdue");
            assertTrue(open.stream().anyMatch(e -> e.daysLeft(AS_OF) > 5), "some open case has time");
        }
    }

    @Test
    void serialNumbersRunInLodgingOrder() {
        try (Caseload caseload = casedesk.DemoKey.open(sixty)) {
            List<VisaCase> bySerial = summary.profiles().keySet().stream()
                    .sorted(java.util.Comparator.comparing(r -> r.value().substring(r.value().length() - 6)))
                    .map(r -> caseload.cases().get(r)).toList();
            List<LocalDate> lodged = bySerial.stream().map(VisaCase::lodged).toList();
            assertEquals(lodged.stream().sorted().toList(), lodged);
            assertTrue(bySerial.getFirst().reference().value().endsWith("-000001"));
        }
    }

    @Test
    void eachProfileBringsTheDocumentsItShould() {
        try (Caseload caseload = casedesk.DemoKey.open(sixty)) {
            summary.profiles().forEach((reference, profile) -> {
                Set<DocumentKind> kinds = caseload.documents().forCase(reference).stream().map(Document::kind)
                        .collect(Collectors.toSet());
                String why = reference + " " + profile + " " + kinds;
                switch (profile) {
                    case SESAME_CLEAN, STALE_REPORT, LOW_SCORE -> assertTrue(
                            kinds.containsAll(Set.of(DocumentKind.CREDIT_REPORT, DocumentKind.INSURANCE)), why);
                    case MISSING_DOCUMENTS -> assertTrue(kinds.size() == 1, why);
                    case EDITED_STATEMENT, EDITOR_METADATA, BROKEN_BALANCE, COVERED_FIGURE, PARKED_FUNDS,
                            BORDERLINE_FUNDS, BANK_CLEAN, NAME_MISMATCH -> assertTrue(
                            kinds.containsAll(Set.of(DocumentKind.BANK_STATEMENT, DocumentKind.INSURANCE)), why);
                    case INSURANCE_LOW_COVER, INSURANCE_SHORT -> assertTrue(kinds.contains(DocumentKind.INSURANCE)
                            && (kinds.contains(DocumentKind.BANK_STATEMENT) || kinds.contains(DocumentKind.CREDIT_REPORT)), why);
                }
            });
        }
    }

    @Test
    void everyStoredDocumentIsAReadablePdf() throws Exception {
        try (Caseload caseload = casedesk.DemoKey.open(sixty)) {
            for (CaseReference reference : summary.profiles().keySet()) {
                for (Document document : caseload.documents().forCase(reference)) {
                    try (PDDocument pdf = Loader.loadPDF(caseload.documents().bytes(document))) {
                        assertEquals(document.pages(), pdf.getNumberOfPages(), document.fileName());
                    }
                }
            }
        }
    }

    @Test
    void everyDocumentWasReadAndWhatWasReadIsStored() {
        try (Caseload caseload = casedesk.DemoKey.open(sixty)) {
            for (CaseReference reference : summary.profiles().keySet()) {
                for (Document document : caseload.documents().forCase(reference)) {
                    var extraction = caseload.evidence().extraction(document.id());
                    assertTrue(extraction.figures().size() >= 6, document.fileName() + " " + extraction.figures());
                    if (document.kind() == DocumentKind.BANK_STATEMENT) {
                        assertTrue(extraction.transactions().size() > 20, document.fileName());
                    }
                }
            }
        }
    }

    @Test
    void tamperedStatementsCarryTheirSignals() {
        try (Caseload caseload = casedesk.DemoKey.open(sixty)) {
            summary.profiles().forEach((reference, profile) -> {
                if (!profile.tampered()) {
                    return;
                }
                Document statement = caseload.documents().forCase(reference).stream()
                        .filter(d -> d.kind() == DocumentKind.BANK_STATEMENT).findFirst().orElseThrow();
                assertTrue(!caseload.evidence().signals(statement.id()).isEmpty(), reference + " " + profile);
            });
        }
    }

    @Test
    void decidedCasesCarryTheirDecisionAndTheAuditChainHolds() {
        try (Caseload caseload = casedesk.DemoKey.open(sixty)) {
            long decisions = 0;
            for (CaseReference reference : summary.profiles().keySet()) {
                VisaCase visaCase = caseload.cases().get(reference);
                List<Decision> made = caseload.decisions().forCase(reference);
                if (visaCase.status() == CaseStatus.OPEN) {
                    assertTrue(made.isEmpty(), reference.value());
                    continue;
                }
                decisions++;
                Decision decision = made.getLast();
                assertEquals(visaCase.status(), decision.outcome().resultingStatus());
                if (decision.outcome() == Outcome.REFUSE) {
                    assertEquals(List.of(3), decision.refusalGrounds());
                }
                for (Document document : caseload.documents().forCase(reference)) {
                    assertTrue(decision.snapshot().contains(document.sha256()), "the snapshot names every document");
                }
            }
            assertEquals(decisions, caseload.decisions().size());
            assertTrue(caseload.audit().verify().isIntact());
        }
    }

    @Test
    void demoUsersLogInWithTheDemoPassword() {
        try (Caseload caseload = casedesk.DemoKey.open(sixty)) {
            assertEquals(List.of("admin", "amartin", "jdupont", "lschmit"),
                    caseload.users().all().stream().map(u -> u.username()).toList());
            assertTrue(Passwords.matches("demo".toCharArray(), caseload.users().find("amartin").orElseThrow().passwordHash()));
        }
    }

    @Test
    void theSameSeedAndDateBuildTheSameCaseloadAndAnotherSeedAnother() {
        Path again = dir.resolve("again.db");
        Path other = dir.resolve("other.db");
        DemoCaseload.createFile(again, SIXTY, Progress.NONE);
        DemoCaseload.createFile(other, new DemoCaseload.Options(60, 8, AS_OF), Progress.NONE);

        assertEquals(fingerprint(sixty), fingerprint(again));
        assertNotEquals(fingerprint(sixty), fingerprint(other));
    }

    @Test
    void refusesToBuildOverAnExistingFileAndLeavesIt() throws Exception {
        byte[] before = Files.readAllBytes(sixty);
        assertThrows(CaseloadException.AlreadyExists.class, () -> DemoCaseload.createFile(sixty, SIXTY, Progress.NONE));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(sixty)));
        assertFalse(Files.exists(dir.resolve("sixty.db.partial")));
    }

    /** Every case with its applicant, trip and the hashes of its documents. */
    private static List<String> fingerprint(Path file) {
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            return caseload.cases().queue(QueueQuery.all()).stream()
                    .map(entry -> caseload.cases().get(entry.reference()) + " "
                            + caseload.documents().forCase(entry.reference()).stream()
                                    .map(d -> d.fileName() + ":" + d.sha256()).toList())
                    .toList();
        }
    }
}
