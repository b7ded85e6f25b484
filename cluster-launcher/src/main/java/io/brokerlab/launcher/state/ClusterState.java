package io.brokerlab.launcher.state;

import io.brokerlab.launcher.config.NodeKind;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole cluster at one moment; immutable, safe to hand to any thread.
 *
 * <p>While {@code reachable} is false the brokers, controller and topics are the last ones
 * read before the source went away, kept for context: they are not live truth, and
 * {@code unreachableSince} says since when.
 *
 * @param source           where brokers, controller and topics come from
 * @param takenAt          when this state was built
 * @param unreachableSince present exactly when {@code reachable} is false
 * @param brokers          registered brokers by id
 * @param controller       the active controller's broker id, empty during an election
 * @param topics           topics by name
 * @param nodes            the launcher's nodes in local mode, empty for an external cluster
 */
public record ClusterState(Source source, Instant takenAt, boolean reachable, Optional<Instant> unreachableSince,
                           SortedMap<Integer, BrokerInfo> brokers, OptionalInt controller,
                           SortedMap<String, TopicState> topics, List<NodeView> nodes) {

    /** Where the cluster's metadata is read from. */
    public enum Source { ZOOKEEPER, ADMIN_API }

    public ClusterState {
        if (reachable == unreachableSince.isPresent()) {
            throw new IllegalArgumentException("unreachableSince must be present exactly when unreachable");
        }
        brokers = Collections.unmodifiableSortedMap(new TreeMap<>(brokers));
        topics = Collections.unmodifiableSortedMap(new TreeMap<>(topics));
        nodes = List.copyOf(nodes);
    }

    /** Nothing read yet: unreachable since {@code since} until the first full read. */
    static ClusterState notYetRead(Source source, Instant since, List<NodeView> nodes) {
        return new ClusterState(source, since, false, Optional.of(since), new TreeMap<>(), OptionalInt.empty(), new TreeMap<>(),
                nodes);
    }

    /** Freshly read metadata; the source is reachable. */
    ClusterState withMetadata(Instant at, Map<Integer, BrokerInfo> newBrokers, OptionalInt newController,
                              Map<String, TopicState> newTopics) {
        return new ClusterState(source, at, true, Optional.empty(), new TreeMap<>(newBrokers), newController,
                new TreeMap<>(newTopics), nodes);
    }

    /** The source went away at {@code since}; an already unreachable state keeps its first time. */
    ClusterState unreachable(Instant since) {
        Instant first = unreachableSince.orElse(since);
        return new ClusterState(source, since, false, Optional.of(first), brokers, controller, topics, nodes);
    }

    ClusterState withNodes(Instant at, List<NodeView> newNodes) {
        return new ClusterState(source, at, reachable, unreachableSince, brokers, controller, topics, newNodes);
    }

    public Optional<PartitionState> partition(String topic, int partition) {
        return Optional.ofNullable(topics.get(topic)).map(t -> t.partitions().get(partition));
    }

    public List<NodeView> zookeepers() {
        return nodes.stream().filter(n -> n.kind() == NodeKind.ZOOKEEPER).toList();
    }

    /** A majority of the ZooKeepers serve; false when no ZooKeeper node is known (external mode). */
    public boolean zookeeperQuorum() {
        List<NodeView> zookeepers = zookeepers();
        long serving = zookeepers.stream().filter(NodeView::servesQuorum).count();
        return !zookeepers.isEmpty() && serving > zookeepers.size() / 2;
    }
}
