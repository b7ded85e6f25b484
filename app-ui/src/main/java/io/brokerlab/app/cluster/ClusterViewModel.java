package io.brokerlab.app.cluster;

import io.brokerlab.app.ui.ShortcutKey;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.NodeDidNotStartException;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.cluster.StartCancelledException;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.process.Signals;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import io.brokerlab.launcher.state.TopicState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The cluster view's state and commands. Every method is called on the FX thread; commands run on the
 * launcher's threads and come back through {@code fx}. No toolkit needed: tests pass a direct executor.
 */
public final class ClusterViewModel {

    /** What a node action does, by name; the view makes one button per action. */
    public enum Action {
        START(LocalCluster::start), STOP(LocalCluster::stop), KILL(LocalCluster::kill), RESTART(LocalCluster::restart),
        PAUSE(LocalCluster::pause), RESUME(LocalCluster::resume);

        private final java.util.function.BiFunction<LocalCluster, NodeId, CompletableFuture<NodeStatus>> call;

        Action(java.util.function.BiFunction<LocalCluster, NodeId, CompletableFuture<NodeStatus>> call) {
            this.call = call;
        }

        /**
         * Whether the action makes sense for a node in {@code state}; pausing needs SIGSTOP (not on Windows). Kill
         * fits whenever the process lives, stopping included: it is how a hung graceful stop is ended.
         */
        public boolean allowedIn(NodeState state) {
            if ((this == PAUSE || this == RESUME) && !Signals.supported()) {
                return false;
            }
            return switch (this) {
                case START -> state == NodeState.STOPPED || state == NodeState.CRASHED;
                case KILL -> state.isAlive();
                case STOP, RESTART -> state == NodeState.RUNNING || state == NodeState.STARTING
                        || state == NodeState.PAUSED;
                case PAUSE -> state == NodeState.RUNNING;
                case RESUME -> state == NodeState.PAUSED;
            };
        }

        /**
         * Whether its button can be pressed. While another action on the node runs: Kill (it does not wait) and Stop
         * (it cancels a start or restart of the node in progress, and waits for anything else).
         */
        public boolean enabledIn(NodeState state, boolean busy) {
            return allowedIn(state) && (this == KILL || this == STOP || !busy);
        }

        /**
         * As {@link #enabledIn(NodeState, boolean)}, and no Restart while Start all or Stop all runs: its stop would
         * fight the start of the whole cluster (or its start undo Stop all).
         */
        public boolean enabledIn(NodeState state, boolean busy, boolean clusterBusy) {
            return enabledIn(state, busy) && !(this == RESTART && clusterBusy);
        }
    }

    /** Process control needs nodes this workspace started; an external cluster or an empty folder has none. */
    static final String NO_CLUSTER = ShortcutKey.named("No local cluster here: Start all, Stop all and Kill work on"
            + " the nodes of a workspace's cluster (create one with Ctrl+N, or open a workspace with Ctrl+O)");

    private final Executor fx;
    private final ObservableList<NodeRow> nodes = FXCollections.observableArrayList();
    private final Map<NodeId, NodeRow> byId = new LinkedHashMap<>();
    private final BooleanProperty startingAll = new SimpleBooleanProperty();
    private final BooleanProperty stoppingAll = new SimpleBooleanProperty();
    private final BooleanBinding clusterBusy = startingAll.or(stoppingAll);
    private final BooleanProperty attached = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("No cluster");
    private final BooleanProperty allRunning = new SimpleBooleanProperty();
    private final BooleanProperty anyAlive = new SimpleBooleanProperty();
    private final BooleanBinding canStartAll = attached.and(clusterBusy.not()).and(allRunning.not());
    private final BooleanBinding canStopAll = attached.and(stoppingAll.not()).and(anyAlive.or(startingAll));
    private final BooleanBinding idle = attached.and(anyAlive.not()).and(clusterBusy.not());
    /** The node whose card is highlighted, whose log is shown and which Ctrl+Shift+K kills. */
    private final ObjectProperty<NodeId> selected = new SimpleObjectProperty<>();
    private BiConsumer<NodeId, Action> asked = (node, action) -> { };
    /** Why the last keyboard command did nothing; empty when there is nothing to say. */
    private final StringProperty status = new SimpleStringProperty("");
    private final ClusterProgress progress = new ClusterProgress();
    private LocalCluster cluster;
    private BiConsumer<String, Throwable> errorHandler = (what, error) -> { };
    /** Per node, why it needs a restart to run with its file (see {@link #showRestartsAwaited}). */
    private ObservableMap<NodeId, String> restartsAwaited = FXCollections.emptyObservableMap();

