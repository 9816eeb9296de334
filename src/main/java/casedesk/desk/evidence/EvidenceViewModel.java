package casedesk.desk.evidence;

import casedesk.desk.BackgroundTask;
import casedesk.desk.Messages;
import casedesk.desk.evidence.PageRenderer.PageSize;
import casedesk.desk.evidence.PageRenderer.Rendered;
import casedesk.evidence.pdf.PdfReadException;
import casedesk.model.Box;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;

/**
 * The evidence viewer's state: which document and page it shows, at what zoom, the rendered page,
 * the highlighted box and the boxes the officer can click. All PDF work runs in the background, one
 * task at a time per viewer; the JavaFX thread only swaps images. Call it on the JavaFX thread.
 *
 * <p>Geometry: a {@link Box} is in PDF points from the top-left of the page as displayed. The page
 * node is {@code pageSize × zoom} logical pixels, so a box maps to {@code box × zoom} in the page
 * node's coordinates ({@link #toNode}). The image is rendered at {@code zoom × outputScale} pixels per
 * point (72 dpi × zoom × the window's scale) and shown scaled back to the page node's size, so on a
 * HiDPI screen one image pixel is one screen pixel.
 */
public final class EvidenceViewModel {

    private static final Logger LOG = Logger.getLogger(EvidenceViewModel.class.getName());

    /** The zoom steps of − and +, as in most PDF readers. */
    static final List<Double> ZOOM_STEPS = List.of(0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75,
            2.0, 2.5, 3.0, 4.0);
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4.0;
    /** Space around the page in the viewer, in logical pixels; fit width leaves it on both sides. */
    public static final double PAGE_MARGIN = 12;
    /** Width of a thumbnail, in logical pixels. */
    public static final double THUMBNAIL_WIDTH = 96;

    /** A render the viewer wants: for one showing of one document (generation), one page, one scale. */
    private record Request(long generation, ViewedDocument document, int page, double scale) {
    }

    private final PageRenderer<Image> renderer;
    private final Executor lane;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<ViewedDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<PageSize> pageSize = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper pageNodeWidth = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper pageNodeHeight = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyBooleanWrapper fitWidth = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<PageTarget>> highlight = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Rectangle2D> highlightBounds = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PageTarget> hovered = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rectangle2D> hoverBounds = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PageTarget> clickedTarget = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revealRequests = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPreviousPage = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNextPage = new ReadOnlyBooleanWrapper();
    private final DoubleProperty outputScale = new SimpleDoubleProperty(1.0);
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty();
    private final ObservableList<PageTarget> targetsOnPage = FXCollections.observableArrayList();
    private final ObservableList<PageTarget> targetsOnPageView = FXCollections.unmodifiableObservableList(targetsOnPage);
    private final ObservableList<Thumbnail> thumbnails = FXCollections.observableArrayList();
    private final ObservableList<Thumbnail> thumbnailsView = FXCollections.unmodifiableObservableList(thumbnails);

    private final ReadOnlyBooleanWrapper marking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Rectangle2D> markBounds = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Mark> mark = new ReadOnlyObjectWrapper<>();
    private double markStartX;
    private double markStartY;

    private List<PageTarget> targets = List.of();
    private List<PageSize> sizes = List.of();
    /** Bumped whenever the viewer starts showing a document (or nothing): late replies for an older one are dropped. */
    private long generation;
    /** The page the image shows, in this generation; 0 when none. */
    private int imagePage;
    private Request wanted;
    private boolean rendering;
    private final SequencedSet<Integer> pendingThumbnails = new LinkedHashSet<>();
    private boolean thumbnailing;

    /** A viewer with its own renderer ({@link PageRenderer.Settings#defaults()}), working on {@code executor}. */
    public EvidenceViewModel(Executor executor, Messages messages) {
        this(fxRenderer(PageRenderer.Settings.defaults()), executor, messages);
    }

