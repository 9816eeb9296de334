package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.caseload.Caseload;
import casedesk.demo.documents.BankStatements;
import casedesk.demo.documents.StatementLayout;
import casedesk.demo.documents.StatementRequest;
import casedesk.desk.cases.CaseForm;
import casedesk.model.Applicant;
import casedesk.model.CaseReference;
import casedesk.model.Document;
import casedesk.model.ExchangeRate;
import casedesk.model.Money;
import casedesk.model.Trip;
import casedesk.model.VerdictStatus;
import casedesk.model.VisaCase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** A new case typed in at the desk, checked as it is typed, then given its documents. */
@ExtendWith(ApplicationExtension.class)
class NewCaseTest {

    static final LocalDate TODAY_DATE = LocalDate.of(2026, 11, 23);
    static final Clock TODAY = Clock.fixed(TODAY_DATE.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final CaseReference EXISTING = CaseReference.of("LU", "SHA", 2026, 41);

    @TempDir
    Path dir;

    private Path file;
    private OpenDesk window;
    private DeskWindow desk;

    @Start
    void start(Stage stage) {
        file = dir.resolve("caseload.db");
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            OpenDesk.addOfficer(caseload, "amartin");
            caseload.cases().create(VisaCase.lodged(EXISTING, TODAY_DATE.minusDays(3),
                    new Applicant("LI", "NA", "李娜", LocalDate.of(1990, 1, 1), "CHN", "E22222222", ""),
                    new Trip(TODAY_DATE.plusDays(20), TODAY_DATE.plusDays(30), "tourism", "LU", "C")), "o");
            caseload.rates().store(List.of(new ExchangeRate(TODAY_DATE.minusDays(1), "CNY", new BigDecimal("7.8500"))),
                    "ECB, by hand", "admin");
        }
        window = OpenDesk.show(stage, file, Messages.ENGLISH, TODAY, 1280, 780);
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

    @Test
    void theFormSaysWhatIsWrongAndSavesOnlyAWholeCase(FxRobot robot) throws TimeoutException {
        QueueWindowTest.waitForRows(robot, 1);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#case-form").tryQuery().isPresent());

        assertEquals("LU-SHA-2026-000042", robot.lookup("#form-reference").queryAs(TextField.class).getText(),
                "the next reference after the highest of the year");
        assertTrue(robot.lookup("#form-save").queryButton().isDisabled(), "nothing typed yet");
        String untouched = robot.lookup("#form-problems").queryAs(Label.class).getText();
        assertTrue(untouched.startsWith("Surname: This field is needed."), untouched);
        assertEquals(4, untouched.lines().count(), "four lines at most: " + untouched);
        assertTrue(untouched.lines().toList().getLast().matches("… and \\d+ more"), untouched);

        robot.clickOn("#form-surname").write("Zhou");
        robot.clickOn("#form-given-names").write("Min");
        robot.clickOn("#form-native-name").write("周敏");
        robot.clickOn("#form-passport").write("E12");
        robot.interact(() -> {
            date(robot, "#form-birth-date").setValue(LocalDate.of(1985, 3, 2));
            date(robot, "#form-entry").setValue(TODAY_DATE.plusDays(30));
            date(robot, "#form-exit").setValue(TODAY_DATE.plusDays(20));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1985-03-02", date(robot, "#form-birth-date").getEditor().getText(),
                "dates in the order case.json and the command line use, not the American 3/2/1985");
        assertEquals(java.time.LocalDate.of(1988, 4, 17), CaseForm.dateConverter(new Messages(Messages.FRENCH))
                .fromString("17/04/1988"), "the French desk reads the day first");

        String problems = robot.lookup("#form-problems").queryAs(Label.class).getText();
        assertTrue(problems.contains("Passport number: A passport number is six to nine letters and digits"),
                "the problem names its field: " + problems);
        assertTrue(problems.contains("The exit date cannot be before the entry date."), problems);
        assertTrue(robot.lookup("#form-save").queryButton().isDisabled());

        robot.clickOn("#form-passport").write("345678");
        robot.interact(() -> date(robot, "#form-exit").setValue(TODAY_DATE.plusDays(39)));
        robot.clickOn("#form-national-id").write("110101198503021231");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#form-problems").queryAs(Label.class).getText().contains("check digit"),
                "a Chinese ID number with a wrong check digit");
        robot.doubleClickOn("#form-national-id").eraseText(18).write("110101198503021238");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#form-problems").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#form-save").queryButton().isDisabled());

        robot.clickOn("#form-save");

        Label header = CaseScreenTest.waitForCase(robot);
        assertTrue(header.getText().startsWith("LU-SHA-2026-000042 · ZHOU MIN 周敏"), header.getText());
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            VisaCase stored = caseload.cases().get(new CaseReference("LU-SHA-2026-000042"));
            assertEquals("E12345678", stored.applicant().passportNumber());
            assertEquals(10, stored.trip().days());
            assertEquals(TODAY_DATE.plusDays(15), stored.deadline());
            assertEquals("amartin", caseload.audit().forCase(stored.reference()).getFirst().actor());
        }
    }

