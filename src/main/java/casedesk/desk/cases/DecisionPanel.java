package casedesk.desk.cases;

import casedesk.desk.Messages;
import casedesk.model.Decision;
import casedesk.model.Outcome;
import casedesk.review.OpenedCase;
import casedesk.rules.RuleSet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The decision at the foot of the case screen: issue, refuse (ticking standard refusal grounds, the
 * suggested ones ticked already) or ask for documents (saying which), a note, and the written
 * reason a decision against the verdicts needs. Once decided, the case shows its decision instead.
 */
final class DecisionPanel extends VBox {

    private final CaseViewModel model;
    private final Messages messages;
    private final Runnable next;
    private final ToggleGroup outcome = new ToggleGroup();
    private final RadioButton issue;
    private final RadioButton refuse;
    private final RadioButton request;
    private final GridPane grounds = new GridPane(12, 2);
    private final TextField documentsAsked = new TextField();
    private final TextField note = new TextField();
    private final TextArea reason = new TextArea();
    private final Label against = new Label();
    private final Label problem = new Label();
    private final Button decide;
    private final List<CheckBox> groundBoxes = new ArrayList<>();
    private boolean groundsTouched;
    /** What the applicant was last asked for, by whom and when, while the case waits for it. */
    private final Label requested = new Label();
    private long requestShown = -1;

    DecisionPanel(CaseViewModel model, Messages messages, Runnable next) {
        this.model = model;
        this.messages = messages;
        this.next = next;
        getStyleClass().add("decision-panel");
        setId("decision-panel");
        setSpacing(6);
        setPadding(new Insets(8));

        issue = radio("decision.issue", Outcome.ISSUE, "decision-issue");
        refuse = radio("decision.refuse", Outcome.REFUSE, "decision-refuse");
        request = radio("decision.request", Outcome.REQUEST_DOCUMENTS, "decision-request");
        Label title = new Label(messages.get("decision.title"));
        title.getStyleClass().add("section-title");
        note.setPromptText(messages.get("decision.note.prompt"));
        note.setId("decision-note");
        HBox.setHgrow(note, Priority.ALWAYS);
        decide = new Button(messages.get("decision.decide"));
        decide.setId("decision-decide");
        decide.setDefaultButton(false);
        decide.setTooltip(new Tooltip(messages.get("decision.decide.shortcut")));
        decide.setOnAction(event -> confirmAndDecide());
        decide.disableProperty().bind(model.decidingProperty());
        Button nextCase = new Button(messages.get("decision.next"));
        nextCase.setOnAction(event -> next.run());
        nextCase.setTooltip(new Tooltip(messages.get("decision.next.shortcut")));
        HBox row = new HBox(10, title, issue, refuse, request, note, decide, nextCase);
        row.setAlignment(Pos.CENTER_LEFT);

        documentsAsked.setPromptText(messages.get("decision.request.prompt"));
        documentsAsked.setId("decision-documents");
        documentsAsked.visibleProperty().bind(request.selectedProperty());
        documentsAsked.managedProperty().bind(request.selectedProperty());
        grounds.setId("decision-grounds");
        grounds.visibleProperty().bind(refuse.selectedProperty());
        grounds.managedProperty().bind(refuse.selectedProperty());
        reason.setPromptText(messages.get("decision.reason.prompt"));
        reason.setId("decision-reason");
        reason.setPrefRowCount(2);
        against.getStyleClass().add("warning");
        against.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.setId("decision-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());

        outcome.selectedToggleProperty().addListener((observable, before, after) -> updateAgainst());
        requested.setId("decision-requested");
        requested.setWrapText(true);
        requested.getStyleClass().add("section-title");
        getChildren().setAll(requested, row, grounds, documentsAsked, against, reason, problem);
        updateAgainst();
        model.dataProperty().addListener((observable, before, data) -> refresh(data));
    }

    private RadioButton radio(String key, Outcome value, String id) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setToggleGroup(outcome);
        button.setUserData(value);
        button.setId(id);
        return button;
    }

    Optional<Outcome> chosen() {
        return Optional.ofNullable(outcome.getSelectedToggle()).map(t -> (Outcome) t.getUserData());
    }

    void choose(Outcome value) {
        switch (value) {
            case ISSUE -> issue.setSelected(true);
            case REFUSE -> refuse.setSelected(true);
            case REQUEST_DOCUMENTS -> request.setSelected(true);
        }
    }