    /**
     * @param renderer this viewer's own (see {@link #fxRenderer}): a renderer keeps one document open,
     *                 so two viewers sharing one would close each other's documents
     */
    public EvidenceViewModel(PageRenderer<Image> renderer, Executor executor, Messages messages) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.lane = new SerialLane(executor);
        this.messages = Objects.requireNonNull(messages, "messages");
        outputScale.addListener((observable, before, after) -> requestRender());
        viewportWidth.addListener((observable, before, after) -> {
            if (fitWidth.get()) {
                zoomTo(fittingZoom(), true);
            }
        });
    }

    /** A renderer whose cache holds JavaFX images, converted off the JavaFX thread. */
    public static PageRenderer<Image> fxRenderer(PageRenderer.Settings settings) {
        return new PageRenderer<>(rendered -> SwingFXUtils.toFXImage(rendered, null), settings);
    }

    // ---- what the case screen calls ----

    /**
     * Shows {@code next} from its first page, in the background. The targets and the highlight of the
     * document shown before are dropped: set the new document's after this. Showing the document
     * already shown changes nothing (unless it failed: then it is tried again).
     */
    public void show(ViewedDocument next) {
        Objects.requireNonNull(next, "document");
        ViewedDocument shown = document.get();
        if (shown != null && shown.id() == next.id() && problem.get().isEmpty()) {
            return;
        }
        long showing = startShowing(next);
        loading.set(true);
        BackgroundTask.wrap(() -> renderer.open(next))
                .onSuccess(pageSizes -> {
                    if (showing == generation) {
                        opened(pageSizes);
                    }
                })
                .onFailure(failure -> {
                    if (showing == generation) {
                        failedToOpen(failure);
                    }
                })
                .executeWith(lane);
    }

    /** Shows nothing and closes the document, e.g. when the officer leaves the case. */
    public void clear() {
        startShowing(null);
        loading.set(false);
        BackgroundTask.wrap(() -> {
            renderer.release();
            return null;
        }).executeWith(lane);
    }

    /** Shows page {@code number} (1-based), kept within the document. */
    public void showPage(int number) {
        if (document.get() == null || pageCount.get() < 1) {
            return;
        }
        int target = Math.clamp(number, 1, pageCount.get());
        if (target != page.get()) {
            page.set(target);
            hovered.set(null);
            pageChanged();
        }
    }

    public void nextPage() {
        showPage(page.get() + 1);
    }

    public void previousPage() {
        showPage(page.get() - 1);
    }

    public void firstPage() {
        showPage(1);
    }

    public void lastPage() {
        showPage(pageCount.get());
    }

    /** The next zoom step up; leaves fit-width mode. */
    public void zoomIn() {
        double current = zoom.get();
        zoomTo(ZOOM_STEPS.stream().filter(step -> step > current + 0.001).findFirst().orElse(MAX_ZOOM), false);
    }

    /** The next zoom step down; leaves fit-width mode. */
    public void zoomOut() {
        double current = zoom.get();
        zoomTo(ZOOM_STEPS.reversed().stream().filter(step -> step < current - 0.001).findFirst().orElse(MIN_ZOOM), false);
    }

    /** 100 %: a point of the page is a logical pixel. */
    public void actualSize() {
        zoomTo(1.0, false);
    }

    /** Any zoom between {@link #MIN_ZOOM} and {@link #MAX_ZOOM}; leaves fit-width mode. */
    public void setZoom(double factor) {
        zoomTo(factor, false);
    }

    /** The page as wide as the viewer, now and as the viewer is resized, until the officer zooms. */
    public void fitWidth() {
        zoomTo(fittingZoom(), true);
    }

    /**
     * Highlights {@code target}, showing its page if another is shown, and asks the view to scroll it
     * into view (again, if it is the highlight already).
     */
    public void highlight(PageTarget target) {
        Objects.requireNonNull(target, "target");
        highlight.set(Optional.of(target));
        if (target.page() != page.get()) {
            showPage(target.page());
        }
        updateBounds();
        revealRequests.set(revealRequests.get() + 1);
    }

    public void clearHighlight() {
        highlight.set(Optional.empty());
        updateBounds();
    }

    /** Every box of the shown document the officer can click: figures, transactions, signals. */
    public void setTargets(List<PageTarget> all) {
        targets = List.copyOf(all);
        hovered.set(null);
        targetsOnPage.setAll(onPage(page.get()));
        updateBounds();
    }

    // ---- marking a box on the page ----

    /** A box the officer drew on a page of a document, in PDF points from the page's top-left. */
    public record Mark(long documentId, int page, Box box) {
    }

    /**
     * The next drag on the page draws a box instead of clicking a target; when the mouse is released
     * the box comes out of {@link #markProperty()}. Esc ({@link #cancelMarking()}) stops it.
     */
    public void startMarking() {
        if (document.get() != null && page.get() >= 1) {
            mark.set(null);
            marking.set(true);
        }
    }

    public void cancelMarking() {
        marking.set(false);
        markBounds.set(null);
    }

    public void markFrom(double nodeX, double nodeY) {
        if (marking.get()) {
            markStartX = clampX(nodeX);
            markStartY = clampY(nodeY);
            markBounds.set(new Rectangle2D(markStartX, markStartY, 0, 0));
        }
    }

    public void markTo(double nodeX, double nodeY) {
        if (marking.get() && markBounds.get() != null) {
            double x = clampX(nodeX);
            double y = clampY(nodeY);
            markBounds.set(new Rectangle2D(Math.min(x, markStartX), Math.min(y, markStartY), Math.abs(x - markStartX),
                    Math.abs(y - markStartY)));
        }
    }

    /** The mouse was released: a box of some size is the mark; a mere click is no box, and marking goes on. */
    public void markEnd() {
        Rectangle2D bounds = markBounds.get();
        if (!marking.get() || bounds == null) {
            return;
        }
        if (bounds.getWidth() < 3 || bounds.getHeight() < 3) {
            markBounds.set(null);
            return;
        }
        double z = zoom.get();
        marking.set(false);
        markBounds.set(null);
        mark.set(new Mark(document.get().id(), page.get(),
                new Box(bounds.getMinX() / z, bounds.getMinY() / z, bounds.getWidth() / z, bounds.getHeight() / z)));
    }

    private double clampX(double x) {
        return Math.max(0, Math.min(x, pageNodeWidth.get()));
    }

    private double clampY(double y) {
        return Math.max(0, Math.min(y, pageNodeHeight.get()));
    }

    public ReadOnlyBooleanProperty markingProperty() {
        return marking.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Rectangle2D> markBoundsProperty() {
        return markBounds.getReadOnlyProperty();
    }

    /** The last box the officer drew, or null. */
    public ReadOnlyObjectProperty<Mark> markProperty() {
        return mark.getReadOnlyProperty();
    }

    // ---- what the view calls ----

    /** The smallest target under a point of the page node (a figure inside a transaction row wins). */
    public Optional<PageTarget> targetAt(double nodeX, double nodeY) {
        double z = zoom.get();
        double x = nodeX / z;
        double y = nodeY / z;
        return targetsOnPage.stream()
                .filter(target -> target.box().contains(x, y))
                .min(Comparator.comparingDouble(PageTarget::area));
    }

    /** The officer clicked the page node there: a target under it is clicked and highlighted. */
    public void clickAt(double nodeX, double nodeY) {
        if (marking.get()) {
            return;
        }
        targetAt(nodeX, nodeY).ifPresent(target -> {
            clickedTarget.set(target);
            highlight(target);
        });
    }

    /** The mouse is over the page node there (or off it, with {@link #hoverNothing()}). */
    public void hoverAt(double nodeX, double nodeY) {
        PageTarget target = targetAt(nodeX, nodeY).orElse(null);
        if (target != hovered.get()) {
            hovered.set(target);
            updateBounds();
        }
    }

    public void hoverNothing() {
        if (hovered.get() != null) {
            hovered.set(null);
            updateBounds();
        }
    }

    /**
     * Asks for page {@code number}'s thumbnail: the strip calls it for the thumbnails it shows, so a
     * long document's are rendered as the officer scrolls to them, after the page being read.
     */
    public void requestThumbnail(int number) {
        if (number >= 1 && number <= thumbnails.size() && !thumbnails.get(number - 1).hasImage()) {
            pendingThumbnails.add(number);
            pumpThumbnails();
        }
    }

    /** A box on the shown page in the page node's coordinates: {@code box × zoom}. */
    public Rectangle2D toNode(Box box) {
        double z = zoom.get();
        return new Rectangle2D(box.x() * z, box.y() * z, box.width() * z, box.height() * z);
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<ViewedDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** 1-based; 0 when no document is shown. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousPageProperty() {
        return hasPreviousPage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextPageProperty() {
        return hasNextPage.getReadOnlyProperty();
    }

    /** The shown page's size in points, as displayed; null until the document is open. */
    public ReadOnlyObjectProperty<PageSize> pageSizeProperty() {
        return pageSize.getReadOnlyProperty();
    }

    /** The page node's width in logical pixels: the page's width × zoom. */
    public ReadOnlyDoubleProperty pageNodeWidthProperty() {
        return pageNodeWidth.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty pageNodeHeightProperty() {
        return pageNodeHeight.getReadOnlyProperty();
    }

    /** 1.0 is 100 %: a point of the page is a logical pixel. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fitWidthProperty() {
        return fitWidth.getReadOnlyProperty();
    }

    /**
     * The shown page, rendered at {@code zoom × outputScale} pixels per point; null while it renders
     * (after a zoom, the previous rendering of the same page stays until the new one is ready).
     */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<PageTarget>> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** The highlight's box in the page node's coordinates; null when there is none on the shown page. */
    public ReadOnlyObjectProperty<Rectangle2D> highlightBoundsProperty() {
        return highlightBounds.getReadOnlyProperty();
    }

    /** Counts {@link #highlight} calls: the view scrolls the highlight into view on each. */
    public ReadOnlyIntegerProperty revealRequestsProperty() {
        return revealRequests.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PageTarget> hoveredTargetProperty() {
        return hovered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Rectangle2D> hoverBoundsProperty() {
        return hoverBounds.getReadOnlyProperty();
    }

    /** Set when the officer clicks a target on the page; the case screen selects what it stands for. */
    public ReadOnlyObjectProperty<PageTarget> clickedTargetProperty() {
        return clickedTarget.getReadOnlyProperty();
    }

    /** The shown page's targets, in the order given. */
    public ObservableList<PageTarget> targetsOnPage() {
        return targetsOnPageView;
    }

    /** One per page once the document is open; their images come with {@link #requestThumbnail}. */
    public ObservableList<Thumbnail> thumbnails() {
        return thumbnailsView;
    }

    /** Opening the document or rendering the shown page. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the document or the page cannot be shown, as a sentence for the officer; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Screen pixels per logical pixel of the viewer's window: the view binds it (2.0 on a HiDPI screen). */
    public DoubleProperty outputScaleProperty() {
        return outputScale;
    }

    /** The width the page may take in the viewer, margins included: the view binds it; fit width uses it. */
    public DoubleProperty viewportWidthProperty() {
        return viewportWidth;
    }

    // ---- inside ----

    private long startShowing(ViewedDocument next) {
        generation++;
        document.set(next);
        sizes = List.of();
        wanted = null;
        imagePage = 0;
        pendingThumbnails.clear();
        thumbnails.clear();
        targets = List.of();
        targetsOnPage.clear();
        highlight.set(Optional.empty());
        hovered.set(null);
        clickedTarget.set(null);
        image.set(null);
        problem.set("");
        pageCount.set(next == null ? 0 : next.pages());
        page.set(next == null || next.pages() < 1 ? 0 : 1);
        pageChanged();
        return generation;
    }

    private void opened(List<PageSize> pageSizes) {
        sizes = pageSizes;
        pageCount.set(sizes.size());
        thumbnails.setAll(IntStream.range(0, sizes.size())
                .mapToObj(i -> new Thumbnail(i + 1, THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * sizes.get(i).height() / sizes.get(i).width()))
                .toList());
        // A highlight may have asked for a page before the document was open.
        page.set(Math.clamp(Math.max(page.get(), 1), 1, Math.max(sizes.size(), 1)));
        pageChanged();
        if (sizes.isEmpty()) {
            loading.set(false);
        }
    }

    /** No pages to page through: only the sentence saying why. */
    private void failedToOpen(Throwable failure) {
        problem.set(sentence(failure));
        loading.set(false);
        pageCount.set(0);
        page.set(0);
        pageChanged();
    }

    private void pageChanged() {
        int number = page.get();
        pageSize.set(number >= 1 && number <= sizes.size() ? sizes.get(number - 1) : null);
        hasPreviousPage.set(number > 1);
        hasNextPage.set(number < pageCount.get());
        targetsOnPage.setAll(onPage(number));
        if (fitWidth.get()) {
            zoom.set(fittingZoom());
        }
        updateBounds();
        requestRender();
    }

    private List<PageTarget> onPage(int number) {
        return targets.stream().filter(target -> target.page() == number).toList();
    }

    private void zoomTo(double factor, boolean fit) {
        fitWidth.set(fit);
        double next = Math.clamp(factor, MIN_ZOOM, MAX_ZOOM);
        if (next != zoom.get()) {
            zoom.set(next);
            updateBounds();
            requestRender();
        }
    }

    /** The zoom at which the shown page fills the viewport's width, to the percent below; the current zoom while unknown. */
    private double fittingZoom() {
        PageSize size = pageSize.get();
        double available = viewportWidth.get() - 2 * PAGE_MARGIN;
        if (size == null || size.width() <= 0 || available <= 0) {
            return zoom.get();
        }
        return Math.clamp(Math.floor(available / size.width() * 100) / 100, MIN_ZOOM, MAX_ZOOM);
    }

    private void updateBounds() {
        PageSize size = pageSize.get();
        double z = zoom.get();
        pageNodeWidth.set(size == null ? 0 : size.width() * z);
        pageNodeHeight.set(size == null ? 0 : size.height() * z);
        highlightBounds.set(size == null ? null : highlight.get()
                .filter(target -> target.page() == page.get())
                .map(target -> toNode(target.box()))
                .orElse(null));
        PageTarget over = hovered.get();
        hoverBounds.set(size == null || over == null ? null : toNode(over.box()));
    }

    private double renderScale() {
        return zoom.get() * Math.max(outputScale.get(), 0.5);
    }

    /** Renders the shown page at the current scale, unless it is cached; one render at a time, the latest wish wins. */
    private void requestRender() {
        ViewedDocument shown = document.get();
        if (shown == null || sizes.isEmpty() || page.get() < 1) {
            return;
        }
        if (imagePage != page.get()) {
            image.set(null);
            imagePage = 0;
        }
        problem.set("");
        Request want = new Request(generation, shown, page.get(), renderScale());
        Optional<Rendered<Image>> hit = renderer.cached(shown.id(), want.page(), want.scale());
        if (hit.isPresent()) {
            wanted = null;
            display(want, hit.get());
            loading.set(false);
            return;
        }
        wanted = want;
        loading.set(true);
        if (!rendering) {
            startRender(want);
        }
    }

    private void startRender(Request want) {
        rendering = true;
        BackgroundTask.wrap(() -> renderer.render(want.document(), want.page(), want.scale()))
                .onSuccess(rendered -> {
                    // A rendering of the shown page at an older zoom still beats a blank page meanwhile.
                    if (want.generation() == generation && want.page() == page.get()
                            && (want.equals(wanted) || image.get() == null)) {
                        rendered.ifPresent(r -> display(want, r));
                    }
                    if (want.equals(wanted)) {
                        wanted = null;
                    }
                })
                .onFailure(failure -> {
                    if (want.equals(wanted)) {
                        wanted = null;
                        problem.set(sentence(failure));
                    }
                })
                .onFinished(() -> {
                    rendering = false;
                    if (wanted != null) {
                        startRender(wanted);
                    } else {
                        loading.set(false);
                        pumpThumbnails();
                    }
                })
                .executeWith(lane);
    }

    private void display(Request request, Rendered<Image> rendered) {
        image.set(rendered.image());
        imagePage = request.page();
    }

    /** Renders the next wanted thumbnail, one at a time, and only while the shown page is not rendering. */
    private void pumpThumbnails() {
        while (!thumbnailing && !rendering && !pendingThumbnails.isEmpty()) {
            int number = pendingThumbnails.removeFirst();
            Thumbnail thumbnail = thumbnails.get(number - 1);
            if (thumbnail.hasImage()) {
                continue;
            }
            ViewedDocument shown = document.get();
            long showing = generation;
            double scale = THUMBNAIL_WIDTH / sizes.get(number - 1).width() * Math.max(outputScale.get(), 0.5);
            Optional<Rendered<Image>> hit = renderer.cached(shown.id(), number, scale);
            if (hit.isPresent()) {
                thumbnail.setImage(hit.get().image());
                continue;
            }
            thumbnailing = true;
            BackgroundTask.wrap(() -> renderer.render(shown, number, scale))
                    .onSuccess(rendered -> {
                        if (showing == generation) {
                            rendered.ifPresent(r -> thumbnail.setImage(r.image()));
                        }
                    })
                    .onFailure(failure -> LOG.log(Level.FINE, "thumbnail of page " + number + " of " + shown, failure))
                    .onFinished(() -> {
                        thumbnailing = false;
                        pumpThumbnails();
                    })
                    .executeWith(lane);
        }
    }

    /** The failure as a sentence in the officer's language; a PDF's own problems by their code. */
    String sentence(Throwable failure) {
        if (failure instanceof PdfReadException unreadable) {
            // A PDF that cannot be read is the applicant's problem, not CaseDesk's: one line, the details at FINE.
            LOG.info(() -> "cannot show " + document.get() + ": " + unreadable.code().code());
            LOG.log(Level.FINE, "what PDFBox said", unreadable);
            return messages.get("evidence.problem." + unreadable.code().code());
        }
        LOG.log(Level.WARNING, "cannot show " + document.get(), failure);
        return messages.get("evidence.problem.unexpected");
    }
}
