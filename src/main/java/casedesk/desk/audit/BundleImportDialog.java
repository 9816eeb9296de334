package casedesk.desk.audit;

import casedesk.desk.Messages;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks what importing a bundle needs: its passphrase and, for a workstation not seen before, the
 * label to know it by, with its key fingerprint to compare with the one its export printed.
 */
final class BundleImportDialog {

    /** The passphrase and the label (empty for a workstation known by its key). */
    record Answer(char[] passphrase, String label) {
    }

    private BundleImportDialog() {
    }

    static Optional<Answer> ask(Window owner, Messages messages, casedesk.model.BundleHeader header, Optional<String> knownAs) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("bundle.import.title"));
        dialog.setHeaderText(messages.format("bundle.import.header", header.caseload(), header.decisions(),
                header.exportedBy(), header.exportedAt().toString().substring(0, 10)));
        dialog.getDialogPane().setId("bundle-import-dialog");
        PasswordField passphrase = new PasswordField();
        passphrase.setId("bundle-passphrase");
        TextField label = new TextField(knownAs.orElse(header.caseload().replaceFirst("\\.db$", "")));
        label.setId("bundle-label");
        label.setDisable(knownAs.isPresent());
        Label fingerprint = new Label(knownAs.isPresent()
                ? messages.format("bundle.import.known", knownAs.get(), header.fingerprint())
                : messages.format("bundle.import.new", header.fingerprint()));
        fingerprint.setWrapText(true);
        fingerprint.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(6, fingerprint, new Label(messages.get("bundle.import.label")), label,
                new Label(messages.get("bundle.import.passphrase")), passphrase));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Answer(passphrase.getText().toCharArray(), knownAs.isPresent() ? "" : label.getText().strip())
                : null);
        Platform.runLater(passphrase::requestFocus);
        return dialog.showAndWait().filter(answer -> answer.passphrase().length > 0);
    }
}
