package casedesk.evidence.signals;

import static casedesk.evidence.signals.Evidence.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

/** Programs and attachments inside a bank statement ("Statement" makes one for the reader) are named, weakly: some issuers add a print button. */
class ActiveContentTest {

    @Test
    void javaScriptRunOnOpeningIsNamed() throws IOException {
        PDDocument document = Pdfs.withText("Statement");
        document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Balance verified');"));
        List<TamperSignal> signals = Evidence.signals(Pdfs.save(document), "");
        assertEquals(List.of(TamperSignal.documentWide(JavaScriptInside.CODE, Severity.LOW,
                Phrase.text("The file carries JavaScript (in what runs when it opens): a bank statement has no need of a program, "
                        + "and a script can change what a viewer shows."))), inEnglish(signals), describe(signals));
    }

    @Test
    void attachedFilesAreNamed() throws IOException {
        PDDocument document = Pdfs.withText("Statement");
        PDEmbeddedFile file = new PDEmbeddedFile(document,
                new ByteArrayInputStream("date,amount\n2026-08-01,86400.00\n".getBytes(StandardCharsets.UTF_8)));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("statement.csv");
        spec.setFileUnicode("statement.csv");
        spec.setEmbeddedFile(file);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("statement.csv", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
        List<TamperSignal> signals = Evidence.signals(Pdfs.save(document), "");
        assertEquals(List.of(TamperSignal.documentWide(EmbeddedFiles.CODE, Severity.LOW,
                Phrase.text("The file carries 1 attached file ('statement.csv'): a bank statement does not come with attachments, "
                        + "so look at what they are before relying on it."))), inEnglish(signals), describe(signals));
    }

    /** The signals as the record keeps them, in English, whatever phrase they were said with. */
    private static List<TamperSignal> inEnglish(List<TamperSignal> signals) {
        return signals.stream()
                .map(s -> new TamperSignal(s.code(), s.severity(), s.detail(), s.page(), s.box()))
                .toList();
    }
}
