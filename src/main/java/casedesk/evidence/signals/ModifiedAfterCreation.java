package casedesk.evidence.signals;

import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The modification date is later than the creation date. A file straight from a report engine carries
 * the same moment twice; anything that saves it again moves the second. Weak on its own (some
 * issuers stamp or sign their files after making them), hence LOW.
 */
final class ModifiedAfterCreation implements Detector {

    static final String CODE = "modified-after-creation";

    /** Engines that write the two dates a moment apart are not saving twice. */
    static final Duration GRACE = Duration.ofMinutes(1);

    @Override
    public Check check() {
        return new Check(CODE, "The file's modification date is later than its creation date.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) {
        DocumentDates dates = DocumentDates.of(input.document());
        Optional<Duration> later = dates.modifiedAfterCreated().filter(d -> d.compareTo(GRACE) > 0);
        if (later.isEmpty()) {
            return List.of();
        }
        // The times stay as written, zone and all: a phrase has no time of day.
        return List.of(TamperSignal.documentWide(CODE, Severity.LOW, Phrase.of("signal.modified-after-creation",
                dates.modified().orElseThrow().minute(), Wording.duration(later.get()), dates.created().orElseThrow().minute(),
                Wording.issuer(input.reading().kind()))));
    }
}
