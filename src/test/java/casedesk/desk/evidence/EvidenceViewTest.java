package casedesk.desk.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.desk.CaseDeskApp;
import casedesk.desk.Messages;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.model.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The viewer in a window, used as an officer uses it: paging, thumbnails, zoom, clicking boxes. */
@ExtendWith(ApplicationExtension.class)
class EvidenceViewTest {

    private final Messages english = new Messages(Messages.ENGLISH);
    private final ViewedDocument statement = EvidencePdfs.statement(1);
    private ExecutorService executor;
    private PageRenderer<Image> renderer;
    private EvidenceViewModel model;
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
        executor = CaseDeskApp.newExecutor();
        renderer = EvidenceViewModel.fxRenderer(PageRenderer.Settings.defaults());
        model = new EvidenceViewModel(renderer, executor, english);
        stage.setScene(new Scene(new EvidenceView(model, english), 900, 700));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> stage.setRenderScaleX(stage.getOutputScaleX())); // the next test reuses the window
        executor.shutdownNow();
        renderer.close();
    }

    @Test
    void showsTheFirstPageAndTheNextButtonShowsTheSecond(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(robot, "page 1/3");

        robot.clickOn("#evidence-next");

        waitForPage(robot, "page 2/3");
        assertFalse(robot.lookup("#evidence-previous").query().isDisabled());
    }

    @Test
    void thumbnailsAppearAndClickingTheSecondShowsPageTwo(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(robot, "page 1/3");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> thumbnailImage(robot, 2) != null && thumbnailImage(robot, 3) != null);

        robot.clickOn("#evidence-thumbnail-2");

        waitForPage(robot, "page 2/3");
    }

    @Test
    void pageAndZoomKeysWorkWhileTheViewerHasTheFocus(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(robot, "page 1/3");
        robot.clickOn("#evidence-page");

        robot.type(KeyCode.PAGE_DOWN);
        waitForPage(robot, "page 2/3");
        robot.type(KeyCode.END);
        waitForPage(robot, "page 3/3");
        robot.type(KeyCode.HOME);
        waitForPage(robot, "page 1/3");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.zoomProperty().get() == 1.0);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.zoomProperty().get() == 0.9);
        assertEquals("90%", robot.lookup("#evidence-zoom").queryButton().getText());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT9);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.fitWidthProperty().get());
    }

    @Test
    void zoomButtonsStepAndTheLabelSaysTheZoom(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(statement));
        waitForPage(robot, "page 1/3");

        robot.clickOn("#evidence-zoom");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#evidence-zoom").queryButton().getText().equals("100%"));
        robot.clickOn("#evidence-zoom-in");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#evidence-zoom").queryButton().getText().equals("110%"));
        waitForImageAt(robot, 1.1);
        ImageView picture = robot.lookup("#evidence-image").queryAs(ImageView.class);
        assertEquals(model.pageSizeProperty().get().width() * 1.1, picture.getBoundsInParent().getWidth(), 1e-3);
    }

    @Test
    void aHighlightedFigureOnPageTwoIsDrawnOverItsBoxAtAnyZoom(FxRobot robot) throws TimeoutException {
        PageTarget row = EvidencePdfs.rowsOn(2).get(10);
        robot.interact(() -> {
            model.show(statement);
            model.actualSize();
        });
        waitForPage(robot, "page 1/3");

        robot.interact(() -> model.highlight(row));

        waitForPage(robot, "page 2/3");
        assertHighlightOver(robot, row.box(), 1.0);
        assertInView(robot, robot.lookup("#evidence-highlight").queryAs(Rectangle.class));

        robot.interact(() -> model.setZoom(2.5));
        waitForImageAt(robot, 2.5);
        assertHighlightOver(robot, row.box(), 2.5);
        assertInView(robot, robot.lookup("#evidence-highlight").queryAs(Rectangle.class));
    }

    @Test
    void aHighlightFarDownThePageIsScrolledIntoView(FxRobot robot) throws TimeoutException {
        List<PageTarget> rows = EvidencePdfs.rowsOn(2);
        robot.interact(() -> {
            model.show(statement);
            model.setZoom(3.0);
        });
        waitForPage(robot, "page 1/3");

        robot.interact(() -> model.highlight(rows.getLast()));
        waitForPage(robot, "page 2/3");
        assertInView(robot, robot.lookup("#evidence-highlight").queryAs(Rectangle.class));

        robot.interact(() -> model.highlight(rows.getFirst()));
        WaitForAsyncUtils.waitForFxEvents();
        assertInView(robot, robot.lookup("#evidence-highlight").queryAs(Rectangle.class));
    }

    @Test
    void onARotatedPageTheHighlightAndTheDrawingAgree(FxRobot robot) throws TimeoutException {
        PageTarget ink = new PageTarget("ink", 2, EvidencePdfs.INK_AS_DISPLAYED, "black box");
        robot.interact(() -> {
            model.show(EvidencePdfs.viewed(5, "rotated.pdf", EvidencePdfs.rotated(), 2, PasswordCandidates.none()));
            model.setZoom(1.25);
        });
        waitForPage(robot, "page 1/2");

        robot.interact(() -> model.highlight(ink));

        waitForPage(robot, "page 2/2");
        assertEquals(792 * 1.25, robot.lookup("#evidence-image").queryAs(ImageView.class).getBoundsInParent().getWidth(), 1e-3,
                "shown landscape");
        assertHighlightOver(robot, ink.box(), 1.25);
        Image image = robot.lookup("#evidence-image").queryAs(ImageView.class).getImage();
        double pixelsPerPoint = image.getWidth() / 792;
        Box box = ink.box();
        assertTrue(isDark(image, (box.x() + box.width() / 2) * pixelsPerPoint, (box.y() + box.height() / 2) * pixelsPerPoint),
                "the drawing is dark under the highlight's centre");
        assertFalse(isDark(image, (box.x() - 5) * pixelsPerPoint, (box.y() + 5) * pixelsPerPoint), "and light beside it");
    }

    @Test
    void clickingInsideATargetsBoxSelectsIt(FxRobot robot) throws TimeoutException {
        List<PageTarget> targets = new ArrayList<>(EvidencePdfs.figures());
        targets.addAll(EvidencePdfs.rowsOn(1));
        PageTarget closing = targets.stream().filter(t -> t.key().equals("closing_balance")).findFirst().orElseThrow();
        robot.interact(() -> {
            model.show(statement);
            model.actualSize();
            model.setTargets(targets);
        });
        waitForPage(robot, "page 1/3");

        Pane page = robot.lookup("#evidence-page").queryAs(Pane.class);
        Box box = closing.box();
        Point2D inside = page.localToScreen(box.x() + box.width() * 0.3, box.y() + box.height() * 0.6);
        robot.moveTo(inside);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> closing.equals(model.hoveredTargetProperty().get()));
        assertEquals(javafx.scene.Cursor.HAND, page.getCursor());
        robot.clickOn(inside);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> closing.equals(model.clickedTargetProperty().get()));
        assertEquals(closing, model.highlightProperty().get().orElseThrow());
        assertHighlightOver(robot, box, 1.0);
    }

    @Test
    void aWrongPasswordOrADamagedFileIsASentenceInTheViewer(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.show(EvidencePdfs.viewed(6, "alipay.pdf", EvidencePdfs.protectedWith("171234"), 2,
                PasswordCandidates.of("999999"))));

        Label problem = robot.lookup("#evidence-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, problem::isVisible);
        assertEquals(english.get("evidence.problem.wrong-password"), problem.getText());
        assertEquals("", robot.lookup("#evidence-page-label").queryLabeled().getText());
        assertTrue(robot.lookup("#evidence-next").query().isDisabled());
        assertFalse(robot.lookup("#evidence-thumbnails").query().isVisible());

        robot.interact(() -> model.show(EvidencePdfs.viewed(7, "broken.pdf", EvidencePdfs.damaged(), 1, PasswordCandidates.none())));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> english.get("evidence.problem.damaged-pdf").equals(problem.getText()));
        assertTrue(problem.isVisible());
        assertFalse(robot.lookup("#evidence-loading").query().isVisible());
    }

    @Test
    void onAHiDpiWindowThePageIsRenderedWithMorePixelsButMapsTheSame(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            stage.setRenderScaleX(2.0);
            model.show(statement);
            model.actualSize();
        });
        waitForPage(robot, "page 1/3");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.outputScaleProperty().get() == 2.0);
        waitForImageAt(robot, 1.0);

        ImageView picture = robot.lookup("#evidence-image").queryAs(ImageView.class);
        double width = model.pageSizeProperty().get().width();
        assertEquals(Math.floor(width * 2), picture.getImage().getWidth(), 1, "two image pixels per point");
        assertEquals(width, picture.getBoundsInParent().getWidth(), 1e-3, "shown one logical pixel per point");
        PageTarget row = EvidencePdfs.rowsOn(1).get(3);
        robot.interact(() -> model.highlight(row));
        assertHighlightOver(robot, row.box(), 1.0);
    }

    private void assertHighlightOver(FxRobot robot, Box box, double zoom) {
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle highlight = robot.lookup("#evidence-highlight").queryAs(Rectangle.class);
        Node page = robot.lookup("#evidence-page").query();
        assertTrue(highlight.isVisible());
        Bounds onPage = page.sceneToLocal(highlight.localToScene(
                new BoundingBox(highlight.getX(), highlight.getY(), highlight.getWidth(), highlight.getHeight())));
        assertEquals(box.x(), onPage.getMinX() / zoom, 0.5, "x");
        assertEquals(box.y(), onPage.getMinY() / zoom, 0.5, "y");
        assertEquals(box.width(), onPage.getWidth() / zoom, 0.5, "width");
        assertEquals(box.height(), onPage.getHeight() / zoom, 0.5, "height");
    }

    private static void assertInView(FxRobot robot, Node node) {
        Node viewport = robot.lookup("#evidence-scroll").queryAs(ScrollPane.class).lookup(".viewport");
        Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        String where = "the highlight " + shown + " in the viewport " + visible;
        assertTrue(shown.getMinY() >= visible.getMinY() && shown.getMaxY() <= visible.getMaxY(), where);
        if (shown.getWidth() <= visible.getWidth()) {
            assertTrue(shown.getMinX() >= visible.getMinX() && shown.getMaxX() <= visible.getMaxX(), where);
        } else {
            assertTrue(shown.getMinX() >= visible.getMinX() && shown.getMinX() < visible.getMaxX(), "its start is: " + where);
        }
    }

    private void waitForPage(FxRobot robot, String label) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label.equals(robot.lookup("#evidence-page-label").queryLabeled().getText())
                && model.imageProperty().get() != null && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForImageAt(FxRobot robot, double zoom) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get() && model.imageProperty().get() != null
                && Math.abs(model.imageProperty().get().getWidth()
                        - Math.floor(model.pageSizeProperty().get().width() * zoom * model.outputScaleProperty().get())) <= 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Image thumbnailImage(FxRobot robot, int page) {
        return robot.lookup("#evidence-thumbnail-" + page).tryQuery()
                .map(cell -> cell.lookup(".image-view"))
                .map(view -> ((ImageView) view).getImage())
                .orElse(null);
    }

    private static boolean isDark(Image image, double x, double y) {
        Color color = image.getPixelReader().getColor((int) Math.floor(x), (int) Math.floor(y));
        return color.getBrightness() < 0.5;
    }
}
