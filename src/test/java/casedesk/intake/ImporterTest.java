package casedesk.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.caseload.CaseloadException;
import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.CreditReportRequest;
import casedesk.demo.documents.CreditReports;
import casedesk.demo.documents.InsuranceCertificates;
import casedesk.demo.documents.InsuranceRequest;
import casedesk.demo.documents.Insurer;
import casedesk.demo.documents.Language;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.evidence.Extractor;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Document;
import casedesk.model.DocumentKind;
import casedesk.model.Money;
import casedesk.progress.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

    static final CaseReference REF = new CaseReference("LU-SHA-2026-000123");
    static final Applicant WANG = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678",
            "310101198804171234");

    @TempDir
    Path dir;

    private Caseload caseload;
    private Importer importer;

    @BeforeEach
    void open() {
        caseload = casedesk.DemoKey.open(dir.resolve("caseload.db"));
        importer = new Importer(caseload, Extractor.withDefaults());
    }

    @AfterEach
    void close() {
        caseload.close();
    }

    /** The design's example intake: an Alipay-protected ICBC statement, a Sesame report, insurance. */
    private Path intakeFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("intake"));
        Files.writeString(folder.resolve("case.json"), ManifestTest.GOOD, StandardCharsets.UTF_8);
        Files.write(folder.resolve("statement-icbc.pdf"), BankStatements.generate(StatementRequest.of(StatementLayout.ICBC,
                WANG, "6222021234567890123", LocalDate.of(2026, 10, 20), 3, Money.of("86400.00", "CNY"), 1)
                .withPassword("171234")).pdf());
        Files.write(folder.resolve("zhima-report.pdf"), CreditReports.generate(CreditReportRequest.of(WANG, 786,
                LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 24), Language.ZH, 2)).pdf());
        Files.write(folder.resolve("insurance.pdf"), InsuranceCertificates.generate(InsuranceRequest.of(WANG, Insurer.PING_AN,
                Money.of("30000.00", "EUR"), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 25), Language.EN, 3)).pdf());
        return folder;
    }

    @Test
    void createsTheCaseWithEveryDocumentAndWhatWasReadFromIt() throws Exception {
        Importer.Report report = importer.importIntake(IntakeSource.read(intakeFolder()), "amartin", Progress.NONE);

        assertTrue(report.caseCreated());
        assertTrue(report.allStored(), report.toString());
        assertEquals(WANG, caseload.cases().get(REF).applicant());
        List<Document> documents = caseload.documents().forCase(REF);
        assertEquals(List.of(DocumentKind.BANK_STATEMENT, DocumentKind.CREDIT_REPORT, DocumentKind.INSURANCE),
                documents.stream().map(Document::kind).toList());
        var statement = caseload.evidence().extraction(documents.getFirst().id());
        assertTrue(statement.transactions().size() > 40);
        assertEquals("86400.00", statement.figures().stream().filter(f -> f.name().equals("closing_balance"))
                .findFirst().orElseThrow().value().canonical());
        assertTrue(caseload.audit().verify().isIntact());
    }

    @Test
    void readsTheSameIntakeFromAZip() throws Exception {
        Path folder = intakeFolder();
        Path zip = dir.resolve("intake.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : Files.list(folder).sorted().toList()) {
                out.putNextEntry(new ZipEntry("LU-SHA-2026-000123/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        Importer.Report report = importer.importIntake(IntakeSource.read(zip), "amartin", Progress.NONE);

        assertTrue(report.allStored(), report.toString());
        assertEquals(3, caseload.documents().forCase(REF).size());
    }

    @Test
    void aManifestListingAFileTheIntakeLacksIsRefusedWholeAndNothingIsStored() throws Exception {
        Path folder = intakeFolder();
        Files.delete(folder.resolve("insurance.pdf"));

        ManifestException refused = assertThrows(ManifestException.class,
                () -> importer.importIntake(IntakeSource.read(folder), "amartin", Progress.NONE));

        assertEquals("documents[2]", refused.field());
        assertEquals(0, caseload.cases().size());
    }

    @Test
    void anExistingReferenceRefusesTheIntakeWhole() throws Exception {
        importer.importIntake(IntakeSource.read(intakeFolder()), "amartin", Progress.NONE);
        long events = caseload.audit().size();

        assertThrows(CaseloadException.AlreadyExists.class,
                () -> importer.importIntake(IntakeSource.read(dir.resolve("intake")), "amartin", Progress.NONE));
        assertEquals(events, caseload.audit().size());
    }

    @Test
    void aPdfThatCannotBeReadIsReportedAndNotStoredWhileTheOthersAre() throws Exception {
        Path folder = intakeFolder();
        Files.writeString(folder.resolve("case.json"), ManifestTest.GOOD.replace("\"171234\"", "\"000000\"")
                .replace("\"310101198804171234\"", "\"\""));

        Importer.Report report = importer.importIntake(IntakeSource.read(folder), "amartin", Progress.NONE);

        assertFalse(report.allStored());
        Importer.Outcome statement = report.documents().getFirst();
        assertEquals("wrong-password", statement.problemCode().orElseThrow());
        assertEquals(2, caseload.documents().forCase(REF).size());
    }

    @Test
    void theAlipayConventionOpensAStatementWhenNoPasswordIsGiven() throws Exception {
        Path folder = intakeFolder();
        Files.writeString(folder.resolve("case.json"), ManifestTest.GOOD.replace(",\n \"passwords\": {\"statement-icbc.pdf\": \"171234\"}", "")
                .replace("\"passwords\": {\"statement-icbc.pdf\": \"171234\"}", "\"passwords\": {}"));

        Importer.Report report = importer.importIntake(IntakeSource.read(folder), "amartin", Progress.NONE);

        assertTrue(report.allStored(), report.toString());
    }

    @Test
    void addsPdfsToACaseAndRefusesOneItAlreadyHas() throws Exception {
        Path folder = intakeFolder();
        importer.importIntake(IntakeSource.read(folder), "amartin", Progress.NONE);
        byte[] again = Files.readAllBytes(folder.resolve("insurance.pdf"));

        Importer.Report report = importer.addDocuments(REF, List.of(new Importer.Pdf("insurance-copy.pdf", again)),
                Map.of(), "amartin", Progress.NONE);

        assertEquals("duplicate-document", report.documents().getFirst().problemCode().orElseThrow());
        assertEquals(3, caseload.documents().forCase(REF).size());
    }

    @Test
    void aZipThatUnpacksToFarMoreThanItsSizeIsRefused() throws Exception {
        Path zip = zipOfZeros("bomb.zip", 9, 60);
        assertTrue(Files.size(zip) < 5_000_000);

        IntakeException refused = assertThrows(IntakeException.class, () -> IntakeSource.read(zip));
        assertTrue(refused.getMessage().contains("unpacks to more than"), refused.getMessage());
    }

    @Test
    void anEntryLargerThanAnyDocumentIsRefusedBeforeAnythingIsStored() throws Exception {
        Path zip = zipOfZeros("large.zip", 1, 100);

        IntakeException refused = assertThrows(IntakeException.class, () -> IntakeSource.read(zip));
        assertTrue(refused.getMessage().contains("statement-0.pdf is larger than 64 MB"), refused.getMessage());
        assertEquals(0, caseload.cases().size(), "no case either");
    }

    /** A zip of case.json and PDFs of zeros, each of that many megabytes. */
    private Path zipOfZeros(String name, int files, int megabytes) throws Exception {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("case.json"));
            out.write(ManifestTest.GOOD.getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            for (int f = 0; f < files; f++) {
                out.putNextEntry(new ZipEntry("statement-" + f + ".pdf"));
                for (int i = 0; i < megabytes; i++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void somethingThatIsNeitherFolderNorZipIsRefused() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello");
        assertThrows(IntakeException.class, () -> IntakeSource.read(file));
        assertThrows(IntakeException.class, () -> IntakeSource.read(dir.resolve("missing")));
    }
}
