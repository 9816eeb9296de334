package casedesk.desk.audit;

import casedesk.decision.DecisionService;
import casedesk.desk.Messages;
import casedesk.model.Decision;
import casedesk.model.DecisionSummary;
import casedesk.model.Verdict;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A decision imported from another workstation's bundle, read-only: what was decided, by whom and
 * when, the note and the reason, and the verdicts it was decided on. Its documents stayed on that
 * workstation; its case is opened there.
 */
final class ImportedDecisionDialog {

    private ImportedDecisionDialog() {
    }

    static void show(Node owner, Messages messages, DecisionSummary summary, Decision decision) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        VBox lines = new VBox(6);
        lines.setId("imported-decision");
        lines.getChildren().add(new Label(messages.format("imported.decided", messages.get("outcome." + decision.outcome().code())
                + (decision.refusalGrounds().isEmpty() ? "" : " " + decision.refusalGrounds()), decision.decidedBy(),
                when.format(decision.decidedAt()))));
        if (!decision.note().isBlank()) {
            lines.getChildren().add(wrapped(messages.format("decision.decided.note", decision.note())));
        }
        if (!decision.deviationReason().isBlank()) {
            lines.getChildren().add(wrapped(messages.format("decision.decided.reason", decision.deviationReason())));
        }
        DecisionService.decidedOn(decision).ifPresentOrElse(evaluation -> {
            lines.getChildren().add(new Label(messages.format("imported.verdicts", evaluation.ruleSetVersion())));
            for (Verdict verdict : evaluation.verdicts()) {
                Label line = wrapped(messages.getOrElse("rule." + verdict.rule(), verdict.rule()) + ": "
                        + messages.get("status.verdict." + verdict.status().name().toLowerCase(java.util.Locale.ROOT))
                        + " \u2014 " + messages.explanation(verdict));
                line.getStyleClass().add("verdict-" + verdict.status().name().toLowerCase(java.util.Locale.ROOT));
                lines.getChildren().add(line);
            }
        }, () -> lines.getChildren().add(new Label(messages.get("imported.noVerdicts"))));
        lines.getChildren().add(wrapped(messages.format("imported.elsewhere", summary.workstation())));
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 380);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle(messages.format("imported.title", summary.workstation()));
        alert.setHeaderText(summary.reference().value() + " \u00b7 " + summary.applicant());
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("imported-decision-dialog");
        alert.show();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
