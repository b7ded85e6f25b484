package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.process.NodeProcesses;
import io.brokerlab.launcher.process.RunRecord;
import io.brokerlab.launcher.process.RunRecords;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster's monitoring, without Kafka: one ZooKeeper that is a stand-in process named as a node, its agent a
 * loopback server whose /health the test can hold, which holds a refresh inside its lock.
 */
class ProcessClusterTest {

    private static final NodeId ZK = NodeId.zookeeper(1);

    @TempDir
    Path temp;

    private Workspace workspace;
    private Process node;
    private HttpServer agent;
    private ProcessCluster cluster;
    private volatile boolean holdHealth;
    private final CountDownLatch healthAsked = new CountDownLatch(1);
    private final CountDownLatch healthReleased = new CountDownLatch(1);

    @BeforeEach
    void setUp() throws IOException {
        workspace = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        node = new ProcessBuilder("sh", "-c", "sleep 60; exit 0", "-Dbrokerlab.node=" + ZK.name()).start();
        agent = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), workspace.agentPort(ZK)), 0);
        agent.createContext("/health", exchange -> {
            if (holdHealth) {
                healthAsked.countDown();
                awaitQuietly(healthReleased);
            }
            byte[] body = ("{\"state\":\"running\",\"pid\":" + node.pid() + ",\"role\":\"leader\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        agent.start();
        long start = NodeProcesses.startMillis(node.toHandle());
        new RunRecords(workspace).write(ZK, new RunRecord(ZK.name(), node.pid(), start, start,
                workspace.clientPort(ZK), workspace.agentPort(ZK), false, null, start));
        cluster = new ProcessCluster(workspace);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        healthReleased.countDown();
        cluster.close();
        agent.stop(0);
        node.destroyForcibly();
        node.waitFor(10, TimeUnit.SECONDS);
    }

    /** The app adds listeners on its FX thread: waiting there for an agent's answer froze the window. */
    @Test
    void addingAListenerDoesNotWaitForARefreshInProgress() throws Exception {
        holdHealth = true;
        CompletableFuture<ClusterSnapshot> refresh = cluster.refresh();
        assertThat(healthAsked.await(10, TimeUnit.SECONDS)).as("the refresh asks the agent").isTrue();

        Subscription subscription = cluster.addListener(Runnable::run, (previous, current, snapshot) -> { });

        assertThat(refresh).as("the refresh still waits for the agent").isNotDone();
        healthReleased.countDown();
        assertThat(refresh.get(10, TimeUnit.SECONDS).node(ZK).orElseThrow().state()).isEqualTo(NodeState.RUNNING);
        subscription.close();
    }

    @Test
    void theFirstListenerStartsTheMonitorThatTellsItOfChanges() {
        assertThat(cluster.snapshot().node(ZK).orElseThrow().state()).isEqualTo(NodeState.RUNNING);
        List<NodeState> seen = new CopyOnWriteArrayList<>();
        cluster.addListener(Runnable::run, (previous, current, snapshot) -> seen.add(current.state()));
        cluster.addListener(Runnable::run, (previous, current, snapshot) -> { });

        node.destroyForcibly();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains(NodeState.CRASHED));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
