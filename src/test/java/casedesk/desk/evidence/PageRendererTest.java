package casedesk.desk.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.desk.evidence.PageRenderer.PageSize;
import casedesk.desk.evidence.PageRenderer.Rendered;
import casedesk.evidence.pdf.ErrorCode;
import casedesk.evidence.pdf.OpenedPdf;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.evidence.pdf.PdfReadException;
import casedesk.evidence.text.PageText;
import casedesk.evidence.text.TextLayer;
import casedesk.evidence.text.Word;
import casedesk.model.Box;
import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The renderer alone, without JavaFX: it renders through SafePdf, caches by pixels, and lets documents go. */
class PageRendererTest {

    private final ViewedDocument statement = EvidencePdfs.statement(1);
    private PageRenderer<BufferedImage> renderer = new PageRenderer<>(image -> image);

    @AfterEach
    void close() {
        renderer.close();
    }

    @Test
    void rendersAPageAtThePixelsPerPointAskedFor() throws PdfReadException {
        List<PageSize> sizes = renderer.open(statement);

        Rendered<BufferedImage> page = renderer.render(statement, 2, 1.5).orElseThrow();

        assertEquals(3, sizes.size());
        assertEquals(Math.floor(sizes.get(1).width() * 1.5), page.widthPixels(), 1);
        assertEquals(Math.floor(sizes.get(1).height() * 1.5), page.heightPixels(), 1);
        assertEquals(page.widthPixels(), page.image().getWidth());
    }

    @Test
    void aSecondVisitToAPageAtTheSameScaleIsServedFromTheCache() throws PdfReadException {
        renderer.open(statement);
        Rendered<BufferedImage> first = renderer.render(statement, 1, 1.0).orElseThrow();

        Rendered<BufferedImage> again = renderer.render(statement, 1, 1.0).orElseThrow();

        assertEquals(1, renderer.renders());
        assertSame(first.image(), again.image());
        assertSame(first.image(), renderer.cached(statement.id(), 1, 1.0).orElseThrow().image());
        renderer.render(statement, 1, 2.0);
        assertEquals(2, renderer.renders(), "another scale is another rendering");
    }

    @Test
    void theCacheIsBoundedByPixelsAndLetsTheLeastRecentlyUsedPageGo() throws PdfReadException {
        List<PageSize> sizes = renderer.open(statement);
        long onePage = (long) Math.floor(sizes.getFirst().width()) * (long) Math.floor(sizes.getFirst().height());
        renderer = replaced(PageRenderer.Settings.defaults().withMaxCachedPixels(onePage * 5 / 2));
        renderer.open(statement);
        renderer.render(statement, 1, 1.0);
        renderer.render(statement, 2, 1.0);
        renderer.cached(statement.id(), 1, 1.0); // the officer went back to page 1

        renderer.render(statement, 3, 1.0);

        assertTrue(renderer.cached(statement.id(), 1, 1.0).isPresent());
        assertTrue(renderer.cached(statement.id(), 2, 1.0).isEmpty(), "page 2 was the least recently used");
        assertTrue(renderer.cached(statement.id(), 3, 1.0).isPresent());
        assertTrue(renderer.cachedPixels() <= onePage * 5 / 2);
    }

    @Test
    void aPageLargerThanTheCacheIsRenderedButNotKept() throws PdfReadException {
        renderer = replaced(PageRenderer.Settings.defaults().withMaxCachedPixels(10_000));
        renderer.open(statement);

        assertTrue(renderer.render(statement, 1, 1.0).isPresent());

        assertEquals(0, renderer.cachedPixels());
        assertTrue(renderer.cached(statement.id(), 1, 1.0).isEmpty());
    }

    @Test
    void aPageThatWouldBeHugeIsRenderedAtTheScaleThatFits() throws PdfReadException {
        renderer = replaced(PageRenderer.Settings.defaults().withMaxPagePixels(400_000));
        renderer.open(statement);

        Rendered<BufferedImage> page = renderer.render(statement, 1, 4.0).orElseThrow();

        assertTrue(page.pixels() <= 400_000, page.pixels() + " pixels");
        assertTrue(page.renderedScale() < 1.0);
        assertEquals(4.0, page.scale());
        assertSame(page, renderer.cached(statement.id(), 1, 4.0).orElseThrow(), "cached under the scale asked for");
    }

    @Test
    void openingAnotherDocumentClosesThePreviousOne() throws PdfReadException {
        renderer.open(statement);
        OpenedPdf first = renderer.openedPdf().orElseThrow();
        ViewedDocument other = EvidencePdfs.viewed(2, "rotated.pdf", EvidencePdfs.rotated(), 2, PasswordCandidates.none());

        renderer.open(other);

        assertThrows(IllegalStateException.class, first::document, "the first document's PDDocument is closed");
        assertEquals(2, renderer.openDocument().orElseThrow());
        assertTrue(renderer.render(statement, 1, 1.0).isEmpty(), "a late render for the first document does nothing");
        assertEquals(0, renderer.renders());
    }

    @Test
    void releasingClosesTheDocumentAndKeepsItsPages() throws PdfReadException {
        renderer.open(statement);
        renderer.render(statement, 1, 1.0);
        OpenedPdf pdf = renderer.openedPdf().orElseThrow();

        renderer.release();

        assertThrows(IllegalStateException.class, pdf::document);
        assertTrue(renderer.openDocument().isEmpty());
        assertTrue(renderer.cached(statement.id(), 1, 1.0).isPresent());
    }

