package casedesk.evidence.signals;

import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The file stops before its end: every PDF writer ends a file with {@code %%EOF}, and a file cut
 * short in a download, an e-mail or a copy has none. The reader recovers what it can from such a
 * file, so the figures shown may be only those of its first pages: the officer should ask for the
 * whole file. This says nothing about the applicant: it is about the copy CaseDesk was given.
 */
final class IncompleteFile implements Detector {

    static final String CODE = "incomplete-file";

    /** Writers may put a line break or a few bytes of padding after the marker, never a kilobyte. */
    private static final int TAIL = 1024;
    private static final byte[] MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Check check() {
        return new Check(CODE, "The file ends as a PDF file ends (with %%EOF), rather than cut short.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) {
        byte[] pdf = input.bytes();
        if (endsWithMarker(pdf)) {
            return List.of();
        }
        return List.of(TamperSignal.documentWide(CODE, Severity.MEDIUM, Phrase.of("signal.incomplete-file")));
    }

    static boolean endsWithMarker(byte[] pdf) {
        for (int at = pdf.length - MARKER.length; at >= Math.max(0, pdf.length - TAIL); at--) {
            boolean match = true;
            for (int i = 0; i < MARKER.length && match; i++) {
                match = pdf[at + i] == MARKER[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
