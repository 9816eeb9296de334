package casedesk.desk.cases;

import casedesk.desk.CjkFont;
import casedesk.desk.Messages;
import casedesk.model.Verdict;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** A verdict as the officer reads it: a status mark, the rule, and the sentence with the numbers. */
final class VerdictCell extends ListCell<Verdict> {

    private static final double RULE_WIDTH = 130;

    /** Mark, rule name, gaps, padding and the list's scroll bar: what is left is the sentence's. */
    private static final double TEXT_INSET = 22 + RULE_WIDTH + 2 * 6 + 40;

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
        // A fixed column for the rule's name (wrapped if a language makes it long), so that the
        // sentences line up and never push the row wider than the list.
        rule.setMinWidth(RULE_WIDTH);
        rule.setPrefWidth(RULE_WIDTH);
        rule.setMaxWidth(RULE_WIDTH);
        rule.setWrapText(true);
        String said = messages.explanation(verdict);
        Label explanation = new Label(said);
        explanation.setWrapText(true);
        explanation.setStyle(CjkFont.styleFor(said));
        // The list's width, not the cell's: a new cell is measured before it is first sized, at width 0,
        // and a sentence wrapped into that would make the row as tall as the list.
        explanation.maxWidthProperty().bind(getListView().widthProperty().subtract(TEXT_INSET));
        HBox row = new HBox(6, mark, rule, explanation);
        setGraphic(row);
        setText(null);
        setAccessibleText(messages.get("status.verdict." + status) + " " + rule.getText() + ": " + said);
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
