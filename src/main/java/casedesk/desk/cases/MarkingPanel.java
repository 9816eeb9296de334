package casedesk.desk.cases;

import casedesk.desk.Messages;
import casedesk.desk.evidence.EvidenceViewModel;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the correction and the missed-transaction panels share: a title, the fields, "draw a box on
 * the page", save and cancel, a line saying what was read from the box and a line for what was
 * refused. A box drawn on the panel's document while it is open is handed to {@link #marked}; Esc
 * closes it.
 */
abstract class MarkingPanel extends VBox {

    protected final CaseViewModel model;
    protected final EvidenceViewModel evidence;
    protected final Messages messages;
    protected final Label from = new Label();
    protected final Label problem = new Label();
    protected long documentId = -1;
    protected Optional<EvidenceViewModel.Mark> mark = Optional.empty();

    /**
     * @param id     the panel's node id, and the prefix of its parts' ("correction" gives
     *               {@code correction-panel}, {@code correction-mark}, {@code correction-save}, …)
     * @param fields the row of what the officer fills in
     */
    MarkingPanel(CaseViewModel model, EvidenceViewModel evidence, Messages messages, String id, String titleKey,
            String saveKey, Node fields) {
        this.model = model;
        this.evidence = evidence;
        this.messages = messages;
        setId(id + "-panel");
        setSpacing(4);
        setPadding(new Insets(6));
        setStyle("-fx-background-color: #f3f7ff; -fx-border-color: #9bb4e0; -fx-border-width: 1 0 0 0;");
        Label title = wrapping(new Label(messages.get(titleKey)));
        title.getStyleClass().add("section-title");
        Button markButton = button(id + "-mark", "correction.mark", evidence::startMarking);
        Button save = button(id + "-save", saveKey, this::save);
        Button cancel = button(id + "-cancel", "correction.cancel", this::close);
        HBox actions = new HBox(6, markButton, save, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        from.setId(id + "-from");
        problem.setId(id + "-problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        getChildren().setAll(title, fields, actions, wrapping(from), wrapping(problem));
        setVisible(false);
        setManaged(false);
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close();
            }
        });
        evidence.markProperty().addListener((observable, before, drawn) -> {
            if (drawn != null && isVisible() && drawn.documentId() == documentId) {
                mark = Optional.of(drawn);
                problem.setText("");
                marked(drawn);
            }
        });
    }

    /** A box the officer drew on this panel's document. */
    protected abstract void marked(EvidenceViewModel.Mark drawn);

    protected abstract void save();

    boolean isOpen() {
        return isVisible();
    }

    /** Shows the panel for a document, with nothing drawn yet and nothing refused. */
    protected void show(long document, String hintKey) {
        documentId = document;
        mark = Optional.empty();
        from.setText(messages.get(hintKey));
        problem.setText("");
        setVisible(true);
        setManaged(true);
    }

    void close() {
        evidence.cancelMarking();
        setVisible(false);
        setManaged(false);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
