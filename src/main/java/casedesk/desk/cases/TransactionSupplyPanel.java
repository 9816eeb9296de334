package casedesk.desk.cases;

import casedesk.desk.Messages;
import casedesk.desk.evidence.EvidenceViewModel;
import casedesk.evidence.parse.Amounts;
import casedesk.evidence.parse.Dates;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where the officer adds a transaction the reader missed on a statement it could not prove: draw a
 * box round the row on the page (its date, amount and balance are read into the fields) or type
 * them, and save. The row is kept beside those read, with who added it, and the verdicts are worked
 * out again. Enter saves, Esc closes.
 */
final class TransactionSupplyPanel extends VBox {

    private final CaseViewModel model;
    private final EvidenceViewModel evidence;
    private final Messages messages;
    private final TextField date = new TextField();
    private final TextField amount = new TextField();
    private final TextField balance = new TextField();
    private final TextField description = new TextField();
    private final Label from = new Label();
    private final Label problem = new Label();
    private long documentId = -1;
    private Optional<EvidenceViewModel.Mark> mark = Optional.empty();

    TransactionSupplyPanel(CaseViewModel model, EvidenceViewModel evidence, Messages messages) {
        this.model = model;
        this.evidence = evidence;
        this.messages = messages;
        setId("supply-panel");
        setSpacing(4);
        setPadding(new Insets(6));
        setStyle("-fx-background-color: #f3f7ff; -fx-border-color: #9bb4e0; -fx-border-width: 1 0 0 0;");
        Label title = new Label(messages.get("supply.title"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        date.setId("supply-date");
        date.setPromptText(messages.get("supply.date"));
        amount.setId("supply-amount");
        amount.setPromptText(messages.get("supply.amount"));
        balance.setId("supply-balance");
        balance.setPromptText(messages.get("supply.balance"));
        description.setId("supply-description");
        description.setPromptText(messages.get("supply.description"));
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox fields = new HBox(6, date, amount, balance, description);
        fields.setAlignment(Pos.CENTER_LEFT);
        Button markButton = new Button(messages.get("correction.mark"));
        markButton.setId("supply-mark");
        markButton.setOnAction(event -> evidence.startMarking());
        Button save = new Button(messages.get("supply.save"));
        save.setId("supply-save");
        save.setOnAction(event -> save());
        Button cancel = new Button(messages.get("correction.cancel"));
        cancel.setOnAction(event -> close());
        HBox actions = new HBox(6, markButton, save, cancel);
        for (Button button : List.of(markButton, save, cancel)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        from.setId("supply-from");
        from.setWrapText(true);
        from.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId("supply-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setStyle("-fx-text-fill: #b00020;");
        getChildren().setAll(title, fields, actions, from, problem);
        setVisible(false);
        setManaged(false);
        for (TextField field : List.of(date, amount, balance, description)) {
            field.setOnAction(event -> save());
        }
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close();
            }
        });
        evidence.markProperty().addListener((observable, before, drawn) -> {
            if (drawn != null && isVisible() && drawn.documentId() == documentId) {
                mark = Optional.of(drawn);
                model.readMarked(drawn, this::fill);
            }
        });
    }

    /** The row's text read into the fields: its first date, its first amount, its last one as the balance. */
    private void fill(String text) {
        from.setText(text.isBlank() ? messages.get("supply.nothingRead") : messages.format("supply.read", text));
        Dates.findAll(text).stream().findFirst().ifPresent(found -> date.setText(found.date().toString()));
        List<String> amounts = java.util.Arrays.stream(text.split("\\s+"))
                .filter(word -> word.matches(".*\\d[.,]\\d{2}\\)?(\\s*(DR|CR))?") && Amounts.parse(word).isPresent()).toList();
        if (!amounts.isEmpty()) {
            amount.setText(amounts.getFirst());
        }
        balance.setText(amounts.size() > 1 ? amounts.getLast() : "");
        amount.requestFocus();
        amount.selectAll();
    }

    boolean isOpen() {
        return isVisible();
    }

    void open(long document) {
        documentId = document;
        for (TextField field : List.of(date, amount, balance, description)) {
            field.clear();
        }
        mark = Optional.empty();
        from.setText(messages.get("supply.hint"));
        problem.setText("");
        setVisible(true);
        setManaged(true);
        date.requestFocus();
    }

    void close() {
        evidence.cancelMarking();
        setVisible(false);
        setManaged(false);
    }

    private void save() {
        problem.setText("");
        model.supplyTransaction(documentId, date.getText(), amount.getText(), balance.getText(), description.getText(),
                mark, this::close, problem::setText);
    }
}
