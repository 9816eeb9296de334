package casedesk.desk.cases;

import casedesk.desk.Messages;
import casedesk.desk.evidence.EvidenceViewModel;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Where the officer corrects a figure the reader got wrong, or supplies one it missed: pick the
 * figure, type its value or draw a box round it on the page (the text under the box is read into the
 * field), and save. The correction is kept beside the reading, with who and when, and the verdicts
 * are worked out again. Enter saves, Esc closes.
 */
final class FigureCorrectionPanel extends MarkingPanel {

    private final ComboBox<String> figure;
    private final TextField value;
    private String marked = "";

    FigureCorrectionPanel(CaseViewModel model, EvidenceViewModel evidence, Messages messages) {
        ComboBox<String> figure = new ComboBox<>();
        TextField value = new TextField();
        this.figure = figure;
        this.value = value;
        super(model, evidence, messages, "correction", "correction.title", "correction.save", row(figure, value));
        getStyleClass().add("correction-panel");
        figure.setId("correction-figure");
        figure.setCellFactory(list -> new NameCell());
        figure.setButtonCell(new NameCell());
        value.setId("correction-value");
        value.setPromptText(messages.get("correction.value.prompt"));
        HBox.setHgrow(value, Priority.ALWAYS);
        value.setOnAction(event -> {
            event.consume();
            save();
        });
    }

    @Override
    protected void marked(EvidenceViewModel.Mark drawn) {
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

    /** Opens the panel on a document, with a figure chosen (the one selected, else the first of its kind). */
    void open(long document, Optional<String> name, String current) {
        figure.getItems().setAll(model.correctableFigures(document));
        if (figure.getItems().isEmpty()) {
            return;
        }
        figure.setValue(name.filter(figure.getItems()::contains).orElse(figure.getItems().getFirst()));
        value.setText(current);
        marked = "";
        show(document, "correction.hint");
        value.requestFocus();
        value.selectAll();
    }

    @Override
    protected void save() {
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
