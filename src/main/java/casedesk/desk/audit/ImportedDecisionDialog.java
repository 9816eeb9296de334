package casedesk.desk.audit;

import casedesk.decision.DecisionService;
import casedesk.desk.Messages;
import casedesk.desk.evidence.EvidenceView;
import casedesk.desk.evidence.EvidenceViewModel;
import casedesk.desk.evidence.PageTarget;
import casedesk.desk.evidence.ViewedDocument;
import casedesk.evidence.pdf.PasswordCandidates;
import casedesk.model.DecidedEvidence;
import casedesk.model.Decision;
import casedesk.model.DecisionSummary;
import casedesk.model.Verdict;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A decision imported from another workstation's bundle, read-only: what was decided, by whom and
 * when, the note and the reason, and the verdicts it was decided on; beside them, where the bundle
 * carried the documents, the evidence viewer, each verdict showing its figure on the page. Its case
 * stays on that workstation.
 */
final class ImportedDecisionDialog {

    /**
     * An imported decision with the documents of it that its workstation's bundles carried, by SHA-256,
     * and the words of the refusal grounds (the rule set in force here).
     */
    record Shown(Decision decision, Map<String, byte[]> documents, Map<Integer, String> groundTexts) {
    }

    private ImportedDecisionDialog() {
    }

    static void show(Node owner, Messages messages, DecisionSummary summary, Shown shown, Executor executor) {
        Decision decision = shown.decision();
        DecidedEvidence decidedOn = DecisionService.evidenceOf(decision);
        List<DecidedEvidence.DecidedDocument> carried = decidedOn.documents().stream()
                .filter(document -> shown.documents().containsKey(document.sha256())).toList();
        Map<Long, DecidedEvidence.DecidedFigure> figures = decidedOn.figures();
        EvidenceViewModel evidence = carried.isEmpty() ? null : new EvidenceViewModel(executor, messages);
        ComboBox<DecidedEvidence.DecidedDocument> documents = new ComboBox<>();

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        VBox lines = new VBox(6);
        lines.setId("imported-decision");
        lines.getChildren().add(new Label(messages.format("imported.decided", messages.get("outcome." + decision.outcome().code()),
                decision.decidedBy(), when.format(decision.decidedAt()))));
        if (!decision.refusalGrounds().isEmpty()) {
            // The grounds in their words, each on its line, as the decided case shows them.
            lines.getChildren().add(new Label(messages.get("decision.decided.groundsTitle")));
            for (int number : decision.refusalGrounds()) {
                String words = shown.groundTexts().getOrDefault(number, "");
                Label ground = wrapped(words.isEmpty() ? Integer.toString(number)
                        : number + " \u00b7 " + messages.ground(number, words));
                ground.setId("imported-ground-" + number);
                lines.getChildren().add(ground);
            }
        }
        if (!decision.note().isBlank()) {
            lines.getChildren().add(wrapped(messages.format("decision.decided.note", decision.note())));
        }
        if (!decision.deviationReason().isBlank()) {
            lines.getChildren().add(wrapped(messages.format("decision.decided.reason", decision.deviationReason())));
        }
        DecisionService.decidedOn(decision).ifPresentOrElse(evaluation -> {
            lines.getChildren().add(new Label(messages.format("imported.verdicts", evaluation.ruleSetVersion())));
            for (Verdict verdict : evaluation.verdicts()) {
                String text = messages.format("imported.verdict", messages.getOrElse("rule." + verdict.rule(), verdict.rule()),
                        messages.get("status.verdict." + verdict.status().name().toLowerCase(Locale.ROOT)),
                        messages.explanation(verdict));
                // A verdict whose figure is on a document the bundle carried shows it on the page.
                Optional<DecidedEvidence.DecidedFigure> figure = evidence == null ? Optional.empty()
                        : verdict.evidenceFigureIds().stream().map(figures::get).filter(f -> f != null)
                                .filter(f -> carried.stream().anyMatch(d -> d.id() == f.documentId())).findFirst();
                Labeled line;
                if (figure.isPresent()) {
                    Hyperlink link = new Hyperlink(text);
                    link.setWrapText(true);
                    link.setOnAction(event -> showFigure(evidence, documents, carried, figure.get()));
                    line = link;
                } else {
                    line = wrapped(text);
                }
                line.setId("imported-verdict-" + verdict.rule());
                line.getStyleClass().add("verdict-" + verdict.status().name().toLowerCase(Locale.ROOT));
                lines.getChildren().add(line);
            }
        }, () -> lines.getChildren().add(new Label(messages.get("imported.noVerdicts"))));
        lines.getChildren().add(wrapped(messages.format("imported.elsewhere", summary.workstation())));
        lines.getChildren().add(wrapped(messages.get(carried.isEmpty() ? "imported.noDocuments" : "imported.documents")));
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);

        Node content = scroll;
        if (evidence != null) {
            documents.setId("imported-documents");
            documents.getItems().setAll(carried);
            documents.setMaxWidth(Double.MAX_VALUE);
            documents.setCellFactory(list -> documentCell());
            documents.setButtonCell(documentCell());
            documents.valueProperty().subscribe(document -> {
                if (document != null) {
                    evidence.show(viewed(document, shown.documents().get(document.sha256())));
                }
            });
            EvidenceView viewer = new EvidenceView(evidence, messages);
            VBox.setVgrow(viewer, Priority.ALWAYS);
            VBox side = new VBox(6, documents, viewer);
            side.setId("imported-evidence");
            SplitPane split = new SplitPane(scroll, side);
            split.setOrientation(Orientation.HORIZONTAL);
            split.setDividerPositions(0.42);
            split.setPrefSize(1120, 680);
            content = split;
            documents.setValue(carried.getFirst());
        } else {
            scroll.setPrefSize(640, 380);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle(messages.format("imported.title", summary.workstation()));
        alert.setHeaderText(summary.reference().value() + " \u00b7 " + summary.applicant());
        alert.setResizable(true);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("imported-decision-dialog");
        if (evidence != null) {
            alert.setOnHidden(event -> evidence.clear());
        }
        alert.show();
    }

    /** Shows the figure's document and page, the figure outlined; once the document is open, if it is opening. */
    private static void showFigure(EvidenceViewModel evidence, ComboBox<DecidedEvidence.DecidedDocument> documents,
            List<DecidedEvidence.DecidedDocument> carried, DecidedEvidence.DecidedFigure figure) {
        carried.stream().filter(d -> d.id() == figure.documentId()).findFirst().ifPresent(documents::setValue);
        PageTarget target = new PageTarget("figure:" + figure.id(), figure.page(), figure.box(), figure.name());
        if (evidence.pageCountProperty().get() > 0) {
            evidence.highlight(target);
            return;
        }
        evidence.pageCountProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> observable, Number before, Number now) {
                if (now.intValue() > 0) {
                    observable.removeListener(this);
                    // Only on its own document: another may have been chosen while this one failed to open.
                    if (documents.getValue() != null && documents.getValue().id() == figure.documentId()) {
                        evidence.highlight(target);
                    }
                }
            }
        });
    }

    private static ViewedDocument viewed(DecidedEvidence.DecidedDocument document, byte[] bytes) {
        return new ViewedDocument(document.id(), document.fileName(), document.pages(), () -> bytes,
                PasswordCandidates.none());
    }

    private static ListCell<DecidedEvidence.DecidedDocument> documentCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DecidedEvidence.DecidedDocument document, boolean empty) {
                super.updateItem(document, empty);
                setText(empty || document == null ? null : document.fileName());
            }
        };
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
