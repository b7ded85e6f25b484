package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every node of a local cluster at one moment; immutable, safe to hand to any thread. */
public record ClusterSnapshot(Instant takenAt, String bootstrapServers, String zookeeperConnect, List<NodeStatus> nodes) {

    public ClusterSnapshot {
        nodes = List.copyOf(nodes);
    }

    public Optional<NodeStatus> node(NodeId id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public List<NodeStatus> brokers() {
        return nodes.stream().filter(n -> n.kind() == NodeKind.BROKER).toList();
    }

    public List<NodeStatus> zookeepers() {
        return nodes.stream().filter(n -> n.kind() == NodeKind.ZOOKEEPER).toList();
    }

    public long liveBrokers() {
        return brokers().stream().filter(n -> n.state() == NodeState.RUNNING).count();
    }

    /** Broker ids whose process is not alive, though ZooKeeper may list a killed one until its session ends. */
    public Set<Integer> brokersDown() {
        return brokers().stream().filter(n -> !n.state().isAlive()).map(n -> n.id().id()).collect(Collectors.toSet());
    }

    /** The ZooKeepers that serve clients: running and in a quorum (see {@link NodeStatus#serving}). */
    public long servingZooKeepers() {
        return zookeepers().stream().filter(NodeStatus::serving).count();
    }

    /** A majority of the ensemble serves: without one, brokers can neither elect leaders nor create topics. */
    public boolean zookeeperQuorum() {
        return servingZooKeepers() > zookeepers().size() / 2;
    }

    /**
     * "no ZooKeeper quorum (1 of 3 serving)" while brokers run (or are paused) but a majority of the ZooKeepers does
     * not serve, or while only ZooKeepers run, none of them starting or stopping, and they have no majority. Empty
     * otherwise: a stopped cluster has lost nothing, and a quorum still forming as the cluster starts, or going as
     * Stop all ends, is no loss either (it was said while ZooKeeper started, which alarmed users for nothing).
     */
    public Optional<String> quorumLoss() {
        boolean brokersRun = brokers().stream().anyMatch(n -> n.state() == NodeState.RUNNING
                || n.state() == NodeState.PAUSED);
        boolean zooKeepersSettled = zookeepers().stream().anyMatch(n -> n.state() == NodeState.RUNNING)
                && zookeepers().stream().noneMatch(n -> n.state() == NodeState.STARTING
                || n.state() == NodeState.STOPPING);
        return (brokersRun || zooKeepersSettled) && !zookeeperQuorum() ? Optional.of("no ZooKeeper quorum ("
                + servingZooKeepers() + " of " + zookeepers().size() + " serving)") : Optional.empty();
    }

    public boolean anyAlive() {
        return nodes.stream().anyMatch(n -> n.state().isAlive());
    }
}
