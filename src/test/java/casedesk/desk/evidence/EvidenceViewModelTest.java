package casedesk.desk.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.desk.CaseDeskApp;
import casedesk.desk.Messages;
import casedesk.desk.evidence.PageRenderer.PageSize;
import casedesk.evidence.pdf.ErrorCode;
import casedesk.evidence.pdf.OpenedPdf;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.evidence.pdf.ReadLimits;
import casedesk.model.Box;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The viewer's state, driven as the case screen and the view drive it, without the view. */
@ExtendWith(ApplicationExtension.class)
class EvidenceViewModelTest {

    private final Messages english = new Messages(Messages.ENGLISH);
    private final ViewedDocument statement = EvidencePdfs.statement(1);
    private ExecutorService executor;
    private PageRenderer<Image> renderer;
    private EvidenceViewModel model;

    @Start
    void start(Stage stage) {
        executor = CaseDeskApp.newExecutor();
        renderer = EvidenceViewModel.fxRenderer(PageRenderer.Settings.defaults());
        model = new EvidenceViewModel(renderer, executor, english);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        renderer.close();
    }

    @Test
    void showsTheFirstPageThenTheNext(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(1);
        assertEquals(3, model.pageCountProperty().get());
        assertFalse(model.hasPreviousPageProperty().get());

        robot.interact(model::nextPage);

        waitForPage(2);
        assertSame(renderer.cached(statement.id(), 2, model.zoomProperty().get()).orElseThrow().image(),
                model.imageProperty().get(), "the image is page 2's");
        assertTrue(model.hasPreviousPageProperty().get());
    }

    @Test
    void aPageSeenBeforeIsShownAtOnceWithoutRenderingAgain(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(1);
        robot.interact(model::nextPage);
        waitForPage(2);
        long renders = renderer.renders();

        robot.interact(() -> {
            model.previousPage();
            assertNotNull(model.imageProperty().get(), "shown in the same event, from the cache");
            assertFalse(model.loadingProperty().get());
        });

        assertEquals(renders, renderer.renders());
    }

    @Test
    void pagingQuicklyShowsTheLastPageAskedFor(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(1);

        robot.interact(() -> {
            model.nextPage();
            model.nextPage();
            model.nextPage();
        });

        waitForPage(3);
        assertSame(renderer.cached(statement.id(), 3, model.zoomProperty().get()).orElseThrow().image(),
                model.imageProperty().get());
    }

    @Test
    void zoomGoesByStepsWithinItsLimitsAndFitWidthFillsTheViewport(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(1);
        PageSize size = model.pageSizeProperty().get();

        robot.interact(() -> {
            model.actualSize();
            assertEquals(1.0, model.zoomProperty().get());
            assertFalse(model.fitWidthProperty().get());
            model.zoomIn();
            assertEquals(1.1, model.zoomProperty().get());
            model.zoomOut();
            model.zoomOut();
            assertEquals(0.9, model.zoomProperty().get());
            model.setZoom(12);
            assertEquals(EvidenceViewModel.MAX_ZOOM, model.zoomProperty().get());
            model.zoomIn();
            assertEquals(EvidenceViewModel.MAX_ZOOM, model.zoomProperty().get());

            model.viewportWidthProperty().set(2 * EvidenceViewModel.PAGE_MARGIN + size.width() * 0.755);
            model.fitWidth();
            assertTrue(model.fitWidthProperty().get());
            assertEquals(0.75, model.zoomProperty().get(), 1e-9, "to the percent below");
            model.viewportWidthProperty().set(2 * EvidenceViewModel.PAGE_MARGIN + size.width() * 1.2);
            assertEquals(1.2, model.zoomProperty().get(), 1e-9, "follows the viewport");
            assertEquals(size.width() * 1.2, model.pageNodeWidthProperty().get(), 1e-9);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        assertEquals(Math.floor(size.width() * 1.2), model.imageProperty().get().getWidth(), 1);
    }

    @Test
    void onAHiDpiScreenTheImageHasTwiceThePixelsOfThePageNode(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            model.outputScaleProperty().set(2.0);
            model.show(statement);
            model.actualSize();
        });
        waitForPage(1);

        PageSize size = model.pageSizeProperty().get();
        assertEquals(size.width(), model.pageNodeWidthProperty().get(), 1e-9, "the page node stays in logical pixels");
        assertEquals(Math.floor(size.width() * 2), model.imageProperty().get().getWidth(), 1);
        assertEquals(Math.floor(size.height() * 2), model.imageProperty().get().getHeight(), 1);
    }

