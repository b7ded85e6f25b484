package io.brokerlab.app.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Error dialogs that say what happened in a sentence, with the stack trace only behind "Show details". */
public final class Dialogs {

    private Dialogs() {
    }

    public static Alert error(Window owner, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Brokerlab");
        alert.setHeaderText(what);
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        alert.setContentText(message);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        GridPane.setVgrow(details, Priority.ALWAYS);
        GridPane.setHgrow(details, Priority.ALWAYS);
        GridPane content = new GridPane();
        content.add(new Label("Details for a bug report:"), 0, 0);
        content.add(details, 0, 1);
        alert.getDialogPane().setExpandableContent(content);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        return alert;
    }
}
