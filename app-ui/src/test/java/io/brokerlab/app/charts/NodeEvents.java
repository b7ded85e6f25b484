package io.brokerlab.app.charts;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Node changes as the session hands them on, made up for the tests. */
final class NodeEvents {

    private NodeEvents() {
    }

    /** {@code node} went from {@code was} to {@code now}; a kill is a stop with an exit reason, as launchers say. */
    static NodeEvent change(long atMillis, NodeId node, NodeState was, NodeState now, String exitReason) {
        Instant at = Instant.ofEpochMilli(atMillis);
        return new NodeEvent(at, status(node, was, null, at), status(node, now, exitReason, at), null);
    }

    static NodeEvent kill(long atMillis, NodeId node) {
        return change(atMillis, node, NodeState.RUNNING, NodeState.STOPPED, "killed (SIGKILL)");
    }

    private static NodeStatus status(NodeId node, NodeState state, String exitReason, Instant since) {
        return new NodeStatus(node, state, state.isAlive() ? OptionalLong.of(100) : OptionalLong.empty(), 9092, 0,
                Optional.empty(), false, since, OptionalLong.empty(), OptionalLong.empty(),
                Optional.ofNullable(exitReason), List.of(), Optional.empty(), OptionalLong.empty());
    }
}
