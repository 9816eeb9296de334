package casedesk.desk.cases;

import casedesk.desk.Messages;
import casedesk.desk.evidence.EvidenceViewModel;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where the officer corrects a figure the reader got wrong, or supplies one it missed: pick the
 * figure, type its value or draw a box round it on the page (the text under the box is read into the
 * field), and save. The correction is kept beside the reading, with who and when, and the verdicts
 * are worked out again. Enter saves, Esc closes.
 */
final class FigureCorrectionPanel extends VBox {

    private final CaseViewModel model;
    private final EvidenceViewModel evidence;
    private final Messages messages;
    private final ComboBox<String> figure = new ComboBox<>();
    private final TextField value = new TextField();
    private final Label problem = new Label();
    private final Label from = new Label();
    private long documentId = -1;
    private Optional<EvidenceViewModel.Mark> mark = Optional.empty();
    private String marked = "";

    FigureCorrectionPanel(CaseViewModel model, EvidenceViewModel evidence, Messages messages) {
        this.model = model;
        this.evidence = evidence;
        this.messages = messages;
        setId("correction-panel");
        getStyleClass().add("correction-panel");
        setSpacing(4);
        setPadding(new Insets(6));
        setStyle("-fx-background-color: #f3f7ff; -fx-border-color: #9bb4e0; -fx-border-width: 1 0 0 0;");

        Label title = new Label(messages.get("correction.title"));
        title.getStyleClass().add("section-title");
        figure.setId("correction-figure");
        figure.setCellFactory(list -> new NameCell());
        figure.setButtonCell(new NameCell());
        value.setId("correction-value");
        value.setPromptText(messages.get("correction.value.prompt"));
        HBox.setHgrow(value, Priority.ALWAYS);
        Button markButton = new Button(messages.get("correction.mark"));
        markButton.setId("correction-mark");
        markButton.setOnAction(event -> evidence.startMarking());
        Button save = new Button(messages.get("correction.save"));
        save.setId("correction-save");
        save.setDefaultButton(false);
        save.setOnAction(event -> save());
        Button cancel = new Button(messages.get("correction.cancel"));
        cancel.setId("correction-cancel");
        cancel.setOnAction(event -> close());
        HBox row = new HBox(6, figure, value);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(6, markButton, save, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (Button button : List.of(markButton, save, cancel)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        from.setId("correction-from");
        from.setWrapText(true);
        from.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId("correction-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setStyle("-fx-text-fill: #b00020;");
        getChildren().setAll(title, row, actions, from, problem);
        setVisible(false);
        setManaged(false);

        value.setOnAction(event -> {
            event.consume();
            save();
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close();
            }
        });
        evidence.markProperty().addListener((observable, before, drawn) -> {
            if (drawn != null && isVisible() && drawn.documentId() == documentId) {
                mark = Optional.of(drawn);
                from.setText(messages.format("correction.reading", drawn.page()));
                model.readMarked(drawn, text -> {
                    marked = text;
                    if (!text.isBlank()) {
                        value.setText(text);
                        from.setText(messages.format("correction.read", drawn.page(), text));
                    } else {
                        from.setText(messages.format("correction.nothingRead", drawn.page()));
                    }
                    value.requestFocus();
                    value.selectAll();
                });
            }
        });
    }

    /** Opens the panel on a document, with a figure chosen (the one selected, else the first of its kind). */
    void open(long document, Optional<String> name, String current) {
        documentId = document;
        figure.getItems().setAll(model.correctableFigures(document));
        if (figure.getItems().isEmpty()) {
            return;
        }
        figure.setValue(name.filter(figure.getItems()::contains).orElse(figure.getItems().getFirst()));
        value.setText(current);
        mark = Optional.empty();
        marked = "";
        from.setText(messages.get("correction.hint"));
        problem.setText("");
        setVisible(true);
        setManaged(true);
        value.requestFocus();
        value.selectAll();
    }

    void close() {
        evidence.cancelMarking();
        setVisible(false);
        setManaged(false);
    }

    private void save() {
        if (figure.getValue() == null) {
            return;
        }
        problem.setText("");
        model.correctFigure(documentId, figure.getValue(), value.getText(), mark, marked, this::close, problem::setText);
    }

    private final class NameCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty || name == null ? null : messages.get("figure." + name));
        }
    }
}