    public ClusterViewModel(Executor fx) {
        this.fx = fx;
        selected.addListener((obs, old, now) -> status.set(""));
    }

    /** Where failures go: a sentence saying what was being done, and the cause. */
    public void onError(BiConsumer<String, Throwable> handler) {
        this.errorHandler = handler;
    }

    /**
     * The cards say which nodes run with older settings than their files ({@code awaited}: per node, why, in a
     * sentence; Properties tells it), until the node starts again or stops.
     */
    public void showRestartsAwaited(ObservableMap<NodeId, String> awaited) {
        restartsAwaited = awaited;
        awaited.addListener((MapChangeListener<NodeId, String>) change -> {
            NodeRow row = byId.get(change.getKey());
            if (row != null) {
                row.awaitsRestart(awaited.getOrDefault(change.getKey(), ""));
            }
        });
        byId.forEach((id, row) -> row.awaitsRestart(awaited.getOrDefault(id, "")));
    }

    /** Shows {@code cluster} (null: none). */
    public void attach(LocalCluster cluster) {
        this.cluster = cluster;
        // a Start all or Stop all of the cluster shown before goes on by itself; it neither blocks nor shows here
        startingAll.set(false);
        stoppingAll.set(false);
        progress.end();
        nodes.clear();
        byId.clear();
        // a selection from none is the cluster's default, not a node the user picked (see selectedProperty)
        selected.set(null);
        attached.set(cluster != null);
        if (cluster != null) {
            List<NodeRow> rows = new ArrayList<>();
            for (NodeId id : cluster.workspace().definition().nodes()) {
                NodeRow row = new NodeRow(id, id.kind() == NodeKind.ZOOKEEPER
                        ? cluster.workspace().quorumPorts(id) : Optional.empty());
                row.awaitsRestart(restartsAwaited.getOrDefault(id, ""));
                byId.put(id, row);
                rows.add(row);
            }
            // one change: the view builds its cards once, not once per node
            nodes.setAll(rows);
            apply(cluster.snapshot());
            // the last node is usually a broker: the one a failover demo kills; its card shows it is selected
            selected.set(rows.isEmpty() ? null : rows.get(rows.size() - 1).id());
        } else {
            summary.set("No cluster");
            selected.set(null);
        }
        status.set("");
    }

    /** A newer snapshot (coalesced upstream). */
    public void apply(ClusterSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        for (NodeStatus status : snapshot.nodes()) {
            NodeRow row = byId.get(status.id());
            if (row != null) {
                row.update(status);
            }
        }
        long running = snapshot.nodes().stream().filter(n -> n.state() == NodeState.RUNNING).count();
        allRunning.set(!snapshot.nodes().isEmpty() && running == snapshot.nodes().size());
        anyAlive.set(snapshot.nodes().stream().anyMatch(n -> n.state() != NodeState.STOPPED && n.state() != NodeState.CRASHED));
        // said where it is read from every view: only a ZooKeeper's "looking" badge and the timeline said it else
        String quorum = snapshot.quorumLoss().map(loss -> " · " + loss).orElse("");
        summary.set(running + " of " + snapshot.nodes().size() + " nodes running · " + snapshot.liveBrokers()
                + " live broker" + (snapshot.liveBrokers() == 1 ? "" : "s") + quorum);
        progress.apply(snapshot);
    }

