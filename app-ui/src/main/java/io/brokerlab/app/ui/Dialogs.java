package io.brokerlab.app.ui;

import io.brokerlab.launcher.cluster.NodeDidNotStartException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Error dialogs that say what happened in a sentence, with the stack trace only behind "Show details". */
public final class Dialogs {

    private static final Pattern PORT_IN_USE = Pattern.compile("port (\\d+) is already in use");
    private static final Pattern INVALID_FILE = Pattern.compile("\\.properties is invalid|rejected its configuration");

    private Dialogs() {
    }

    /** The next step for the user, from what kind of failure it was. */
    static String whatToDo(Throwable error) {
        if (nodeThatDidNotStart(error).filter(node -> !node.logTail().isEmpty()).isPresent()
                && !PORT_IN_USE.matcher(String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT)).find()) {
            // Kafka's or ZooKeeper's own reason, not ours: a setting to change, rarely a bug to report
            return "The node's own account is under Show details (the end of its log, from its first error): it names"
                    + " what to change, usually a key in the Properties view. Then start the node again.";
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // the launcher's preflight: "cannot start broker-1: port 9092 is already in use [by ...]"
            Matcher port = PORT_IN_USE.matcher(text);
            if (port.find()) {
                return "Free port " + port.group(1) + " (stop the program that holds it), or give the node another"
                        + " port in the Properties view, then start it again.";
            }
            // the launcher's preflight: another node of the cluster is given that port
            if (text.contains("a port of its own")) {
                return "In the Properties view, give the node a port no other node uses (listeners for a broker,"
                        + " clientPort for a ZooKeeper), save, then start it again.";
            }
            // "cannot start zk-1: zk-1.properties is invalid: ...", or a broker that exited on its file (status 3)
            if (INVALID_FILE.matcher(text).find()) {
                return "Fix the node's file in the Properties view (the message above or the node's log names the key;"
                        + " Properties shows each key's valid values), save, then start the node again.";
            }
            // Workspace.open on a folder without the manifest
            if (text.contains("is not a brokerlab workspace")) {
                return ShortcutKey.named("Choose the folder a cluster was created in (by the wizard or `brokerlab up`),"
                        + " or create a cluster there with Ctrl+N.");
            }
            if (t instanceof FileSystemException) {
                return "Check that the folder exists and that you may write to it, or choose another one.";
            }
            // a state error ("cannot kill broker-2: it is not running"): the view showed an older state
            if (text.contains("not running")) {
                return "The node is not running (it may have stopped or crashed meanwhile): press F5 to refresh the"
                        + " Cluster view and start the node first if you need it.";
            }
            if (text.contains("not ready within") || text.contains(".log")) {
                return "The node's log says why: select the node in the Cluster view to see it below the cards.";
            }
            if (name.contains("Timeout") || text.contains("timed out") || text.contains("connection refused")
                    || text.contains("disconnected") || text.contains("not available")) {
                return "Check that the cluster runs (Cluster view) and that its brokers can be reached, then try again.";
            }
        }
        return "Try again; if it keeps happening, the details below are what a bug report needs.";
    }

    public static Alert error(Window owner, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Brokerlab");
        alert.setHeaderText(what);
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        alert.setContentText(message + "\n\n" + whatToDo(error));
        Optional<NodeDidNotStartException> node = nodeThatDidNotStart(error);
        TextArea details = new TextArea(details(error));
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        GridPane.setVgrow(details, Priority.ALWAYS);
        GridPane.setHgrow(details, Priority.ALWAYS);
        // wide enough for a log line's time, level and most of its text before the scroll bar
        details.setPrefColumnCount(72);
        Label intro = new Label(node.isPresent() ? "What " + node.get().logFile().getFileName()
                + " says last, then details for a bug report:" : "Details for a bug report:");
        intro.setMinWidth(0);
        // all of it, what was shown too: pasted into a report or a chat, the reader sees what the user saw
        CopyButton copy = new CopyButton(() -> what + "\n" + alert.getContentText() + "\n\n" + details.getText(),
                "Copy what happened and the details, for a bug report or a question");
        copy.setId("error-copy");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(6, intro, gap, copy);
        heading.setAlignment(Pos.CENTER_LEFT);
        GridPane.setHgrow(heading, Priority.ALWAYS);
        GridPane content = new GridPane();
        content.setVgap(4);
        content.add(heading, 0, 0);
        content.add(details, 0, 1);
        alert.getDialogPane().setExpandableContent(content);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        return alert;
    }

    /**
     * The stack trace, after the last lines of the node's log when a node did not start: Kafka's or ZooKeeper's own
     * exception is what explains it, the app's stack only how the news travelled.
     */
    static String details(Throwable error) {
        StringWriter text = new StringWriter();
        nodeThatDidNotStart(error).filter(node -> !node.logTail().isEmpty()).ifPresent(node -> {
            List<String> tail = node.logTail();
            // from the first error on: the configuration Kafka dumps at start-up fills the lines before it
            int firstError = 0;
            while (firstError < tail.size() && !tail.get(firstError).contains(" ERROR ")) {
                firstError++;
            }
            List<String> shown = firstError < tail.size() ? tail.subList(firstError, tail.size()) : tail;
            text.append("The end of ").append(node.logFile().toString()).append(":\n");
            shown.forEach(line -> text.append(line).append('\n'));
            text.append('\n');
        });
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static Optional<NodeDidNotStartException> nodeThatDidNotStart(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NodeDidNotStartException node) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    /** A form's labels keep their whole text: a narrow dialog shrinks the fields, never a key like min.insync.replicas. */
    public static void keepLabelsWhole(GridPane form) {
        form.getChildren().stream().filter(Label.class::isInstance)
                .forEach(label -> ((Label) label).setMinWidth(Region.USE_PREF_SIZE));
    }
}
