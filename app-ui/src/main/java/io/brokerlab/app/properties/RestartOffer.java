package io.brokerlab.app.properties;

import io.brokerlab.app.Session;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * After a save or "Apply to all brokers": the one place that tells that a restart applies the change, with the
 * offer to restart now (one node at a time, each once the one before is ready again) or later. FX thread.
 */
final class RestartOffer {

    private final Session session;
    private final PropertiesViewModel model;
    private final BiConsumer<String, Throwable> errors;
    private final Supplier<Window> owner;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();

    RestartOffer(Session session, PropertiesViewModel model, BiConsumer<String, Throwable> errors,
                 Supplier<Window> owner) {
        this.session = session;
        this.model = model;
        this.errors = errors;
        this.owner = owner;
    }

    /** Offers to restart {@code restart} (running nodes behind their files) and runs the restart if accepted. */
    void offer(List<NodeId> restart) {
        LocalCluster cluster = session.cluster();
        if (restart.isEmpty() || cluster == null || !ask(restart)) {
            return;
        }
        Function<NodeId, CompletableFuture<?>> restartOne = restart.size() == 1 ? cluster::restart : this::rolling;
        model.restart(restart, restartOne).exceptionally(failure -> {
            errors.accept(restart.size() == 1 ? "Could not restart " + restart.get(0) + " with the saved settings"
                    : "The rolling restart stopped", Failures.cause(failure));
            return null;
        });
    }

    /**
     * One broker of a rolling restart: done once it is ready again and back in the ISR of each of its partitions,
     * which the next one's restart must not take a replica from first.
     */
    private CompletableFuture<?> rolling(NodeId node) {
        LocalCluster cluster = session.cluster();
        if (node.kind() != NodeKind.BROKER) {
            return cluster.restart(node);
        }
        CompletableFuture<Void> inSync = ReplicasInSync.afterRestart(session.clusterStateProperty(), node,
                session.fx());
        return cluster.restart(node).whenComplete((status, error) -> {
            if (error != null) {
                inSync.cancel(false);
            }
        }).thenComposeAsync(status -> ReplicasInSync.within(inSync, session.clusterStateProperty(), node,
                ReplicasInSync.LIMIT, session.scheduler(), session.fx()), session.fx());
    }

    /** True while the offer is open: it says what the standing note under the form would, and once is enough. */
    ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    private boolean ask(List<NodeId> restart) {
        boolean one = restart.size() == 1;
        ButtonType now = new ButtonType(one ? "Restart now" : "Restart one at a time", ButtonBar.ButtonData.YES);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        String warning = model.restartWarning(restart);
        String how = one ? "" : "\n\nEach restarts once the one before is back, its replicas in sync again, so the"
                + " others keep every partition writable; a broker that does not come back stops the rest.";
        Alert ask = new Alert(warning.isEmpty() ? Alert.AlertType.CONFIRMATION : Alert.AlertType.WARNING,
                model.restartOffer(restart) + how + (warning.isEmpty() ? "" : "\n\n" + warning), now, later);
        ask.initOwner(owner.get());
        ask.setTitle("Brokerlab");
        ask.setHeaderText("Restart " + ApplyToAllBrokers.names(restart) + (one ? "" : " one at a time")
                + " to apply the change?");
        ask.getDialogPane().lookupButton(now).setId("properties-restart-now");
        ask.getDialogPane().lookupButton(later).setId("properties-restart-later");
        open.set(true);
        try {
            return ask.showAndWait().orElse(later) == now;
        } finally {
            open.set(false);
        }
    }
}
