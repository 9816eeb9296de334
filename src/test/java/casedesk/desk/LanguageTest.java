package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.DemoCaseload;
import casedesk.model.CaseReference;
import casedesk.model.Verdict;
import casedesk.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application, started as the launcher starts it: the officer picks French, the desk
 * speaks French from then on, on the case that was open, and still does after a restart.
 */
class LanguageTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Path file;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        file = dir.resolve("caseload.db");
        casedesk.DemoFiles.create(file, new DemoCaseload.Options(8, DemoCaseload.DEFAULT_SEED, LocalDate.now()));
        FxToolkit.registerPrimaryStage();
        app = launch();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private Application launch() throws Exception {
        return FxToolkit.setupApplication(CaseDeskApp.class, "--caseload=" + file);
    }

    @Test
    void frenchChosenAtTheDeskIsSpokenEverywhereAndKept() throws Exception {
        OpenDesk.signIn(robot, "amartin", OpenDesk.DEMO_PASSWORD);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        TableView<?> queue = robot.lookup("#queue-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !queue.getItems().isEmpty());
        assertEquals("Reference", queue.getColumns().getFirst().getText());
        robot.clickOn("#queue-table").type(javafx.scene.input.KeyCode.ENTER);
        Label header = CaseScreenTest.waitForCase(robot);
        CaseReference open = new CaseReference(header.getText().substring(0, "LU-SHA-2026-000001".length()));

        robot.clickOn("#desk-language").clickOn("français");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Se déconnecter").tryQuery().isPresent());
        Label reopened = CaseScreenTest.waitForCase(robot);
        assertTrue(reopened.getText().startsWith(open.value()), "the same case, now in French: " + reopened.getText());
        assertTrue(robot.lookup("Délivrer").tryQuery().isPresent(), "the decision panel speaks French");
        // The verdicts too: each sentence in French, with the case's own numbers, where the record keeps English.
        ListView<Verdict> verdicts = robot.lookup("#case-verdicts").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !verdicts.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell> cells = robot.lookup("#case-verdicts .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() != null).toList();
        assertTrue(!cells.isEmpty(), "verdicts are listed");
        for (ListCell<?> cell : cells) {
            Verdict verdict = (Verdict) cell.getItem();
            String french = verdict.phrase().in(java.util.Locale.FRENCH);
            assertTrue(!french.equals(verdict.explanation()) && !french.contains("{"), "a French sentence: " + french);
            assertTrue(cell.getAccessibleText().endsWith(": " + french), cell.getAccessibleText() + " says " + french);
        }
        assertTrue(robot.lookup("#ground-3").queryAs(javafx.scene.control.CheckBox.class).getText()
                .contains("moyens de subsistance"), "the refusal grounds in the form's French words");
        assertEquals("fr", Settings.in(dir).language().orElseThrow().toLanguageTag());
        assertTrue(Files.readString(dir.resolve("settings.properties")).contains("language=fr"));

        FxToolkit.cleanupApplication(app);
        app = launch();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Connexion").tryQuery().isPresent());
        OpenDesk.signIn(robot, "amartin", OpenDesk.DEMO_PASSWORD);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent());
        TableView<?> again = robot.lookup("#queue-table").queryTableView();
        TableColumn<?, ?> first = again.getColumns().getFirst();
        assertEquals("Référence", first.getText(), "French after a restart");
        WaitForAsyncUtils.waitForFxEvents();
        var daysLeft = robot.lookup("#queue-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(cell -> cell.getText() != null && cell.getText().contains("jour")).toList();
        assertTrue(!daysLeft.isEmpty(), "the demo has cases with days left");
        for (var cell : daysLeft) {
            assertTrue(!cell.isTextTruncated(), "'" + cell.getText() + "' is shown whole, not cut");
        }
        assertEquals("Raccourcis (F1)", robot.lookup("#desk-help").queryAs(Button.class).getText());
    }
}
