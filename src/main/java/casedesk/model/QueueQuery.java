package casedesk.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What part of the queue to show: which statuses, a search text (reference, Latin or Chinese name,
 * passport number), in which order, and a page of it.
 */
public record QueueQuery(Set<CaseStatus> statuses, String text, Order order, boolean descending, int offset, int limit) {

    public static final int DEFAULT_PAGE = 500;

    /** The rows the desk's queue reads at a time, as the officer scrolls. */
    public static final int SCREEN_PAGE = 200;

    /** The orders the queue can be sorted in; the reference breaks ties, so pages never overlap. */
    public enum Order {
        DEADLINE("deadline", "reference"),
        REFERENCE("reference"),
        LATIN_NAME("surname COLLATE NOCASE", "given_names COLLATE NOCASE", "reference"),
        NATIVE_NAME("native_name", "reference"),
        LODGED("lodged", "reference"),
        STATUS("status", "deadline", "reference");

        private final List<String> terms;

        Order(String... terms) {
            this.terms = List.of(terms);
        }

        /** The ORDER BY terms, every one in the given direction. */
        public String sql(boolean descending) {
            return terms.stream().map(t -> t + (descending ? " DESC" : "")).collect(Collectors.joining(", "));
        }
    }

    public QueueQuery {
        statuses = statuses.isEmpty() ? EnumSet.allOf(CaseStatus.class) : EnumSet.copyOf(statuses);
        text = Objects.requireNonNullElse(text, "").strip();
        Objects.requireNonNull(order, "order");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
    }

    /** Earliest deadline first. */
    public QueueQuery(Set<CaseStatus> statuses, String text, int offset, int limit) {
        this(statuses, text, Order.DEADLINE, false, offset, limit);
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
        return new QueueQuery(statuses, newText, order, descending, 0, limit);
    }

    public QueueQuery withStatuses(Set<CaseStatus> newStatuses) {
        return new QueueQuery(newStatuses, text, order, descending, 0, limit);
    }

    public QueueQuery sortedBy(Order newOrder, boolean newDescending) {
        return new QueueQuery(statuses, text, newOrder, newDescending, 0, limit);
    }

    public QueueQuery page(int newOffset, int newLimit) {
        return new QueueQuery(statuses, text, order, descending, newOffset, newLimit);
    }
}
