package casedesk.desk;

import casedesk.access.Accounts;
import casedesk.access.Forbidden;
import casedesk.access.Session;
import casedesk.caseload.CaseloadException;
import casedesk.model.Role;
import casedesk.model.User;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The administrator's desk: the workstation's accounts, to add, disable or enable, and to give a
 * new password to someone who forgot theirs. Rule sets and exchange rates are imported with the
 * command line, which the screen says. An administrator sees no case.
 */
final class AccountsView extends VBox {

    private final Accounts accounts;
    private final Session session;
    private final Executor executor;
    private final Messages messages;
    private final Consumer<Throwable> onProblem;
    private final TableView<User> table = new TableView<>();
    private final Label problem = new Label();

    /** @param readOnly whether the caseload refuses changes: then the accounts are shown, not offered for change */
    AccountsView(Accounts accounts, Session session, boolean readOnly, Executor executor, Messages messages,
            Consumer<Throwable> onProblem) {
        this.accounts = accounts;
        this.session = session;
        this.executor = executor;
        this.messages = messages;
        this.onProblem = onProblem;
        setId("accounts");
        setSpacing(8);
        setPadding(new Insets(10));

        Label title = new Label(messages.get("accounts.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("accounts.hint"));
        hint.setWrapText(true);

        table.setId("accounts-table");
        table.getColumns().setAll(List.of(
                column("accounts.username", User::username),
                column("accounts.displayName", User::displayName),
                column("accounts.role", u -> messages.get("role." + u.role().code())),
                column("accounts.active", u -> messages.get(u.active() ? "accounts.active.yes" : "accounts.active.no"))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button toggle = new Button(messages.get("accounts.toggle"));
        toggle.setId("accounts-toggle");
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.setOnAction(event -> {
            User user = table.getSelectionModel().getSelectedItem();
            run(() -> accounts.setActive(session, user.username(), !user.active()));
        });

        TextField name = new TextField();
        name.setId("accounts-new-name");
        name.setPromptText(messages.get("accounts.username"));
        TextField display = new TextField();
        display.setId("accounts-new-display-name");
        display.setPromptText(messages.get("accounts.displayName"));
        ComboBox<Role> role = new ComboBox<>();
        role.setId("accounts-new-role");
        role.getItems().setAll(Role.values());
        role.setValue(Role.OFFICER);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : messages.get("role." + value.code());
            }

            @Override
            public Role fromString(String text) {
                return Role.OFFICER;
            }
        });
        PasswordField password = new PasswordField();
        password.setId("accounts-new-password");
        password.setPromptText(messages.get("signin.password"));
        Button add = new Button(messages.get("accounts.add"));
        add.setId("accounts-add");
        add.setOnAction(event -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            String username = name.getText().strip();
            String shown = display.getText().isBlank() ? username : display.getText().strip();
            Role chosen = role.getValue();
            run(() -> {
                try {
                    accounts.add(session, username, shown, chosen, typed);
                } finally {
                    Arrays.fill(typed, '\0');
                }
            }, () -> {
                name.clear();
                display.clear();
            });
        });
        PasswordField reset = new PasswordField();
        reset.setId("accounts-reset-password");
        reset.setPromptText(messages.get("accounts.newPassword"));
        Button setPassword = new Button(messages.get("accounts.setPassword"));
        setPassword.setId("accounts-set-password");
        setPassword.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        setPassword.setOnAction(event -> {
            User user = table.getSelectionModel().getSelectedItem();
            char[] typed = reset.getText().toCharArray();
            reset.clear();
            run(() -> {
                try {
                    accounts.changePassword(session, user.username(), typed);
                } finally {
                    Arrays.fill(typed, '\0');
                }
            });
        });

        GridPane form = new GridPane(8, 6);
        form.addRow(0, new Label(messages.get("accounts.new")), name, display, role, password, add);
        form.addRow(1, new Label(messages.get("accounts.selected")), toggle, reset, setPassword);
        form.setDisable(readOnly);
        problem.setId("accounts-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        HBox head = new HBox(8, title);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(head, hint, table, form, problem);
    }

    private TableColumn<User, String> column(String key, java.util.function.Function<User, String> value) {
        TableColumn<User, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** Reads the accounts again, in the background. */
    void refresh() {
        BackgroundTask.wrap(() -> accounts.list(session))
                .onSuccess(users -> table.getItems().setAll(users))
                .onFailure(onProblem)
                .executeWith(executor);
    }

    private void run(Runnable change) {
        run(change, () -> { });
    }

    private void run(Runnable change, Runnable done) {
        problem.setText("");
        BackgroundTask.wrap(() -> {
                    change.run();
                    return true;
                })
                .onSuccess(ok -> {
                    done.run();
                    refresh();
                })
                .onFailure(failure -> problem.setText(failure instanceof CaseloadException || failure instanceof Forbidden
                        ? failure.getMessage() : messages.get("problem.unexpected")))
                .executeWith(executor);
    }
}
