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
 * if the workspace's nodes still run, the user stops them (their progress laid over the window) or leaves them running.
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
        if (session.cluster() != null) {
            if (!session.cluster().snapshot().anyAlive()) {
                session.close();
                return;
            }
            event.consume();
            askBeforeClosing(session.cluster(), false);
        } else if (shown != null && !shown.local() && dir != null) {
            // an external cluster is shown, yet the workspace's own nodes may still run: look before closing
            event.consume();
            closing = true;
            CompletableFuture.supplyAsync(() -> Workspace.isWorkspace(dir) ? LocalCluster.open(Workspace.open(dir)) : null,
                    session.background()).whenCompleteAsync((cluster, error) -> {
                        closing = false;
                        if (cluster != null && cluster.snapshot().anyAlive()) {
                            askBeforeClosing(cluster, true);
                        } else {
                            // nothing runs, or the folder cannot be read: closing leaves whatever runs as it is
                            closeWindow(cluster);
                        }
                    }, Platform::runLater);
        } else {
            session.close();
        }
    }

    /**
     * Asks whether to stop {@code cluster}'s running nodes or leave them running, then closes the window (Cancel keeps
     * it). {@code opened}: the cluster was opened for this question only and is closed with the window.
     */
    private void askBeforeClosing(LocalCluster cluster, boolean opened) {
        ButtonType stop = new ButtonType("Stop nodes", ButtonBar.ButtonData.YES);
        ButtonType leave = new ButtonType("Leave running", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Nodes of the workspace's cluster are still running. Stop"
                + " them, or leave them running for the command line and the next start of the app?", stop, leave,
                ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Close Brokerlab");
        ask.setHeaderText("Stop the cluster before closing?");
        ask.getDialogPane().lookupButton(stop).setId("close-stop");
        ask.getDialogPane().lookupButton(leave).setId("close-leave");
        ask.getDialogPane().lookupButton(ButtonType.CANCEL).setId("close-cancel");
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == ButtonType.CANCEL) {
            if (opened) {
                session.background().execute(cluster::close);
            }
        } else if (answer == stop) {
            stopThenClose(cluster, opened);
        } else {
            closeWindow(opened ? cluster : null);
        }
    }

    /**
     * Stops the nodes with their progress laid over the window, which nothing else takes input; "Leave the rest
     * running" closes at once. A failure says so and gives the window back: the user asked for stopped nodes.
     */
    private void stopThenClose(LocalCluster cluster, boolean opened) {
        closing = true;
        stage.setTitle("Brokerlab — stopping the cluster…");
        StopBeforeClose stop = new StopBeforeClose(cluster, Platform::runLater);
        Node overlay = StopBeforeCloseView.overlay(stop);
        blocked.forEach(n -> n.setDisable(true));
        layers.getChildren().add(overlay);
        // the one thing left to do: Enter or Space leaves without reaching for the mouse
        overlay.lookup("#close-leave-rest").requestFocus();
        stop.start().whenComplete((outcome, e) -> {
            if (e == null) {
                closeWindow(opened ? cluster : null);
                return;
            }
            closing = false;
            layers.getChildren().remove(overlay);
            blocked.forEach(n -> n.setDisable(false));
            stage.setTitle("Brokerlab");
            errors.accept("Could not stop every node; nothing was closed", Failures.cause(e));
            if (opened) {
                session.background().execute(cluster::close);
            }
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
