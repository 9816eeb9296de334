package casedesk.evidence.signals;

import casedesk.demo.documents.Anomaly;
import casedesk.demo.documents.Bank;
import casedesk.demo.documents.GeneratedDocument;
import casedesk.demo.documents.Insurer;
import casedesk.demo.documents.Language;
import casedesk.demo.documents.StatementLayout;
import casedesk.evidence.DocumentReader;
import casedesk.evidence.Reading;
import casedesk.model.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Not a test: prints, per document, the time of plain PDFTextStripper text extraction, of the
 * evidence reader, and of the tamper checks on top, over a mix like the demo caseload's (one in ten
 * with a later save), once warm. The checks must keep extraction within 1.5x of plain text extraction.
 * Run: java -cp target/classes:target/test-classes:$(deps) casedesk.evidence.signals.SignalSpeedProbe [count]
 */
public final class SignalSpeedProbe {

    private static final List<Detector> DETECTORS = List.of(new EditorProducer(), new ModifiedAfterCreation(),
            new IncrementalUpdate(), new CoveredText(), new FontMismatch(), new BalanceBreak(), new RoundCreditBeforeEnd(),
            new NoTextLayer(), new JavaScriptInside(), new EmbeddedFiles());
    private static final Map<String, Long> PER_CHECK = new TreeMap<>();

    private SignalSpeedProbe() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<GeneratedDocument> documents = documents(count);
        measure(documents);
        PER_CHECK.clear();
        long[] times = measure(documents);
        System.out.printf("%d documents: text %.2f ms, reader %.2f ms, checks %.2f ms per document; "
                        + "reader + checks = %.2fx plain text, checks alone = %.2fx%n", count,
                times[0] / 1e6 / count, times[1] / 1e6 / count, times[2] / 1e6 / count,
                (double) (times[1] + times[2]) / times[0], (double) times[2] / times[0]);
        System.out.printf("on files saved once, the checks take %.2fx the time of plain text extraction%n",
                (double) times[4] / times[3]);
        PER_CHECK.forEach((code, nanos) -> System.out.printf("  %-24s %.3f ms per document%n", code, nanos / 1e6 / count));
    }

    private static long[] measure(List<GeneratedDocument> documents) throws IOException {
        long text = 0;
        long reader = 0;
        long checks = 0;
        long singleSaveText = 0;
        long singleSaveChecks = 0;
        for (GeneratedDocument document : documents) {
            long plain;
            try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
                long start = System.nanoTime();
                new PDFTextStripper().writeText(pdf, Writer.nullWriter());
                plain = System.nanoTime() - start;
                text += plain;
            }
            try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
                long start = System.nanoTime();
                Reading reading = DocumentReader.read(pdf, () -> { });
                long read = System.nanoTime();
                SignalInput input = new SignalInput(document.pdf(), pdf, reading);
                for (Detector detector : DETECTORS) {
                    long at = System.nanoTime();
                    try {
                        detector.detect(input);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    PER_CHECK.merge(detector.check().code(), System.nanoTime() - at, Long::sum);
                }
                long checked = System.nanoTime();
                reader += read - start;
                checks += checked - read;
                if (document.truth().revisions() == 1) {
                    singleSaveText += plain;
                    singleSaveChecks += checked - read;
                }
            }
        }
        return new long[] {text, reader, checks, singleSaveText, singleSaveChecks};
    }

    private static List<GeneratedDocument> documents(int count) {
        List<GeneratedDocument> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seed = 10_000 + i;
            Set<Anomaly> anomalies = i % 10 == 0 ? Set.of(Anomaly.EDITED_BALANCE_INCREMENTAL) : Set.of();
            documents.add(switch (i % 5) {
                case 0, 1 -> Evidence.statement(StatementLayout.values()[i % 4], 3 + i % 4, Money.of("86400.00", "CNY"),
                        anomalies, seed);
                case 2 -> Evidence.deposit(Bank.values()[i % 6], Set.of(), seed);
                case 3 -> Evidence.creditReport(700, Language.values()[i % 2], Set.of(), seed);
                default -> Evidence.insurance(Insurer.values()[i % 5], "30000.00", Language.values()[i % 2], Set.of(), seed);
            });
        }
        return documents;
    }
}
