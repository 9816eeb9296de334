package casedesk.evidence;

import casedesk.evidence.pdf.OpenedPdf;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.evidence.pdf.PdfReadException;
import casedesk.evidence.pdf.ReadLimits;
import casedesk.evidence.pdf.SafePdf;
import casedesk.evidence.signals.SignalInput;
import casedesk.evidence.signals.TamperSignals;
import casedesk.evidence.text.Line;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.TextLayer;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import casedesk.model.TamperSignal;
import casedesk.security.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The evidence reader's front door: bytes in, everything read out (figures, transactions, the
 * running-balance proof, tamper signals), or a clear failure. Whatever the file is, this returns:
 * hostile input ends within the time limit as a {@link ExtractionResult.Failed}, never as an
 * exception, a hang or a crash of the caller.
 */
public final class Extractor {

    private final ReadLimits limits;

    public Extractor(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public static Extractor withDefaults() {
        return new Extractor(ReadLimits.defaults());
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * The text under a box on a page (words whose centre lies inside it, in reading order): what an
     * officer who draws a box over a figure means it to say. Empty for a scan, or when nothing is there.
     *
     * @throws PdfReadException when the file cannot be opened or read within the limits
     */
    public String textIn(byte[] bytes, PasswordCandidates passwords, int page, Box box) throws PdfReadException {
        try (OpenedPdf pdf = SafePdf.open(bytes, passwords, limits)) {
            return SafePdf.run(pdf, (document, deadline) -> {
                List<PageText> pages = TextLayer.read(document, deadline::check);
                if (page < 1 || page > pages.size()) {
                    return "";
                }
                List<String> lines = new ArrayList<>();
                for (Line line : pages.get(page - 1).lines()) {
                    List<String> words = line.words().stream()
                            .filter(w -> box.contains(w.centerX(), w.box().y() + w.box().height() / 2))
                            .map(Word::text).toList();
                    if (!words.isEmpty()) {
                        lines.add(String.join(" ", words));
                    }
                }
                return String.join(" ", lines);
            });
        }
    }

    public ExtractionResult extract(byte[] bytes, PasswordCandidates passwords) {
        String sha256 = Sha256.hex(bytes);
        try (OpenedPdf pdf = SafePdf.open(bytes, passwords, limits)) {
            Extracted extracted = SafePdf.run(pdf, (document, deadline) -> {
                Reading reading = DocumentReader.read(document, deadline::check);
                deadline.check();
                List<TamperSignal> signals = TamperSignals.detect(new SignalInput(bytes, document, reading));
                return new Extracted(sha256, pdf.pages(), reading, signals, pdf.passwordUsed());
            });
            return new ExtractionResult.Read(extracted);
        } catch (PdfReadException e) {
            return new ExtractionResult.Failed(sha256, e.code(), e.getMessage());
        }
    }
}
