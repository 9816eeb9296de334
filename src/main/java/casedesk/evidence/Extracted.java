package casedesk.evidence;

import casedesk.model.DocumentKind;
import casedesk.model.Extraction;
import casedesk.model.TamperSignal;
import java.util.List;
import java.util.Optional;

/**
 * A document read in full: its content hash, page count, what was read, the tamper signals found,
 * and, for a protected file, which password opened it ("" for the empty user password).
 */
public record Extracted(String sha256, int pages, Reading reading, List<TamperSignal> signals,
        Optional<String> passwordUsed) {

    public Extracted {
        signals = List.copyOf(signals);
    }

    /** What the caseload keeps of it. */
    public Extraction extraction() {
        if (reading.kind() != DocumentKind.BANK_STATEMENT) {
            return new Extraction(reading.figures(), reading.transactions(), signals);
        }
        List<Integer> unproven = reading.reconciliation().map(r -> r.unproven().stream().map(i -> i + 1).toList())
                .orElse(List.of());
        return new Extraction(reading.figures(), reading.transactions(), signals, Optional.of(reading.status()), unproven);
    }
}