    @Test
    void highlightingATargetOnAnotherPageShowsThatPageWithTheBoxMappedByTheZoom(FxRobot robot) throws TimeoutException {
        PageTarget row = EvidencePdfs.rowsOn(2).get(5);
        robot.interact(() -> {
            model.show(statement);
            model.setZoom(1.5);
        });
        waitForPage(1);

        robot.interact(() -> model.highlight(row));

        waitForPage(2);
        Box box = row.box();
        assertEquals(new Rectangle2D(box.x() * 1.5, box.y() * 1.5, box.width() * 1.5, box.height() * 1.5),
                model.highlightBoundsProperty().get());
        robot.interact(model::previousPage);
        assertNull(model.highlightBoundsProperty().get(), "page 1 does not show page 2's highlight");
        assertEquals(row, model.highlightProperty().get().orElseThrow());
    }

    @Test
    void aHighlightAskedForBeforeTheDocumentIsOpenShowsItsPageOnceItIs(FxRobot robot) throws TimeoutException {
        PageTarget row = EvidencePdfs.rowsOn(3).getFirst();

        robot.interact(() -> {
            model.show(statement);
            model.highlight(row);
        });

        waitForPage(3);
        assertNotNull(model.highlightBoundsProperty().get());
    }

    @Test
    void clickingPicksTheSmallestTargetUnderThePointer(FxRobot robot) throws TimeoutException {
        PageTarget row = new PageTarget("row", 1, new Box(50, 100, 400, 12), "row");
        PageTarget amount = new PageTarget("amount", 1, new Box(300, 100, 60, 12), "amount");
        PageTarget elsewhere = new PageTarget("other page", 2, new Box(0, 0, 600, 800), "page 2");
        robot.interact(() -> {
            model.show(statement);
            model.setZoom(2.0);
        });
        waitForPage(1);

        robot.interact(() -> {
            model.setTargets(List.of(row, amount, elsewhere));
            assertEquals(List.of(row, amount), model.targetsOnPage());

            model.clickAt(330 * 2, 106 * 2);
            assertEquals(amount, model.clickedTargetProperty().get());
            assertEquals(amount, model.highlightProperty().get().orElseThrow());

            model.clickAt(100 * 2, 106 * 2);
            assertEquals(row, model.clickedTargetProperty().get());

            model.clickAt(100 * 2, 300 * 2);
            assertEquals(row, model.clickedTargetProperty().get(), "a click on no target changes nothing");

            model.hoverAt(310 * 2, 101 * 2);
            assertEquals(amount, model.hoveredTargetProperty().get());
            model.hoverNothing();
            assertNull(model.hoveredTargetProperty().get());
        });
    }

    @Test
    void aWrongPasswordIsASentenceAndTheRightOneShowsThePage(FxRobot robot) throws TimeoutException {
        byte[] pdf = EvidencePdfs.protectedWith("171234");

        robot.interact(() -> model.show(EvidencePdfs.viewed(7, "alipay.pdf", pdf, 2, PasswordCandidates.of("000000"))));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.problemProperty().get().isEmpty());
        assertEquals(english.get("evidence.problem.wrong-password"), model.problemProperty().get());
        assertFalse(model.loadingProperty().get());
        assertNull(model.imageProperty().get());
        assertEquals(0, model.pageCountProperty().get(), "no pages to page through");
        assertFalse(model.hasNextPageProperty().get());

