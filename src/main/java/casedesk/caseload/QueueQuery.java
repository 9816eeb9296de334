package casedesk.caseload;

import casedesk.model.CaseStatus;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What part of the queue to show: which statuses, a search text (reference, Latin or Chinese name,
 * passport number), and a page of it.
 */
public record QueueQuery(Set<CaseStatus> statuses, String text, int offset, int limit) {

    public static final int DEFAULT_PAGE = 500;

    public QueueQuery {
        statuses = statuses.isEmpty() ? EnumSet.allOf(CaseStatus.class) : EnumSet.copyOf(statuses);
        text = Objects.requireNonNullElse(text, "").strip();
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
    }

    /** Every case, earliest deadline first. */
    public static QueueQuery all() {
        return new QueueQuery(EnumSet.allOf(CaseStatus.class), "", 0, Integer.MAX_VALUE);
    }

    /** Cases still waiting for the officer: open or waiting for documents. */
    public static QueueQuery pending() {
        return new QueueQuery(EnumSet.of(CaseStatus.OPEN, CaseStatus.DOCUMENTS_REQUESTED), "", 0, DEFAULT_PAGE);
    }

    public QueueQuery withText(String newText) {
        return new QueueQuery(statuses, newText, 0, limit);
    }

    public QueueQuery withStatuses(Set<CaseStatus> newStatuses) {
        return new QueueQuery(newStatuses, text, 0, limit);
    }

    public QueueQuery page(int newOffset, int newLimit) {
        return new QueueQuery(statuses, text, newOffset, newLimit);
    }
}
