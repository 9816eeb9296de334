package casedesk.desk.evidence;

import casedesk.evidence.pdf.Deadline;
import casedesk.evidence.pdf.ErrorCode;
import casedesk.evidence.pdf.OpenedPdf;
import casedesk.evidence.pdf.PdfReadException;
import casedesk.evidence.pdf.ReadLimits;
import casedesk.evidence.pdf.SafePdf;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Renders the pages of one open document with PDFBox, through {@link SafePdf}, and keeps what it
 * rendered in a cache bounded by total pixels. Every method except {@link #cached} may block on PDF
 * work: call them off the JavaFX thread.
 *
 * <p>One document is open at a time, the one the viewer shows: opening another closes it, so a case
 * with many statements holds one {@code PDDocument}. A document's {@link SafePdf} time budget starts
 * when it is opened and covers everything run on it; a render needs a fresh one, so a document whose
 * budget has less than {@link Settings#minimumTimeLeft()} left is reopened from its bytes before the
 * render (cheap next to rendering, and only after the officer has looked at it for a while).
 *
 * <p>The images are whatever the converter makes of PDFBox's {@code BufferedImage}: the view model
 * converts to JavaFX images, here, off the JavaFX thread, so that the cache holds what is shown and a
 * cached page is shown at once. Nothing here knows JavaFX.
 *
 * @param <I> the image type the cache holds
 */
public final class PageRenderer<I> implements AutoCloseable {

    /**
     * @param limits          what one document may cost; its time limit is also the budget of one render
     * @param minimumTimeLeft a render starts on a time budget with at least this much left, else the
     *                        document is reopened first
     * @param maxCachedPixels the cache's bound, in pixels over all cached images
     * @param maxPagePixels   the most pixels one rendered page may have; a larger request is rendered
     *                        at the scale that fits (and shown a little soft)
     */
    public record Settings(ReadLimits limits, Duration minimumTimeLeft, long maxCachedPixels, long maxPagePixels) {

        public Settings {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(minimumTimeLeft, "minimum time left");
            if (minimumTimeLeft.isNegative() || minimumTimeLeft.compareTo(limits.timeLimit()) > 0) {
                throw new IllegalArgumentException("the time left for a render must be between zero and the time limit");
            }
            if (maxCachedPixels < 0 || maxPagePixels <= 0) {
                throw new IllegalArgumentException("pixel bounds must be positive");
            }
        }

        /**
         * CaseDesk's read limits; half the time limit left for a render; 32 Mpx of cached images
         * (128 MB: 60 pages at 100 % on an ordinary screen, 15 on a HiDPI one); 16 Mpx per page
         * (a statement page at 400 % on an ordinary screen).
         */
        public static Settings defaults() {
            ReadLimits limits = ReadLimits.defaults();
            return new Settings(limits, limits.timeLimit().dividedBy(2), 32_000_000L, 16_000_000L);
        }

        public Settings withMaxCachedPixels(long pixels) {
            return new Settings(limits, minimumTimeLeft, pixels, maxPagePixels);
        }

        public Settings withMaxPagePixels(long pixels) {
            return new Settings(limits, minimumTimeLeft, maxCachedPixels, pixels);
        }

        public Settings withMinimumTimeLeft(Duration left) {
            return new Settings(limits, left, maxCachedPixels, maxPagePixels);
        }
    }

    /** A page's size in PDF points as displayed, its /Rotate applied: the space {@link casedesk.model.Box} lives in. */
    public record PageSize(double width, double height) {
    }

    /**
     * A rendered page.
     *
     * @param scale         the scale asked for (pixels per point), rounded as the cache keys it
     * @param renderedScale the scale actually rendered at: lower when the page would have exceeded
     *                      {@link Settings#maxPagePixels()}
     */
    public record Rendered<I>(long documentId, int page, double scale, double renderedScale, I image, int widthPixels,
                              int heightPixels) {

        public long pixels() {
            return (long) widthPixels * heightPixels;
        }
    }

    private record Key(long documentId, int page, int milliScale) {
    }

    /** The open document; {@code pdf} is null after a time-limit error gave it up, until the next render reopens it. */
    private static final class Open {
        final ViewedDocument document;
        final byte[] bytes;
        final List<PageSize> sizes;
        OpenedPdf pdf;

        Open(ViewedDocument document, byte[] bytes, OpenedPdf pdf, List<PageSize> sizes) {
            this.document = document;
            this.bytes = bytes;
            this.pdf = pdf;
            this.sizes = List.copyOf(sizes);
        }
    }

    private final Function<BufferedImage, I> converter;
    private final Settings settings;
    /** Held while PDFBox works on the open document: PDFBox cannot do two things at once on one document. */
    private final Object documentLock = new Object();
    private final Cache<I> cache;
    private final AtomicLong renders = new AtomicLong();
    private final AtomicLong opens = new AtomicLong();
    private Open open;

    public PageRenderer(Function<BufferedImage, I> converter) {
        this(converter, Settings.defaults());
    }

    public PageRenderer(Function<BufferedImage, I> converter, Settings settings) {
        this.converter = Objects.requireNonNull(converter, "converter");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = new Cache<>(settings.maxCachedPixels());
    }

    /**
     * Opens {@code document} unless it is the open one, closing whichever was open, and returns its
     * page sizes. When opening fails, no document is open.
     */
    public List<PageSize> open(ViewedDocument document) throws PdfReadException {
        Objects.requireNonNull(document, "document");
        synchronized (documentLock) {
            if (open != null && open.document.id() == document.id() && open.pdf != null) {
                return open.sizes;
            }
            release();
            byte[] bytes = Objects.requireNonNull(document.bytes().get(), "the document's bytes");
            OpenedPdf pdf = SafePdf.open(bytes, document.passwords(), settings.limits());
            opens.incrementAndGet();
            try {
                List<PageSize> sizes = SafePdf.run(pdf, PageRenderer::pageSizes);
                open = new Open(document, bytes, pdf, sizes);
                return open.sizes;
            } catch (PdfReadException | RuntimeException e) {
                pdf.close();
                throw e;
            }
        }
    }

    /**
     * Page {@code page} (1-based) of {@code document} at {@code scale} pixels per point, from the cache
     * when it was rendered before. Empty when another document was opened since: the caller has moved on.
     */
    public Optional<Rendered<I>> render(ViewedDocument document, int page, double scale) throws PdfReadException {
        Objects.requireNonNull(document, "document");
        Key key = key(document.id(), page, scale);
        Optional<Rendered<I>> hit = cache.get(key);
        if (hit.isPresent()) {
            return hit;
        }
        BufferedImage image;
        double renderedScale;
        synchronized (documentLock) {
            if (open == null || open.document.id() != document.id()) {
                return Optional.empty();
            }
            if (page < 1 || page > open.sizes.size()) {
                throw new IllegalArgumentException("page " + page + " of " + open.sizes.size());
            }
            hit = cache.get(key);
            if (hit.isPresent()) {
                return hit;
            }
            renderedScale = fittingScale(open.sizes.get(page - 1), key.milliScale() / 1000.0);
            OpenedPdf pdf = fresh(open);
            try {
                image = SafePdf.run(pdf, (pdDocument, deadline) ->
                        new DeadlineRenderer(pdDocument, deadline).renderImage(page - 1, (float) renderedScale, ImageType.RGB));
            } catch (PdfReadException e) {
                if (e.code() == ErrorCode.TIME_LIMIT) {
                    // SafePdf gave the document up (a worker may still be inside it); the next render reopens it.
                    pdf.close();
                    open.pdf = null;
                }
                throw e;
            }
            renders.incrementAndGet();
        }
        Rendered<I> rendered = new Rendered<>(document.id(), page, key.milliScale() / 1000.0, renderedScale,
                converter.apply(image), image.getWidth(), image.getHeight());
        cache.put(key, rendered);
        return Optional.of(rendered);
    }

    /** The page from the cache, if it is there; never blocks on PDF work, so the JavaFX thread may ask. */
    public Optional<Rendered<I>> cached(long documentId, int page, double scale) {
        return cache.get(key(documentId, page, scale));
    }

    /** Closes the open document, if any. Cached images stay: coming back to the document shows them at once. */
    public void release() {
        synchronized (documentLock) {
            if (open != null) {
                if (open.pdf != null) {
                    open.pdf.close();
                }
                open = null;
            }
        }
    }

    /** The id of the open document. */
    public OptionalLong openDocument() {
        synchronized (documentLock) {
            return open == null ? OptionalLong.empty() : OptionalLong.of(open.document.id());
        }
    }

    /** Pages rendered by PDFBox so far (cache hits not counted): for tests and the log. */
    public long renders() {
        return renders.get();
    }

    /** Times a document was opened, reopenings included. */
    public long opens() {
        return opens.get();
    }

    /** Pixels held by the cache now; never more than {@link Settings#maxCachedPixels()}. */
    public long cachedPixels() {
        return cache.pixels();
    }

    public Settings settings() {
        return settings;
    }

    /** Releases the open document and empties the cache. */
    @Override
    public void close() {
        release();
        cache.clear();
    }

    /** The open document's {@code OpenedPdf}, for tests that check it is closed when it should be. */
    Optional<OpenedPdf> openedPdf() {
        synchronized (documentLock) {
            return open == null ? Optional.empty() : Optional.ofNullable(open.pdf);
        }
    }

    /** The document, reopened when its time budget has too little left for a render. Holds documentLock. */
    private OpenedPdf fresh(Open current) throws PdfReadException {
        if (current.pdf != null && current.pdf.deadline().remaining().compareTo(settings.minimumTimeLeft()) >= 0) {
            return current.pdf;
        }
        if (current.pdf != null) {
            current.pdf.close();
            current.pdf = null;
        }
        current.pdf = SafePdf.open(current.bytes, current.document.passwords(), settings.limits());
        opens.incrementAndGet();
        return current.pdf;
    }

    private double fittingScale(PageSize size, double scale) {
        double pixels = size.width() * scale * size.height() * scale;
        if (pixels <= settings.maxPagePixels()) {
            return scale;
        }
        return scale * Math.sqrt(settings.maxPagePixels() / pixels);
    }

    private static Key key(long documentId, int page, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("not a scale: " + scale);
        }
        return new Key(documentId, page, (int) Math.max(1, Math.round(scale * 1000)));
    }

    private static List<PageSize> pageSizes(PDDocument document, Deadline deadline) {
        List<PageSize> sizes = new ArrayList<>(document.getNumberOfPages());
        for (PDPage page : document.getPages()) {
            deadline.check();
            PDRectangle crop = page.getCropBox();
            int rotation = ((page.getRotation() % 360) + 360) % 360;
            boolean sideways = rotation == 90 || rotation == 270;
            sizes.add(sideways ? new PageSize(crop.getHeight(), crop.getWidth()) : new PageSize(crop.getWidth(), crop.getHeight()));
        }
        return sizes;
    }

    /** PDFBox's renderer, checking the time budget before every content-stream operator. */
    private static final class DeadlineRenderer extends PDFRenderer {
        private final Deadline deadline;

        DeadlineRenderer(PDDocument document, Deadline deadline) {
            super(document);
            this.deadline = deadline;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    deadline.check();
                    super.processOperator(operator, operands);
                }
            };
        }
    }

    /** Least recently used first out, bounded by the pixels it holds rather than by a count of images. */
    private static final class Cache<I> {
        private final long maxPixels;
        private final LinkedHashMap<Key, Rendered<I>> entries = new LinkedHashMap<>(16, 0.75f, true);
        private long pixels;

        Cache(long maxPixels) {
            this.maxPixels = maxPixels;
        }

        synchronized Optional<Rendered<I>> get(Key key) {
            return Optional.ofNullable(entries.get(key));
        }

        synchronized void put(Key key, Rendered<I> rendered) {
            if (rendered.pixels() > maxPixels) {
                return;
            }
            Rendered<I> before = entries.put(key, rendered);
            pixels += rendered.pixels() - (before == null ? 0 : before.pixels());
            Iterator<Map.Entry<Key, Rendered<I>>> oldestFirst = entries.entrySet().iterator();
            while (pixels > maxPixels && oldestFirst.hasNext()) {
                Map.Entry<Key, Rendered<I>> oldest = oldestFirst.next();
                pixels -= oldest.getValue().pixels();
                oldestFirst.remove();
            }
        }

        synchronized long pixels() {
            return pixels;
        }

        synchronized void clear() {
            entries.clear();
            pixels = 0;
        }
    }
}
