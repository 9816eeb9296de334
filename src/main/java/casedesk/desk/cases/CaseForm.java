package casedesk.desk.cases;

import casedesk.desk.CjkFont;
import casedesk.desk.Messages;
import casedesk.desk.cases.CaseFields.Field;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The applicant and trip of a new case, or of an undecided one to correct. Each field says what is
 * wrong with it as the officer types; Save stays off until nothing is, and the form stays open until
 * the caseload has stored the case, so a refusal (a reference already taken) loses nothing typed.
 */
public final class CaseForm extends Dialog<CaseFields> {

    /** Stores the fields in the background, then calls {@code saved}, or {@code refused} with why not. */
    public interface Saver {
        void save(CaseFields fields, Runnable saved, Consumer<String> refused);
    }

    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<Field, Control> controls = new EnumMap<>(Field.class);
    private final TextField reference = text("form-reference");
    private final DatePicker lodged = date("form-lodged");
    private final TextField surname = text("form-surname");
    private final TextField givenNames = text("form-given-names");
    private final TextField nativeName = text("form-native-name");
    private final DatePicker birthDate = date("form-birth-date");
    private final TextField nationality = text("form-nationality");
    private final TextField passport = text("form-passport");
    private final TextField nationalId = text("form-national-id");
    private final DatePicker entry = date("form-entry");
    private final DatePicker exit = date("form-exit");
    private final ComboBox<String> purpose = new ComboBox<>();
    private final TextField destination = text("form-destination");
    /** The problems listed under the form at most; the rest are counted, and marked on their fields. */
    private static final int PROBLEM_LINES = 4;

    private final Label problems = new Label();
    private final Map<Field, String> labels = new EnumMap<>(Field.class);

