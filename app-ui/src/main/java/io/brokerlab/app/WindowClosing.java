package io.brokerlab.app;

import io.brokerlab.app.cluster.StopBeforeClose;
import io.brokerlab.app.cluster.StopBeforeCloseView;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What happens when the window is asked to close: unsaved properties first, then the window's place is remembered, and
 * if the workspace's nodes still run, the user stops them (their progress laid over the window) or leaves them running;
 * clusters of workspaces shown earlier that still run are named. Switching to another workspace asks the same way.
 */
final class WindowClosing {

    private final Stage stage;
    private final AppSettings settings;
    private final NormalBounds normal;
    private final Session session;
    private final Supplier<CompletableFuture<Boolean>> leaveProperties;
    private final StackPane layers;
    private final List<Node> blocked;
    private final BiConsumer<String, Throwable> errors;
    private boolean closing;
    private final WorkspaceSwitch switcher = new WorkspaceSwitch(this::ask, cluster ->
            stopWithProgress(cluster, StopBeforeCloseView.SWITCHING, "Could not stop every node; the workspace stays"));

    /**
     * @param leaveProperties unsaved properties saved, dropped or kept (true: go on)
     * @param layers          where the stop progress is laid over the window
     * @param blocked         what takes no input while the nodes stop
     */
    WindowClosing(Stage stage, AppSettings settings, NormalBounds normal, Session session,
                  Supplier<CompletableFuture<Boolean>> leaveProperties, StackPane layers, List<Node> blocked,
                  BiConsumer<String, Throwable> errors) {
        this.stage = stage;
        this.settings = settings;
        this.normal = normal;
        this.session = session;
        this.leaveProperties = leaveProperties;
        this.layers = layers;
        this.blocked = blocked;
        this.errors = errors;
        stage.setOnCloseRequest(this::onCloseRequest);
    }

    /** The nodes are being stopped (or looked at) before the window closes. */
    boolean inProgress() {
        return closing;
    }

