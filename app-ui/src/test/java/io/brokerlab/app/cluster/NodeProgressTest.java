package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class NodeProgressTest {

    private static NodeStatus status(NodeState state, boolean pid, boolean agentAnswers, String role) {
        return new NodeStatus(NodeId.zookeeper(1), state, pid ? OptionalLong.of(4242) : OptionalLong.empty(), 22181,
                27608, Optional.ofNullable(role), false, Instant.now(),
                agentAnswers ? OptionalLong.of(20L << 20) : OptionalLong.empty(),
                agentAnswers ? OptionalLong.of(3000) : OptionalLong.empty(), Optional.empty(), List.of(),
                Optional.empty(), OptionalLong.empty());
    }

    @Test
    void aCardsBarDuringOneStartOnlyGrowsThenHides() {
        NodeRow row = new NodeRow(NodeId.zookeeper(1), Optional.empty());
        assertThat(row.progressShownProperty().get()).isFalse();
        List<Double> seen = new ArrayList<>();
        // as Start all's snapshots come: launched, its process, its agent, then snapshots without the agent's answer
        // or the PID again
        for (NodeStatus s : List.of(status(NodeState.STARTING, false, false, null),
                status(NodeState.STARTING, true, false, null), status(NodeState.STARTING, true, true, null),
                status(NodeState.STARTING, true, false, null), status(NodeState.STARTING, false, false, null))) {
            row.update(s);
            assertThat(row.progressShownProperty().get()).as("shown while %s", s.state()).isTrue();
            seen.add(row.progressProperty().get());
        }
        assertThat(seen).as("determinate, never backwards").allMatch(f -> f >= 0 && f <= 1).isSorted();
        assertThat(seen.get(seen.size() - 1)).isGreaterThan(seen.get(0));

        row.update(status(NodeState.RUNNING, true, true, "follower"));
        assertThat(row.progressShownProperty().get()).as("running: done").isFalse();
    }

    @Test
    void aRestartStopsThenStartsFromEmpty() {
        NodeRow row = new NodeRow(NodeId.zookeeper(1), Optional.empty());
        row.update(status(NodeState.RUNNING, true, true, "follower"));
        row.actionStarted();
        assertThat(row.progressShownProperty().get()).as("asked: shown at once").isTrue();
        row.update(status(NodeState.STOPPING, true, true, "follower"));
        double stopping = row.progressProperty().get();
        row.update(status(NodeState.STOPPED, false, false, null));
        assertThat(row.progressProperty().get()).isGreaterThanOrEqualTo(stopping);
        row.update(status(NodeState.STARTING, false, false, null));
        double starting = row.progressProperty().get();
        row.update(status(NodeState.STARTING, true, false, null));
        assertThat(row.progressProperty().get()).isGreaterThan(starting);
        row.update(status(NodeState.RUNNING, true, true, "follower"));
        row.actionEnded();
        assertThat(row.progressShownProperty().get()).isFalse();
    }
}
