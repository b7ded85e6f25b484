package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The processes of one workspace's cluster. Nodes outlive this object and the JVM that made
 * it: closing it only stops watching. Commands return futures completed on the launcher's own
 * threads; none blocks the caller.
 */
public interface LocalCluster extends AutoCloseable {

    static LocalCluster open(Workspace workspace) {
        return new ProcessCluster(workspace);
    }

    Workspace workspace();

    /** The latest state of every node, without waiting. */
    ClusterSnapshot snapshot();

    /** Re-reads run records and agents now, publishing any change; completes with the result. */
    CompletableFuture<ClusterSnapshot> refresh();

    /** Registers a listener called on {@code executor} for every node change until closed. */
    Subscription addListener(Executor executor, ClusterListener listener);

    /**
     * Starts the ZooKeepers, waits for quorum, then the brokers in parallel; completes when all are ready. A node
     * killed or stopped meanwhile stays stopped while the others go on. On failure, or with
     * {@link StartCancelledException} when {@link #down()} is called before it completes, it stops what it started.
     */
    CompletableFuture<ClusterSnapshot> up();

    /** Stops brokers one after another (controlled shutdown), then ZooKeepers; cancels a Start all in progress. */
    CompletableFuture<ClusterSnapshot> down();

    /** Completes when the node is ready; fails with {@link StartCancelledException} if stopped or killed first. */
    CompletableFuture<NodeStatus> start(NodeId node);

    /** Graceful stop; a start or restart of this node in progress gives up at once rather than being waited for. */
    CompletableFuture<NodeStatus> stop(NodeId node);

    /**
     * SIGKILL: a simulated crash, for failover demos. Runs at once, even while another command on this node or the
     * cluster is in progress; a start of this node still waiting for it to be ready then fails, saying it was killed.
     */
    CompletableFuture<NodeStatus> kill(NodeId node);

    CompletableFuture<NodeStatus> restart(NodeId node);

    /** SIGSTOP, a hung node; fails with {@link UnsupportedOperationException} where the OS has no such signal. */
    CompletableFuture<NodeStatus> pause(NodeId node);

    CompletableFuture<NodeStatus> resume(NodeId node);

    /** The last lines of the node's log (a bounded tail). */
    List<String> logTail(NodeId node, int lines);

    @Override
    void close();
}
