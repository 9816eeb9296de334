package casedesk.intake;

import casedesk.caseload.Caseload;
import casedesk.caseload.CaseloadException;
import casedesk.caseload.DocumentRepository.NewDocument;
import casedesk.evidence.Extracted;
import casedesk.evidence.ExtractionResult;
import casedesk.evidence.Extractor;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.model.CaseReference;
import casedesk.model.Document;
import casedesk.model.VisaCase;
import casedesk.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings documents into the caseload: a new case from an intake (folder or zip with a case.json),
 * or PDFs added to an existing case. Every PDF is read first, outside any transaction; then the
 * case and every readable document with what was read from it are stored in one transaction. A
 * document that cannot be read, or is already in the case, is reported and not stored.
 */
public final class Importer {

    /** What became of one file. */
    public record Outcome(String fileName, Optional<Document> stored, Optional<String> problemCode, String message) {
        public boolean isStored() {
            return stored.isPresent();
        }
    }

    /** What an import did. */
    public record Report(CaseReference reference, boolean caseCreated, List<Outcome> documents, List<String> ignored) {
        public boolean allStored() {
            return documents.stream().allMatch(Outcome::isStored);
        }
    }

    /** A PDF to add, by name. */
    public record Pdf(String fileName, byte[] bytes) {
    }

    private final Caseload caseload;
    private final Extractor extractor;

    private final java.time.Clock clock;

    public Importer(Caseload caseload, Extractor extractor) {
        this(caseload, extractor, java.time.Clock.systemDefaultZone());
    }

    /** @param clock what "today" is: no case is lodged after it */
    public Importer(Caseload caseload, Extractor extractor, java.time.Clock clock) {
        this.caseload = caseload;
        this.extractor = extractor;
        this.clock = clock;
    }

    /** A new case from an intake; a bad manifest or an existing reference refuses it whole. */
    public Report importIntake(IntakeSource source, String actor, Progress progress) throws ManifestException {
        Manifest manifest = Manifest.parse(source.manifest(), java.time.LocalDate.now(clock));
        for (int i = 0; i < manifest.documents().size(); i++) {
            String name = manifest.documents().get(i);
            if (!source.files().containsKey(name)) {
                throw new ManifestException("documents[" + i + "]", "'" + name + "' is not in the intake");
            }
        }
        if (caseload.cases().find(manifest.reference()).isPresent()) {
            throw new CaseloadException.AlreadyExists("A case " + manifest.reference() + " exists already; the intake was not imported.");
        }
        List<Pdf> pdfs = manifest.documents().stream().map(name -> new Pdf(name, source.files().get(name))).toList();
        VisaCase visaCase = VisaCase.lodged(manifest.reference(), manifest.lodged(), manifest.applicant(), manifest.trip());
        List<Read> read = readAll(pdfs, manifest.passwords(), visaCase.applicant().nationalId(), progress);
        List<Outcome> outcomes = caseload.inTransaction(() -> {
            caseload.cases().create(visaCase, actor);
            return store(visaCase.reference(), read, actor);
        });
        return new Report(visaCase.reference(), true, outcomes, source.unlisted(manifest));
    }

    /**
     * PDFs added to a case that exists and is not decided: what a visa was issued or refused on
     * stays what it was (a request for documents opens the case to them again).
     */
    public Report addDocuments(CaseReference reference, List<Pdf> pdfs, Map<String, String> passwords, String actor,
            Progress progress) {
        VisaCase visaCase = caseload.cases().get(reference);
        refuseIfDecided(visaCase);
        List<Read> read = readAll(pdfs, passwords, visaCase.applicant().nationalId(), progress);
        List<Outcome> outcomes = caseload.inTransaction(() -> {
            // Decided while the PDFs were being read: the decision stands on what it saw.
            refuseIfDecided(caseload.cases().get(reference));
            return store(reference, read, actor);
        });
        return new Report(reference, false, outcomes, List.of());
    }

    private static void refuseIfDecided(VisaCase visaCase) {
        if (visaCase.status().isDecided()) {
            throw new CaseloadException.Refused("The case " + visaCase.reference() + " is decided ("
                    + visaCase.status().code() + "): no document can be added to it. Nothing was stored.");
        }
    }

    private record Read(Pdf pdf, ExtractionResult result) {
    }

    private List<Read> readAll(List<Pdf> pdfs, Map<String, String> passwords, String nationalId, Progress progress) {
        List<Read> read = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            Pdf pdf = pdfs.get(i);
            progress.report(i, pdfs.size(), "Reading " + pdf.fileName());
            List<String> explicit = passwords.containsKey(pdf.fileName()) ? List.of(passwords.get(pdf.fileName())) : List.of();
            PasswordCandidates candidates = new PasswordCandidates(explicit,
                    nationalId.isBlank() ? Optional.empty() : Optional.of(nationalId));
            read.add(new Read(pdf, extractor.extract(pdf.bytes(), candidates)));
        }
        progress.report(pdfs.size(), pdfs.size(), "Storing");
        return read;
    }

    private List<Outcome> store(CaseReference reference, List<Read> read, String actor) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Read r : read) {
            String name = r.pdf().fileName();
            switch (r.result()) {
                case ExtractionResult.Failed failed -> outcomes.add(new Outcome(name, Optional.empty(),
                        Optional.of(failed.code().code()), failed.message()));
                case ExtractionResult.Read ok -> {
                    Extracted document = ok.document();
                    try {
                        Document stored = caseload.documents().add(reference, new NewDocument(name,
                                document.reading().kind(), document.pages(), r.pdf().bytes()), actor);
                        caseload.evidence().store(stored.id(), document.extraction(), actor);
                        outcomes.add(new Outcome(name, Optional.of(stored), Optional.empty(), describe(document)));
                    } catch (CaseloadException.DuplicateDocument duplicate) {
                        outcomes.add(new Outcome(name, Optional.empty(), Optional.of("duplicate-document"),
                                duplicate.getMessage()));
                    }
                }
            }
        }
        return outcomes;
    }

    private static String describe(Extracted document) {
        return "%s, %d page%s, %d figure%s, %d transaction%s, %d signal%s to review".formatted(
                document.reading().kind().code(), document.pages(), document.pages() == 1 ? "" : "s",
                document.reading().figures().size(), document.reading().figures().size() == 1 ? "" : "s",
                document.reading().rows().size(), document.reading().rows().size() == 1 ? "" : "s",
                document.signals().size(), document.signals().size() == 1 ? "" : "s");
    }
}