    /**
     * Who leads what, from the state watcher (coalesced to one per pulse): each broker's count of the topics'
     * partitions, Kafka's own topics left out (__consumer_offsets' fifty would drown the user's few). A state not read
     * (ZooKeeper unreachable) shows no counts rather than old ones.
     */
    public void apply(ClusterState state) {
        Map<Integer, Integer> led = new HashMap<>();
        int total = 0;
        if (state != null && state.reachable()) {
            for (TopicState topic : state.topics().values()) {
                if (topic.name().startsWith("__")) {
                    continue;
                }
                for (PartitionState p : topic.partitions().values()) {
                    total++;
                    led.merge(p.leader(), 1, Integer::sum);
                }
            }
        }
        for (NodeRow row : nodes) {
            if (row.kind() == NodeKind.BROKER) {
                row.leads(led.getOrDefault(row.id().id(), 0), total);
            }
        }
    }

    /**
     * What a keyboard command did, for the window to show where the user looks: {@code done} false means nothing was
     * done, and {@code text} says why.
     */
    public record Outcome(boolean done, String text) {
    }

    /**
     * The failover demo's shortcut: kills the selected node if its process lives. When it cannot, the status says
     * why, since a key press that does nothing visible looks like a broken key.
     */
    public Outcome killSelected() {
        if (cluster == null) {
            return refused(NO_CLUSTER);
        }
        NodeRow row = selected.get() == null ? null : byId.get(selected.get());
        if (row == null) {
            return refused(ShortcutKey.named(
                    "No node selected: click a card or move to it with the arrow keys, then press Ctrl+Shift+K"));
        }
        if (!Action.KILL.allowedIn(row.state())) {
            return refused("Cannot kill " + row.name() + ": it is " + row.state().label()
                    + ", not running. Select a running node, or start this one first.");
        }
        return run(Action.KILL, row.id());
    }

    /** Of {@code menu}, in its order, the actions {@code id}'s card would let the user press now. */
    public List<Action> offered(NodeId id, List<Action> menu) {
        NodeRow row = cluster == null ? null : byId.get(id);
        if (row == null) {
            return List.of();
        }
        return menu.stream().filter(a -> a.enabledIn(row.state(), row.busyProperty().get(), clusterBusy.get()))
                .toList();
    }

    /**
     * Runs {@code action} on {@code id} from another view, as its card's button would: the node becomes the selected
     * one, and the outcome says what was done or why nothing was.
     */
    /** Told of each node action as it is asked, before the launcher carries it out. FX thread. */
    public void onAsked(BiConsumer<NodeId, Action> listener) {
        asked = listener;
    }

    public Outcome run(Action action, NodeId id) {
        if (cluster == null) {
            return refused(NO_CLUSTER);
        }
        NodeRow row = byId.get(id);
        if (row == null) {
            return refused("No node " + id + " in this workspace's cluster");
        }
        if (offered(id, List.of(action)).isEmpty()) {
            return refused("Cannot " + action.name().toLowerCase(Locale.ROOT) + " " + row.name() + " now: it is "
                    + row.state().label());
        }
        run(action, row);
        return new Outcome(true, switch (action) {
            case KILL -> "Killed " + row.name() + " (SIGKILL)";
            case START -> "Starting " + row.name();
            case STOP -> "Stopping " + row.name();
            case RESTART -> "Restarting " + row.name();
            case PAUSE -> "Paused " + row.name() + " (SIGSTOP)";
            case RESUME -> "Resumed " + row.name();
        });
    }

    private Outcome refused(String why) {
        status.set(why);
        return new Outcome(false, why);
    }

    /** Whether {@code action}'s button on {@code row}'s card can be pressed now. */
    public BooleanBinding canRun(Action action, NodeRow row) {
        return Bindings.createBooleanBinding(() -> action.enabledIn(row.state(), row.busyProperty().get(),
                clusterBusy.get()), row.stateProperty(), row.busyProperty(), clusterBusy);
    }

