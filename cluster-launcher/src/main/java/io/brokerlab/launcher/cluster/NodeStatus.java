package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An immutable view of one node at one moment.
 *
 * @param role        a ZooKeeper's quorum role (leader, follower, standalone, looking), empty for brokers
 *                    and stopped nodes
 * @param controller  whether this broker is the active controller
 * @param since       when the node entered its current state
 * @param exitReason  for a crashed or killed node: how it ended, in plain words
 * @param lastLogLines for a crashed node: the end of its log, to show why
 * @param zxid        a serving ZooKeeper's last processed transaction id (hex)
 * @param clients     a serving ZooKeeper's open client connections
 */
public record NodeStatus(
        NodeId id,
        NodeState state,
        OptionalLong pid,
        int port,
        int agentPort,
        Optional<String> role,
        boolean controller,
        Instant since,
        OptionalLong heapUsedBytes,
        OptionalLong uptimeMillis,
        Optional<String> exitReason,
        List<String> lastLogLines,
        Optional<String> zxid,
        OptionalLong clients) {

    public NodeStatus {
        lastLogLines = List.copyOf(lastLogLines);
    }

    public NodeKind kind() {
        return id.kind();
    }

    public String name() {
        return id.name();
    }

    public static NodeStatus stopped(NodeId id, int port, int agentPort, Instant since) {
        return new NodeStatus(id, NodeState.STOPPED, OptionalLong.empty(), port, agentPort, Optional.empty(), false,
                since, OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), List.of(), Optional.empty(),
                OptionalLong.empty());
    }

    /** Running and, for a ZooKeeper, in a quorum: a peer still electing its leader answers no client. */
    public boolean serving() {
        return state == NodeState.RUNNING && !role.filter(NodeStatusReader.ROLE_LOOKING::equals).isPresent();
    }

    /** Same node, ignoring the fields that change on every poll (heap, uptime). */
    public boolean sameStateAs(NodeStatus other) {
        return other != null && id.equals(other.id) && state == other.state && pid.equals(other.pid)
                && role.equals(other.role) && controller == other.controller && port == other.port;
    }
}
