package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.config.NodeId;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A node's state as the launcher reads it now, for tests that act on a node while another command runs. */
final class NodeWatch {

    private NodeWatch() {
    }

    static NodeStatus status(LocalCluster cluster, NodeId node) {
        return cluster.refresh().join().node(node).orElseThrow();
    }

    /** Waits until {@code start} has launched {@code node}'s process, which then is starting (not yet ready). */
    static void awaitLaunched(LocalCluster cluster, NodeId node, CompletableFuture<?> start) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> start.isDone() || status(cluster, node).pid().isPresent());
        assertThat(status(cluster, node).state()).as(node + ", just launched").isEqualTo(NodeState.STARTING);
    }
}
