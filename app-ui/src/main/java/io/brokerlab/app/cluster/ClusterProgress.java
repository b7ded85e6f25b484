package io.brokerlab.app.cluster;

import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How far Start all or Stop all has got, read from the node states in the snapshots the launcher publishes anyway
 * (nothing is polled for it): a fraction of the nodes it has to start or stop, and a step saying what it waits for.
 * FX thread only; no toolkit needed.
 */
public final class ClusterProgress {

    /** What the whole-cluster command does. */
    public enum Direction { STARTING, STOPPING }

    /** The fraction shown before anything is known; a ProgressBar draws it as indeterminate. */
    static final double UNKNOWN = -1;
    /** What a launched node not yet ready counts for, of the one a ready node counts for. */
    static final double HALF_WAY = 0.5;
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final DoubleProperty fraction = new SimpleDoubleProperty(UNKNOWN);
    private final StringProperty step = new SimpleStringProperty("");
    /** The nodes this command has to start (not yet running when it began) or stop (alive at any point of it). */
    private final Set<NodeId> targets = new LinkedHashSet<>();
    private Direction direction;

    /** A command begins on the cluster as {@code now} shows it. */
    public void begin(Direction direction, ClusterSnapshot now) {
        this.direction = direction;
        targets.clear();
        if (direction == Direction.STARTING) {
            now.nodes().stream().filter(n -> n.state() != NodeState.RUNNING).forEach(n -> targets.add(n.id()));
        }
        active.set(true);
        apply(now);
    }

    /** A newer snapshot; ignored when no command runs. */
    public void apply(ClusterSnapshot snapshot) {
        if (!active.get() || snapshot == null) {
            return;
        }
        if (direction == Direction.STOPPING) {
            // a node a cancelled Start all launched after Stop all began is stopped too: it counts
            snapshot.nodes().stream().filter(n -> n.state().isAlive()).forEach(n -> targets.add(n.id()));
        }
        long done = snapshot.nodes().stream().filter(n -> targets.contains(n.id()) && isDone(n)).count();
        fraction.set(targets.isEmpty() ? UNKNOWN : (done + HALF_WAY * launched(snapshot)) / targets.size());
        step.set(direction == Direction.STARTING ? startStep(snapshot) : stopStep(snapshot, done));
    }

    public void end() {
        active.set(false);
        targets.clear();
        fraction.set(UNKNOWN);
        step.set("");
    }

    /**
     * Nodes to start whose process runs but is not ready yet: a broker takes many seconds to register, and a bar that
     * counted only ready nodes would stand still at empty while every process is up.
     */
    private long launched(ClusterSnapshot snapshot) {
        if (direction != Direction.STARTING) {
            return 0;
        }
        return snapshot.nodes().stream()
                .filter(n -> targets.contains(n.id()) && n.state() == NodeState.STARTING && n.pid().isPresent())
                .count();
    }

    private boolean isDone(NodeStatus node) {
        return direction == Direction.STARTING ? node.state() == NodeState.RUNNING : !node.state().isAlive();
    }

    /**
     * Brokers can register once a majority of the ZooKeepers serves, so the step waits for the quorum only until
     * there is one; a ZooKeeper still starting after that is named with the brokers awaited.
     */
    static String startStep(ClusterSnapshot snapshot) {
        List<NodeStatus> zookeepers = snapshot.zookeepers();
        List<String> serving = zookeepers.stream().filter(NodeStatus::serving).map(NodeStatus::name).toList();
        if (serving.size() <= zookeepers.size() / 2) {
            String awaited = zookeepers.size() > 1 ? "waiting for ZooKeeper quorum"
                    : "waiting for " + zookeepers.get(0).name() + " to serve";
            return "Starting: " + (serving.isEmpty() ? "" : String.join(", ", serving) + " running · ") + awaited;
        }
        String zookeeper = serving.size() == zookeepers.size() ? "ZooKeeper ready"
                : "ZooKeeper quorum of " + String.join(", ", serving);
        List<NodeStatus> brokers = snapshot.brokers();
        // the stragglers by name; every broker named said no more than "0 of 3 registered", and cut the line short
        boolean everyBroker = brokers.stream().allMatch(n -> n.state() == NodeState.STARTING);
        List<String> starting = snapshot.nodes().stream().filter(n -> n.state() == NodeState.STARTING)
                .filter(n -> !everyBroker || n.kind() != NodeKind.BROKER).map(NodeStatus::name).toList();
        return "Starting: " + zookeeper + " · " + snapshot.liveBrokers() + " of " + brokers.size()
                + " brokers registered" + (starting.isEmpty() ? "" : " · waiting for " + String.join(", ", starting));
    }

    /** Running without a known role counts: the launcher reports a peer running once it leads or follows. */
    /** Brokers go one at a time, then the ZooKeepers together: the step names the node(s) now stopping. */
    private String stopStep(ClusterSnapshot snapshot, long stopped) {
        List<NodeStatus> alive = snapshot.nodes().stream().filter(n -> n.state().isAlive())
                .sorted(Comparator.comparing((NodeStatus n) -> n.kind() == NodeKind.BROKER ? 0 : 1)).toList();
        List<String> stopping = names(alive, NodeState.STOPPING);
        String now = !stopping.isEmpty() ? String.join(", ", stopping) : alive.isEmpty() ? "" : alive.get(0).name();
        return "Stopping" + (now.isEmpty() ? "" : " " + now) + " · " + stopped + " of " + targets.size() + " stopped";
    }

    private static List<String> names(List<NodeStatus> nodes, NodeState state) {
        return nodes.stream().filter(n -> n.state() == state).map(NodeStatus::name).toList();
    }

    /** True while a command runs. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    /** Nodes done of the nodes to do, 0 to 1; {@value #UNKNOWN} (indeterminate) while there is nothing to count. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }

    /** What the command is at, e.g. "Starting: zk-1 running · waiting for ZooKeeper quorum"; empty when idle. */
    public ReadOnlyStringProperty stepProperty() {
        return step;
    }
}
