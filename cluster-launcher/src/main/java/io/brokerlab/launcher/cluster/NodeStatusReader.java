package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.process.AgentClient;
import io.brokerlab.launcher.process.AgentHealth;
import io.brokerlab.launcher.process.LogFiles;
import io.brokerlab.launcher.process.NodeProcesses;
import io.brokerlab.launcher.process.RunRecord;
import io.brokerlab.launcher.process.RunRecords;
import io.brokerlab.launcher.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Works out one node's status from its run record, its process and its agent. */
final class NodeStatusReader {

    static final int CRASH_LOG_LINES = 20;
    static final String ENDING_STOPPING = "stopping";
    static final String ENDING_KILLED = "killed";
    static final String ROLE_LOOKING = "looking";

    private final Workspace workspace;
    private final RunRecords records;
    private final AgentClient agents;

    NodeStatusReader(Workspace workspace, RunRecords records, AgentClient agents) {
        this.workspace = workspace;
        this.records = records;
        this.agents = agents;
    }

    /**
     * @param exitStatus the exit status if this JVM started the node and saw it end
     * @param since      when the node entered the state it had last time, kept if unchanged
     */
    NodeStatus read(NodeId node, OptionalInt exitStatus, NodeStatus previous) {
        int port = workspace.clientPort(node);
        int agentPort = workspace.agentPort(node);
        Optional<RunRecord> record = records.read(node);
        if (record.isEmpty()) {
            return keepSince(NodeStatus.stopped(node, port, agentPort, Instant.now()), previous);
        }
        RunRecord run = record.get();
        Optional<ProcessHandle> process = NodeProcesses.live(run);
        if (process.isPresent()) {
            return keepSince(alive(node, run, port, agentPort), previous);
        }
        if (run.ending() != null) {
            Optional<String> reason = ENDING_KILLED.equals(run.ending())
                    ? Optional.of("killed (SIGKILL)") : Optional.empty();
            return keepSince(new NodeStatus(node, NodeState.STOPPED, OptionalLong.empty(), port, agentPort,
                    Optional.empty(), false, Instant.now(), OptionalLong.empty(), OptionalLong.empty(), reason,
                    List.of(), Optional.empty(), OptionalLong.empty()), previous);
        }
        List<String> tail = LogFiles.lastLines(workspace.logFile(node), CRASH_LOG_LINES);
        return keepSince(new NodeStatus(node, NodeState.CRASHED, OptionalLong.empty(), port, agentPort,
                Optional.empty(), false, Instant.now(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.of(ExitReasons.describe(exitStatus, tail)), tail, Optional.empty(), OptionalLong.empty()), previous);
    }

    private NodeStatus alive(NodeId node, RunRecord run, int port, int agentPort) {
        OptionalLong pid = OptionalLong.of(run.pid());
        if (run.paused()) {
            return new NodeStatus(node, NodeState.PAUSED, pid, port, agentPort, Optional.empty(), false,
                    Instant.now(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), List.of(), Optional.empty(),
                    OptionalLong.empty());
        }
        Optional<AgentHealth> health = agents.health(agentPort);
        // Only a stop passes through STOPPING. A kill's mark precedes its SIGKILL by a moment (longer on a loaded
        // machine): the node runs until it is gone, then it is STOPPED, killed.
        boolean stopping = ENDING_STOPPING.equals(run.ending());
        // Once ready, a node is RUNNING until it ends, even while it does not serve: a ZooKeeper re-electing after
        // its leader went away, an agent slow to answer. STARTING would tell the user it was started again.
        NodeState notServing = run.wasReady() ? NodeState.RUNNING : NodeState.STARTING;
        if (health.isEmpty()) {
            return new NodeStatus(node, stopping ? NodeState.STOPPING : notServing, pid, port, agentPort,
                    Optional.empty(), false, Instant.now(), OptionalLong.empty(), OptionalLong.empty(),
                    Optional.empty(), List.of(), Optional.empty(), OptionalLong.empty());
        }
        AgentHealth h = health.get();
        NodeState state = switch (h.state()) {
            case "running" -> NodeState.RUNNING;
            case "stopping", "stopped" -> NodeState.STOPPING;
            default -> notServing;
        };
        if (h.serving() && !run.wasReady()) {
            records.update(node, run, r -> r.withReadyAt(System.currentTimeMillis()));
        }
        if (stopping && state == NodeState.RUNNING) {
            state = NodeState.STOPPING;
        }
        return new NodeStatus(node, state, pid, port, agentPort, h.role().flatMap(NodeStatusReader::role),
                h.controller(), Instant.now(),
                h.heapUsedBytes() >= 0 ? OptionalLong.of(h.heapUsedBytes()) : OptionalLong.empty(),
                h.uptimeMillis() >= 0 ? OptionalLong.of(h.uptimeMillis()) : OptionalLong.empty(),
                Optional.empty(), List.of(), h.zxid(), h.clients());
    }

    /**
     * ZooKeeper names an electing peer's state "leaderelection" where its docs and four-letter words say "looking";
     * a peer not created yet reports "starting", which is no role.
     */
    static Optional<String> role(String agentRole) {
        return switch (agentRole) {
            case "leaderelection" -> Optional.of(ROLE_LOOKING);
            case "starting" -> Optional.empty();
            default -> Optional.of(agentRole);
        };
    }

    private static NodeStatus keepSince(NodeStatus current, NodeStatus previous) {
        if (previous == null || previous.state() != current.state()) {
            return current;
        }
        return new NodeStatus(current.id(), current.state(), current.pid(), current.port(), current.agentPort(),
                current.role(), current.controller(), previous.since(), current.heapUsedBytes(),
                current.uptimeMillis(), current.exitReason(), current.lastLogLines(), current.zxid(), current.clients());
    }
}