    private void onCloseRequest(WindowEvent event) {
        if (closing) {
            // the nodes are being stopped (or looked at): the window closes itself when that is done
            event.consume();
            return;
        }
        // unsaved properties first: Cancel keeps the window; Save closes once the file is written
        CompletableFuture<Boolean> properties = leaveProperties.get();
        if (!properties.isDone() || !properties.join()) {
            event.consume();
            properties.thenAccept(go -> {
                if (go) {
                    stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                }
            });
            return;
        }
        settings.maximized(stage.isMaximized());
        Rectangle2D bounds = normal.bounds();
        settings.windowBounds(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
        settings.flush();
        Connection shown = session.connectionProperty().get();
        Path dir = session.directoryProperty().get();
        LocalCluster current = session.cluster();
        // an external cluster is shown, yet the workspace's own nodes may still run: look before closing
        boolean lookAtWorkspace = current == null && shown != null && !shown.local() && dir != null;
        List<Path> others = session.workspacesShown().stream().filter(p -> !p.equals(dir)).toList();
        if (!lookAtWorkspace && others.isEmpty()) {
            if (current == null || !current.snapshot().anyAlive()) {
                session.close();
                return;
            }
            event.consume();
            askBeforeClosing(current, false, List.of());
            return;
        }
        event.consume();
        closing = true;
        CompletableFuture.supplyAsync(() -> new Look(lookAtWorkspace && Workspace.isWorkspace(dir)
                        ? LocalCluster.open(Workspace.open(dir)) : null, OtherWorkspaces.stillRunning(others)),
                session.background()).whenCompleteAsync((look, error) -> {
                    closing = false;
                    if (error != null) {
                        // the folder cannot be read: closing leaves whatever runs as it is
                        closeWindow(null);
                        return;
                    }
                    LocalCluster cluster = current != null ? current : look.opened();
                    if (cluster != null && cluster.snapshot().anyAlive() || !look.othersRunning().isEmpty()) {
                        askBeforeClosing(cluster, look.opened() != null, look.othersRunning());
                    } else {
                        closeWindow(look.opened());
                    }
                }, Platform::runLater);
    }

    /** What a look on the disk found: the workspace's cluster opened for the question (or null), other clusters running. */
    private record Look(LocalCluster opened, List<String> othersRunning) {
    }

    /**
     * Asks whether to stop {@code cluster}'s running nodes or leave them running, naming {@code others} still running
     * (they are left as they are), then closes the window (Cancel keeps it). {@code opened}: the cluster was opened
     * for this question only and is closed with the window.
     */
    private void askBeforeClosing(LocalCluster cluster, boolean opened, List<String> others) {
        boolean runs = cluster != null && cluster.snapshot().anyAlive();
        StopQuestion.Answer answer = ask(StopQuestion.closing(runs, others));
        if (answer == StopQuestion.Answer.CANCEL) {
            if (opened) {
                session.background().execute(cluster::close);
            }
        } else if (answer == StopQuestion.Answer.STOP) {
            stopThenClose(cluster, opened);
        } else {
            closeWindow(opened ? cluster : null);
        }
    }

    /** Shows {@code question} over the window and waits for the answer; closing the dialog is Cancel. */
    private StopQuestion.Answer ask(StopQuestion question) {
        ButtonType stop = new ButtonType("Stop nodes", ButtonBar.ButtonData.YES);
        ButtonType leave = new ButtonType(question.offersStop() ? "Leave running" : "Close",
                question.offersStop() ? ButtonBar.ButtonData.NO : ButtonBar.ButtonData.OK_DONE);
        Alert alert = question.offersStop()
                ? new Alert(Alert.AlertType.CONFIRMATION, question.text(), stop, leave, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.CONFIRMATION, question.text(), leave, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(question.title());
        alert.setHeaderText(question.header());
        if (question.offersStop()) {
            alert.getDialogPane().lookupButton(stop).setId("close-stop");
        }
        alert.getDialogPane().lookupButton(leave).setId("close-leave");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("close-cancel");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == stop ? StopQuestion.Answer.STOP : answer == leave ? StopQuestion.Answer.LEAVE
                : StopQuestion.Answer.CANCEL;
    }

    /**
     * Before {@code target} replaces the workspace shown: its running nodes are stopped (their progress laid over the
     * window, as when closing), left running, or the switch is called off (false).
     */
    CompletableFuture<Boolean> leaveWorkspace(Path target) {
        return switcher.leave(session.cluster(), session.directoryProperty().get(), target);
    }

    /** "Stop nodes" in the closing question: the window closes once they stopped or the user left the rest running. */
    private void stopThenClose(LocalCluster cluster, boolean opened) {
        stage.setTitle("Brokerlab — stopping the cluster…");
        stopWithProgress(cluster, StopBeforeCloseView.CLOSING, "Could not stop every node; nothing was closed")
                .thenAccept(stopped -> {
                    if (stopped) {
                        closeWindow(opened ? cluster : null);
                        return;
                    }
                    stage.setTitle("Brokerlab");
                    if (opened) {
                        session.background().execute(cluster::close);
                    }
                });
    }

    /**
     * Stops the nodes with their progress laid over the window, which nothing else takes input meanwhile; "Leave the
     * rest running" ends the wait at once. Completes on the FX thread with true, or with false after a failure, which
     * is shown ({@code failure}: its header): the user asked for stopped nodes, so what was to follow does not.
     */
    private CompletableFuture<Boolean> stopWithProgress(LocalCluster cluster, StopBeforeCloseView.Texts texts,
                                                        String failure) {
        closing = true;
        StopBeforeClose stop = new StopBeforeClose(cluster, Platform::runLater);
        Node overlay = StopBeforeCloseView.overlay(stop, texts);
        blocked.forEach(n -> n.setDisable(true));
        layers.getChildren().add(overlay);
        // the one thing left to do: Enter or Space leaves without reaching for the mouse
        overlay.lookup("#close-leave-rest").requestFocus();
        return stop.start().handle((outcome, e) -> {
            closing = false;
            layers.getChildren().remove(overlay);
            blocked.forEach(n -> n.setDisable(false));
            if (e != null) {
                errors.accept(failure, Failures.cause(e));
            }
            return e == null;
        });
    }

    /** Closes the session and the window; {@code alsoClose}: a cluster opened only for the closing question, or null. */
    private void closeWindow(LocalCluster alsoClose) {
        if (alsoClose != null) {
            session.background().execute(alsoClose::close);
        }
        session.close();
        stage.close();
    }
}
