package casedesk.evidence.statement;

import casedesk.model.Box;
import casedesk.model.Money;
import casedesk.model.Phrase;
import casedesk.model.ReadingStatus;
import java.util.List;

/**
 * Whether a statement adds up: every row's printed balance is the one before plus its amount, and
 * opening + credits − debits = closing. {@code checked} is false when nothing could be proved either
 * way (no balance and no totals). {@code unproven} lists the rows (0-based, in printed order) that no
 * balance or total explains: the reader's own doubt, which {@link #status()} sums up.
 *
 * @param problems what does not add up, for the officer: one clause each, lower-case and without a full stop
 *                 ({@link #sentence} makes a sentence of one)
 */
public record Reconciliation(int rows, boolean checked, boolean consistent, List<Break> breaks, List<Phrase> problems,
        List<Integer> unproven) {

    public Reconciliation {
        breaks = List.copyOf(breaks);
        problems = List.copyOf(problems);
        unproven = List.copyOf(unproven);
    }

    public Reconciliation(int rows, boolean checked, boolean consistent, List<Break> breaks, List<Phrase> problems) {
        this(rows, checked, consistent, breaks, problems, List.of());
    }

    /** "The credits add up to …": a problem as a sentence of its own. */
    public static Phrase sentence(Phrase problem) {
        return Phrase.of("sentence", problem.capitalised());
    }

    public ReadingStatus status() {
        if (rows == 0) {
            return ReadingStatus.UNREAD;
        }
        return unproven.isEmpty() && consistent ? ReadingStatus.RECONCILED : ReadingStatus.PARTIAL;
    }

    /**
     * A row whose printed balance is not the balance before it plus its amount. {@code confirmed}
     * when the rows on both sides of it reconcile: then the reader has read the neighbourhood right
     * and the break is in the document, not in the reading.
     */
    public record Break(int row, Money expected, Money printed, int page, Box box, boolean confirmed) {

        public Break(int row, Money expected, Money printed, int page, Box box) {
            this(row, expected, printed, page, box, true);
        }

        /** The same break, no longer taken as confirmed. */
        public Break doubted() {
            return new Break(row, expected, printed, page, box, false);
        }
    }
}
