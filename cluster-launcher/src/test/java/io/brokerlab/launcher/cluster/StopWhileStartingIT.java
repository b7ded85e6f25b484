package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stop on a starting node, which the app offers, must not wait for that start to end (up to a minute when the node
 * never gets ready); nor may pausing one node wait for another's start. Stopped during Start all, a node ends stopped
 * while the others start. On a real 1 ZooKeeper + 2 broker cluster.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StopWhileStartingIT {

    /**
     * A graceful stop of a broker still starting up, with room for a loaded machine; what proves it did not wait for
     * the start is that the start has not got ready: it fails as cancelled.
     */
    private static final Duration PROMPT = Duration.ofSeconds(20);

    private static final NodeId BROKER_1 = NodeId.broker(1);
    private static final NodeId BROKER_2 = NodeId.broker(2);

    @TempDir
    static Path dir;

    static LocalCluster cluster;

    @BeforeAll
    static void up() {
        cluster = TestClusters.started(dir, 1, 2);
    }

    @AfterAll
    static void down() {
        TestClusters.tearDown(cluster);
    }

    @Test
    @Order(1)
    void aStopDuringItsStartCancelsThatStartAndCompletesPromptly() {
        cluster.stop(BROKER_2).join();
        CompletableFuture<NodeStatus> start = cluster.start(BROKER_2);
        awaitLaunched(BROKER_2, start);
        long pid = status(BROKER_2).pid().orElseThrow();

        CompletableFuture<NodeStatus> stop = cluster.stop(BROKER_2);

        assertThat(stop).succeedsWithin(PROMPT).satisfies(s -> assertThat(s.state()).isEqualTo(NodeState.STOPPED));
        assertThat(start).as("the start, stopped before it got ready").isCompletedExceptionally();
        assertThat(start).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(StartCancelledException.class)
                .withMessageContaining("cancelled by a stop");
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("broker-2's process").isEmpty();
    }

    @Test
    @Order(2)
    void pausingANodeDoesNotWaitForAnotherNodesStart() {
        CompletableFuture<NodeStatus> start = cluster.start(BROKER_2);
        awaitLaunched(BROKER_2, start);

        CompletableFuture<NodeStatus> pause = cluster.pause(BROKER_1);

        assertThat(pause).succeedsWithin(Duration.ofSeconds(5))
                .satisfies(s -> assertThat(s.state()).isEqualTo(NodeState.PAUSED));
        assertThat(start).as("broker-2's start, when broker-1's pause completed").isNotDone();
        assertThat(cluster.resume(BROKER_1)).succeedsWithin(Duration.ofSeconds(5))
                .satisfies(s -> assertThat(s.state()).isEqualTo(NodeState.RUNNING));
        assertThat(start).succeedsWithin(Duration.ofSeconds(60))
                .satisfies(s -> assertThat(s.state()).isEqualTo(NodeState.RUNNING));
    }

    @Test
    @Order(3)
    void aStopDuringStartAllStopsOnlyThatNode() {
        cluster.stop(BROKER_1).join();
        cluster.stop(BROKER_2).join();
        CompletableFuture<ClusterSnapshot> up = cluster.up();
        awaitLaunched(BROKER_2, up);

        CompletableFuture<NodeStatus> stop = cluster.stop(BROKER_2);

        assertThat(up).succeedsWithin(Duration.ofSeconds(60)).as("what Start all ended with")
                .satisfies(s -> assertThat(s.node(BROKER_2).orElseThrow().state()).isEqualTo(NodeState.STOPPED));
        assertThat(stop).succeedsWithin(PROMPT).satisfies(s -> assertThat(s.state()).isEqualTo(NodeState.STOPPED));
        assertThat(status(BROKER_1).state()).isEqualTo(NodeState.RUNNING);
        assertThat(status(BROKER_2).state()).isEqualTo(NodeState.STOPPED);
    }

    private static NodeStatus status(NodeId node) {
        return NodeWatch.status(cluster, node);
    }

    @Test
    @Order(4)
    void startAllResumesAPausedNode() {
        cluster.start(BROKER_2).join();
        assertThat(cluster.pause(BROKER_1)).succeedsWithin(Duration.ofSeconds(5))
                .satisfies(s -> assertThat(s.state()).isEqualTo(NodeState.PAUSED));

        assertThat(cluster.up()).succeedsWithin(Duration.ofSeconds(60))
                .satisfies(s -> assertThat(s.node(BROKER_1).orElseThrow().state()).isEqualTo(NodeState.RUNNING));
    }

    private static void awaitLaunched(NodeId node, CompletableFuture<?> start) {
        NodeWatch.awaitLaunched(cluster, node, start);
    }
}
