package casedesk.desk.cases;

import casedesk.desk.Messages;
import casedesk.desk.evidence.EvidenceViewModel;
import casedesk.evidence.parse.Amounts;
import casedesk.evidence.parse.Dates;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Where the officer adds a transaction the reader missed on a statement it could not prove: draw a
 * box round the row on the page (its date, amount and balance are read into the fields) or type
 * them, and save. The row is kept beside those read, with who added it, and the verdicts are worked
 * out again. Enter saves, Esc closes.
 */
final class TransactionSupplyPanel extends MarkingPanel {

    private final TextField date;
    private final TextField amount;
    private final TextField balance;
    private final TextField description;

    TransactionSupplyPanel(CaseViewModel model, EvidenceViewModel evidence, Messages messages) {
        TextField date = new TextField();
        TextField amount = new TextField();
        TextField balance = new TextField();
        TextField description = new TextField();
        this.date = date;
        this.amount = amount;
        this.balance = balance;
        this.description = description;
        super(model, evidence, messages, "supply", "supply.title", "supply.save", row(date, amount, balance, description));
        field(date, "supply-date", "supply.date");
        field(amount, "supply-amount", "supply.amount");
        field(balance, "supply-balance", "supply.balance");
        field(description, "supply-description", "supply.description");
        HBox.setHgrow(description, Priority.ALWAYS);
    }

    private void field(TextField field, String id, String promptKey) {
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.setOnAction(event -> save());
    }

    /** The row's text read into the fields: its first date, its first amount, its last one as the balance. */
    @Override
    protected void marked(EvidenceViewModel.Mark drawn) {
        model.readMarked(drawn, text -> {
            from.setText(text.isBlank() ? messages.get("supply.nothingRead") : messages.format("supply.read", text));
            Dates.findAll(text).stream().findFirst().ifPresent(found -> date.setText(found.date().toString()));
            List<String> amounts = Arrays.stream(text.split("\\s+"))
                    .filter(word -> word.matches(".*\\d[.,]\\d{2}\\)?(\\s*(DR|CR))?") && Amounts.parse(word).isPresent())
                    .toList();
            if (!amounts.isEmpty()) {
                amount.setText(amounts.getFirst());
            }
            balance.setText(amounts.size() > 1 ? amounts.getLast() : "");
            amount.requestFocus();
            amount.selectAll();
        });
    }

    void open(long document) {
        for (TextField field : List.of(date, amount, balance, description)) {
            field.clear();
        }
        show(document, "supply.hint");
        date.requestFocus();
    }

    @Override
    protected void save() {
        problem.setText("");
        model.supplyTransaction(documentId, date.getText(), amount.getText(), balance.getText(), description.getText(),
                mark, this::close, problem::setText);
    }
}