    private void refresh(OpenedCase data) {
        if (data == null) {
            return;
        }
        boolean decided = data.isDecided();
        if (decided) {
            showDecision(data.decision().orElseThrow(), data.ruleSet(), data.reviews());
            return;
        }
        showRequest(data.decision().filter(d -> d.outcome() == Outcome.REQUEST_DOCUMENTS));
        RuleSet ruleSet = data.ruleSet();
        // Ticks the officer made survive a reload (a PDF added, the applicant corrected); untouched,
        // they follow the verdicts as they are now.
        List<Integer> ticked = groundsTouched
                ? groundBoxes.stream().filter(CheckBox::isSelected).map(b -> (Integer) b.getUserData()).toList()
                : model.suggestedGrounds();
        groundBoxes.clear();
        for (RuleSet.Ground ground : ruleSet.refusalGrounds().grounds()) {
            // The number and the ground's words on one line, cut to the column; the whole text in the tooltip.
            CheckBox box = new CheckBox(ground.number() + " · " + messages.ground(ground.number(), ground.text()));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            box.setUserData(ground.number());
            box.setId("ground-" + ground.number());
            box.setSelected(ticked.contains(ground.number()));
            box.setOnAction(event -> groundsTouched = true);
            // The whole text, and the rule set's own words under it where the desk shows a translation.
            String words = messages.ground(ground.number(), ground.text());
            box.setTooltip(new Tooltip(words + (words.equals(ground.text()) ? "" : "\n\n" + ground.text())
                    + (ground.confirmed() ? "" : "\n" + messages.get("decision.ground.unconfirmed"))));
            groundBoxes.add(box);
        }
        grounds.getChildren().clear();
        grounds.getColumnConstraints().setAll(half(), half());
        grounds.add(new Label(messages.get("decision.grounds")), 0, 0, 2, 1);
        int rows = (groundBoxes.size() + 1) / 2;
        for (int i = 0; i < groundBoxes.size(); i++) {
            grounds.add(groundBoxes.get(i), i / rows, 1 + i % rows);
        }
        updateAgainst();
    }

    /**
     * A case waiting for documents says what was asked, by whom and when; the panel that asked is
     * emptied once, so that the request is not left filled in to be sent again.
     */
    private void showRequest(Optional<Decision> request) {
        requested.setVisible(request.isPresent());
        requested.setManaged(request.isPresent());
        if (request.isEmpty()) {
            return;
        }
        Decision asked = request.get();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        requested.setText(messages.format("decision.requested", asked.decidedBy(), when.format(asked.decidedAt()),
                asked.note()));
        if (asked.id() != requestShown) {
            requestShown = asked.id();
            outcome.selectToggle(null);
            documentsAsked.clear();
            note.clear();
            reason.clear();
            groundsTouched = false;
        }
    }

    private static ColumnConstraints half() {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(50);
        return column;
    }

