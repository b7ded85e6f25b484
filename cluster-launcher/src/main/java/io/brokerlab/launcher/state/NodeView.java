package io.brokerlab.launcher.state;

import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeKind;
import java.util.Optional;

/**
 * A node as the cluster state shows it: a launcher node, or (external mode) a ZooKeeper server of the connect
 * string, named by its host:port, whose role is all that is known of it.
 *
 * @param role       a ZooKeeper's quorum role (leader, follower, standalone), empty otherwise
 * @param exitReason how a stopped or crashed node ended; a stopped node with a reason was killed
 */
public record NodeView(String name, NodeKind kind, NodeState state, Optional<String> role,
                       Optional<String> exitReason) {

    static NodeView of(NodeStatus status) {
        return new NodeView(status.name(), status.kind(), status.state(), status.role(), status.exitReason());
    }

    /** Serving as part of a ZooKeeper quorum (a "looking" ZooKeeper is not). */
    boolean servesQuorum() {
        return kind == NodeKind.ZOOKEEPER && state == NodeState.RUNNING
                && role.filter(r -> r.equals("leader") || r.equals("follower") || r.equals("standalone")).isPresent();
    }

    boolean wasKilled() {
        return state == NodeState.STOPPED && exitReason.isPresent();
    }
}
