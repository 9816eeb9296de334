package casedesk.evidence.signals;

import casedesk.model.TamperSignal;
import java.io.IOException;
import java.util.List;

/** One check over a read document. */
interface Detector {

    /** The check this detector performs, with the code of every signal it may raise. */
    Check check();

    List<TamperSignal> detect(SignalInput input) throws IOException;
}
