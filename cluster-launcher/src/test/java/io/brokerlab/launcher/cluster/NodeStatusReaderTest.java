package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.process.AgentClient;
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
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state a node's run record and agent add up to. The node is a stand-in process whose command line names it (all
 * the launcher checks), its agent a loopback server answering /health as the real one does.
 */
class NodeStatusReaderTest {

    private static final NodeId ZK = NodeId.zookeeper(1);

    @TempDir
    Path temp;

    private Workspace workspace;
    private RunRecords records;
    private NodeStatusReader reader;
    private Process node;
    private HttpServer agent;
    private volatile String health = "";

    @BeforeEach
    void setUp() throws IOException {
        workspace = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        records = new RunRecords(workspace);
        reader = new NodeStatusReader(workspace, records, new AgentClient());
        node = new ProcessBuilder("sh", "-c", "sleep 60; exit 0", "-Dbrokerlab.node=" + ZK.name()).start();
        agent = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), workspace.agentPort(ZK)), 0);
        agent.createContext("/health", exchange -> {
            byte[] body = health.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(health.isEmpty() ? 503 : 200, health.isEmpty() ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        agent.start();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        agent.stop(0);
        node.destroyForcibly();
        node.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void aZooKeeperReElectingAfterItWasReadyStaysRunningAndSaysItIsLooking() {
        record(null);
        answer("running", "follower");
        assertThat(read().state()).isEqualTo(NodeState.RUNNING);

        answer("starting", "leaderelection");
        NodeStatus electing = read();

        assertThat(electing.state()).isEqualTo(NodeState.RUNNING);
        assertThat(electing.role()).contains("looking");
        assertThat(electing.serving()).as("serving while it elects").isFalse();
    }

    @Test
    void aZooKeeperNeverReadyIsStarting() {
        record(null);
        answer("starting", "starting");

        NodeStatus starting = read();

        assertThat(starting.state()).isEqualTo(NodeState.STARTING);
        assertThat(starting.role()).as("no role beside the state that says the same").isEmpty();
    }

    @Test
    void aReadyNodeWhoseAgentDoesNotAnswerIsStillRunning() {
        record(null);
        answer("running", "leader");
        read();
        health = "";

        assertThat(read().state()).isEqualTo(NodeState.RUNNING);
    }

    @Test
    void aNodeMarkedKilledIsNeverStoppingWhileItDies() {
        record(null);
        answer("running", "leader");
        read();
        records.update(ZK, records.read(ZK).orElseThrow(), r -> r.withEnding(NodeStatusReader.ENDING_KILLED));

        assertThat(read().state()).as("agent still answering").isEqualTo(NodeState.RUNNING);
        health = "";
        assertThat(read().state()).as("agent gone, process not yet").isEqualTo(NodeState.RUNNING);
    }

    @Test
    void aNodeKilledWhileStartingStaysStartingUntilItIsGone() {
        record(NodeStatusReader.ENDING_KILLED);
        answer("starting", "starting");

        assertThat(read().state()).isEqualTo(NodeState.STARTING);
    }

    @Test
    void aStoppedNodeIsStoppingUntilItIsGone() {
        record(NodeStatusReader.ENDING_STOPPING);
        answer("running", "leader");

        assertThat(read().state()).isEqualTo(NodeState.STOPPING);
    }

    private NodeStatus read() {
        return reader.read(ZK, OptionalInt.empty(), null);
    }

    private void record(String ending) {
        long start = NodeProcesses.startMillis(node.toHandle());
        records.write(ZK, new RunRecord(ZK.name(), node.pid(), start, start, workspace.clientPort(ZK),
                workspace.agentPort(ZK), false, ending, 0));
    }

    private void answer(String state, String role) {
        health = "{\"state\":\"" + state + "\",\"pid\":" + node.pid() + ",\"role\":\"" + role + "\"}";
    }
}