    /** A decided case is read-only: the panel says what was decided, by whom, when and why. */
    private void showDecision(Decision decision, RuleSet ruleSet, List<casedesk.model.DecisionReview> reviews) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        Label decided = new Label(messages.format("decision.decided", messages.get("outcome." + decision.outcome().code()),
                decision.decidedBy(), when.format(decision.decidedAt())));
        decided.setId("decision-decided");
        decided.getStyleClass().add("section-title");
        List<javafx.scene.Node> lines = new ArrayList<>(List.of(decided));
        if (!decision.refusalGrounds().isEmpty()) {
            // The grounds in their words, each on its line, as the refusal form gives them.
            lines.add(new Label(messages.get("decision.decided.groundsTitle")));
            for (int number : decision.refusalGrounds()) {
                String words = ruleSet.refusalGrounds().grounds().stream().filter(g -> g.number() == number)
                        .map(g -> messages.ground(number, g.text())).findFirst().orElse("");
                Label ground = new Label(words.isEmpty() ? Integer.toString(number) : number + " · " + words);
                ground.setId("decision-decided-ground-" + number);
                ground.setWrapText(true);
                lines.add(ground);
            }
        }
        if (!decision.note().isBlank()) {
            lines.add(new Label(messages.format("decision.decided.note", decision.note())));
        }
        if (!decision.deviationReason().isBlank()) {
            Label reasonLabel = new Label(messages.format("decision.decided.reason", decision.deviationReason()));
            reasonLabel.getStyleClass().add("warning");
            lines.add(reasonLabel);
        }
        DateTimeFormatter reviewedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        for (casedesk.model.DecisionReview review : reviews) {
            if (review.decisionId() != decision.id()) {
                continue;
            }
            Label line = new Label(messages.format("review.line", review.by(), reviewedAt.format(review.at()),
                    messages.get("review.flag." + review.flag().code()), review.note()));
            line.getStyleClass().add("review-" + review.flag().code());
            line.setWrapText(true);
            lines.add(line);
        }
        if (model.mayReviewDecisions()) {
            TextField reviewNote = new TextField();
            reviewNote.setId("review-note");
            reviewNote.setPromptText(messages.get("review.note.prompt"));
            HBox.setHgrow(reviewNote, Priority.ALWAYS);
            HBox form = new HBox(8, new Label(messages.get("review.title")), reviewNote);
            form.setAlignment(Pos.CENTER_LEFT);
            for (casedesk.model.DecisionReview.Flag flag : casedesk.model.DecisionReview.Flag.values()) {
                Button button = new Button(messages.get("review.flag." + flag.code()));
                button.setId("review-" + flag.code());
                button.setOnAction(event -> model.reviewDecision(flag, reviewNote.getText()));
                form.getChildren().add(button);
            }
            lines.add(form);
        }
        Button reevaluate = new Button(messages.get("decision.reevaluate"));
        reevaluate.setId("decision-reevaluate");
        reevaluate.setOnAction(event -> model.reevaluate(this::showReevaluation));
        Button nextCase = new Button(messages.get("decision.next"));
        nextCase.setOnAction(event -> next.run());
        lines.add(new HBox(8, reevaluate, nextCase));
        getChildren().setAll(lines);
    }

    /** Beside the verdicts decided on, what today's rules say, each rule that changed marked. */
    private void showReevaluation(casedesk.review.Reevaluation reevaluation) {
        if (getScene() == null) {
            return;
        }
        GridPane table = new GridPane(14, 4);
        table.setId("reevaluation-table");
        table.addRow(0, bold(messages.get("reevaluation.rule")),
                bold(messages.format("reevaluation.decidedOn", reevaluation.decidedRuleSet())),
                bold(messages.format("reevaluation.today", reevaluation.todaysRuleSet())), new Label());
        int row = 1;
        for (casedesk.review.Reevaluation.Row line : reevaluation.rows()) {
            Label changed = new Label(line.changed() ? messages.get("reevaluation.changed") : "");
            changed.setId("reevaluation-changed-" + line.rule());
            if (line.changed()) {
                changed.getStyleClass().add("warning");
            }
            table.addRow(row++, new Label(messages.getOrElse("rule." + line.rule(), line.rule())), status(line.decidedOn()),
                    status(line.today()), changed);
        }
        Alert shown = new Alert(Alert.AlertType.INFORMATION);
        shown.initOwner(getScene().getWindow());
        shown.initModality(javafx.stage.Modality.NONE);
        shown.setTitle(messages.get("decision.reevaluate"));
        shown.setHeaderText(reevaluation.anyChanged()
                ? messages.format("reevaluation.differs", reevaluation.rows().stream().filter(r -> r.changed()).count())
                : messages.get("reevaluation.same"));
        shown.getDialogPane().setId("reevaluation");
        shown.getDialogPane().setContent(table);
        shown.show();
    }

    private Label status(Optional<casedesk.model.Verdict> verdict) {
        Label label = new Label(verdict.map(v -> VerdictCell.mark(v) + " " + messages.get("status.verdict."
                + v.status().name().toLowerCase(java.util.Locale.ROOT))).orElse("—"));
        verdict.ifPresent(v -> label.setTooltip(new Tooltip(messages.explanation(v))));
        return label;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private void updateAgainst() {
        Optional<String> conflict = chosen().flatMap(model::against);
        against.setText(conflict.map(c -> messages.get("decision.against")).orElse(""));
        against.setVisible(conflict.isPresent());
        against.setManaged(conflict.isPresent());
    }

    /**
     * Checks what a decision needs (a ground, the documents asked for, a reason against the
     * verdicts), then asks for confirmation, then decides; a refusal is shown without asking.
     */
    void confirmAndDecide() {
        Optional<Outcome> value = chosen();
        OpenedCase data = model.dataProperty().get();
        if (value.isEmpty() || getScene() == null || data == null || data.isDecided() || model.decidingProperty().get()) {
            return;
        }
        List<Integer> ticked = value.get() == Outcome.REFUSE
                ? groundBoxes.stream().filter(CheckBox::isSelected).map(b -> (Integer) b.getUserData()).toList()
                : List.of();
        String noteText = value.get() == Outcome.REQUEST_DOCUMENTS && !documentsAsked.getText().isBlank()
                ? (documentsAsked.getText().strip() + (note.getText().isBlank() ? "" : " — " + note.getText().strip()))
                : note.getText();
        if (model.refusedBeforeDeciding(value.get(), ticked, noteText, reason.getText())) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("decision.confirm",
                messages.get("outcome." + value.get().code()), model.reference().value()), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.initOwner(getScene().getWindow());
        confirm.getDialogPane().setId("decision-confirm");
        Consumer<Decision> done = decision -> { };
        confirm.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> model.decide(value.get(), ticked, noteText, reason.getText(), done));
    }
}
