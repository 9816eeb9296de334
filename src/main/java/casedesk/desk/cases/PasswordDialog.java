package casedesk.desk.cases;

import casedesk.desk.Messages;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the password of a protected PDF. Protected statements are normal (Alipay's come that
 * way); the password is used to read the file and is not kept in the dialog.
 */
final class PasswordDialog {

    private PasswordDialog() {
    }

    static Optional<String> ask(Window owner, Messages messages, String fileName, boolean wrongBefore) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("password.title"));
        dialog.setHeaderText(messages.format(wrongBefore ? "password.wrong" : "password.needed", fileName));
        dialog.getDialogPane().setId("password-dialog");
        PasswordField field = new PasswordField();
        field.setId("password-field");
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("password.hint")), field));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(password -> !password.isEmpty());
    }
}