    /**
     * @param initial   what the fields hold when the form opens
     * @param isNew     a new case: the reference and the lodging date can be set; for a case on file they are fixed
     */
    public CaseForm(Window owner, Messages messages, CaseFields initial, boolean isNew, Saver saver) {
        this.messages = messages;
        for (DatePicker picker : List.of(lodged, birthDate, entry, exit)) {
            picker.setConverter(dateConverter(messages));
            picker.setPromptText(messages.dateField().format(java.time.LocalDate.of(1988, 4, 17)));
        }
        initOwner(owner);
        setTitle(messages.get(isNew ? "form.title.new" : "form.title.edit"));
        setHeaderText(messages.get(isNew ? "form.header.new" : "form.header.edit"));
        getDialogPane().setId("case-form");
        setResizable(true);

        purpose.setId("form-purpose");
        purpose.getItems().setAll(CaseFields.PURPOSES);
        if (!initial.purpose().isEmpty() && !CaseFields.PURPOSES.contains(initial.purpose())) {
            purpose.getItems().add(initial.purpose());
        }
        purpose.setCellFactory(list -> new PurposeCell());
        purpose.setButtonCell(new PurposeCell());
        purpose.setMaxWidth(Double.MAX_VALUE);
        nativeName.setStyle(CjkFont.style());
        fill(initial);
        reference.setEditable(isNew);
        lodged.setDisable(!isNew);

        controls.put(Field.REFERENCE, reference);
        controls.put(Field.LODGED, lodged);
        controls.put(Field.SURNAME, surname);
        controls.put(Field.GIVEN_NAMES, givenNames);
        controls.put(Field.NATIVE_NAME, nativeName);
        controls.put(Field.BIRTH_DATE, birthDate);
        controls.put(Field.NATIONALITY, nationality);
        controls.put(Field.PASSPORT, passport);
        controls.put(Field.NATIONAL_ID, nationalId);
        controls.put(Field.ENTRY, entry);
        controls.put(Field.EXIT, exit);
        controls.put(Field.PURPOSE, purpose);
        controls.put(Field.DESTINATION, destination);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int row = 0;
        grid.add(section("form.section.case"), 0, row++, 4, 1);
        row = pair(grid, row, Field.REFERENCE, "form.reference", Field.LODGED, "form.lodged");
        grid.add(section("form.section.applicant"), 0, row++, 4, 1);
        row = pair(grid, row, Field.SURNAME, "form.surname", Field.GIVEN_NAMES, "form.givenNames");
        row = pair(grid, row, Field.NATIVE_NAME, "form.nativeName", Field.BIRTH_DATE, "form.birthDate");
        row = pair(grid, row, Field.NATIONALITY, "form.nationality", Field.PASSPORT, "form.passport");
        row = pair(grid, row, Field.NATIONAL_ID, "form.nationalId", null, null);
        grid.add(section("form.section.trip"), 0, row++, 4, 1);
        row = pair(grid, row, Field.ENTRY, "form.entry", Field.EXIT, "form.exit");
        pair(grid, row, Field.PURPOSE, "form.purpose", Field.DESTINATION, "form.destination");

        problems.setId("form-problems");
        problems.getStyleClass().add("problem");
        problems.setWrapText(true);
        problems.setMaxWidth(640);
        // Room for the lines shown, reserved: the dialog does not grow once it is open.
        problems.setMinHeight(PROBLEM_LINES * 18);
        problems.setAlignment(Pos.TOP_LEFT);
        getDialogPane().setContent(new VBox(6, grid, problems));

        ButtonType save = new ButtonType(messages.get("form.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("form-save");
        saveButton.disableProperty().bind(validation.invalidProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            CaseFields fields = fields();
            if (!fields.isValid()) {
                return;
            }
            saveButton.disableProperty().unbind();
            saveButton.setDisable(true);
            problems.setText(messages.get("form.saving"));
            saver.save(fields, () -> {
                setResult(fields);
                close();
            }, why -> {
                problems.setText(why);
                saveButton.disableProperty().bind(validation.invalidProperty());
            });
        });
        setResultConverter(button -> null);

        // Registered once the dialog shows: the decorations wrap the scene's root, and a dialog sets its pane as
        // the root when it shows (ControlsFX issue 730).
        setOnShown(event -> {
            watch();
            (isNew ? surname : passport).requestFocus();
        });
    }

    private void watch() {
        for (Map.Entry<Field, Control> each : controls.entrySet()) {
            Field field = each.getKey();
            validation.registerValidator(each.getValue(), isRequired(field), (Control control, Object value) -> {
                String key = fields().problems().get(field);
                return ValidationResult.fromErrorIf(control, key == null ? "" : problemText(field, key), key != null);
            });
        }
        // One field's value can make another right or wrong (the dates): every change checks them all.
        controls.values().forEach(control -> valueOf(control).addListener((observable, before, after) -> validation.revalidate()));
        validation.validationResultProperty().addListener((observable, before, result) -> showProblems());
    }

    private static boolean isRequired(Field field) {
        return switch (field) {
            case GIVEN_NAMES, NATIVE_NAME, NATIONAL_ID -> false;
            default -> true;
        };
    }

    /** What the fields hold now. */
    public CaseFields fields() {
        return new CaseFields(reference.getText(), lodged.getValue(), surname.getText(), givenNames.getText(),
                nativeName.getText(), birthDate.getValue(), nationality.getText(), passport.getText(), nationalId.getText(),
                entry.getValue(), exit.getValue(), purpose.getValue(), destination.getText());
    }

    private void fill(CaseFields initial) {
        reference.setText(initial.reference());
        lodged.setValue(initial.lodged());
        surname.setText(initial.surname());
        givenNames.setText(initial.givenNames());
        nativeName.setText(initial.nativeName());
        birthDate.setValue(initial.birthDate());
        nationality.setText(initial.nationality());
        passport.setText(initial.passport());
        nationalId.setText(initial.nationalId());
        entry.setValue(initial.entry());
        exit.setValue(initial.exit());
        purpose.setValue(initial.purpose().isEmpty() ? null : initial.purpose());
        destination.setText(initial.destination());
    }

    /** The problems in the order of the form, each with its field named, so that the list says where. */
    private void showProblems() {
        List<String> texts = fields().problems().entrySet().stream()
                .map(problem -> problemText(problem.getKey(), problem.getValue())).toList();
        List<String> shown = texts.size() <= PROBLEM_LINES ? texts : new ArrayList<>(texts.subList(0, PROBLEM_LINES - 1));
        if (shown.size() < texts.size()) {
            shown.add(messages.format("form.problem.more", texts.size() - shown.size()));
        }
        problems.setText(String.join("\n", shown));
    }

    private String problemText(Field field, String key) {
        return messages.format("form.problem.line", messages.get(labels.get(field)), messages.get("form.problem." + key));
    }

    private int pair(GridPane grid, int row, Field left, String leftKey, Field right, String rightKey) {
        labels.put(left, leftKey);
        grid.add(label(leftKey, controls.get(left)), 0, row);
        grid.add(controls.get(left), 1, row);
        if (right != null) {
            labels.put(right, rightKey);
            grid.add(label(rightKey, controls.get(right)), 2, row);
            grid.add(controls.get(right), 3, row);
        }
        return row + 1;
    }

    private Label label(String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        return label;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private static TextField text(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(16);
        return field;
    }

    /** Dates typed and shown in the desk language's order; text that is no date is no value. */
    public static javafx.util.StringConverter<java.time.LocalDate> dateConverter(Messages messages) {
        java.time.format.DateTimeFormatter format = messages.dateField();
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return java.time.LocalDate.parse(text.strip(), format);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    private static DatePicker date(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setEditable(true);
        picker.setPrefWidth(180);
        return picker;
    }

    private static ObservableValue<?> valueOf(Control control) {
        return switch (control) {
            case TextField field -> field.textProperty();
            case DatePicker picker -> picker.valueProperty();
            case ComboBox<?> box -> box.valueProperty();
            default -> throw new IllegalArgumentException("no value to watch on " + control);
        };
    }

    /** A purpose in the officer's language; one the form does not know is shown as it was typed. */
    private final class PurposeCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : purposeText(messages, code));
        }
    }

    /** The purpose of a journey in the officer's language. */
    public static String purposeText(Messages messages, String code) {
        return messages.getOrElse("purpose." + code.replace(' ', '-'), code);
    }
}
