package casedesk.evidence.signals;

import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The signs that a PDF may have been doctored, looked for in one go over a read document. Each check
 * is its own small class; a signal never refuses on its own, it makes a rule say "needs review" and
 * tells the officer why. Finding no sign never means the document is authentic.
 */
public final class TamperSignals {

    /** A check that fails on a damaged file says so, so that its silence is not taken for a clean result. */
    static final String CHECK_FAILED = "check-failed";

    private static final List<Detector> DETECTORS = List.of(
            new EditorProducer(),
            new ModifiedAfterCreation(),
            new IncrementalUpdate(),
            new CoveredText(),
            new FontMismatch(),
            new BalanceBreak(),
            new AmountInWords(),
            new RoundCreditBeforeEnd(),
            new NoTextLayer(),
            new JavaScriptInside(),
            new EmbeddedFiles(),
            new IncompleteFile());

    private TamperSignals() {
    }

    /** Every check, run in one go over a read document. */
    public static List<TamperSignal> detect(SignalInput input) {
        List<TamperSignal> signals = new ArrayList<>();
        for (Detector detector : DETECTORS) {
            try {
                signals.addAll(detector.detect(input));
            } catch (IOException | RuntimeException e) {
                signals.add(TamperSignal.documentWide(CHECK_FAILED, Severity.LOW,
                        Phrase.of("signal.check-failed", Wording.quote(detector.check().code()), reason(e))));
            }
        }
        return List.copyOf(cutShort(signals));
    }

    /**
     * A file cut short is missing its last rows or pages, so a running balance that does not reach
     * the closing balance printed is what cutting it short does, not a sign against the applicant:
     * said so, at low severity, beside the signal that the file is incomplete.
     */
    private static List<TamperSignal> cutShort(List<TamperSignal> signals) {
        if (signals.stream().noneMatch(signal -> signal.code().equals(IncompleteFile.CODE))) {
            return signals;
        }
        List<TamperSignal> said = new ArrayList<>();
        for (TamperSignal signal : signals) {
            said.add(!signal.code().equals(BalanceBreak.CODE) ? signal : new TamperSignal(signal.code(), Severity.LOW,
                    Phrase.of("signal.cut-short", signal.phrase()), signal.page(), signal.box()));
        }
        return said;
    }

    /** What is looked for, code and a plain sentence, so the desk and the JSON can say which signs were looked for. */
    public static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        DETECTORS.forEach(detector -> checks.add(detector.check()));
        checks.add(BalanceBreak.unprovenCheck());
        checks.add(new Check(CHECK_FAILED, "Whether each of these checks could run on the file at all."));
        return List.copyOf(checks);
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
