package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.demo.DemoCaseload;
import casedesk.desk.cases.CaseViewModel;
import casedesk.desk.evidence.EvidenceViewModel;
import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import casedesk.model.DocumentKind;
import casedesk.model.Evaluation;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.model.StoredFigure;
import casedesk.progress.Progress;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * The officer's hand where the reader stops, on the real case screen: F2 on a figure, a box drawn on
 * the page reads the text under it into the field, the correction is saved beside the reading with
 * the officer's name, shown as corrected, and the verdicts are worked out again.
 */
@ExtendWith(ApplicationExtension.class)
class FigureCorrectionTest {

    @TempDir
    static Path shared;
    static Path demo;

    @TempDir
    Path dir;

    private Path file;
    private OpenDesk window;
    private DeskWindow desk;

    @BeforeAll
    static void demoCaseload() {
        demo = shared.resolve("demo.db");
        casedesk.DemoFiles.create(demo, new DemoCaseload.Options(12, DemoCaseload.DEFAULT_SEED, CaseScreenTest.AS_OF));
    }

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("caseload.db");
        Caseload.copy(demo, file);
        window = OpenDesk.show(stage, file, Messages.ENGLISH, CaseScreenTest.TODAY, 1280, 780);
        desk = window.desk();
    }

    @BeforeEach
    void signIn(FxRobot robot) throws java.util.concurrent.TimeoutException {
        window.signIn(robot, "amartin");
    }

    @AfterEach
    void stop() {
        window.close();
    }

    /** An open case with a bank statement whose closing balance was read. */
    private static CaseReference caseWithAStatement() {
        try (Caseload caseload = casedesk.DemoKey.open(demo)) {
            return caseload.cases().queue(QueueQuery.pending().withStatuses(EnumSet.of(CaseStatus.OPEN)).page(0, 1_000))
                    .stream().map(QueueEntry::reference)
                    .filter(r -> caseload.documents().forCase(r).stream()
                            .anyMatch(d -> d.kind() == DocumentKind.BANK_STATEMENT && caseload.evidence().figures(d.id())
                                    .stream().anyMatch(f -> f.figure().name().equals("closing_balance"))))
                    .findFirst().orElseThrow(() -> new AssertionError("the demo has no open case with a statement"));
        }
    }

    private StoredFigure closingBalance(CaseViewModel model) {
        return model.figures().stream().map(CaseViewModel.FigureRow::figure)
                .filter(f -> f.figure().name().equals("closing_balance")).findFirst().orElseThrow();
    }

    @Test
    void aBoxDrawnOnThePageCorrectsTheFigureBesideTheReadingAndTheVerdictsAreWorkedOutAgain(FxRobot robot)
            throws TimeoutException {
        CaseReference reference = caseWithAStatement();
        QueueWindowTest.waitForRows(robot, pendingCount());
        robot.interact(() -> desk.openCase(reference));
        CaseScreenTest.waitForCase(robot);
        CaseViewModel model = desk.openCaseModel().orElseThrow();
        EvidenceViewModel evidence = desk.openEvidenceModel().orElseThrow();
        StoredFigure read = closingBalance(model);
        Evaluation before = evaluation(reference);

        TableView<CaseViewModel.FigureRow> figures = robot.lookup("#case-figures").queryTableView();
        robot.interact(() -> {
            robot.lookup("#case-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(0);
            figures.getSelectionModel().select(figures.getItems().stream()
                    .filter(r -> r.figure().id() == read.id()).findFirst().orElseThrow());
        });
        CaseScreenTest.waitForImage(evidence, read.figure().page());
        robot.interact(figures::requestFocus);
        robot.type(KeyCode.F2);
        Node panel = robot.lookup("#correction-panel").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, panel::isVisible);
        assertEquals("closing_balance", robot.lookup("#correction-figure").queryComboBox().getValue(),
                "the panel opens on the figure selected");

        robot.clickOn("#correction-mark");
        assertTrue(evidence.markingProperty().get(), "the page waits for a box");
        double zoom = evidence.zoomProperty().get();
        var box = read.figure().box();
        Node page = robot.lookup("#evidence-page").query();
        Point2D from = page.localToScreen((box.x() - 3) * zoom, (box.y() - 2) * zoom);
        Point2D to = page.localToScreen((box.x() + box.width() + 3) * zoom, (box.y() + box.height() + 2) * zoom);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);

        TextField value = robot.lookup("#correction-value").queryAs(TextField.class);
        Label said = robot.lookup("#correction-from").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> said.getText().startsWith("Read from the box"));
        } catch (TimeoutException e) {
            throw new AssertionError("after drawing the box: '" + said.getText() + "', mark " + evidence.markProperty().get()
                    + ", marking " + evidence.markingProperty().get(), e);
        }
        assertEquals(read.figure().sourceText(), value.getText(), "the text under the box is read into the field");

        robot.interact(() -> value.setText(""));
        robot.clickOn(value).write("abc").type(KeyCode.ENTER);
        Label problem = robot.lookup("#correction-problem").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> problem.getText().contains("'abc' is no amount"));
        } catch (TimeoutException e) {
            throw new AssertionError("typed '" + value.getText() + "', said '" + problem.getText() + "'", e);
        }

        robot.interact(() -> value.setText(""));
        robot.clickOn(value).write("1,234.56").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !panel.isVisible() && model.figures().stream()
                .anyMatch(r -> r.figure().corrected() && r.figure().figure().name().equals("closing_balance")));
        WaitForAsyncUtils.waitForFxEvents();

        StoredFigure corrected = closingBalance(model);
        assertEquals("1234.56", corrected.figure().value().canonical());
        assertEquals(read.figure().page(), corrected.figure().page(), "pinned where the box was drawn");
        String user = desk.session().orElseThrow().username();
        assertEquals(user, corrected.correction().orElseThrow().by());
        List<String> sources = robot.lookup("#case-figures .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("corrected by " + user)), "marked as corrected: " + sources);

        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            assertEquals(read.figure().value(), caseload.evidence().readFigures(read.documentId()).stream()
                    .filter(f -> f.figure().name().equals("closing_balance")).findFirst().orElseThrow().figure().value(),
                    "the figure as read is kept");
            Evaluation after = caseload.evaluations().latest(reference).orElseThrow();
            assertFalse(after.inputsSha256().equals(before.inputsSha256()), "the verdicts are worked out again");
            assertTrue(after.verdicts().stream().filter(v -> v.evidenceFigureIds().contains(corrected.id()))
                    .allMatch(v -> v.explanation().endsWith("(closing balance corrected by " + user + ")")),
                    "a verdict resting on the correction says who made it: " + after.verdicts());
            assertTrue(after.verdicts().stream().flatMap(v -> v.evidenceFigureIds().stream())
                    .anyMatch(id -> id == corrected.id()) || after.verdicts().stream().noneMatch(v -> v.evidenceFigureIds()
                    .contains(read.id())), "no verdict rests on the replaced figure");
        }
    }

    @Test
    void aTransactionTheReaderMissedIsAddedFromABoxDrawnRoundItsRow(FxRobot robot) throws TimeoutException {
        CaseReference reference = caseWithAStatement();
        QueueWindowTest.waitForRows(robot, pendingCount());
        robot.interact(() -> desk.openCase(reference));
        CaseScreenTest.waitForCase(robot);
        CaseViewModel model = desk.openCaseModel().orElseThrow();
        EvidenceViewModel evidence = desk.openEvidenceModel().orElseThrow();
        long statement = closingBalance(model).documentId();
        robot.interact(() -> model.showDocument(statement));
        CaseViewModel.TransactionRow sample = model.transactions().stream().filter(t -> t.documentId() == statement)
                .filter(t -> t.transaction().page() == 1).findFirst().orElseThrow();
        CaseScreenTest.waitForImage(evidence, 1);
        int before = model.transactions().size();

        robot.interact(() -> robot.lookup("#case-verdicts").query().requestFocus());
        robot.type(KeyCode.F3);
        String fileName = sample.fileName();
        assertTrue(robot.lookup("#case-reading").queryAs(Label.class).getText()
                        .contains(fileName + ": every transaction read is proven by the balances printed."),
                "the reader's verdict on its own reading of the statement is shown above its rows");
        Node panel = robot.lookup("#supply-panel").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, panel::isVisible);
        robot.clickOn("#supply-mark");
        double zoom = evidence.zoomProperty().get();
        var box = sample.transaction().box();
        Node page = robot.lookup("#evidence-page").query();
        robot.moveTo(page.localToScreen(box.x() * zoom, (box.y() + 1) * zoom)).press(MouseButton.PRIMARY)
                .moveTo(page.localToScreen((box.x() + box.width()) * zoom, (box.y() + box.height() - 1) * zoom))
                .release(MouseButton.PRIMARY);

        TextField date = robot.lookup("#supply-date").queryAs(TextField.class);
        TextField amount = robot.lookup("#supply-amount").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !date.getText().isBlank());
        assertEquals(sample.transaction().date().toString(), date.getText(), "the row's date is read from the box");
        assertFalse(amount.getText().isBlank(), "and its amount");

        robot.interact(() -> {
            date.setText("2026-08-31");
            amount.setText("-1,000.00");
        });
        robot.clickOn("#supply-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !panel.isVisible() && model.transactions().size() == before + 1);
        CaseViewModel.TransactionRow added = model.transactions().stream().filter(t -> t.suppliedBy().isPresent())
                .findFirst().orElseThrow();
        assertEquals("-1000.00", added.transaction().amount().plain());
        assertEquals(desk.session().orElseThrow().username(), added.suppliedBy().orElseThrow().by());
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            assertEquals(1, caseload.evidence().supplied(statement).size());
        }
    }

    private static int pendingCount() {
        try (Caseload caseload = casedesk.DemoKey.open(demo)) {
            return (int) caseload.cases().count(QueueQuery.pending());
        }
    }

    private Evaluation evaluation(CaseReference reference) {
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            return caseload.evaluations().latest(reference).orElseThrow();
        }
    }
}
