package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.demo.DemoCaseload;
import casedesk.desk.cases.CaseViewModel;
import casedesk.desk.evidence.EvidenceViewModel;
import casedesk.desk.evidence.PageTarget;
import casedesk.model.Box;
import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import casedesk.model.Decision;
import casedesk.model.Evaluation;
import casedesk.model.Outcome;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.model.StoredFigure;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import casedesk.progress.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case screen on the demo caseload, driven as an officer drives it: open a case from the queue,
 * follow a verdict to its evidence, click the page, decide.
 */
@ExtendWith(ApplicationExtension.class)
class CaseScreenTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final Clock TODAY = Clock.fixed(AS_OF.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path shared;
    static Path demo;

    @TempDir
    Path dir;

    private OpenDesk window;
    private DeskWindow desk;
    private Caseload check;

    @BeforeAll
    static void demoCaseload() {
        demo = shared.resolve("demo.db");
        DemoCaseload.createFile(demo, new DemoCaseload.Options(60, DemoCaseload.DEFAULT_SEED, AS_OF), Progress.NONE);
    }

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("caseload.db");
        Caseload.copy(demo, file);
        window = OpenDesk.show(stage, file, Messages.ENGLISH, TODAY, 1280, 780);
        desk = window.desk();
    }

    @BeforeEach
    void signIn(FxRobot robot) throws TimeoutException {
        window.signIn(robot, "amartin");
    }

    @AfterEach
    void stop() {
        window.close();
        if (check != null) {
            check.close();
        }
    }

    @Test
    void aCaseOpensFromTheQueueWithTheKeyboard(FxRobot robot) throws TimeoutException {
        QueueWindowTest.waitForRows(robot, pendingCount());
        CaseReference reference = pendingCase(e -> true);

        robot.clickOn("#queue-search").write(reference.value());
        QueueWindowTest.waitForRows(robot, 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        Label header = waitForCase(robot);
        assertTrue(header.getText().startsWith(reference.value()), header.getText());
        ListView<Verdict> verdicts = verdictList(robot);
        assertFalse(verdicts.getItems().isEmpty(), "the verdicts are listed");
        assertTrue(verdicts.isFocused(), "the keys go to the verdicts");

        robot.type(KeyCode.DOWN);
        assertEquals(1, verdicts.getSelectionModel().getSelectedIndex(), "arrows move through the verdicts");
        EvidenceViewModel evidence = desk.openEvidenceModel().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> evidence.pageCountProperty().get() > 0);
        int page = evidence.pageProperty().get();
        int expected = Math.min(page + 1, evidence.pageCountProperty().get());
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, evidence.pageProperty().get(), "Page Down turns the PDF's page, not the list's");
        assertEquals(1, verdicts.getSelectionModel().getSelectedIndex());

        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> noteShown("This is the only case in the queue as it is filtered."));
        assertEquals(reference, desk.openCaseModel().orElseThrow().reference(), "and the case stays open");
        robot.type(KeyCode.ESCAPE); // Escape puts the note away first, as it does any popup
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !noteShown("This is the only case in the queue as it is filtered."));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#queue-table").query().isFocused(), "back in the queue, the keys go to its rows");
    }

    @Test
    void escLeavesADecisionFieldAndCtrlFReachesTheQueuesSearchFromACase(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> evaluation.verdicts().stream()
                .anyMatch(v -> v.status() == VerdictStatus.MISSING));
        open(robot, reference);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("#decision-documents").write("Insurance");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(verdictList(robot).isFocused(), "Esc leaves the field for the verdicts");
        assertEquals("Insurance", robot.lookup("#decision-documents").queryAs(javafx.scene.control.TextField.class)
                .getText(), "what was typed stays");
        assertEquals(reference, desk.openCaseModel().orElseThrow().reference(), "one Esc does not leave the case");

        robot.clickOn("#decision-documents");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#queue-search").tryQuery()
                .filter(javafx.scene.Node::isFocused).isPresent());
        robot.write("WANG");
        assertEquals("WANG", robot.lookup("#queue-search").queryAs(javafx.scene.control.TextField.class).getText(),
                "the search typed after Ctrl+F lands in the search, not in the documents field");
    }

    @Test
    void theQueuesVerdictMarksAreAlsoSaidInWords(FxRobot robot) throws TimeoutException {
        QueueWindowTest.waitForRows(robot, pendingCount());

        List<TableCell<?, ?>> marked = robot.lookup("#queue-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTooltip() != null && cell.getText() != null && cell.getText().contains("✔"))
                .<TableCell<?, ?>>map(cell -> cell).toList();
        assertFalse(marked.isEmpty(), "the verdict column has its marks explained");
        for (TableCell<?, ?> cell : marked) {
            String words = cell.getTooltip().getText();
            assertTrue(words.matches("Failed \\d+ · to review \\d+ · missing \\d+ · passed \\d+"), words);
            assertTrue(cell.getText().endsWith("✔" + words.substring(words.lastIndexOf(' ') + 1)), cell.getText() + " / " + words);
        }
    }

    /** Explanations wrap at the list's width: each verdict takes the lines it needs, no more. */
    @Test
    void theVerdictsReadOneUnderTheOther(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> evaluation.verdicts().size() >= 8);
        open(robot, reference);
        ListView<Verdict> verdicts = verdictList(robot);
        robot.interact(() -> verdicts.scrollTo(verdicts.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();

        Bounds list = verdicts.localToScreen(verdicts.getBoundsInLocal());
        List<ListCell<?>> shown = robot.lookup("#case-verdicts .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() != null && cell.isVisible())
                .filter(cell -> cell.localToScreen(cell.getBoundsInLocal()).getMinY() < list.getMaxY())
                .<ListCell<?>>map(cell -> cell).toList();
        assertTrue(shown.size() >= 3, "the last verdicts are in view together, not " + shown.size());
        for (ListCell<?> cell : shown) {
            assertTrue(cell.getHeight() < list.getHeight() / 2, cell.getItem() + " takes " + cell.getHeight() + " px");
        }
    }

    @Test
    void selectingAVerdictShowsItsPageWithTheFigureHighlighted(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> status(evaluation, "means") == VerdictStatus.PASS
                && !verdict(evaluation, "means").evidenceFigureIds().isEmpty()
                && evaluation.verdicts().stream().anyMatch(v -> v.evidenceFigureIds().isEmpty()));
        open(robot, reference);
        ListView<Verdict> verdicts = verdictList(robot);
        Verdict means = verdicts.getItems().stream().filter(v -> v.rule().equals("means")).findFirst().orElseThrow();

        robot.clickOn(cellOf(robot, means));

        StoredFigure figure = figure(means.evidenceFigureIds().getFirst());
        EvidenceViewModel evidence = desk.openEvidenceModel().orElseThrow();
        waitForImage(evidence, figure.figure().page());
        assertHighlightOver(robot, figure.figure().box(), evidence.zoomProperty().get());
        assertEquals(figure.documentId(), evidence.documentProperty().get().id(), "the figure's document is shown");

        Verdict withoutEvidence = verdicts.getItems().stream().filter(v -> v.evidenceFigureIds().isEmpty())
                .findFirst().orElseThrow();
        robot.clickOn(cellOf(robot, withoutEvidence));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Optional.empty(), evidence.highlightProperty().get(),
                "a verdict with no figure leaves no outline of the one before on the page");
        assertEquals(null, evidence.highlightBoundsProperty().get());
    }

    @Test
    void clickingABoxOnThePageSelectsItsFigure(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> status(evaluation, "means") == VerdictStatus.PASS
                && !verdict(evaluation, "means").evidenceFigureIds().isEmpty()
                && verdict(evaluation, "means").explanation().startsWith("Closing balance"));
        open(robot, reference);
        Verdict means = verdictList(robot).getItems().stream().filter(v -> v.rule().equals("means")).findFirst().orElseThrow();
        robot.clickOn(cellOf(robot, means));
        StoredFigure closing = figure(means.evidenceFigureIds().getFirst());
        EvidenceViewModel evidence = desk.openEvidenceModel().orElseThrow();
        waitForImage(evidence, closing.figure().page());
        CaseViewModel model = desk.openCaseModel().orElseThrow();
        StoredFigure other = model.figures().stream().map(CaseViewModel.FigureRow::figure)
                .filter(f -> f.documentId() == closing.documentId() && f.figure().page() == closing.figure().page())
                .filter(f -> f.figure().name().equals("opening_balance")).findFirst().orElseThrow();

        robot.clickOn(onScreen(robot, other.figure().box(), evidence.zoomProperty().get()));

        TableView<CaseViewModel.FigureRow> figures = robot.lookup("#case-figures").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> figures.getSelectionModel().getSelectedItem() != null
                && figures.getSelectionModel().getSelectedItem().figure().id() == other.id());
        assertEquals(0, robot.lookup("#case-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex(),
                "the figures are in view");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> evidence.highlightProperty().get()
                .map(PageTarget::box).equals(Optional.of(other.figure().box())));
    }

    @Test
    void aRowWhereTheBalanceBreaksIsMarkedAndShowsItsPlaceOnThePage(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> verdict(evaluation, "integrity").explanation().contains("On row"));
        open(robot, reference);
        robot.clickOn("Transactions");
        @SuppressWarnings("unchecked")
        TableView<CaseViewModel.TransactionRow> table = robot.lookup("#case-transactions").queryAs(TableView.class);
        CaseViewModel.TransactionRow broken = table.getItems().stream().filter(CaseViewModel.TransactionRow::breaks)
                .findFirst().orElseThrow(() -> new AssertionError("a row is marked as breaking the balance"));

        robot.interact(() -> table.scrollTo(broken));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getItem() == broken).findFirst().orElseThrow();
        assertTrue(row.getStyleClass().contains("breaks"), "the row is marked");
        assertEquals(1, table.getItems().stream().filter(r -> r.breaks()).count(), "only the row that breaks");

        robot.clickOn(row);

        EvidenceViewModel evidence = desk.openEvidenceModel().orElseThrow();
        waitForImage(evidence, broken.transaction().page());
        assertEquals(broken.documentId(), evidence.documentProperty().get().id());
        assertHighlightOver(robot, broken.transaction().box(), evidence.zoomProperty().get());
    }

    @Test
    void askingForDocumentsSaysWhichAndLeavesTheCaseOpenForThem(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> evaluation.verdicts().stream()
                .anyMatch(v -> v.status() == VerdictStatus.MISSING));
        open(robot, reference);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#decision-problem").queryAs(Label.class);
        assertEquals("Say which documents the applicant must bring.", problem.getText());
        assertTrue(robot.lookup("#decision-confirm").tryQuery().isEmpty(), "checked before anything is confirmed");
        assertEquals(List.of(), caseload().decisions().forCase(reference), "a request that names nothing is not stored");

        robot.clickOn("#decision-documents").write("Travel medical insurance covering the whole stay");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        confirm(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !caseload().decisions().forCase(reference).isEmpty());
        Decision stored = caseload().decisions().latest(reference).orElseThrow();
        assertEquals(Outcome.REQUEST_DOCUMENTS, stored.outcome());
        assertEquals("Travel medical insurance covering the whole stay", stored.note(), "the documents asked for, kept as its note");
        assertEquals(CaseStatus.DOCUMENTS_REQUESTED, caseload().cases().get(reference).status());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decision-requested").tryQuery()
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Documents asked for by amartin on ")).isPresent());
        assertTrue(robot.lookup("#decision-requested").queryAs(Label.class).getText()
                .endsWith(": Travel medical insurance covering the whole stay"));
        assertEquals("", robot.lookup("#decision-documents").queryAs(javafx.scene.control.TextField.class).getText(),
                "the request is not left filled in, to be sent again");
    }

    @Test
    void refusingTicksTheGroundsTheVerdictsSuggestAndStoresThoseTicked(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> evaluation.verdicts().stream()
                .anyMatch(v -> v.status() == VerdictStatus.FAIL && v.suggestedGround().isPresent()));
        int suggested = caseload().evaluations().latest(reference).orElseThrow().verdicts().stream()
                .filter(v -> v.status() == VerdictStatus.FAIL && v.suggestedGround().isPresent())
                .findFirst().orElseThrow().suggestedGround().getAsInt();
        open(robot, reference);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();

        CheckBox ground = robot.lookup("#ground-" + suggested).queryAs(CheckBox.class);
        assertTrue(ground.isVisible() && ground.isSelected(), "ground " + suggested + " is ticked for the officer");
        assertTrue(ground.getText().startsWith(suggested + " · "), "the ground reads with its words: " + ground.getText());
        int other = suggested == 1 ? 2 : 1;
        robot.clickOn("#ground-" + other);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        confirm(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decision-decided").tryQuery().isPresent());
        Decision stored = caseload().decisions().latest(reference).orElseThrow();
        assertEquals(Outcome.REFUSE, stored.outcome());
        assertEquals(List.of(Math.min(suggested, other), Math.max(suggested, other)), stored.refusalGrounds());
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#decision-decided-ground-" + suggested).queryAs(Label.class).getText();
        assertEquals(ground.getText(), shown, "the decided case names the ground in its words, not as [" + suggested + "]");
        String title = robot.lookup("#case-verdicts-title").queryAs(Label.class).getText();
        assertTrue(title.startsWith("Decided on these verdicts (rule set "), title);

        robot.clickOn("#decision-reevaluate");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reevaluation").tryQuery().isPresent());
        DialogPane compared = robot.lookup("#reevaluation").queryAs(DialogPane.class);
        assertEquals("Today’s rules give the same verdicts as those the case was decided on.", compared.getHeaderText());
        assertTrue(robot.lookup("#reevaluation-table").tryQuery().isPresent());
        robot.interact(() -> ((javafx.stage.Stage) compared.getScene().getWindow()).close());
    }

    @Test
    void theGroundsTheOfficerTickedSurviveAReloadOfTheCase(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> evaluation.verdicts().stream()
                .anyMatch(v -> v.status() == VerdictStatus.FAIL && v.suggestedGround().isPresent()));
        open(robot, reference);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#ground-7");
        List<Integer> before = ticked(robot);
        assertTrue(before.contains(7));

        CaseViewModel model = desk.openCaseModel().orElseThrow();
        robot.interact(model::reload);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, ticked(robot));
    }

    @Test
    void aDecisionSentTwiceBeforeItIsStoredIsRecordedOnce(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> evaluation.verdicts().stream()
                .noneMatch(v -> v.status() == VerdictStatus.FAIL));
        open(robot, reference);
        CaseViewModel model = desk.openCaseModel().orElseThrow();

        robot.interact(() -> {
            model.decide(Outcome.REQUEST_DOCUMENTS, List.of(), "Bank statements for the last three months", "", d -> { });
            model.decide(Outcome.REQUEST_DOCUMENTS, List.of(), "Bank statements for the last three months", "", d -> { });
            assertTrue(robot.lookup("#decision-decide").queryButton().isDisabled(), "Decide waits for the first");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.decidingProperty().get());

        assertEquals(1, caseload().decisions().forCase(reference).size());
    }

    private static List<Integer> ticked(FxRobot robot) {
        return robot.lookup("#decision-grounds .check-box").queryAllAs(CheckBox.class).stream()
                .filter(CheckBox::isSelected).map(box -> (Integer) box.getUserData()).sorted().toList();
    }

    @Test
    void withNothingFailedTheGroundsOfTheVerdictsToReviewAreTicked(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> evaluation.verdicts().stream()
                .noneMatch(v -> v.status() != VerdictStatus.REVIEW && v.status() != VerdictStatus.PASS
                        && v.suggestedGround().isPresent())
                && evaluation.verdicts().stream().anyMatch(v -> v.status() == VerdictStatus.REVIEW && v.suggestedGround().isPresent()));
        List<Integer> flagged = caseload().evaluations().latest(reference).orElseThrow().verdicts().stream()
                .filter(v -> v.status() == VerdictStatus.REVIEW && v.suggestedGround().isPresent())
                .map(v -> v.suggestedGround().getAsInt()).distinct().sorted().toList();
        open(robot, reference);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(flagged, ticked(robot));
    }

    @Test
    void issuingAgainstAFailedVerdictNeedsAWrittenReasonAndThenTheCaseIsReadOnly(FxRobot robot) throws TimeoutException {
        CaseReference reference = pendingCase(evaluation -> evaluation.verdicts().stream()
                .anyMatch(v -> v.status() == VerdictStatus.FAIL));
        open(robot, reference);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("This decision goes against the verdicts: write the reason below.").tryQuery().isPresent());
        robot.clickOn("#decision-decide");
        WaitForAsyncUtils.waitForFxEvents();

        Label problem = robot.lookup("#decision-problem").queryAs(Label.class);
        assertEquals("This decision goes against the verdicts: write the reason below, then decide again.",
                problem.getText(), "the rule, in the officer's language");
        assertTrue(robot.lookup("#decision-confirm").tryQuery().isEmpty(),
                "no irrevocable decision is offered for confirmation before it is refused");
        assertEquals(List.of(), caseload().decisions().forCase(reference), "nothing is stored");

        robot.clickOn("#decision-reason").write("Insurance upgraded at the counter; new certificate seen.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        confirm(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decision-decided").tryQuery().isPresent());
        Decision stored = caseload().decisions().latest(reference).orElseThrow();
        assertEquals(Outcome.ISSUE, stored.outcome());
        assertEquals("Insurance upgraded at the counter; new certificate seen.", stored.deviationReason());
        assertEquals("amartin", stored.decidedBy());

        assertTrue(robot.lookup("#decision-decide").tryQuery().isEmpty(), "no decide button on a decided case");
        assertTrue(robot.lookup("#case-edit").queryButton().isDisabled(), "the applicant cannot be edited");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#decision-confirm").tryQuery().isEmpty(), "deciding again is not offered");
        assertEquals(1, caseload().decisions().forCase(reference).size());
    }

    @Test
    void nextCaseMovesThroughTheQueue(FxRobot robot) throws TimeoutException {
        TableView<QueueEntry> table = QueueWindowTest.waitForRows(robot, pendingCount());
        CaseReference first = table.getItems().get(0).reference();
        CaseReference second = table.getItems().get(1).reference();
        robot.clickOn("#queue-table").type(KeyCode.HOME).type(KeyCode.ENTER);
        assertTrue(waitForCase(robot).getText().startsWith(first.value()));

        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desk.openCaseModel().orElseThrow().reference().equals(second));
        assertTrue(waitForCase(robot).getText().startsWith(second.value()));
    }

    // ---- helpers ----

    /** Whether a note in the corner (a notification, in a popup window of its own) says this. */
    static boolean noteShown(String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(window -> window instanceof javafx.stage.PopupWindow && window.isShowing() && window.getScene() != null)
                .flatMap(window -> window.getScene().getRoot().lookupAll("*").stream())
                .anyMatch(node -> node instanceof Label label && text.equals(label.getText()))).get();
    }

    private void open(FxRobot robot, CaseReference reference) throws TimeoutException {
        QueueWindowTest.waitForRows(robot, pendingCount());
        robot.interact(() -> desk.openCase(reference));
        waitForCase(robot);
    }

    static Label waitForCase(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#case-header").tryQuery()
                .map(n -> !((Label) n).getText().isBlank()).orElse(false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#case-verdicts").queryListView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#case-header").queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    static ListView<Verdict> verdictList(FxRobot robot) {
        return robot.lookup("#case-verdicts").queryAs(ListView.class);
    }

    /** The verdict's cell, scrolled into view as the officer would. */
    @SuppressWarnings("unchecked")
    static Node cellOf(FxRobot robot, Verdict verdict) {
        robot.interact(() -> verdictList(robot).scrollTo(verdict));
        return robot.lookup("#case-verdicts").lookup(".list-cell")
                .match(node -> ((ListCell<Verdict>) node).getItem() == verdict).query();
    }

    static void confirm(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#decision-confirm").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#decision-confirm").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));
    }

    static void waitForImage(EvidenceViewModel evidence, int page) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> evidence.pageProperty().get() == page
                && evidence.imageProperty().get() != null && !evidence.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The highlight, mapped back from the screen to the page, lies on the figure's box in PDF points. */
    static void assertHighlightOver(FxRobot robot, Box box, double zoom) {
        Rectangle highlight = robot.lookup("#evidence-highlight").queryAs(Rectangle.class);
        Node page = robot.lookup("#evidence-page").query();
        assertTrue(highlight.isVisible(), "the highlight is shown");
        Bounds onPage = page.sceneToLocal(highlight.localToScene(
                new BoundingBox(highlight.getX(), highlight.getY(), highlight.getWidth(), highlight.getHeight())));
        assertEquals(box.x(), onPage.getMinX() / zoom, 0.5, "x");
        assertEquals(box.y(), onPage.getMinY() / zoom, 0.5, "y");
        assertEquals(box.width(), onPage.getWidth() / zoom, 0.5, "width");
        assertEquals(box.height(), onPage.getHeight() / zoom, 0.5, "height");
    }

    /** Where a box of the page is on the screen, at its centre. */
    static Point2D onScreen(FxRobot robot, Box box, double zoom) {
        Node page = robot.lookup("#evidence-page").query();
        return page.localToScreen((box.x() + box.width() / 2) * zoom, (box.y() + box.height() / 2) * zoom);
    }

    /** The caseload file the desk works on, read through a connection of the test's own. */
    private Caseload caseload() {
        if (check == null) {
            check = casedesk.DemoKey.open(dir.resolve("caseload.db"));
        }
        return check;
    }

    private StoredFigure figure(long id) {
        return desk.openCaseModel().orElseThrow().figures().stream().map(CaseViewModel.FigureRow::figure)
                .filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    private static Verdict verdict(Evaluation evaluation, String rule) {
        return evaluation.verdicts().stream().filter(v -> v.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static VerdictStatus status(Evaluation evaluation, String rule) {
        return verdict(evaluation, rule).status();
    }

    private static int pendingCount() {
        try (Caseload caseload = casedesk.DemoKey.open(demo)) {
            return (int) caseload.cases().count(QueueQuery.pending());
        }
    }

    /** The first open case of the demo whose stored evaluation matches. */
    static CaseReference pendingCase(Predicate<Evaluation> wanted) {
        try (Caseload caseload = casedesk.DemoKey.open(demo)) {
            // Open cases only: a case waiting for documents has a decision already.
            return caseload.cases().queue(QueueQuery.pending().withStatuses(EnumSet.of(CaseStatus.OPEN)).page(0, 1_000))
                    .stream().map(QueueEntry::reference)
                    .filter(r -> caseload.evaluations().latest(r).filter(wanted).isPresent())
                    .findFirst().orElseThrow(() -> new AssertionError("the demo has no such pending case"));
        }
    }
}
