package casedesk.evidence.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.documents.Anomaly;
import casedesk.demo.documents.Bank;
import casedesk.demo.documents.StatementLayout;
import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.evidence.statement.Reconciliation;
import casedesk.model.Box;
import casedesk.model.Money;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

/** The list of what is looked for matches what the checks can say, and a check that breaks says so. */
class ChecksTest {

    @Test
    void everyCheckIsListedOnceInPlainWordsAndNoneClaimsAuthenticity() {
        List<Check> checks = TamperSignals.checks();
        assertEquals(checks.size(), checks.stream().map(Check::code).distinct().count(), "one entry per code");
        for (Check check : checks) {
            assertTrue(check.code().matches("[a-z]+(-[a-z]+)*"), check.code());
            assertTrue(check.lookedFor().endsWith("."), check.lookedFor());
            assertFalse(check.lookedFor().toLowerCase(Locale.ROOT).contains("authentic"), check.lookedFor());
        }
    }

    @Test
    void everyCodeTheChecksRaiseIsListedAndEveryListedCodeCanBeRaised() throws IOException {
        List<TamperSignal> raised = new ArrayList<>();
        for (Anomaly anomaly : Anomaly.values()) {
            raised.addAll(Evidence.signals(Evidence.statement(StatementLayout.CCB, Set.of(anomaly), 900 + anomaly.ordinal())));
        }
        raised.addAll(Evidence.signals(Evidence.deposit(Bank.ICBC, Set.of(Anomaly.COVERED_FIGURE), 930)));
        raised.addAll(Evidence.signals(Pdfs.save(scanWithScript()), ""));
        raised.addAll(Evidence.signals(Pdfs.appendSave(Pdfs.save(Pdfs.withText("Statement")), "", document -> {
            document.getDocumentInformation().setKeywords("archived");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
        }), ""));
        raised.addAll(detectOnAReadingThatContradictsItself());
        raised.addAll(detectOnAReadingWithRowsItCouldNotProve());
        raised.addAll(attachment());
        byte[] whole = Pdfs.save(Pdfs.withText("Statement"));
        raised.addAll(Evidence.signals(java.util.Arrays.copyOf(whole, whole.length - 40), ""));
        Set<String> listed = TamperSignals.checks().stream().map(Check::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> seen = raised.stream().map(TamperSignal::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(listed, seen);
    }

    @Test
    void aCheckThatFailsSaysItCouldNotRunInsteadOfStayingSilent() throws IOException {
        List<TamperSignal> failed = detectOnAReadingThatContradictsItself().stream()
                .filter(s -> s.code().equals(TamperSignals.CHECK_FAILED)).toList();
        assertEquals(1, failed.size());
        assertEquals(Severity.LOW, failed.getFirst().severity());
        assertTrue(failed.getFirst().detail().startsWith("The check for 'balance-break' could not run on this file ("),
                failed.getFirst().detail());
    }

    /** A reading whose reconciliation names a row the statement does not have: the balance check cannot describe it. */
    private static List<TamperSignal> detectOnAReadingThatContradictsItself() throws IOException {
        byte[] pdf = Pdfs.save(Pdfs.withText("Statement"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Reading read = DocumentReader.read(document, () -> { });
            Reconciliation impossible = new Reconciliation(1, true, false, List.of(new Reconciliation.Break(7,
                    Money.of("1.00", "CNY"), Money.of("2.00", "CNY"), 1, new Box(0, 0, 1, 1))), List.of(casedesk.model.Phrase.text("row 8 does not add up")));
            Reading contradictory = new Reading(read.kind(), read.pages(), read.figures(), List.of(), Optional.of(impossible));
            return TamperSignals.detect(new SignalInput(pdf, document, contradictory));
        }
    }

    /** A statement read whole, but with its first row not proven by the balances: the reader's notice about itself. */
    private static List<TamperSignal> detectOnAReadingWithRowsItCouldNotProve() throws IOException {
        byte[] pdf = Evidence.statement(StatementLayout.CCB, Set.of(), 950).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Reading read = DocumentReader.read(document, () -> { });
            Reconciliation doubtful = new Reconciliation(read.rows().size(), true, false, List.of(), List.of(), List.of(0));
            Reading reading = new Reading(read.kind(), read.pages(), read.figures(), read.rows(), Optional.of(doubtful));
            List<TamperSignal> signals = TamperSignals.detect(new SignalInput(pdf, document, reading));
            assertTrue(signals.stream().anyMatch(s -> s.code().equals("unproven-reading") && s.severity() == Severity.LOW),
                    signals.toString());
            return signals;
        }
    }

    private static PDDocument scanWithScript() throws IOException {
        PDDocument document = Pdfs.withText("Statement");
        PDPage scan = new PDPage(PDRectangle.A4);
        document.addPage(scan);
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        try (PDPageContentStream content = new PDPageContentStream(document, scan)) {
            content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, 595, 842);
        }
        document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("print();"));
        return document;
    }

    private static List<TamperSignal> attachment() throws IOException {
        PDDocument document = Pdfs.withText("Statement");
        var spec = new PDComplexFileSpecification();
        spec.setFile("note.txt");
        spec.setEmbeddedFile(new PDEmbeddedFile(document,
                new ByteArrayInputStream(new byte[] {'x'})));
        var tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("note.txt", spec));
        var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
        return Evidence.signals(Pdfs.save(document), "");
    }
}
