package casedesk.desk.queue;

import casedesk.access.Session;
import casedesk.desk.BackgroundTask;
import casedesk.model.CaseStatus;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.review.Review;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queue's state: which cases are shown for the chosen scope, search and order, how many match
 * in all, and how many cases are in each status. The caseload is read a page at a time, the next
 * page when the officer scrolls near the end, and sorted by the database, so 100,000 cases cost no
 * more than 100. Queries run in the background; a reply to an outdated query (the officer typed on)
 * is dropped.
 */
public final class QueueViewModel {

    /** Which part of the caseload the queue shows. */
    public enum Scope {
        PENDING(EnumSet.of(CaseStatus.OPEN, CaseStatus.DOCUMENTS_REQUESTED)),
        ALL(EnumSet.allOf(CaseStatus.class)),
        OPEN(EnumSet.of(CaseStatus.OPEN)),
        DOCUMENTS_REQUESTED(EnumSet.of(CaseStatus.DOCUMENTS_REQUESTED)),
        ISSUED(EnumSet.of(CaseStatus.ISSUED)),
        REFUSED(EnumSet.of(CaseStatus.REFUSED));

        private final Set<CaseStatus> statuses;

        Scope(Set<CaseStatus> statuses) {
            this.statuses = statuses;
        }

        public Set<CaseStatus> statuses() {
            return statuses;
        }
    }

    /** Rows read from the caseload at a time. */
    public static final int PAGE = QueueQuery.SCREEN_PAGE;

    /** How close to the last row read the next page is asked for. */
    private static final int PREFETCH_ROWS = 50;

    private record Result(List<QueueEntry> entries, long matching, Map<CaseStatus, Long> counts) {
    }

    /** The order the queue is in: by what, and whether descending. */
    public record Sorting(QueueQuery.Order order, boolean descending) {
    }

    private final Review review;
    private final Session session;
    private final Executor executor;
    private final Clock clock;
    private final ObservableList<QueueEntry> entries = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.PENDING);
    private final ObjectProperty<Sorting> sorting = new SimpleObjectProperty<>(new Sorting(QueueQuery.Order.DEADLINE, false));
    private final LongProperty matching = new SimpleLongProperty();
    private final ObjectProperty<Map<CaseStatus, Long>> counts = new SimpleObjectProperty<>(new EnumMap<>(CaseStatus.class));
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Consumer<Throwable> onProblem;
    /** The latest query asked for; the one whose first page is shown; one whose next page failed. */
    private long generation;
    private long shown = -1;
    private long failed = -1;
    private boolean fetchingMore;

    public QueueViewModel(Review review, Session session, Executor executor, Clock clock, Consumer<Throwable> onProblem) {
        this.review = review;
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        this.onProblem = onProblem;
        search.addListener((observable, before, after) -> refresh());
        scope.addListener((observable, before, after) -> refresh());
        sorting.addListener((observable, before, after) -> refresh());
    }

    private QueueQuery query(int offset) {
        return new QueueQuery(scope.get().statuses(), search.get(), sorting.get().order(), sorting.get().descending(),
                offset, PAGE);
    }

    /** Queries the caseload again from the first page, for the current scope, search and order. */
    public void refresh() {
        long request = ++generation;
        fetchingMore = false;
        QueueQuery query = query(0);
        BackgroundTask.wrap(() -> new Result(review.queue(session, query), review.count(session, query),
                        review.countByStatus(session)))
                .onRunning(() -> loading.set(true))
                .onSuccess(result -> {
                    if (request == generation) {
                        shown = request;
                        entries.setAll(result.entries());
                        matching.set(result.matching());
                        counts.set(result.counts());
                    }
                })
                .onFailure(onProblem)
                .onFinished(() -> loading.set(request != generation))
                .executeWith(executor);
    }

    /**
     * The officer has come to row {@code index} (drawn in the table, or stepped to from a case): near
     * the end of what is read, the next page is asked for, so that it is there when they get to it.
     */
    public void reached(int index) {
        if (index >= entries.size() - PREFETCH_ROWS && !complete()) {
            fetchMore();
        }
    }

    /**
     * Reads the next page, unless every matching case is shown, a page is on its way, the rows on
     * show are still those of an earlier query, or reading the next page failed for this query.
     */
    public void fetchMore() {
        if (fetchingMore || !isCurrent() || failed == generation || entries.size() >= matching.get()) {
            return;
        }
        fetchingMore = true;
        long request = generation;
        QueueQuery query = query(entries.size());
        BackgroundTask.wrap(() -> review.queue(session, query))
                .onRunning(() -> loading.set(true))
                .onSuccess(page -> {
                    if (request == generation && entries.size() == query.offset()) {
                        entries.addAll(page);
                    }
                })
                .onFailure(failure -> {
                    failed = request;
                    onProblem.accept(failure);
                })
                .onFinished(() -> {
                    if (request == generation) {
                        fetchingMore = false;
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    /** Whether the rows on show answer the current search, scope and order (not an earlier one still). */
    public boolean isCurrent() {
        return shown == generation;
    }

    /** Whether every case that matches is in {@link #entries()}. */
    public boolean complete() {
        return entries.size() >= matching.get();
    }

    public ObservableList<QueueEntry> entries() {
        return entries;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Sorting> sortingProperty() {
        return sorting;
    }

    public ReadOnlyLongProperty matchingProperty() {
        return matching;
    }

    public ReadOnlyObjectProperty<Map<CaseStatus, Long>> countsProperty() {
        return counts;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