    /** Runs {@code action} on {@code row}'s node and selects that node. */
    public void run(Action action, NodeRow row) {
        if (cluster == null) {
            return;
        }
        asked.accept(row.id(), action);
        status.set("");
        // the node acted on becomes the selected one, so the kill shortcut from another view hits the node last touched
        selected.set(row.id());
        row.actionStarted();
        LocalCluster asked = cluster;
        CompletableFuture<NodeStatus> future;
        try {
            future = action.call.apply(asked, row.id());
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenCompleteAsync((status, error) -> {
            row.actionEnded();
            if (status != null) {
                row.update(status);
            }
            // a start given up because the user stopped or killed the node is what they asked for, not a failure;
            // nor is a wait given up because another workspace is shown now
            if (error != null && asked == cluster && !(Failures.cause(error) instanceof StartCancelledException)) {
                errorHandler.accept("Could not " + action.name().toLowerCase() + " " + row.name(), Failures.cause(error));
            }
        }, fx);
    }

    /** Re-reads every node now rather than at the next change (F5, the view shown again). */
    public void refresh() {
        LocalCluster asked = cluster;
        if (asked == null) {
            return;
        }
        asked.refresh().whenCompleteAsync((snapshot, error) -> {
            // a failed re-read changes nothing shown; the launcher's monitor tries again within a second
            if (asked == cluster) {
                apply(snapshot);
            }
        }, fx);
    }

    public Outcome startAll() {
        if (cluster == null) {
            return refused(NO_CLUSTER);
        }
        if (clusterBusy.get()) {
            return refused((startingAll.get() ? "Start all" : "Stop all") + " is still running");
        }
        whole(LocalCluster::up, startingAll, ClusterProgress.Direction.STARTING, "Could not start the cluster");
        return new Outcome(true, "Starting the cluster");
    }

    /** Also while Start all runs: that start gives up, stopping what it started, and everything stops. */
    public Outcome stopAll() {
        if (cluster == null) {
            return refused(NO_CLUSTER);
        }
        if (stoppingAll.get()) {
            return refused("Stop all is still running");
        }
        whole(LocalCluster::down, stoppingAll, ClusterProgress.Direction.STOPPING, "Could not stop the cluster");
        return new Outcome(true, "Stopping the cluster");
    }

    private void whole(Function<LocalCluster, CompletableFuture<ClusterSnapshot>> call, BooleanProperty running,
                       ClusterProgress.Direction direction, String what) {
        status.set("");
        running.set(true);
        LocalCluster asked = cluster;
        // Stop all during Start all: what the user now waits for is the stop
        progress.begin(direction, asked.snapshot());
        CompletableFuture<ClusterSnapshot> future;
        try {
            future = call.apply(asked);
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenCompleteAsync((snapshot, error) -> {
            if (asked != cluster) {
                // another workspace is shown now: its cards, flags and progress are not this call's
                return;
            }
            running.set(false);
            if (!clusterBusy.get()) {
                progress.end();
            }
            apply(snapshot);
            Throwable cause = error == null ? null : Failures.cause(error);
            if (cause != null && !(cause instanceof StartCancelledException)) {
                // one node of the cluster did not start: its name, not "the cluster", is what failed
                errorHandler.accept(cause instanceof NodeDidNotStartException failed
                        ? "Could not start " + failed.node() : what, cause);
            }
        }, fx);
    }

    public ObservableList<NodeRow> nodes() {
        return nodes;
    }

    public NodeRow node(NodeId id) {
        return byId.get(id);
    }

    /** The card selected: by the user, or the last node's by default when a cluster is shown (set from null). */
    public ObjectProperty<NodeId> selectedProperty() {
        return selected;
    }

    /** Why the last keyboard command did nothing, for the view to show; empty otherwise. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** How far Start all / Stop all has got, for a progress bar and a line of text. */
    public ClusterProgress progress() {
        return progress;
    }

    /** True while Start all / Stop all runs. */
    /** A Stop all runs (also one cancelling a Start all). */
    public boolean stoppingAll() {
        return stoppingAll.get();
    }

    public BooleanExpression clusterBusyProperty() {
        return clusterBusy;
    }

    /** "Start all" has something to do and nothing else runs on the whole cluster. */
    public BooleanExpression canStartAllProperty() {
        return canStartAll;
    }

    /** "Stop all" has something to do: a node lives or a Start all runs (which it cancels). */
    public BooleanExpression canStopAllProperty() {
        return canStopAll;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /**
     * A cluster is shown, no node of it runs and nothing is starting it: every card says "stopped" (as after the
     * wizard created it), and the view says how to start it.
     */
    public BooleanExpression idleProperty() {
        return idle;
    }
}