    @Test
    void reopensADocumentWhoseTimeBudgetIsTooShortForARender() throws PdfReadException {
        // Asking for the whole time limit to be left makes every render find the budget spent.
        PageRenderer.Settings settings = PageRenderer.Settings.defaults();
        renderer = replaced(settings.withMinimumTimeLeft(settings.limits().timeLimit()));
        renderer.open(statement);
        OpenedPdf opened = renderer.openedPdf().orElseThrow();

        assertTrue(renderer.render(statement, 1, 1.0).isPresent());

        assertEquals(2, renderer.opens());
        assertThrows(IllegalStateException.class, opened::document, "the spent one is closed");
        assertTrue(renderer.openedPdf().orElseThrow().deadline().remaining().toMillis() > 0);
    }

    @Test
    void aRotatedPageIsDrawnWhereTheTextLayerPutsItsBoxes() throws Exception {
        byte[] pdf = EvidencePdfs.rotated();
        ViewedDocument rotated = EvidencePdfs.viewed(3, "rotated.pdf", pdf, 2, PasswordCandidates.none());
        List<PageSize> sizes = renderer.open(rotated);
        double scale = 2.0;

        BufferedImage page = renderer.render(rotated, 2, scale).orElseThrow().image();

        assertEquals(new PageSize(792, 612), sizes.get(1), "shown landscape");
        assertEquals(792 * scale, page.getWidth(), 1);
        Box ink = EvidencePdfs.INK_AS_DISPLAYED;
        assertTrue(dark(page, (ink.x() + ink.width() / 2) * scale, (ink.y() + ink.height() / 2) * scale), "inside the box");
        assertTrue(dark(page, (ink.x() + 2) * scale, (ink.y() + 2) * scale), "near its top-left corner");
        assertFalse(dark(page, (ink.x() - 4) * scale, (ink.y() + 4) * scale), "just left of it");
        assertFalse(dark(page, (ink.x() + 4) * scale, (ink.y() - 4) * scale), "just above it");
        assertFalse(dark(page, (ink.x() + ink.width() + 4) * scale, (ink.y() + 4) * scale), "just right of it");

        Word word = wordOnPage2(pdf, "12,345.67");
        Box box = word.box();
        assertTrue(box.x() > EvidencePdfs.TEXT_BASELINE_AS_DISPLAYED[0] && box.y() < EvidencePdfs.TEXT_BASELINE_AS_DISPLAYED[1]
                && box.y() + box.height() > EvidencePdfs.TEXT_BASELINE_AS_DISPLAYED[1], "reads left to right as shown: " + box);
        int inkInWord = 0;
        for (double y = box.y(); y < box.y() + box.height(); y += 0.5) {
            for (double x = box.x(); x < box.x() + box.width(); x += 0.5) {
                inkInWord += dark(page, x * scale, y * scale) ? 1 : 0;
            }
        }
        assertTrue(inkInWord > 20, "the text layer's box of '12,345.67' holds its glyphs' ink: " + inkInWord);
    }

    @Test
    void aProtectedPdfOpensWithTheRightPasswordOnly() throws PdfReadException {
        byte[] pdf = EvidencePdfs.protectedWith("171234");

        renderer.open(EvidencePdfs.viewed(4, "alipay.pdf", pdf, 2, PasswordCandidates.of("171234")));
        assertTrue(renderer.render(EvidencePdfs.viewed(4, "alipay.pdf", pdf, 2, PasswordCandidates.of("171234")), 1, 1.0).isPresent());

        PdfReadException wrong = assertThrows(PdfReadException.class,
                () -> renderer.open(EvidencePdfs.viewed(5, "alipay.pdf", pdf, 2, PasswordCandidates.of("000000"))));
        assertEquals(ErrorCode.WRONG_PASSWORD, wrong.code());
        assertTrue(renderer.openDocument().isEmpty(), "nothing is open after a failed open");
        PdfReadException none = assertThrows(PdfReadException.class,
                () -> renderer.open(EvidencePdfs.viewed(6, "alipay.pdf", pdf, 2, PasswordCandidates.none())));
        assertEquals(ErrorCode.PASSWORD_REQUIRED, none.code());
    }

    @Test
    void aDamagedFileFailsWithACodeNotACrash() {
        PdfReadException damaged = assertThrows(PdfReadException.class,
                () -> renderer.open(EvidencePdfs.viewed(7, "broken.pdf", EvidencePdfs.damaged(), 1, PasswordCandidates.none())));

        assertEquals(ErrorCode.DAMAGED, damaged.code());
    }

    private PageRenderer<BufferedImage> replaced(PageRenderer.Settings settings) {
        renderer.close();
        return new PageRenderer<>(image -> image, settings);
    }

    private static boolean dark(BufferedImage image, double x, double y) {
        int rgb = image.getRGB((int) Math.floor(x), (int) Math.floor(y));
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r + g + b < 3 * 128;
    }

    private static Word wordOnPage2(byte[] pdf, String text) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PageText page = TextLayer.read(document, () -> { }).get(1);
            return page.lines().stream().flatMap(line -> line.words().stream())
                    .filter(word -> word.text().equals(text)).findFirst().orElseThrow();
        }
    }
}
