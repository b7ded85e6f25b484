package io.brokerlab.app;

import io.brokerlab.launcher.cluster.ClusterListener;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.cluster.Subscription;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** A LocalCluster without processes: commands change states at once; failures can be injected. */
public final class FakeCluster implements LocalCluster {

    private final Workspace workspace;
    private final List<NodeStatus> nodes = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(
            "[2026-11-25 01:00:00,000] INFO started (kafka.server.KafkaServer)",
            "[2026-11-25 01:00:01,000] WARN something odd (kafka.server.KafkaServer)",
            "[2026-11-25 01:00:02,000] ERROR it broke (kafka.server.KafkaServer)"));
    public RuntimeException failNext;
    public CompletableFuture<NodeStatus> pending;
    /** When set, what {@link #up()} returns instead of starting everything at once. */
    public CompletableFuture<ClusterSnapshot> pendingUp;
    /** When set, what {@link #down()} returns instead of stopping everything at once. */
    public CompletableFuture<ClusterSnapshot> pendingDown;

    public FakeCluster(Workspace workspace) {
        this.workspace = workspace;
        for (NodeId id : workspace.definition().nodes()) {
            nodes.add(NodeStatus.stopped(id, workspace.clientPort(id), 0, Instant.now()));
        }
    }

    public void set(NodeId id, NodeState state, boolean controller) {
        nodes.replaceAll(n -> n.id().equals(id) ? status(id, state, controller) : n);
    }

    private NodeStatus status(NodeId id, NodeState state, boolean controller) {
        return status(id, state, controller, false);
    }

    private NodeStatus status(NodeId id, NodeState state, boolean controller, boolean killed) {
        NodeStatus old = nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
        return new NodeStatus(id, state, state.isAlive() ? OptionalLong.of(1000 + id.id()) : OptionalLong.empty(),
                old.port(), 0, Optional.empty(), controller, Instant.now(),
                state.isAlive() ? OptionalLong.of(64L << 20) : OptionalLong.empty(),
                state.isAlive() ? OptionalLong.of(65_000) : OptionalLong.empty(),
                state == NodeState.CRASHED ? Optional.of("exited with code 1") : killed ? Optional.of("killed (SIGKILL)") : Optional.empty(), List.of(),
                Optional.empty(), OptionalLong.empty());
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public ClusterSnapshot snapshot() {
        return new ClusterSnapshot(Instant.now(), workspace.bootstrapServers(), workspace.zookeeperConnect(), nodes);
    }

    @Override
    public CompletableFuture<ClusterSnapshot> refresh() {
        return CompletableFuture.completedFuture(snapshot());
    }

    @Override
    public Subscription addListener(Executor executor, ClusterListener listener) {
        Runnable tell = () -> executor.execute(() -> {
            ClusterSnapshot now = snapshot();
            now.nodes().forEach(n -> listener.nodeChanged(n, n, now));
        });
        listeners.add(tell);
        return () -> listeners.remove(tell);
    }

    /** Tells the listeners about every node as it is now, as the launcher does after a change. */
    public void publish() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public CompletableFuture<ClusterSnapshot> up() {
        calls.add("up");
        if (pendingUp != null) {
            return pendingUp;
        }
        nodes.replaceAll(n -> status(n.id(), NodeState.RUNNING, n.id().equals(NodeId.broker(1))));
        return CompletableFuture.completedFuture(snapshot());
    }

    @Override
    public CompletableFuture<ClusterSnapshot> down() {
        calls.add("down");
        if (pendingDown != null) {
            return pendingDown;
        }
        nodes.replaceAll(n -> status(n.id(), NodeState.STOPPED, false));
        return CompletableFuture.completedFuture(snapshot());
    }

    private CompletableFuture<NodeStatus> act(String name, NodeId node, NodeState to) {
        calls.add(name + " " + node);
        if (failNext != null) {
            RuntimeException e = failNext;
            failNext = null;
            return CompletableFuture.failedFuture(e);
        }
        if (pending != null) {
            return pending;
        }
        set(node, to, false);
        return CompletableFuture.completedFuture(snapshot().node(node).orElseThrow());
    }

    @Override
    public CompletableFuture<NodeStatus> start(NodeId node) {
        return act("start", node, NodeState.RUNNING);
    }

    @Override
    public CompletableFuture<NodeStatus> stop(NodeId node) {
        return act("stop", node, NodeState.STOPPED);
    }

    @Override
    public CompletableFuture<NodeStatus> kill(NodeId node) {
        // as the launcher reports it: stopped, with the kill as its reason
        CompletableFuture<NodeStatus> result = act("kill", node, NodeState.STOPPED);
        nodes.replaceAll(n -> n.id().equals(node) ? status(node, NodeState.STOPPED, false, true) : n);
        return result.thenApply(s -> snapshot().node(node).orElseThrow());
    }

    @Override
    public CompletableFuture<NodeStatus> restart(NodeId node) {
        return act("restart", node, NodeState.RUNNING);
    }

    @Override
    public CompletableFuture<NodeStatus> pause(NodeId node) {
        return act("pause", node, NodeState.PAUSED);
    }

    @Override
    public CompletableFuture<NodeStatus> resume(NodeId node) {
        return act("resume", node, NodeState.RUNNING);
    }

    @Override
    public List<String> logTail(NodeId node, int lines) {
        return List.copyOf(log);
    }

    /** A line the node writes to its log. */
    public void appendLog(String line) {
        log.add(line);
    }

    @Override
    public void close() {
    }
}
