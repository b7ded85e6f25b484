package io.brokerlab.launcher.state;

import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events that lead from one {@link ClusterState} to the next; a pure function, so every
 * rule can be tested without processes. Events carry the next state's {@code takenAt}.
 */
final class SnapshotDiff {

    private SnapshotDiff() {
    }

    static List<ClusterEvent> between(ClusterState before, ClusterState after) {
        Instant time = after.takenAt();
        List<ClusterEvent> events = new ArrayList<>();
        reachability(before, after, time, events);
        brokers(before, after, time, events);
        controller(before, after, time, events);
        topics(before, after, time, events);
        nodes(before, after, time, events);
        quorum(before, after, time, events);
        return events;
    }

    private static void reachability(ClusterState before, ClusterState after, Instant time, List<ClusterEvent> events) {
        boolean zookeeper = after.source() == ClusterState.Source.ZOOKEEPER;
        if (before.reachable() && !after.reachable()) {
            events.add(ClusterEvent.of(after.unreachableSince().orElse(time),
                    zookeeper ? EventType.ZOOKEEPER_UNREACHABLE : EventType.CLUSTER_UNREACHABLE));
        } else if (!before.reachable() && after.reachable()) {
            events.add(ClusterEvent.of(time, zookeeper ? EventType.ZOOKEEPER_RECONNECTED : EventType.CLUSTER_RECONNECTED));
        }
    }

    private static void brokers(ClusterState before, ClusterState after, Instant time, List<ClusterEvent> events) {
        after.brokers().forEach((id, broker) -> {
            if (!before.brokers().containsKey(id)) {
                events.add(ClusterEvent.broker(time, EventType.BROKER_UP, id, null, broker.address()));
            }
        });
        before.brokers().forEach((id, broker) -> {
            if (!after.brokers().containsKey(id)) {
                events.add(ClusterEvent.broker(time, EventType.BROKER_DOWN, id, null, broker.address()));
            }
        });
    }

    private static void controller(ClusterState before, ClusterState after, Instant time, List<ClusterEvent> events) {
        if (!before.controller().equals(after.controller())) {
            events.add(ClusterEvent.broker(time, EventType.CONTROLLER_CHANGED, boxed(after.controller()),
                    boxed(before.controller()), null));
        }
    }

    private static void topics(ClusterState before, ClusterState after, Instant time, List<ClusterEvent> events) {
        for (TopicState topic : after.topics().values()) {
            TopicState old = before.topics().get(topic.name());
            if (old == null) {
                events.add(ClusterEvent.topic(time, EventType.TOPIC_CREATED, topic.name()));
                continue;
            }
            for (PartitionState partition : topic.partitions().values()) {
                PartitionState was = old.partitions().get(partition.partition());
                // A partition's first state is its birth, not a change: nothing to report. A topic being deleted
                // loses its leaders and ISRs on purpose: its deletion is the one event.
                if (was != null && !topic.deleting()) {
                    partition(was, partition, time, events);
                }
            }
        }
        for (String name : before.topics().keySet()) {
            if (!after.topics().containsKey(name)) {
                events.add(ClusterEvent.topic(time, EventType.TOPIC_DELETED, name));
            }
        }
    }

    private static void partition(PartitionState was, PartitionState now, Instant time, List<ClusterEvent> events) {
        if (was.leader() != now.leader()) {
            events.add(ClusterEvent.partition(time, EventType.LEADER_CHANGED, was, now));
        }
        Set<Integer> removed = new HashSet<>(was.isr());
        removed.removeAll(now.isr());
        Set<Integer> added = new HashSet<>(now.isr());
        added.removeAll(was.isr());
        if (!removed.isEmpty()) {
            events.add(ClusterEvent.partition(time, EventType.ISR_SHRUNK, was, now));
        }
        if (!added.isEmpty()) {
            events.add(ClusterEvent.partition(time, EventType.ISR_EXPANDED, was, now));
        }
        if (!was.isUnderReplicated() && now.isUnderReplicated()) {
            events.add(ClusterEvent.partition(time, EventType.PARTITION_UNDER_REPLICATED, was, now));
        } else if (was.isUnderReplicated() && !now.isUnderReplicated()) {
            events.add(ClusterEvent.partition(time, EventType.PARTITION_FULLY_REPLICATED, was, now));
        }
        if (!was.isOffline() && now.isOffline()) {
            events.add(ClusterEvent.partition(time, EventType.PARTITION_OFFLINE, was, now));
        } else if (was.isOffline() && !now.isOffline()) {
            events.add(ClusterEvent.partition(time, EventType.PARTITION_ONLINE, was, now));
        }
    }

    private static void nodes(ClusterState before, ClusterState after, Instant time, List<ClusterEvent> events) {
        Map<String, NodeView> previous = before.nodes().stream()
                .collect(Collectors.toMap(NodeView::name, Function.identity()));
        for (NodeView now : after.nodes()) {
            NodeView was = previous.get(now.name());
            if (was == null) {
                continue;
            }
            nodeState(was, now).ifPresent(type -> events.add(ClusterEvent.node(time, type, now.name(),
                    now.role().orElse(null), null, now.exitReason().orElse(null))));
            if (now.kind() == NodeKind.ZOOKEEPER && now.role().isPresent() && !now.role().equals(was.role())) {
                events.add(ClusterEvent.node(time, EventType.ZOOKEEPER_ROLE_CHANGED, now.name(), now.role().get(),
                        was.role().orElse(null), null));
            }
        }
    }

    /** Only settled states are announced; STARTING and STOPPING are on the way to one. */
    private static Optional<EventType> nodeState(NodeView was, NodeView now) {
        if (was.state() == now.state()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (now.state()) {
            case RUNNING -> was.state() == NodeState.PAUSED ? EventType.NODE_RESUMED : EventType.NODE_STARTED;
            case PAUSED -> EventType.NODE_PAUSED;
            case STOPPED -> now.wasKilled() ? EventType.NODE_KILLED : EventType.NODE_STOPPED;
            case CRASHED -> EventType.NODE_CRASHED;
            case STARTING, STOPPING -> null;
        });
    }

    private static void quorum(ClusterState before, ClusterState after, Instant time, List<ClusterEvent> events) {
        if (before.zookeepers().isEmpty() || after.zookeepers().isEmpty()) {
            return;
        }
        if (before.zookeeperQuorum() && !after.zookeeperQuorum()) {
            long running = after.zookeepers().stream().filter(zk -> zk.state() == NodeState.RUNNING).count();
            events.add(ClusterEvent.quorumLost(time, running, after.zookeepers().size()));
        } else if (!before.zookeeperQuorum() && after.zookeeperQuorum()) {
            // After a loss the survivors ran on without a quorum; a freshly started ensemble had no server up at all.
            // The type stays quorum_regained for the scripts that read it; the detail tells the first one apart.
            boolean formed = before.zookeepers().stream().noneMatch(zk -> zk.state() == NodeState.RUNNING);
            events.add(formed ? ClusterEvent.quorumFormed(time) : ClusterEvent.of(time, EventType.QUORUM_REGAINED));
        }
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? Integer.valueOf(value.getAsInt()) : null;
    }
}
