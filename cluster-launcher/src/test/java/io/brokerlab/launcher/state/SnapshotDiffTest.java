package io.brokerlab.launcher.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(1);

    private static final Map<Integer, BrokerInfo> THREE_BROKERS = Map.of(
            1, new BrokerInfo(1, "localhost", 9092), 2, new BrokerInfo(2, "localhost", 9093),
            3, new BrokerInfo(3, "localhost", 9094));

    private static PartitionState partition(int leader, List<Integer> isr) {
        return new PartitionState("orders", 0, List.of(1, 2, 3), leader, isr, 0, 1);
    }

    private static ClusterState state(Instant at, Map<Integer, BrokerInfo> brokers, int controller,
                                      PartitionState... partitions) {
        Map<Integer, PartitionState> byNumber = new TreeMap<>();
        for (PartitionState p : partitions) {
            byNumber.put(p.partition(), p);
        }
        Map<String, TopicState> topics = partitions.length == 0 ? Map.of()
                : Map.of("orders", new TopicState("orders", new TreeMap<>(byNumber)));
        return ClusterState.notYetRead(ClusterState.Source.ZOOKEEPER, at, List.of())
                .withMetadata(at, brokers, controller < 0 ? OptionalInt.empty() : OptionalInt.of(controller), topics);
    }

    private static List<EventType> types(List<ClusterEvent> events) {
        return events.stream().map(ClusterEvent::type).toList();
    }

    @Test
    void identicalStatesMakeNoEvents() {
        ClusterState s = state(T0, THREE_BROKERS, 1, partition(1, List.of(1, 2, 3)));
        assertThat(SnapshotDiff.between(s, state(T1, THREE_BROKERS, 1, partition(1, List.of(1, 2, 3))))).isEmpty();
    }

    @Test
    void killedLeaderGivesLeaderChangedThenIsrShrunkAndUnderReplicated() {
        ClusterState before = state(T0, THREE_BROKERS, 1, partition(1, List.of(1, 2, 3)));
        Map<Integer, BrokerInfo> two = new TreeMap<>(THREE_BROKERS);
        two.remove(1);
        ClusterState after = state(T1, two, 2, partition(2, List.of(2, 3)));

        List<ClusterEvent> events = SnapshotDiff.between(before, after);

        assertThat(types(events)).containsExactly(EventType.BROKER_DOWN, EventType.CONTROLLER_CHANGED,
                EventType.LEADER_CHANGED, EventType.ISR_SHRUNK, EventType.PARTITION_UNDER_REPLICATED);
        ClusterEvent leader = events.get(2);
        assertThat(leader.oldLeader()).isEqualTo(1);
        assertThat(leader.leader()).isEqualTo(2);
        assertThat(leader.topic()).isEqualTo("orders");
        assertThat(leader.partition()).isZero();
        assertThat(leader.time()).isEqualTo(T1);
        assertThat(events.get(0).broker()).isEqualTo(1);
        assertThat(events.get(1).broker()).isEqualTo(2);
        assertThat(events.get(1).oldBroker()).isEqualTo(1);
        assertThat(events.get(3).isr()).containsExactly(2, 3);
        assertThat(events.get(3).oldIsr()).containsExactly(1, 2, 3);
    }

    @Test
    void returningReplicaExpandsIsrAndEndsUnderReplication() {
        ClusterState before = state(T0, THREE_BROKERS, 2, partition(2, List.of(2, 3)));
        ClusterState after = state(T1, THREE_BROKERS, 2, partition(2, List.of(2, 3, 1)));
        assertThat(types(SnapshotDiff.between(before, after)))
                .containsExactly(EventType.ISR_EXPANDED, EventType.PARTITION_FULLY_REPLICATED);
    }

    @Test
    void isrSwapReportsBothShrinkAndExpansion() {
        ClusterState before = state(T0, THREE_BROKERS, 1, partition(1, List.of(1, 2)));
        ClusterState after = state(T1, THREE_BROKERS, 1, partition(1, List.of(1, 3)));
        assertThat(types(SnapshotDiff.between(before, after)))
                .containsExactly(EventType.ISR_SHRUNK, EventType.ISR_EXPANDED);
    }

    @Test
    void partitionWithoutLeaderIsOfflineAndBackOnline() {
        ClusterState online = state(T0, THREE_BROKERS, 1, partition(3, List.of(3)));
        ClusterState offline = state(T1, THREE_BROKERS, 1, partition(PartitionState.NO_LEADER, List.of(3)));
        assertThat(types(SnapshotDiff.between(online, offline)))
                .containsExactly(EventType.LEADER_CHANGED, EventType.PARTITION_OFFLINE);
        assertThat(SnapshotDiff.between(online, offline).get(0).leader()).isEqualTo(-1);
        assertThat(types(SnapshotDiff.between(offline, online)))
                .containsExactly(EventType.LEADER_CHANGED, EventType.PARTITION_ONLINE);
    }

    @Test
    void aTopicBeingDeletedLosesItsLeadersWithoutEvents() {
        ClusterState before = state(T0, THREE_BROKERS, 1, partition(1, List.of(1, 2, 3)));
        ClusterState marked = ClusterState.notYetRead(ClusterState.Source.ZOOKEEPER, T1, List.of())
                .withMetadata(T1, THREE_BROKERS, OptionalInt.of(1), Map.of("orders", new TopicState("orders",
                        new TreeMap<>(Map.of(0, partition(PartitionState.NO_LEADER, List.of()))), OptionalInt.empty(),
                        true)));
        assertThat(SnapshotDiff.between(before, marked)).isEmpty();
        assertThat(types(SnapshotDiff.between(marked, state(T1.plusSeconds(1), THREE_BROKERS, 1))))
                .containsExactly(EventType.TOPIC_DELETED);
    }

    @Test
    void topicsCreatedAndDeletedWithoutPartitionNoise() {
        ClusterState none = state(T0, THREE_BROKERS, 1);
        ClusterState one = state(T1, THREE_BROKERS, 1, partition(1, List.of(1)));
        List<ClusterEvent> created = SnapshotDiff.between(none, one);
        assertThat(types(created)).containsExactly(EventType.TOPIC_CREATED);
        assertThat(created.get(0).topic()).isEqualTo("orders");
        assertThat(types(SnapshotDiff.between(one, none))).containsExactly(EventType.TOPIC_DELETED);
    }

    @Test
    void firstStateOfAPartitionIsNotAChange() {
        ClusterState noState = state(T0, THREE_BROKERS, 1, new PartitionState[0]).withMetadata(T0, THREE_BROKERS,
                OptionalInt.of(1), Map.of("orders", new TopicState("orders", new TreeMap<>())));
        ClusterState elected = state(T1, THREE_BROKERS, 1, partition(1, List.of(1, 2, 3)));
        assertThat(SnapshotDiff.between(noState, elected)).isEmpty();
    }

    @Test
    void brokerUpCarriesItsAddress() {
        Map<Integer, BrokerInfo> two = new TreeMap<>(THREE_BROKERS);
        two.remove(3);
        List<ClusterEvent> events = SnapshotDiff.between(state(T0, two, 1), state(T1, THREE_BROKERS, 1));
        assertThat(types(events)).containsExactly(EventType.BROKER_UP);
        assertThat(events.get(0).broker()).isEqualTo(3);
        assertThat(events.get(0).detail()).isEqualTo("localhost:9094");
    }

    @Test
    void controllerElectionGapIsReported() {
        List<ClusterEvent> events = SnapshotDiff.between(state(T0, THREE_BROKERS, 1), state(T1, THREE_BROKERS, -1));
        assertThat(types(events)).containsExactly(EventType.CONTROLLER_CHANGED);
        assertThat(events.get(0).broker()).isNull();
        assertThat(events.get(0).oldBroker()).isEqualTo(1);
    }

    @Test
    void losingZooKeeperIsReportedAtItsTimeAndDataIsKept() {
        ClusterState live = state(T0, THREE_BROKERS, 1, partition(1, List.of(1, 2, 3)));
        ClusterState lost = live.unreachable(T1);
        List<ClusterEvent> events = SnapshotDiff.between(live, lost);
        assertThat(types(events)).containsExactly(EventType.ZOOKEEPER_UNREACHABLE);
        assertThat(events.get(0).time()).isEqualTo(T1);
        assertThat(lost.reachable()).isFalse();
        assertThat(lost.unreachableSince()).contains(T1);
        assertThat(lost.topics()).containsKey("orders");
        // Still unreachable later: the first time is kept, nothing new to announce.
        ClusterState later = lost.unreachable(T1.plusSeconds(5));
        assertThat(later.unreachableSince()).contains(T1);
        assertThat(SnapshotDiff.between(lost, later)).isEmpty();
    }

    @Test
    void resyncAnnouncesReconnectionAndWhatChangedMeanwhile() {
        ClusterState lost = state(T0, THREE_BROKERS, 1, partition(1, List.of(1, 2, 3))).unreachable(T0);
        ClusterState back = lost.withMetadata(T1, THREE_BROKERS, OptionalInt.of(1),
                state(T1, THREE_BROKERS, 1, partition(2, List.of(2, 3, 1))).topics());
        assertThat(types(SnapshotDiff.between(lost, back)))
                .containsExactly(EventType.ZOOKEEPER_RECONNECTED, EventType.LEADER_CHANGED);
    }

    @Test
    void adminSourceNamesTheClusterNotZooKeeper() {
        ClusterState live = ClusterState.notYetRead(ClusterState.Source.ADMIN_API, T0, List.of())
                .withMetadata(T0, THREE_BROKERS, OptionalInt.of(1), Map.of());
        assertThat(types(SnapshotDiff.between(live, live.unreachable(T1))))
                .containsExactly(EventType.CLUSTER_UNREACHABLE);
    }

    private static NodeView zk(String name, NodeState state, String role) {
        return new NodeView(name, NodeKind.ZOOKEEPER, state, Optional.ofNullable(role), Optional.empty());
    }

    private static NodeView broker(String name, NodeState state, String exitReason) {
        return new NodeView(name, NodeKind.BROKER, state, Optional.empty(), Optional.ofNullable(exitReason));
    }

    private static ClusterState nodes(Instant at, NodeView... nodes) {
        return ClusterState.notYetRead(ClusterState.Source.ZOOKEEPER, T0, List.of()).withNodes(at, List.of(nodes));
    }

    @Test
    void launcherNodeTransitions() {
        assertThat(types(SnapshotDiff.between(nodes(T0, broker("broker-1", NodeState.RUNNING, null)),
                nodes(T1, broker("broker-1", NodeState.STOPPED, "killed (SIGKILL)")))))
                .containsExactly(EventType.NODE_KILLED);
        assertThat(types(SnapshotDiff.between(nodes(T0, broker("broker-1", NodeState.RUNNING, null)),
                nodes(T1, broker("broker-1", NodeState.STOPPED, null)))))
                .containsExactly(EventType.NODE_STOPPED);
        assertThat(types(SnapshotDiff.between(nodes(T0, broker("broker-1", NodeState.RUNNING, null)),
                nodes(T1, broker("broker-1", NodeState.CRASHED, "exit 1")))))
                .containsExactly(EventType.NODE_CRASHED);
        assertThat(types(SnapshotDiff.between(nodes(T0, broker("broker-1", NodeState.RUNNING, null)),
                nodes(T1, broker("broker-1", NodeState.PAUSED, null)))))
                .containsExactly(EventType.NODE_PAUSED);
        assertThat(types(SnapshotDiff.between(nodes(T0, broker("broker-1", NodeState.PAUSED, null)),
                nodes(T1, broker("broker-1", NodeState.RUNNING, null)))))
                .containsExactly(EventType.NODE_RESUMED);
        assertThat(types(SnapshotDiff.between(nodes(T0, broker("broker-1", NodeState.STARTING, null)),
                nodes(T1, broker("broker-1", NodeState.RUNNING, null)))))
                .containsExactly(EventType.NODE_STARTED);
        assertThat(SnapshotDiff.between(nodes(T0, broker("broker-1", NodeState.STOPPED, null)),
                nodes(T1, broker("broker-1", NodeState.STARTING, null)))).isEmpty();
    }

    @Test
    void nodeEventNamesTheNode() {
        ClusterEvent event = SnapshotDiff.between(nodes(T0, broker("broker-2", NodeState.RUNNING, null)),
                nodes(T1, broker("broker-2", NodeState.STOPPED, "killed (SIGKILL)"))).get(0);
        assertThat(event.node()).isEqualTo("broker-2");
        assertThat(event.detail()).isEqualTo("killed (SIGKILL)");
    }

    @Test
    void zooKeeperRoleChangeAndQuorum() {
        ClusterState three = nodes(T0, zk("zk-1", NodeState.RUNNING, "leader"), zk("zk-2", NodeState.RUNNING, "follower"),
                zk("zk-3", NodeState.RUNNING, "follower"));
        ClusterState leaderGone = nodes(T1, zk("zk-1", NodeState.STOPPED, null), zk("zk-2", NodeState.RUNNING, "leader"),
                zk("zk-3", NodeState.RUNNING, "follower"));
        List<ClusterEvent> events = SnapshotDiff.between(three, leaderGone);
        assertThat(types(events)).containsExactly(EventType.NODE_STOPPED, EventType.ZOOKEEPER_ROLE_CHANGED);
        assertThat(events.get(1).node()).isEqualTo("zk-2");
        assertThat(events.get(1).role()).isEqualTo("leader");
        assertThat(events.get(1).oldRole()).isEqualTo("follower");

        ClusterState minority = nodes(T1.plusSeconds(1), zk("zk-1", NodeState.STOPPED, null),
                zk("zk-2", NodeState.STOPPED, null), zk("zk-3", NodeState.RUNNING, "looking"));
        assertThat(types(SnapshotDiff.between(leaderGone, minority)))
                .containsExactly(EventType.NODE_STOPPED, EventType.ZOOKEEPER_ROLE_CHANGED, EventType.QUORUM_LOST);
        assertThat(SnapshotDiff.between(leaderGone, minority).get(2).isElection()).isFalse();
        assertThat(SnapshotDiff.between(leaderGone, minority).get(2).detail()).isEqualTo("1 of 3 running");
        List<ClusterEvent> regained = SnapshotDiff.between(minority, leaderGone);
        assertThat(types(regained)).contains(EventType.NODE_STARTED, EventType.QUORUM_REGAINED);
        assertThat(regained).filteredOn(e -> e.type() == EventType.QUORUM_REGAINED).singleElement()
                .satisfies(e -> assertThat(e.isQuorumFormed()).isFalse());
    }

    @Test
    void anExternalFollowerThatStopsAnsweringIsSeenToStopAndStartAgain() {
        ClusterState three = nodes(T0, zk("zk1:2181", NodeState.RUNNING, "leader"),
                zk("zk2:2181", NodeState.RUNNING, "follower"), zk("zk3:2181", NodeState.RUNNING, "follower"));
        // as ZooKeeperRoles publishes a server that does not answer
        ClusterState followerGone = nodes(T1, zk("zk1:2181", NodeState.RUNNING, "leader"),
                zk("zk2:2181", NodeState.RUNNING, "follower"), zk("zk3:2181", NodeState.STOPPED, null));
        assertThat(SnapshotDiff.between(three, followerGone)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.NODE_STOPPED);
            assertThat(e.node()).isEqualTo("zk3:2181");
        });
        assertThat(SnapshotDiff.between(followerGone, three)).filteredOn(e -> e.type() == EventType.NODE_STARTED)
                .singleElement().satisfies(e -> {
                    assertThat(e.node()).isEqualTo("zk3:2181");
                    assertThat(e.role()).isEqualTo("follower");
                });
    }

    @Test
    void aFreshEnsemblesFirstQuorumIsFormedNotRegained() {
        ClusterState starting = nodes(T0, zk("zk-1", NodeState.STARTING, null), zk("zk-2", NodeState.STARTING, null),
                zk("zk-3", NodeState.STOPPED, null));
        ClusterState up = nodes(T1, zk("zk-1", NodeState.RUNNING, "leader"), zk("zk-2", NodeState.RUNNING, "follower"),
                zk("zk-3", NodeState.STOPPED, null));
        ClusterEvent quorum = SnapshotDiff.between(starting, up).stream()
                .filter(e -> e.type() == EventType.QUORUM_REGAINED).findFirst().orElseThrow();
        assertThat(quorum.isQuorumFormed()).isTrue();
        // the type name scripts read stays; the text and JSON say which it was
        assertThat(quorum.toJsonMap()).containsEntry("type", "quorum_regained")
                .containsEntry("detail", ClusterEvent.QUORUM_FORMED);
    }

    @Test
    void jsonHasTimeTypeAndOnlyTheFieldsThatApply() {
        ClusterEvent event = ClusterEvent.partition(T1, EventType.LEADER_CHANGED, partition(1, List.of(1, 2, 3)),
                partition(2, List.of(2, 3)));
        assertThat(event.toJsonMap()).containsEntry("time", "2026-01-01T00:00:01Z")
                .containsEntry("type", "leader_changed").containsEntry("topic", "orders")
                .containsEntry("partition", 0).containsEntry("leader", 2).containsEntry("oldLeader", 1)
                .containsEntry("isr", List.of(2, 3)).doesNotContainKeys("broker", "node");
        assertThat(event.toText()).startsWith("2026-01-01T00:00:01Z leader_changed topic=orders partition=0 leader=2");
    }

    @Test
    void aQuorumLeaderDyingWhileTwoOfThreeRunIsAnElectionNotALoss() {
        ClusterState three = nodes(T0, zk("zk-1", NodeState.RUNNING, "leader"), zk("zk-2", NodeState.RUNNING, "follower"),
                zk("zk-3", NodeState.RUNNING, "follower"));
        ClusterState electing = nodes(T1, zk("zk-1", NodeState.STOPPED, null), zk("zk-2", NodeState.RUNNING, "looking"),
                zk("zk-3", NodeState.RUNNING, "looking"));
        ClusterEvent lost = SnapshotDiff.between(three, electing).stream()
                .filter(e -> e.type() == EventType.QUORUM_LOST).findFirst().orElseThrow();
        assertThat(lost.isElection()).isTrue();
        assertThat(lost.detail()).isEqualTo("electing a leader: 2 of 3 running");
    }
}
