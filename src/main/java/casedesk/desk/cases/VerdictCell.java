package casedesk.desk.cases;

import casedesk.desk.Messages;
import casedesk.model.Verdict;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** A verdict as the officer reads it: a status mark, the rule, and the sentence with the numbers. */
final class VerdictCell extends ListCell<Verdict> {

    /** Mark, rule name, gaps, padding and the list's scroll bar: what is left is the sentence's. */
    private static final double TEXT_INSET = 190;

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
        // The list's width, not the cell's: a new cell is measured before it is first sized, at width 0,
        // and a sentence wrapped into that would make the row as tall as the list.
        explanation.maxWidthProperty().bind(getListView().widthProperty().subtract(TEXT_INSET));
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
