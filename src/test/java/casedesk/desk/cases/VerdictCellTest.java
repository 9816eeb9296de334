package casedesk.desk.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.desk.Messages;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A verdict cell is measured by its list before it is first sized, at width 0: its sentence must
 * wrap at the list's width then, not a word per line.
 */
@ExtendWith(ApplicationExtension.class)
class VerdictCellTest {

    private static final String LONG = "3 signs of alteration to look at: statement-ccb-202611.pdf (page 1): '16,344.54' is "
            + "hidden under a white box on page 1; '36,344.54' is drawn over it. The closing balance '36,344.54' on page 1 "
            + "is set in Helvetica, a font used nowhere else in the document, whose other text is set in NotoSansSC.";

    private ListView<Verdict> list;
    private Group unsized;

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        unsized = new Group();
        stage.setScene(new Scene(new VBox(list, unsized), 640, 400));
        stage.show();
    }

    @Test
    void aNewCellIsAsTallAsItsSentenceNeedsAtTheListsWidth(FxRobot robot) {
        AtomicReference<Double> height = new AtomicReference<>();
        robot.interact(() -> {
            VerdictCell cell = new VerdictCell(new Messages(Messages.ENGLISH));
            cell.updateListView(list);
            unsized.getChildren().add(cell);
            cell.updateItem(new Verdict("integrity", "LU-2026.1", VerdictStatus.REVIEW, LONG, List.of(), OptionalInt.empty()),
                    false);
            cell.applyCss();
            assertTrue(cell.getWidth() == 0, "measured before it is sized, as the list does");
            height.set(cell.prefHeight(list.getWidth()));
        });

        assertTrue(height.get() < 160, "a few lines at the list's width, not a word per line: " + height.get() + " px");
    }
}
