package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill is the failover demo's button: it must act at once, not after whatever else the cluster is doing. On a real
 * 1 ZooKeeper + 2 broker cluster, one step after the other. Nor may it fail a Start all for the nodes it spares;
 * Stop all, though, cancels one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillIT {

    /** Only a bound against hanging: what proves a kill prompt is that it completes before the restart does. */
    private static final Duration PROMPT = Duration.ofSeconds(5);

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
    void aKillCompletesWhileAnotherNodeRestarts() {
        long pid = status(BROKER_1).pid().orElseThrow();
        CompletableFuture<NodeStatus> restart = cluster.restart(BROKER_2);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> restart.isDone() || status(BROKER_2).state() != NodeState.RUNNING);
        assertThat(restart).as("broker-2's restart, under way").isNotDone();

        List<NodeState> heard = new CopyOnWriteArrayList<>();
        Subscription subscription = cluster.addListener(Runnable::run, (before, now, snapshot) -> {
            if (now.id().equals(BROKER_1)) {
                heard.add(now.state());
            }
        });
        CompletableFuture<NodeStatus> kill = cluster.kill(BROKER_1);

        assertThat(kill).succeedsWithin(PROMPT)
                .satisfies(s -> assertThat(s.state()).isEqualTo(NodeState.STOPPED));
        subscription.close();
        assertThat(heard).as("broker-1's states announced from its kill on").doesNotContain(NodeState.STOPPING)
                .endsWith(NodeState.STOPPED);
        assertThat(restart).as("broker-2's restart, when the kill of broker-1 completed").isNotDone();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("broker-1's process").isEmpty();
        assertThat(status(BROKER_1).exitReason()).contains("killed (SIGKILL)");
        assertThat(restart.join().state()).isEqualTo(NodeState.RUNNING);
    }

    @Test
    @Order(2)
    void aKillDuringItsStartFailsThatStartSayingSo() {
        // broker-2, stopped gracefully: a killed broker's registration would outlive it by the session timeout
        // and fail its next start by itself
        cluster.stop(BROKER_2).join();
        CompletableFuture<NodeStatus> start = cluster.start(BROKER_2);
        awaitLaunched(BROKER_2, start);
        long pid = status(BROKER_2).pid().orElseThrow();

        assertThat(cluster.kill(BROKER_2)).succeedsWithin(PROMPT);

        assertThat(start).failsWithin(PROMPT).withThrowableOfType(ExecutionException.class)
                .withMessageContaining("broker-2 was killed while starting");
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("broker-2's process").isEmpty();
        assertThat(status(BROKER_2).state()).isEqualTo(NodeState.STOPPED);
    }

    @Test
    @Order(3)
    void aStartRightAfterAKillWaitsForTheKilledSessionToExpire() {
        assertThat(cluster.start(BROKER_1)).succeedsWithin(Duration.ofSeconds(60));
        assertThat(cluster.kill(BROKER_1)).succeedsWithin(PROMPT);
        // the demo's next click: ZooKeeper still holds broker-1's registration until its session expires (4 s)
        assertThat(registered(1)).as("broker-1's registration right after the kill").isTrue();

        assertThat(cluster.start(BROKER_1)).succeedsWithin(Duration.ofSeconds(60))
                .satisfies(s -> assertThat(s.state()).isEqualTo(NodeState.RUNNING));
    }

    @Test
    @Order(4)
    void aKillDuringStartAllStopsOnlyThatNode() {
        cluster.stop(BROKER_1).join();
        CompletableFuture<ClusterSnapshot> up = cluster.up();
        awaitLaunched(BROKER_2, up);

        assertThat(cluster.kill(BROKER_2)).succeedsWithin(PROMPT);

        assertThat(up).succeedsWithin(Duration.ofSeconds(60));
        assertThat(status(BROKER_1).state()).isEqualTo(NodeState.RUNNING);
        assertThat(status(BROKER_2).state()).isEqualTo(NodeState.STOPPED);
        assertThat(status(BROKER_2).exitReason()).contains("killed (SIGKILL)");
    }

    @Test
    @Order(5)
    void stopAllCancelsAStartAllInProgress() {
        CompletableFuture<ClusterSnapshot> up = cluster.up();
        awaitLaunched(BROKER_2, up);
        long pid = status(BROKER_2).pid().orElseThrow();

        CompletableFuture<ClusterSnapshot> down = cluster.down();

        assertThat(up).failsWithin(Duration.ofSeconds(30)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(StartCancelledException.class);
        assertThat(down).succeedsWithin(Duration.ofSeconds(60))
                .satisfies(s -> assertThat(s.nodes()).allSatisfy(n -> assertThat(n.state()).isEqualTo(NodeState.STOPPED)));
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("broker-2's process").isEmpty();
    }

    private static boolean registered(int brokerId) {
        try (BrokerRegistrations registrations = new BrokerRegistrations(cluster.workspace().zookeeperConnect())) {
            return registrations.isRegistered(brokerId);
        }
    }

    private static NodeStatus status(NodeId node) {
        return NodeWatch.status(cluster, node);
    }

    private static void awaitLaunched(NodeId node, CompletableFuture<?> start) {
        NodeWatch.awaitLaunched(cluster, node, start);
    }
}