        robot.interact(() -> model.show(EvidencePdfs.viewed(7, "alipay.pdf", pdf, 2, PasswordCandidates.of("171234"))));

        waitForPage(1);
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void aDamagedFileIsASentenceInTheOfficersLanguage(FxRobot robot) throws TimeoutException {
        Messages french = new Messages(Messages.FRENCH);
        EvidenceViewModel inFrench = new EvidenceViewModel(renderer, executor, french);

        robot.interact(() -> inFrench.show(EvidencePdfs.viewed(8, "relevé.pdf", EvidencePdfs.damaged(), 2,
                PasswordCandidates.none())));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !inFrench.problemProperty().get().isEmpty());
        assertEquals(french.get("evidence.problem.damaged-pdf"), inFrench.problemProperty().get());
        assertTrue(inFrench.problemProperty().get().contains("endommagé"));
    }

    @Test
    void aPdfThatTakesTooLongIsASentenceNotAFrozenWindow(FxRobot robot) throws TimeoutException {
        ReadLimits hurried = ReadLimits.defaults().withTimeLimit(Duration.ofMillis(1));
        PageRenderer<Image> impatient = EvidenceViewModel.fxRenderer(new PageRenderer.Settings(hurried, Duration.ZERO,
                32_000_000L, 16_000_000L));
        EvidenceViewModel viewer = new EvidenceViewModel(impatient, executor, english);

        robot.interact(() -> viewer.show(statement));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewer.problemProperty().get().isEmpty());
        assertEquals(english.get("evidence.problem.time-limit"), viewer.problemProperty().get());
        impatient.close();
    }

    @Test
    void everyReasonAPdfCannotBeReadHasASentenceInBothLanguages() {
        for (Locale locale : List.of(Messages.ENGLISH, Messages.FRENCH)) {
            Messages messages = new Messages(locale);
            for (ErrorCode code : ErrorCode.values()) {
                String sentence = messages.get("evidence.problem." + code.code());
                assertFalse(sentence.startsWith("!"), locale + " has no sentence for " + code);
            }
            assertFalse(messages.get("evidence.problem.unexpected").startsWith("!"));
        }
    }

    @Test
    void showingAnotherDocumentClosesThePreviousOnesPdf(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(1);
        OpenedPdf first = renderer.openedPdf().orElseThrow();

        robot.interact(() -> model.show(EvidencePdfs.viewed(9, "rotated.pdf", EvidencePdfs.rotated(), 2,
                PasswordCandidates.none())));

        waitForPage(1);
        assertEquals(new PageSize(612, 792), model.pageSizeProperty().get());
        assertThrows(IllegalStateException.class, first::document);
        assertEquals(9, renderer.openDocument().orElseThrow());

        robot.interact(model::clear);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> renderer.openDocument().isEmpty());
        assertNull(model.documentProperty().get());
        assertEquals(0, model.pageProperty().get());
    }

    @Test
    void thumbnailsAreRenderedOnlyWhenAskedFor(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(1);
        List<Thumbnail> thumbnails = model.thumbnails();
        assertEquals(3, thumbnails.size());
        assertEquals(EvidenceViewModel.THUMBNAIL_WIDTH, thumbnails.getFirst().width());

        robot.interact(() -> model.requestThumbnail(2));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> thumbnails.get(1).imageProperty().get() != null);
        assertEquals(EvidenceViewModel.THUMBNAIL_WIDTH, thumbnails.get(1).imageProperty().get().getWidth(), 1);
        assertNull(thumbnails.get(0).imageProperty().get());
        assertNull(thumbnails.get(2).imageProperty().get());
    }

    private void waitForPage(int page) throws TimeoutException {
        waitFor(() -> model.pageProperty().get() == page && model.imageProperty().get() != null
                && !model.loadingProperty().get());
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
