package casedesk.evidence.signals;

import static casedesk.evidence.signals.Evidence.describe;
import static casedesk.evidence.signals.Evidence.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.documents.Anomaly;
import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.model.Money;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;

/**
 * Saves appended to a file: counted from the end of the file, never from a "%%EOF" that happens to
 * stand inside a stream, and weighed by what they changed on the pages.
 */
class IncrementalSavesTest {

    private static GeneratedDocument genuineStatement() {
        return Evidence.statement(StatementLayout.ICBC, Set.of(), 71);
    }

    @Test
    void aLaterSaveThatOnlyAddsANoteIsWeak() {
        byte[] pdf = Pdfs.appendSave(genuineStatement().pdf(), "", document -> {
            PDPage page = document.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(500, 800, 20, 20));
            note.setContents("Checked");
            page.getAnnotations().add(note);
            page.getCOSObject().setNeedToBeUpdated(true);
        });
        List<TamperSignal> updates = withCode(Evidence.signals(pdf, ""), IncrementalUpdate.CODE);
        assertEquals(1, updates.size(), describe(updates));
        assertEquals(Severity.LOW, updates.getFirst().severity());
        assertTrue(updates.getFirst().detail().startsWith("The file was saved 2 times"), describe(updates));
    }

    @Test
    void aLaterSaveThatOnlyChangesTheMetadataIsWeak() {
        byte[] pdf = Pdfs.appendSave(genuineStatement().pdf(), "", document -> {
            document.getDocumentInformation().setKeywords("archived");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
        });
        List<TamperSignal> signals = Evidence.signals(pdf, "");
        assertEquals(List.of(Severity.LOW), withCode(signals, IncrementalUpdate.CODE).stream().map(TamperSignal::severity).toList(),
                describe(signals));
        assertTrue(Evidence.atLeast(signals, Severity.MEDIUM).isEmpty(), describe(signals));
    }

    @Test
    void aLaterSaveThatAddsTextSaysWhatWasAdded() throws Exception {
        byte[] pdf = Pdfs.appendSave(Pdfs.save(Pdfs.withText("Closing balance 8,400.00")), "", document -> {
            PDPage page = document.getPage(0);
            try (PDPageContentStream more = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                more.beginText();
                more.setFont(Pdfs.helvetica(), 11);
                more.newLineAtOffset(72, 600);
                more.showText("Verified by the bank");
                more.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
        });
        List<TamperSignal> updates = withCode(Evidence.signals(pdf, ""), IncrementalUpdate.CODE);
        assertEquals(1, updates.size(), describe(updates));
        assertEquals(Severity.MEDIUM, updates.getFirst().severity());
        assertEquals("On page 1, 'Verified by the bank' was added in a later save of the file (2 saves in all).",
                updates.getFirst().detail());
    }

    @Test
    void anEditedBalanceInAPasswordProtectedStatementShowsBeforeAndAfter() {
        StatementRequest request = StatementRequest.of(StatementLayout.CMB, Evidence.someone(72), "6222021234567890123",
                Evidence.PERIOD_END, 3, Money.of("86400.00", "CNY"), 72)
                .withAnomalies(Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL)).withPassword("171234");
        GeneratedDocument statement = BankStatements.generate(request);
        List<TamperSignal> updates = withCode(Evidence.signals(statement.pdf(), "171234"), IncrementalUpdate.CODE);
        String after = statement.truth().figure("closing_balance").orElseThrow().sourceText();
        assertTrue(updates.stream().anyMatch(s -> s.severity() == Severity.MEDIUM
                && s.detail().contains("'" + statement.truth().editedFromText().orElseThrow() + "' became '" + after + "'")),
                describe(updates));
    }

    @Test
    void countsTheSavesOfAFileWithCrossReferenceStreams() {
        byte[] original = Pdfs.saveCompressed(quietDocument());
        byte[] updated = Pdfs.appendSave(original, "", document -> {
            document.getDocumentInformation().setTitle("Statement");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
        });
        assertTrue(new String(original, StandardCharsets.ISO_8859_1).contains("/XRef"),
                "the first save has a cross-reference stream");
        assertEquals(List.of(original.length, updated.length), Revisions.ends(updated));
    }

    @Test
    void anAttachedPdfsOwnEndOfFileIsNotASaveOfTheFile() throws Exception {
        byte[] attachment = Pdfs.save(Pdfs.withText("an attachment"));
        PDDocument document = quietDocument();
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment));
        file.getCOSObject().removeItem(COSName.FILTER);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("copy.pdf");
        spec.setEmbeddedFile(file);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("copy.pdf", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
        byte[] pdf = Pdfs.save(document);
        int eofs = new String(pdf, StandardCharsets.ISO_8859_1).split("%%EOF", -1).length - 1;
        assertEquals(2, eofs, "the attachment's %%EOF is stored as is");
        assertEquals(List.of(pdf.length), Revisions.ends(pdf));
        assertTrue(withCode(Evidence.signals(pdf, ""), IncrementalUpdate.CODE).isEmpty());
    }

    @Test
    void countsTheSavesWhenSomethingStandsBeforeTheHeader() {
        byte[] twice = Pdfs.appendSave(Pdfs.save(quietDocument()), "", document -> {
            document.getDocumentInformation().setTitle("Statement");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
        });
        byte[] junk = "From: bank@example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] mailed = new byte[junk.length + twice.length];
        System.arraycopy(junk, 0, mailed, 0, junk.length);
        System.arraycopy(twice, 0, mailed, junk.length, twice.length);
        List<Integer> plain = Revisions.ends(twice);
        assertEquals(List.of(plain.get(0) + junk.length, plain.get(1) + junk.length), Revisions.ends(mailed));
    }

    @Test
    void aFileWhoseCrossReferenceCannotBeFollowedCountsAsOneSave() {
        byte[] pdf = Pdfs.save(quietDocument());
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref") + "startxref".length();
        byte[] broken = (text.substring(0, at) + "\n999999999\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(broken.length), Revisions.ends(broken));
    }

    private static PDDocument quietDocument() {
        try {
            return Pdfs.withText("Account statement");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
