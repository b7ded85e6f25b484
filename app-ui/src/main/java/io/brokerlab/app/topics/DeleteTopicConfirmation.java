package io.brokerlab.app.topics;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before a topic and its messages go. Enter, pressed out of habit, keeps them: Cancel is the default button and
 * Delete has to be clicked (or reached with Tab).
 */
final class DeleteTopicConfirmation {

    private DeleteTopicConfirmation() {
    }

    /** @param windowsWarning when not null, what deleting a topic risks on Windows, said instead */
    static Alert of(Window owner, String topic, String windowsWarning) {
        Alert confirm = new Alert(windowsWarning == null ? Alert.AlertType.CONFIRMATION : Alert.AlertType.WARNING,
                windowsWarning == null ? "Delete topic " + topic + " and all its messages? This cannot be undone."
                        : windowsWarning, ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText("Delete " + topic + "?");
        Button delete = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        delete.setText(windowsWarning == null ? "Delete" : "Delete anyway");
        delete.setId("topic-delete-ok");
        delete.setDefaultButton(false);
        delete.getStyleClass().add(Styles.DANGER);
        Button cancel = (Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        confirm.setOnShown(e -> cancel.requestFocus());
        confirm.initOwner(owner);
        return confirm;
    }
}
