package io.brokerlab.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.app.UserAction;
import io.brokerlab.app.topics.TopicRow;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    /** A timeline that saw {@code broker}, the controller, killed at {@code at}. */
    private static TimelineViewModel afterKilling(NodeId broker, Instant at) {
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(new NodeEvent(at, status(broker, NodeState.RUNNING, true, at, null),
                status(broker, NodeState.STOPPED, false, at, "killed (SIGKILL)"), null)));
        return model;
    }

    private static NodeStatus status(NodeId id, NodeState state, boolean controller, Instant since, String exit) {
        return new NodeStatus(id, state, OptionalLong.empty(), 9092, 0, Optional.empty(), controller, since,
                OptionalLong.empty(), OptionalLong.empty(), Optional.ofNullable(exit), List.of(),
                Optional.empty(), OptionalLong.empty());
    }

    @Test
    void describesStartsKillsAndControllerChangesNewestFirst() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        NodeId b1 = NodeId.broker(1);
        NodeId b2 = NodeId.broker(2);
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(
                new NodeEvent(t0, status(b1, NodeState.STARTING, false, t0, null),
                        status(b1, NodeState.RUNNING, true, t0.plusMillis(4200), null), null),
                new NodeEvent(t0.plusSeconds(10), status(b1, NodeState.RUNNING, true, t0, null),
                        status(b1, NodeState.CRASHED, false, t0.plusSeconds(10), "killed by SIGKILL"), null),
                new NodeEvent(t0.plusMillis(16_500), status(b2, NodeState.RUNNING, false, t0, null),
                        status(b2, NodeState.RUNNING, true, t0, null), null)));
        // controller changes come from the state watcher, not from node events
        assertThat(model.entries()).extracting(TimelineEntry::what).containsExactly("crashed", "running");
        TimelineEntry running = model.entries().get(1);
        assertThat(running.detail()).isEqualTo("ready after 4.2 s");
        TimelineEntry crash = model.entries().get(0);
        assertThat(crash.tone()).isEqualTo(TimelineEntry.Tone.BAD);
        assertThat(crash.detail()).isEqualTo("killed by SIGKILL; it was the controller");
        assertThat(crash.sincePreviousMillis()).isEqualTo(10_000);

        model.accept(List.of(new NodeEvent(t0.plusSeconds(20), status(b2, NodeState.RUNNING, true, t0, null),
                status(b2, NodeState.STOPPED, false, t0, "killed (SIGKILL)"), null)));
        assertThat(model.entries().get(0).what()).isEqualTo("killed");
        assertThat(model.entries().get(0).detail()).isEqualTo("killed (SIGKILL); it was the controller");
        assertThat(model.entries().get(0).tone()).isEqualTo(TimelineEntry.Tone.BAD);
    }

    @Test
    void aGracefulStopSaysHowLongItTook() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        NodeId b1 = NodeId.broker(1);
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(new NodeEvent(t0.plusMillis(2300), status(b1, NodeState.STOPPING, false, t0, null),
                status(b1, NodeState.STOPPED, false, t0.plusMillis(2300), null), null)));
        assertThat(model.entries()).extracting(TimelineEntry::what, TimelineEntry::detail)
                .containsExactly(tuple("stopped", "stopped after 2.3 s"));
    }

    @Test
    void theFirstQuorumIsFormedAndOnlyOneAfterALossIsRegained() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.acceptCluster(List.of(new ClusterEvent(t0, EventType.QUORUM_REGAINED, null, null, null, null, null, null,
                null, null, null, null, null, ClusterEvent.QUORUM_FORMED)));
        model.acceptCluster(List.of(quorum(t0.plusSeconds(5), EventType.QUORUM_LOST)));
        model.acceptCluster(List.of(quorum(t0.plusSeconds(9), EventType.QUORUM_REGAINED)));
        assertThat(model.entries()).extracting(TimelineEntry::what)
                .containsExactly("quorum regained after 4.0 s without one", "quorum lost", "quorum formed");
    }

    @Test
    void aQuorumRegainedSaysHowLongTheEnsembleHadNoneThroughTheElectionThatEndedIt() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.acceptCluster(List.of(quorum(t0, EventType.QUORUM_LOST)));
        Instant back = t0.plusSeconds(218);
        model.acceptCluster(List.of(new ClusterEvent(back, EventType.QUORUM_LOST, null, null, null, null, null, null,
                null, null, null, null, null, ClusterEvent.ELECTING + "2 of 3 running")));
        model.acceptCluster(List.of(
                new ClusterEvent(back.plusMillis(700), EventType.ZOOKEEPER_ROLE_CHANGED, null, null, null, null, null,
                        null, null, null, "zk-2", "leader", "looking", null),
                quorum(back.plusMillis(700), EventType.QUORUM_REGAINED)));
        assertThat(model.entries().get(0).what()).isEqualTo("quorum regained after 3 min 38 s without one, zk-2 leading");
    }

    private static ClusterEvent quorum(Instant at, EventType type) {
        return event(at, type, null, null, null, null, null, null, null, null);
    }

    @Test
    void internalTopicsAreListedOnlyWhenAskedFor() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        ClusterEvent internal = event(t0, EventType.ISR_SHRUNK, "__consumer_offsets", 7, null, null, 3, 2,
                List.of(3), List.of(2, 3));
        model.acceptCluster(List.of(internal));
        assertThat(model.entries()).isEmpty();
        model.showInternalTopics(true);
        model.acceptCluster(List.of(internal));
        assertThat(model.entries()).extracting(TimelineEntry::node).containsExactly("__consumer_offsets-7");
    }

    private static ClusterEvent event(Instant at, EventType type, String topic, Integer partition, Integer broker,
                                      Integer oldBroker, Integer leader, Integer oldLeader, List<Integer> isr,
                                      List<Integer> oldIsr) {
        return new ClusterEvent(at, type, topic, partition, broker, oldBroker, leader, oldLeader, isr, oldIsr, null,
                null, null, null);
    }

    @Test
    void aTopicBelowItsMinInsyncReplicasIsListedAfterTheKillAndOnceWhenItMeetsItAgain() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = afterKilling(NodeId.broker(2), t0);
        model.acceptTopicRows(List.of(row("orders", 0, 0, 2), row("__consumer_offsets", 50, 0, 2)),
                t0.plusMillis(300));
        model.acceptTopicRows(List.of(row("orders", 2, 0, 2)), t0.plusMillis(600));
        model.acceptTopicRows(List.of(row("orders", 2, 0, 2)), t0.plusMillis(900));
        model.acceptTopicRows(List.of(row("orders", 3, 0, 2)), t0.plusMillis(1200));
        model.acceptTopicRows(List.of(row("orders", 1, 0, 2)), t0.plusMillis(5000));
        model.acceptTopicRows(List.of(row("orders", 0, 0, 2)), t0.plusMillis(9600));

        assertThat(model.entries()).extracting(TimelineEntry::node, TimelineEntry::what, TimelineEntry::detail,
                TimelineEntry::tone).containsExactly(
                tuple("orders", "meets min.insync.replicas=2 again", "acks=all writes accepted after 9.0 s refused;"
                        + " 9.6 s after broker-2 was killed", TimelineEntry.Tone.GOOD),
                tuple("orders", "3 partitions below min.insync.replicas=2", "acks=all writes refused; 1.2 s after"
                        + " broker-2 was killed", TimelineEntry.Tone.BAD),
                tuple("orders", "2 partitions below min.insync.replicas=2", "acks=all writes refused; 0.6 s after"
                        + " broker-2 was killed", TimelineEntry.Tone.BAD),
                tuple("broker-2", "killed", "killed (SIGKILL); it was the controller", TimelineEntry.Tone.BAD));
    }

    @Test
    void aTopicWhosePartitionsWentOfflineInsteadHasNotRecovered() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.acceptTopicRows(List.of(row("orders", 1, 0, 2)), t0);
        model.acceptTopicRows(List.of(row("orders", 0, 1, 2)), t0.plusSeconds(3));
        model.acceptTopicRows(List.of(row("orders", 1, 0, 2)), t0.plusSeconds(6));

        assertThat(model.entries()).extracting(TimelineEntry::at, TimelineEntry::what).containsExactly(
                tuple(t0.plusSeconds(6), "1 partition below min.insync.replicas=2"),
                tuple(t0, "1 partition below min.insync.replicas=2"));
    }

    private static TopicRow row(String topic, long belowMinIsr, long offline, int minInsyncReplicas) {
        return new TopicRow(topic, 3, 3, belowMinIsr + offline, offline, belowMinIsr, minInsyncReplicas,
                topic.startsWith("__"), false, 0);
    }

    @Test
    void watcherEventsSayHowLongAfterTheKillTheyCame() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = afterKilling(NodeId.broker(2), t0);
        model.acceptCluster(List.of(
                event(t0.plusMillis(4100), EventType.LEADER_CHANGED, "demo", 0, null, null, 3, 2, List.of(3, 1),
                        List.of(2, 3, 1)),
                event(t0.plusMillis(4100), EventType.ISR_SHRUNK, "demo", 0, null, null, 3, 2, List.of(3, 1),
                        List.of(2, 3, 1)),
                event(t0.plusMillis(4100), EventType.ISR_SHRUNK, "__consumer_offsets", 7, null, null, 3, 2,
                        List.of(3), List.of(2, 3)),
                event(t0.plusMillis(4200), EventType.CONTROLLER_CHANGED, null, null, 3, 2, null, null, null, null)));
        assertThat(model.entries()).as("of the same moment the leader change on top").extracting(TimelineEntry::what)
                .containsExactly("became the controller", "leader broker-2 → broker-3", "ISR shrunk [2,3,1] → [3,1]",
                        "killed");
        TimelineEntry leader = model.entries().get(1);
        assertThat(leader.node()).isEqualTo("demo-0");
        assertThat(leader.detail()).isEqualTo("new leader 4.1 s after broker-2 was killed");
        assertThat(model.entries().get(2).sincePreviousMillis()).isEqualTo(4100);
        assertThat(model.entries().get(0).detail()).isEqualTo("was broker-2; new controller 4.2 s after broker-2 was killed");
        assertThat(model.entries().get(0).sincePreviousMillis()).isEqualTo(100);

        // an event that arrives late is still placed by its time
        model.acceptCluster(List.of(event(t0.plusMillis(2000), EventType.PARTITION_UNDER_REPLICATED, "demo", 1, null,
                null, 1, 1, List.of(1), List.of(1, 2))));
        assertThat(model.entries().get(3).what()).isEqualTo("under-replicated");
        assertThat(model.entries().get(3).sincePreviousMillis()).isEqualTo(2000);
        assertThat(model.entries().get(2).sincePreviousMillis()).isEqualTo(2100);
    }

    @Test
    void aKillsChangesToManyPartitionsAreOneLinePerTopicAndChange() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = afterKilling(NodeId.broker(1), t0);
        model.acceptCluster(List.of(
                event(t0.plusMillis(3700), EventType.LEADER_CHANGED, "orders", 1, null, null, 2, 1, List.of(2, 3),
                        List.of(1, 2, 3)),
                event(t0.plusMillis(3700), EventType.ISR_SHRUNK, "orders", 1, null, null, 2, 1, List.of(2, 3),
                        List.of(1, 2, 3)),
                event(t0.plusMillis(3700), EventType.LEADER_CHANGED, "orders", 4, null, null, 3, 1, List.of(3, 2),
                        List.of(1, 3, 2)),
                event(t0.plusMillis(3700), EventType.ISR_SHRUNK, "orders", 4, null, null, 3, 1, List.of(3, 2),
                        List.of(1, 3, 2))));
        // the next snapshot, 70 ms on: more partitions of the same kill
        model.acceptCluster(List.of(
                event(t0.plusMillis(3770), EventType.ISR_SHRUNK, "orders", 0, null, null, 3, 3, List.of(3, 2),
                        List.of(3, 1, 2)),
                event(t0.plusMillis(3770), EventType.ISR_SHRUNK, "payments", 0, null, null, 3, 3, List.of(3),
                        List.of(3, 1))));

        assertThat(model.entries()).extracting(TimelineEntry::node, TimelineEntry::what, TimelineEntry::detail)
                .containsExactly(
                        tuple("payments-0", "ISR shrunk [3,1] → [3]", "3.8 s after broker-1 was killed"),
                        tuple("orders-4", "leader broker-1 → broker-3", "new leader 3.7 s after broker-1 was killed"),
                        tuple("orders-1", "leader broker-1 → broker-2", "new leader 3.7 s after broker-1 was killed"),
                        tuple("orders-0, 1, 4", "ISR shrunk: without broker-1", "3.7 s after broker-1 was killed"),
                        tuple("broker-1", "killed", "killed (SIGKILL); it was the controller"));

        // a second later it is news of its own
        model.acceptCluster(List.of(event(t0.plusMillis(4800), EventType.ISR_SHRUNK, "orders", 2, null, null, 2, 2,
                List.of(2), List.of(2, 1))));
        assertThat(model.entries().get(0).node()).isEqualTo("orders-2");
        assertThat(model.entries()).hasSize(6);
    }

    @Test
    void runsOfPartitionsAreRangesAndManyRunsAreCounted() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        List<ClusterEvent> events = new java.util.ArrayList<>();
        for (int p = 0; p < 20; p++) {
            events.add(event(t0, EventType.PARTITION_UNDER_REPLICATED, "big", p, null, null, 2, 2, List.of(2),
                    List.of(2, 1)));
            if (p % 2 == 0) {
                events.add(event(t0, EventType.ISR_SHRUNK, "big", p, null, null, 2, 2, List.of(2), List.of(2, 1)));
            }
        }
        for (int p : List.of(0, 1, 2, 5)) {
            events.add(event(t0, EventType.PARTITION_OFFLINE, "small", p, null, null, -1, 1, List.of(), List.of(1)));
        }
        model.acceptCluster(events);
        assertThat(model.entries()).extracting(TimelineEntry::node, TimelineEntry::what).containsExactlyInAnyOrder(
                tuple("big-0–19", "under-replicated"),
                tuple("big: 10 partitions", "ISR shrunk: without broker-1"),
                tuple("small-0–2, 5", "offline (no leader)"));
    }

    @Test
    void anEffectTheAppCountsAtOnceComesAsItsCauseNotZeroSecondsAfter() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = afterKilling(NodeId.broker(3), t0);
        model.acceptTopicRows(List.of(row("orders", 3, 0, 2)), t0.plusMillis(20));
        assertThat(model.entries().get(0).detail()).isEqualTo("acks=all writes refused; as broker-3 was killed");
    }

    @Test
    void aPartitionBackOnlineIsNotPutDownToAStartBeforeItWentOffline() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(change(t0, NodeId.broker(1), NodeState.STOPPED, NodeState.STARTING, null)));
        model.accept(List.of(change(t0.plusSeconds(40), NodeId.broker(3), NodeState.RUNNING, NodeState.STOPPED,
                "killed (SIGKILL)")));
        model.acceptCluster(List.of(event(t0.plusMillis(43_700), EventType.PARTITION_OFFLINE, "orders", 3, null, null,
                -1, 3, List.of(), List.of(3))));
        model.acceptCluster(List.of(event(t0.plusMillis(43_800), EventType.PARTITION_ONLINE, "orders", 3, null, null,
                1, -1, List.of(1), List.of())));

        assertThat(model.entries().get(0).what()).isEqualTo("online again");
        assertThat(model.entries().get(0).detail()).as("offline in ZooKeeper for 0.1 s, without its leader for 3.8 s")
                .isEqualTo("no leader for 3.8 s since broker-3 was killed");
    }

    @Test
    void aChangeLongAfterTheLastNodeActionIsNotPutDownToIt() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = afterKilling(NodeId.broker(2), t0);
        // half an hour later, a leader leaves broker-3, which stays in sync
        model.acceptCluster(List.of(event(t0.plus(Duration.ofMinutes(30)), EventType.LEADER_CHANGED, "demo", 0, null,
                null, 1, 3, List.of(1, 3), List.of(1, 3)),
                event(t0.plus(Duration.ofMinutes(31)), EventType.ISR_SHRUNK, "demo", 0, null, null, 1, 1,
                        List.of(1), List.of(1, 3))));
        assertThat(model.entries().get(1).what()).isEqualTo("leader broker-3 → broker-1");
        assertThat(model.entries().get(1).detail()).as("not 1800 s after broker-2 was killed")
                .isEqualTo("new leader " + TimelineViewModel.REBALANCED);
        assertThat(model.entries().get(0).detail()).isEmpty();
    }

    @Test
    void newConfigsAreListedButNoLeaderChangeIsPutDownToThem() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = afterKilling(NodeId.broker(2), t0);
        model.acceptUserAction(new UserAction(t0.plusSeconds(3), "demo", java.util.OptionalInt.empty(),
                "configs changed: retention.ms=43200000", null));
        model.acceptCluster(List.of(event(t0.plusSeconds(4), EventType.LEADER_CHANGED, "demo", 0, null, null, 3, 2,
                List.of(3, 1), List.of(2, 3, 1))));
        assertThat(model.entries()).extracting(TimelineEntry::node, TimelineEntry::what).containsExactly(
                tuple("demo-0", "leader broker-2 → broker-3"), tuple("demo", "configs changed: retention.ms=43200000"),
                tuple("broker-2", "killed"));
        assertThat(model.entries().get(0).detail()).isEqualTo("new leader 4.0 s after broker-2 was killed");
    }

    @Test
    void aLeaderMovedByHandIsTimedFromTheMoveNotFromTheLastNodeAction() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = afterKilling(NodeId.broker(2), t0);
        Instant asked = t0.plusSeconds(20);
        model.acceptUserAction(new UserAction(asked, "demo", java.util.OptionalInt.of(0), "move to broker-2 asked",
                "the move was asked"));
        model.acceptCluster(List.of(
                event(asked.plusMillis(300), EventType.LEADER_CHANGED, "demo", 0, null, null, 2, 1,
                        List.of(2, 1, 3), List.of(1, 3, 2)),
                // what the move did not do: another partition's leader, and an ISR
                event(asked.plusMillis(400), EventType.LEADER_CHANGED, "demo", 1, null, null, 3, 1,
                        List.of(3, 1), List.of(1, 3)),
                event(asked.plusMillis(500), EventType.ISR_SHRUNK, "demo", 0, null, null, 2, 2, List.of(1, 3),
                        List.of(2, 1, 3))));
        assertThat(model.entries()).extracting(TimelineEntry::node, TimelineEntry::what).containsExactly(
                tuple("demo-0", "ISR shrunk [2,1,3] → [1,3]"), tuple("demo-1", "leader broker-1 → broker-3"),
                tuple("demo-0", "leader broker-1 → broker-2"), tuple("demo-0", "move to broker-2 asked"),
                tuple("broker-2", "killed"));
        assertThat(model.entries().get(2).detail()).isEqualTo("new leader 0.3 s after the move was asked");
        assertThat(model.entries().get(1).detail()).as("broker-1 stays in sync: not the kill's doing")
                .isEqualTo("new leader " + TimelineViewModel.REBALANCED);
        assertThat(model.entries().get(0).detail()).isEqualTo("20.5 s after broker-2 was killed");
        assertThat(model.entries().get(3).sincePreviousMillis()).isEqualTo(20_000);

        // a broker killed after the move is the newer cause of that partition's next leader change
        model.accept(List.of(new NodeEvent(asked.plusSeconds(5), status(NodeId.broker(2), NodeState.RUNNING, false,
                t0, null), status(NodeId.broker(2), NodeState.STOPPED, false, t0, "killed (SIGKILL)"), null)));
        model.acceptCluster(List.of(event(asked.plusSeconds(9), EventType.LEADER_CHANGED, "demo", 0, null, null, 1, 2,
                List.of(1), List.of(2, 1))));
        assertThat(model.entries().get(0).detail()).isEqualTo("new leader 4.0 s after broker-2 was killed");
    }

    /** The controller moves leaders back to their preferred replicas by itself, minutes after a broker's return. */
    @Test
    void aLeaderMovedWhileTheOldOneStaysInSyncIsKafkasOwnRebalanceUnlessTheUserAskedForIt() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(change(t0, NodeId.broker(3), NodeState.STOPPED, NodeState.STARTING, null)));
        model.acceptCluster(List.of(
                event(t0.plusSeconds(40), EventType.LEADER_CHANGED, "orders", 0, null, null, 3, 1, List.of(1, 2, 3),
                        List.of(1, 2, 3)),
                event(t0.plusSeconds(40), EventType.LEADER_CHANGED, "orders", 2, null, null, 3, 2, List.of(2, 1, 3),
                        List.of(2, 1, 3))));
        assertThat(model.entries()).extracting(TimelineEntry::node, TimelineEntry::detail).as("not broker-3's start")
                .containsExactly(tuple("orders-2", "new leader " + TimelineViewModel.REBALANCED),
                        tuple("orders-0", "new leader " + TimelineViewModel.REBALANCED), tuple("broker-3", ""));

        Instant asked = t0.plusSeconds(60);
        model.acceptUserAction(new UserAction(asked, "orders", java.util.OptionalInt.empty(),
                "preferred election asked", "the election was asked"));
        model.acceptCluster(List.of(event(asked.plusMillis(200), EventType.LEADER_CHANGED, "orders", 1, null, null,
                3, 1, List.of(1, 3), List.of(1, 3))));
        assertThat(model.entries().get(0).detail()).isEqualTo("new leader 0.2 s after the election was asked");
    }

    @Test
    void leadersMovedDuringAGracefulStopAreTimedFromTheStopRequest() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        NodeId b1 = NodeId.broker(1);
        NodeId b3 = NodeId.broker(3);
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(new NodeEvent(t0, status(b1, NodeState.STARTING, false, t0, null),
                status(b1, NodeState.RUNNING, false, t0, null), null)));
        model.accept(List.of(new NodeEvent(t0.plusSeconds(30), status(b3, NodeState.RUNNING, false, t0, null),
                status(b3, NodeState.STOPPING, false, t0, null), null)));
        model.acceptCluster(List.of(event(t0.plusMillis(30_400), EventType.LEADER_CHANGED, "demo", 0, null, null, 1, 3,
                List.of(1, 2), List.of(3, 1, 2))));
        assertThat(model.entries().get(0).detail()).isEqualTo("new leader 0.4 s after broker-3 was asked to stop");
    }

    private static NodeEvent change(Instant at, NodeId id, NodeState from, NodeState to, String exit) {
        return new NodeEvent(at, status(id, from, false, at, null), status(id, to, false, at, exit), null);
    }

    @Test
    void aStopAskedInTheAppTimesTheLeadersItMovesFromTheRequestNotFromTheLastThingTheLauncherSaw() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(change(t0.minusSeconds(100), NodeId.broker(3), NodeState.STOPPED, NodeState.STARTING,
                null)));
        model.nodeActionAsked(NodeId.broker(2), NodeState.STOPPING, false, t0);
        // the controlled shutdown moves the leader before the launcher's next look sees broker-2 stopping
        model.acceptCluster(List.of(event(t0.plusMillis(100), EventType.LEADER_CHANGED, "orders", 2, null, null, 3, 2,
                List.of(3, 1), List.of(2, 3, 1))));
        model.accept(List.of(change(t0.plusMillis(800), NodeId.broker(2), NodeState.RUNNING, NodeState.STOPPING,
                null)));
        model.acceptCluster(List.of(event(t0.plusMillis(1000), EventType.ISR_SHRUNK, "orders", 1, null, null, 1, 1,
                List.of(1, 3), List.of(1, 2, 3))));

        assertThat(model.entries()).extracting(TimelineEntry::what, TimelineEntry::detail).contains(
                tuple("leader broker-2 → broker-3", "new leader 0.1 s after broker-2 was asked to stop"),
                tuple("ISR shrunk [1,2,3] → [1,3]", "1.0 s after broker-2 was asked to stop"));
    }

    @Test
    void aKilledControllerIsSaidToHaveBeenTheController() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(new NodeEvent(t0, status(NodeId.broker(1), NodeState.RUNNING, true, t0, null),
                status(NodeId.broker(1), NodeState.STOPPED, false, t0, "killed (SIGKILL)"), null)));
        assertThat(model.entries().get(0).detail()).isEqualTo("killed (SIGKILL); it was the controller");
    }

    @Test
    void aBrokersRegistrationIsTimedFromItsOwnStartAndTopicsHaveNoCause() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(
                change(t0, NodeId.zookeeper(1), NodeState.STOPPED, NodeState.STARTING, null),
                change(t0.plusMillis(1000), NodeId.broker(2), NodeState.STOPPED, NodeState.STARTING, null),
                change(t0.plusMillis(1500), NodeId.broker(1), NodeState.STOPPED, NodeState.STARTING, null),
                change(t0.plusMillis(3000), NodeId.broker(2), NodeState.STARTING, NodeState.RUNNING, null)));
        model.acceptCluster(List.of(
                event(t0.plusMillis(3900), EventType.BROKER_UP, null, null, 2, null, null, null, null, null),
                event(t0.plusMillis(9000), EventType.TOPIC_CREATED, "demo", null, null, null, null, null, null, null)));
        assertThat(model.entries().get(0).what()).isEqualTo("topic created");
        assertThat(model.entries().get(0).detail()).isEmpty();
        TimelineEntry registered = model.entries().stream().filter(e -> e.what().equals("registered")).findFirst()
                .orElseThrow();
        assertThat(registered.detail()).isEqualTo("registered 2.9 s after broker-2 started");
    }

    @Test
    void leaderIsrAndControllerChangesFollowTheLatestBrokerActionNotAZooKeepers() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(change(t0, NodeId.broker(3), NodeState.STOPPED, NodeState.STARTING, null),
                change(t0.plusMillis(5000), NodeId.broker(3), NodeState.STARTING, NodeState.RUNNING, null),
                change(t0.plusMillis(6000), NodeId.zookeeper(2), NodeState.STOPPED, NodeState.STARTING, null)));
        model.acceptCluster(List.of(
                event(t0.plusMillis(6500), EventType.ISR_EXPANDED, "demo", 0, null, null, 1, 1, List.of(1, 3),
                        List.of(1)),
                new ClusterEvent(t0.plusMillis(7000), EventType.ZOOKEEPER_ROLE_CHANGED, null, null, null, null, null,
                        null, null, null, "zk-2", "follower", null, null)));
        assertThat(model.entries()).extracting(TimelineEntry::what)
                .startsWith("ZooKeeper role: follower", "ISR expanded [1] → [1,3]");
        // ready (RUNNING) ends the start; the ZooKeeper that started since has nothing to do with the ISR
        assertThat(model.entries().get(1).detail()).isEqualTo("6.5 s after broker-3 started");
        assertThat(model.entries().get(0).detail()).isEqualTo("1.0 s after zk-2 started");

        model.accept(List.of(change(t0.plusMillis(20_000), NodeId.broker(1), NodeState.RUNNING, NodeState.CRASHED,
                "exit code 137")));
        model.acceptCluster(List.of(
                event(t0.plusMillis(21_000), EventType.BROKER_DOWN, null, null, 1, null, null, null, null, null),
                event(t0.plusMillis(21_100), EventType.CONTROLLER_CHANGED, null, null, -1, 1, null, null, null, null),
                event(t0.plusMillis(21_200), EventType.CONTROLLER_CHANGED, null, null, 3, -1, null, null, null, null)));
        assertThat(model.entries().get(0).detail()).isEqualTo("new controller 1.2 s after broker-1 crashed");
        assertThat(model.entries().get(1)).satisfies(none -> {
            assertThat(none.node()).isEqualTo("cluster");
            assertThat(none.what()).isEqualTo("no controller");
            assertThat(none.detail()).isEqualTo("was broker-1; controller lost 1.1 s after broker-1 crashed");
        });
        assertThat(model.entries().get(2).detail()).isEqualTo("session ended 1.0 s after broker-1 crashed");
    }

    /** Two brokers restarted one after the other: each replica's return is timed from its own broker's start. */
    @Test
    void anIsrChangeIsTimedFromWhatTheReplicaThatLeftOrCameBackDid() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = afterKilling(NodeId.broker(2), t0);
        model.accept(List.of(
                change(t0.plusMillis(1000), NodeId.broker(3), NodeState.RUNNING, NodeState.CRASHED, "exit code 137"),
                change(t0.plusMillis(10_000), NodeId.broker(2), NodeState.STOPPED, NodeState.STARTING, null),
                change(t0.plusMillis(11_000), NodeId.broker(3), NodeState.CRASHED, NodeState.STARTING, null)));
        model.acceptCluster(List.of(
                event(t0.plusMillis(5000), EventType.ISR_SHRUNK, "demo", 0, null, null, 1, 1, List.of(1, 3),
                        List.of(1, 2, 3)),
                event(t0.plusMillis(12_800), EventType.ISR_EXPANDED, "demo", 0, null, null, 1, 1, List.of(1, 2),
                        List.of(1)),
                event(t0.plusMillis(13_000), EventType.ISR_EXPANDED, "demo", 1, null, null, 3, 3, List.of(3, 4),
                        List.of(3)),
                event(t0.plusMillis(13_100), EventType.PARTITION_FULLY_REPLICATED, "demo", 0, null, null, 1, 1,
                        List.of(1, 2), List.of(1))));
        assertThat(model.entries()).extracting(TimelineEntry::what, TimelineEntry::detail).startsWith(
                tuple("fully replicated", "3.1 s after broker-2 started"),
                tuple("ISR expanded [3] → [3,4]", ""),
                tuple("ISR expanded [1] → [1,2]", "2.8 s after broker-2 started"));
        assertThat(model.entries()).filteredOn(e -> e.what().startsWith("ISR shrunk")).extracting(TimelineEntry::detail)
                .containsExactly("5.0 s after broker-2 was killed");
    }

    @Test
    void aPulsesBatchReachesTheListAsOneChange() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.acceptCluster(List.of(event(t0.plusMillis(5000), EventType.TOPIC_CREATED, "late", null, null, null,
                null, null, null, null)));
        AtomicInteger changes = new AtomicInteger();
        model.entries().addListener((ListChangeListener<TimelineEntry>) c -> changes.incrementAndGet());
        model.acceptCluster(List.of(
                event(t0.plusMillis(6000), EventType.ISR_SHRUNK, "demo", 0, null, null, 1, 1, List.of(1), List.of(1, 2)),
                event(t0.plusMillis(4000), EventType.ISR_SHRUNK, "demo", 1, null, null, 1, 1, List.of(1), List.of(1, 2)),
                event(t0.plusMillis(6000), EventType.ISR_SHRUNK, "demo", 2, null, null, 1, 1, List.of(1), List.of(1, 2))));
        assertThat(changes).hasValue(1);
        assertThat(model.entries()).extracting(TimelineEntry::node).containsExactly("demo-2", "demo-0", "late", "demo-1");
        assertThat(model.entries()).extracting(TimelineEntry::sincePreviousMillis).containsExactly(0L, 1000L, 1000L, 0L);
    }

    @Test
    void aLostZooKeeperConnectionNoticedBeforeTheKillThatCausedItIsListedAfterItInUsersWords() {
        Instant t0 = Instant.parse("2026-11-25T02:42:45.835Z");
        TimelineViewModel model = new TimelineViewModel();
        model.acceptCluster(List.of(quorum(t0, EventType.ZOOKEEPER_UNREACHABLE)));
        NodeId zk3 = NodeId.zookeeper(3);
        Instant seen = t0.plusMillis(39);
        model.accept(List.of(new NodeEvent(seen, status(zk3, NodeState.RUNNING, false, t0, null),
                status(zk3, NodeState.STOPPED, false, seen, "killed (SIGKILL)"), null)));

        assertThat(model.entries()).extracting(TimelineEntry::node, TimelineEntry::what).containsExactly(
                tuple("ZooKeeper", "cluster metadata unreadable"), tuple("zk-3", "killed"));
        assertThat(model.entries()).extracting(TimelineEntry::at).containsOnly(t0);
        assertThat(model.entries().get(0).detail()).isEqualTo(
                "leaders and ISRs shown may be old until the app reconnects; after zk-3 was killed");
        assertThat(model.entries().get(1).detail()).isEqualTo("killed (SIGKILL); seen gone 39 ms later");
    }

    @Test
    void aZooKeeperLeaderDyingWhileTwoOfThreeRunIsWordedAsAShortElectionNotAQuorumLoss() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        TimelineViewModel model = new TimelineViewModel();
        model.acceptCluster(List.of(new ClusterEvent(t0, EventType.QUORUM_LOST, null, null, null, null, null, null,
                null, null, null, null, null, ClusterEvent.ELECTING + "2 of 3 running")));
        Instant elected = t0.plusMillis(400);
        model.acceptCluster(List.of(
                new ClusterEvent(elected, EventType.ZOOKEEPER_ROLE_CHANGED, null, null, null, null, null, null, null,
                        null, "zk-2", "leader", "looking", null),
                quorum(elected, EventType.QUORUM_REGAINED)));

        assertThat(model.entries()).extracting(TimelineEntry::what).containsExactly("quorum leader zk-2 after 0.4 s",
                "ZooKeeper role: leader", "no quorum leader: electing one (2 of 3 running)");
    }
}