    @Test
    void aReferenceAlreadyTakenIsRefusedAndTheFormKeepsWhatWasTyped(FxRobot robot) throws TimeoutException {
        QueueWindowTest.waitForRows(robot, 1);
        robot.clickOn("#desk-new-case");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#case-form").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#form-reference").queryAs(TextField.class).setText(EXISTING.value());
            robot.lookup("#form-surname").queryAs(TextField.class).setText("ZHOU");
            robot.lookup("#form-passport").queryAs(TextField.class).setText("E12345678");
            date(robot, "#form-birth-date").setValue(LocalDate.of(1985, 3, 2));
            date(robot, "#form-entry").setValue(TODAY_DATE.plusDays(30));
            date(robot, "#form-exit").setValue(TODAY_DATE.plusDays(39));
        });

        robot.clickOn("#form-save");

        Label problems = robot.lookup("#form-problems").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> problems.getText().contains("exists already"));
        assertEquals("ZHOU", robot.lookup("#form-surname").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#case-form").tryQuery().isPresent(), "the form stays open");
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            assertEquals(1, caseload.cases().size());
        }
    }

    @Test
    void pdfsDroppedOnACaseAreReadWithProgressThenShownWithTheirVerdicts(FxRobot robot) throws Exception {
        QueueWindowTest.waitForRows(robot, 1);
        robot.interact(() -> desk.openCase(EXISTING));
        CaseScreenTest.waitForCase(robot);
        assertEquals(VerdictStatus.MISSING, means(robot), "no evidence of means yet");

        Applicant li = new Applicant("LI", "NA", "李娜", LocalDate.of(1990, 1, 1), "CHN", "E22222222", "");
        Path plain = dir.resolve("statement-boc.pdf");
        Files.write(plain, BankStatements.generate(StatementRequest.of(StatementLayout.BOC, li, "6216610000123456789",
                TODAY_DATE.minusDays(10), 3, Money.of("86400.00", "CNY"), 7)).pdf());
        Path locked = dir.resolve("statement-ccb.pdf");
        Files.write(locked, BankStatements.generate(StatementRequest.of(StatementLayout.CCB, li, "6217000000123456789",
                TODAY_DATE.minusDays(10), 3, Money.of("12000.00", "CNY"), 8).withPassword("s3cret")).pdf());
        ProgressBar bar = robot.lookup("#case-import-progress").queryAs(ProgressBar.class);
        List<Double> progress = new CopyOnWriteArrayList<>();
        List<Boolean> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            bar.progressProperty().addListener((o, before, after) -> progress.add(after.doubleValue()));
            bar.getParent().visibleProperty().addListener((o, before, after) -> shown.add(after));
            desk.openCaseView().orElseThrow().importFiles(List.of(plain, locked));
        });

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#password-field").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#password-field").write("s3cret").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> documents(robot).size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> means(robot) == VerdictStatus.PASS);
        assertTrue(shown.contains(true), "the progress was shown");
        assertTrue(progress.stream().anyMatch(p -> p > 0 && p <= 1), "the progress moved: " + progress);
        assertEquals(List.of("statement-boc.pdf", "statement-ccb.pdf"),
                documents(robot).stream().map(Document::fileName).sorted().toList());
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            assertEquals(2, caseload.documents().forCase(EXISTING).size());
        }
    }

    @Test
    void anIntakeFolderBecomesACaseThatOpensAndWhatCouldNotBeReadIsSaid(FxRobot robot) throws Exception {
        QueueWindowTest.waitForRows(robot, 1);
        Path intake = Files.createDirectories(dir.resolve("intake"));
        Applicant wang = new Applicant("WANG", "XIAOMING", "王小明", LocalDate.of(1988, 4, 17), "CHN", "E12345678", "");
        Files.writeString(intake.resolve("case.json"), """
                {"reference": "LU-SHA-2026-000123", "lodged": "2026-11-20",
                 "applicant": {"surname": "WANG", "given_names": "XIAOMING", "native_name": "王小明",
                               "birth_date": "1988-04-17", "nationality": "CHN", "passport": "E12345678"},
                 "trip": {"entry": "2026-12-10", "exit": "2026-12-24", "purpose": "tourism", "destination": "LU",
                          "visa_type": "C"},
                 "documents": ["statement-icbc.pdf", "scan.pdf"]}
                """);
        Files.write(intake.resolve("statement-icbc.pdf"), BankStatements.generate(StatementRequest.of(StatementLayout.ICBC,
                wang, "6222021234567890123", TODAY_DATE.minusDays(5), 3, Money.of("86400.00", "CNY"), 1)).pdf());
        Files.writeString(intake.resolve("scan.pdf"), "a photograph, not a PDF");
        ProgressBar bar = robot.lookup("#desk-work-progress").queryAs(ProgressBar.class);
        List<Boolean> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            bar.getParent().visibleProperty().addListener((o, before, after) -> shown.add(after));
            desk.importIntake(intake);
        });

        Label header = CaseScreenTest.waitForCase(robot);
        assertTrue(header.getText().startsWith("LU-SHA-2026-000123 · WANG XIAOMING 王小明"), header.getText());
        assertTrue(shown.contains(true), "the toolbar showed the import's progress");
        assertEquals(List.of("statement-icbc.pdf"), documents(robot).stream().map(Document::fileName).toList());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains("scan.pdf")).tryQuery().isPresent());
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            assertEquals(1, caseload.documents().forCase(new CaseReference("LU-SHA-2026-000123")).size());
        }
    }

    @Test
    void anIntakeWithABadManifestMakesNoCaseAndSaysWhichField(FxRobot robot) throws Exception {
        QueueWindowTest.waitForRows(robot, 1);
        Path intake = Files.createDirectories(dir.resolve("intake"));
        Files.writeString(intake.resolve("case.json"), """
                {"reference": "LU-SHA-2026-000124", "lodged": "2026-11-20",
                 "applicant": {"surname": "WANG", "given_names": "XIAOMING", "birth_date": "1988-13-17",
                               "nationality": "CHN", "passport": "E12345678"},
                 "trip": {"entry": "2026-12-10", "exit": "2026-12-24", "purpose": "tourism", "destination": "LU",
                          "visa_type": "C"},
                 "documents": []}
                """);

        robot.interact(() -> desk.importIntake(intake));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains("birth_date")).tryQuery().isPresent());
        assertTrue(robot.lookup("#queue-table").tryQuery().isPresent(), "the desk stays on the queue");
        try (Caseload caseload = casedesk.DemoKey.open(file)) {
            assertEquals(1, caseload.cases().size(), "no case was made");
        }
    }

    private static DatePicker date(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(DatePicker.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Document> documents(FxRobot robot) {
        return new ArrayList<>(robot.lookup("#case-documents").queryAs(ComboBox.class).getItems());
    }

    private static VerdictStatus means(FxRobot robot) {
        return CaseScreenTest.verdictList(robot).getItems().stream().filter(v -> v.rule().equals("means")).findFirst()
                .orElseThrow().status();
    }
}
