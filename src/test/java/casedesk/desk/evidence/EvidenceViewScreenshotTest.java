package casedesk.desk.evidence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.desk.CaseDeskApp;
import casedesk.desk.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A picture of the viewer as the officer sees it, for a person to look at: target/evidence-viewer.png. */
@ExtendWith(ApplicationExtension.class)
class EvidenceViewScreenshotTest {

    private ExecutorService executor;
    private EvidenceViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        executor = CaseDeskApp.newExecutor();
        Messages english = new Messages(Messages.ENGLISH);
        model = new EvidenceViewModel(executor, english);
        scene = new Scene(new EvidenceView(model, english), 760, 780);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(model::clear);
        executor.shutdownNow();
    }

    @Test
    void aHighlightedRowOnPageTwo(FxRobot robot) throws TimeoutException, IOException {
        List<PageTarget> targets = new ArrayList<>(EvidencePdfs.figures());
        for (int page = 1; page <= EvidencePdfs.STATEMENT.pages(); page++) {
            targets.addAll(EvidencePdfs.rowsOn(page));
        }
        PageTarget row = EvidencePdfs.rowsOn(2).get(12);
        robot.interact(() -> {
            model.show(EvidencePdfs.statement(1));
            model.setTargets(targets);
            model.highlight(row);
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.pageProperty().get() == 2
                && model.imageProperty().get() != null && !model.loadingProperty().get()
                && robot.lookup("#evidence-thumbnails .image-view").queryAllAs(ImageView.class).stream()
                        .allMatch(view -> view.getImage() != null));
        WaitForAsyncUtils.waitForFxEvents();

        Path file = Path.of("target", "evidence-viewer.png");
        WritableImage shot = snapshot(robot);
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", file.toFile());
        assertTrue(Files.size(file) > 10_000);
    }

    @Test
    void aPdfThatCannotBeOpened(FxRobot robot) throws TimeoutException, IOException {
        robot.interact(() -> model.show(EvidencePdfs.viewed(2, "alipay.pdf", EvidencePdfs.protectedWith("171234"), 2,
                casedesk.evidence.pdf.PasswordCandidates.of("000000"))));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.problemProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Path file = Path.of("target", "evidence-viewer-problem.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(snapshot(robot), null), "png", file.toFile());
        assertTrue(Files.size(file) > 1_000);
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        return shot[0];
    }
}
