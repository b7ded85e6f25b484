package io.brokerlab.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private static NodeStatus status(NodeId id, NodeState state, boolean controller, Instant since, String exit) {
        return new NodeStatus(id, state, OptionalLong.empty(), 9092, 0, Optional.empty(), controller, since,
                OptionalLong.empty(), OptionalLong.empty(), Optional.ofNullable(exit), List.of());
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
        assertThat(model.entries()).extracting(TimelineEntry::what).containsExactly(
                "became the controller", "is no longer the controller", "crashed or was killed",
                "became the controller", "running");
        TimelineEntry running = model.entries().get(4);
        assertThat(running.detail()).isEqualTo("ready after 4.2 s");
        TimelineEntry crash = model.entries().get(2);
        assertThat(crash.tone()).isEqualTo(TimelineEntry.Tone.BAD);
        assertThat(crash.detail()).isEqualTo("killed by SIGKILL");
        assertThat(crash.sincePreviousMillis()).isEqualTo(10_000);
        assertThat(model.entries().get(0).sincePreviousMillis()).isEqualTo(6_500);

        model.accept(List.of(new NodeEvent(t0.plusSeconds(20), status(b2, NodeState.RUNNING, true, t0, null),
                status(b2, NodeState.STOPPED, false, t0, "killed (SIGKILL)"), null)));
        assertThat(model.entries().get(1).what()).isEqualTo("killed");
        assertThat(model.entries().get(1).detail()).isEqualTo("killed (SIGKILL)");
        assertThat(model.entries().get(1).tone()).isEqualTo(TimelineEntry.Tone.BAD);
    }
}
