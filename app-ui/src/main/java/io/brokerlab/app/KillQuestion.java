package io.brokerlab.app;

import io.brokerlab.launcher.config.NodeId;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Ctrl+Shift+K from a view that shows no node (Timeline, Charts, Console): the node is the card selected in the
 * Cluster view, out of sight, so it is named and asked for. Enter kills: the demo loses one key press, not a node.
 */
final class KillQuestion {

    static final String KILL_BUTTON_ID = "kill-question-kill";

    private KillQuestion() {
    }

    static boolean confirmed(Window owner, NodeId node) {
        ButtonType kill = new ButtonType("Kill " + node, ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, node + " is the node selected in the Cluster view. Its"
                + " process ends at once (SIGKILL), as a crash would end it.", kill, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Brokerlab");
        ask.setHeaderText("Kill " + node + "?");
        Button button = (Button) ask.getDialogPane().lookupButton(kill);
        button.setId(KILL_BUTTON_ID);
        button.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        return ask.showAndWait().orElse(ButtonType.CANCEL) == kill;
    }
}
