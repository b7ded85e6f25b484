package io.brokerlab.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

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
        assertThat(model.entries()).extracting(TimelineEntry::what).containsExactly("crashed or was killed", "running");
        TimelineEntry running = model.entries().get(1);
        assertThat(running.detail()).isEqualTo("ready after 4.2 s");
        TimelineEntry crash = model.entries().get(0);
        assertThat(crash.tone()).isEqualTo(TimelineEntry.Tone.BAD);
        assertThat(crash.detail()).isEqualTo("killed by SIGKILL");
        assertThat(crash.sincePreviousMillis()).isEqualTo(10_000);

        model.accept(List.of(new NodeEvent(t0.plusSeconds(20), status(b2, NodeState.RUNNING, true, t0, null),
                status(b2, NodeState.STOPPED, false, t0, "killed (SIGKILL)"), null)));
        assertThat(model.entries().get(0).what()).isEqualTo("killed");
        assertThat(model.entries().get(0).detail()).isEqualTo("killed (SIGKILL)");
        assertThat(model.entries().get(0).tone()).isEqualTo(TimelineEntry.Tone.BAD);
    }

    private static ClusterEvent event(Instant at, EventType type, String topic, Integer partition, Integer broker,
                                      Integer oldBroker, Integer leader, Integer oldLeader, List<Integer> isr,
                                      List<Integer> oldIsr) {
        return new ClusterEvent(at, type, topic, partition, broker, oldBroker, leader, oldLeader, isr, oldIsr, null,
                null, null, null);
    }

    @Test
    void watcherEventsSayHowLongAfterTheKillTheyCame() {
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        NodeId b2 = NodeId.broker(2);
        TimelineViewModel model = new TimelineViewModel();
        model.accept(List.of(new NodeEvent(t0, status(b2, NodeState.RUNNING, true, t0, null),
                status(b2, NodeState.STOPPED, false, t0, "killed (SIGKILL)"), null)));
        model.acceptCluster(List.of(
                event(t0.plusMillis(4100), EventType.LEADER_CHANGED, "demo", 0, null, null, 3, 2, List.of(3, 1),
                        List.of(2, 3, 1)),
                event(t0.plusMillis(4100), EventType.ISR_SHRUNK, "demo", 0, null, null, 3, 2, List.of(3, 1),
                        List.of(2, 3, 1)),
                event(t0.plusMillis(4100), EventType.ISR_SHRUNK, "__consumer_offsets", 7, null, null, 3, 2,
                        List.of(3), List.of(2, 3)),
                event(t0.plusMillis(4200), EventType.CONTROLLER_CHANGED, null, null, 3, 2, null, null, null, null)));
        assertThat(model.entries()).extracting(TimelineEntry::what).containsExactly("became the controller",
                "ISR shrunk [2,3,1] → [3,1]", "leader broker-2 → broker-3", "killed");
        TimelineEntry leader = model.entries().get(2);
        assertThat(leader.node()).isEqualTo("demo-0");
        assertThat(leader.detail()).isEqualTo("new leader 4.1 s after broker-2 was killed");
        assertThat(leader.sincePreviousMillis()).isEqualTo(4100);
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
}
