package casedesk.demo.documents;

import java.util.EnumSet;
import java.util.Set;

/** Checks shared by the request records. */
final class Requests {

    private Requests() {
    }

    static void onlyAnomalies(Set<Anomaly> requested, String what, Anomaly... supported) {
        EnumSet<Anomaly> unsupported = requested.isEmpty() ? EnumSet.noneOf(Anomaly.class) : EnumSet.copyOf(requested);
        unsupported.removeAll(Set.of(supported));
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException(what + " cannot show " + unsupported);
        }
        if (requested.contains(Anomaly.COVERED_FIGURE) && requested.contains(Anomaly.EDITED_BALANCE_INCREMENTAL)) {
            throw new IllegalArgumentException("COVERED_FIGURE and EDITED_BALANCE_INCREMENTAL both rewrite the same figure");
        }
    }
}
