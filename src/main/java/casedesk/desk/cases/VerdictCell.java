package casedesk.desk.cases;

import casedesk.desk.Messages;
import casedesk.model.Verdict;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** A verdict as the officer reads it: a status mark, the rule, and the sentence with the numbers. */
final class VerdictCell extends ListCell<Verdict> {

    private final Messages messages;

    VerdictCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(Verdict verdict, boolean empty) {
        super.updateItem(verdict, empty);
        getStyleClass().removeAll("verdict-pass", "verdict-fail", "verdict-review", "verdict-missing");
        if (empty || verdict == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        String status = verdict.status().name().toLowerCase();
        getStyleClass().add("verdict-" + status);
        Label mark = new Label(mark(verdict));
        mark.getStyleClass().addAll("verdict-mark", "verdict-mark-" + status);
        mark.setMinWidth(22);
        Label rule = new Label(messages.get("rule." + verdict.rule()));
        rule.getStyleClass().add("verdict-rule");
        rule.setMinWidth(110);
        Label explanation = new Label(verdict.explanation());
        explanation.setWrapText(true);
        explanation.setStyle(casedesk.desk.CjkFont.style());
        explanation.maxWidthProperty().bind(widthProperty().subtract(170));
        HBox row = new HBox(6, mark, rule, explanation);
        setGraphic(row);
        setText(null);
        setAccessibleText(messages.get("status.verdict." + status) + " " + rule.getText() + ": " + verdict.explanation());
    }

    static String mark(Verdict verdict) {
        return switch (verdict.status()) {
            case PASS -> "✔";
            case FAIL -> "✖";
            case REVIEW -> "⚠";
            case MISSING -> "?";
        };
    }
}
