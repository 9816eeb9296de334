package casedesk.desk;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The form that lets someone in: signing in, creating a new caseload's administrator, or unlocking
 * a desk that locked itself while nobody used it. The password is handed on as characters and
 * cleared from the field at once; checking it is the caller's, off the JavaFX thread.
 */
final class SignInView extends VBox {

    enum Mode { SIGN_IN, FIRST_ADMINISTRATOR, UNLOCK }

    /** What is typed, for the caller to check; {@code refused} shows why it was not enough. */
    interface Submit {
        void submit(String username, String displayName, char[] password, Consumer<String> refused, Runnable done);
    }

    private final Mode mode;
    private final Messages messages;
    private final TextField name = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Label problem = new Label();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Submit submit;

    SignInView(Messages messages, Mode mode, String lockedUser, Submit submit, Runnable signOut) {
        this.mode = mode;
        this.messages = messages;
        this.submit = submit;
        setId(mode == Mode.UNLOCK ? "lock" : "sign-in");
        getStyleClass().add("startup");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        setFillWidth(false);

        Label title = new Label(messages.get(switch (mode) {
            case SIGN_IN -> "signin.title";
            case FIRST_ADMINISTRATOR -> "signin.first.title";
            case UNLOCK -> "signin.locked.title";
        }));
        title.getStyleClass().add("title");
        Label hint = new Label(mode == Mode.UNLOCK ? messages.format("signin.locked.hint", lockedUser)
                : messages.get(mode == Mode.SIGN_IN ? "signin.hint" : "signin.first.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);

        name.setId("sign-in-name");
        displayName.setId("sign-in-display-name");
        password.setId("sign-in-password");
        repeat.setId("sign-in-repeat");
        problem.setId("sign-in-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        for (TextField field : new TextField[] {name, displayName, password, repeat}) {
            field.setPrefColumnCount(22);
            field.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    event.consume();
                    submit();
                }
            });
        }

        GridPane form = new GridPane(8, 8);
        int row = 0;
        if (mode == Mode.UNLOCK) {
            name.setText(lockedUser);
        } else {
            row = addRow(form, row, "signin.name", name);
        }
        if (mode == Mode.FIRST_ADMINISTRATOR) {
            row = addRow(form, row, "signin.displayName", displayName);
        }
        row = addRow(form, row, "signin.password", password);
        if (mode == Mode.FIRST_ADMINISTRATOR) {
            addRow(form, row, "signin.repeat", repeat);
        }

        Button go = new Button(messages.get(switch (mode) {
            case SIGN_IN -> "signin.submit";
            case FIRST_ADMINISTRATOR -> "signin.first.submit";
            case UNLOCK -> "signin.unlock";
        }));
        go.setId("sign-in-submit");
        go.setDefaultButton(true);
        go.setOnAction(event -> submit());
        go.disableProperty().bind(busy);
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(18, 18);
        working.visibleProperty().bind(busy);
        HBox actions = new HBox(8, go, working);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (mode == Mode.UNLOCK) {
            Button other = new Button(messages.get("signin.signOut"));
            other.setId("lock-sign-out");
            other.setOnAction(event -> signOut.run());
            actions.getChildren().add(1, other);
        }
        getChildren().setAll(title, hint, form, actions, problem);
    }

    private int addRow(GridPane form, int row, String key, TextField field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        form.addRow(row, label, field);
        return row + 1;
    }

    /** Puts the cursor where typing starts. */
    void focus() {
        (mode == Mode.UNLOCK || !name.getText().isBlank() ? password : name).requestFocus();
    }

    private void submit() {
        if (busy.get()) {
            return;
        }
        String user = name.getText().strip();
        if (user.isEmpty()) {
            refuse(messages.get("signin.nameMissing"));
            name.requestFocus();
            return;
        }
        char[] typed = password.getText().toCharArray();
        if (mode == Mode.FIRST_ADMINISTRATOR && !password.getText().equals(repeat.getText())) {
            Arrays.fill(typed, '\0');
            refuse(messages.get("signin.first.mismatch"));
            repeat.clear();
            repeat.requestFocus();
            return;
        }
        password.clear();
        repeat.clear();
        problem.setText("");
        busy.set(true);
        String shown = displayName.getText().isBlank() ? user : displayName.getText().strip();
        submit.submit(user, shown, typed, reason -> {
            busy.set(false);
            refuse(reason);
            password.requestFocus();
        }, () -> busy.set(false));
    }

    private void refuse(String reason) {
        problem.setText(reason);
    }
}
