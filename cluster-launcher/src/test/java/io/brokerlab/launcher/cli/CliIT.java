package io.brokerlab.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI on a small real cluster (1 ZooKeeper, 1 broker): exit codes, JSON, and the faults a
 * user meets — a stopped cluster, bad topic requests, a taken port, a cluster-id mismatch.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Workspace workspace;

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BrokerlabCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static String ws() {
        return workspace.dir().toString();
    }

    @AfterAll
    static void down() {
        if (workspace != null) {
            cli("down", "--workspace", ws());
        }
    }

    @Test
    @Order(1)
    void upStartsTheClusterAndStatusJsonDescribesIt() throws IOException {
        workspace = TestClusters.workspace(dir.resolve("ws"), 1, 1);
        Run up = cli("up", "--workspace", ws());
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.err()).contains("cluster ready in");

        Run status = cli("status", "--workspace", ws(), "--json");
        assertThat(status.exit()).isZero();
        JsonNode json = JSON.readTree(status.out());
        assertThat(json.get("bootstrap").asText()).isEqualTo(workspace.bootstrapServers());
        assertThat(json.get("zookeeperConnect").asText()).isEqualTo(workspace.zookeeperConnect());
        assertThat(json.get("nodes")).hasSize(2);
        JsonNode zk = json.get("nodes").get(0);
        assertThat(zk.get("name").asText()).isEqualTo("zk-1");
        assertThat(zk.get("kind").asText()).isEqualTo("zookeeper");
        assertThat(zk.get("state").asText()).isEqualTo("running");
        assertThat(zk.get("role").asText()).isEqualTo("standalone");
        JsonNode broker = json.get("nodes").get(1);
        assertThat(broker.get("name").asText()).isEqualTo("broker-1");
        assertThat(broker.get("kind").asText()).isEqualTo("broker");
        assertThat(broker.get("controller").asBoolean()).isTrue();
        assertThat(broker.get("pid").asLong()).isPositive();
        assertThat(broker.get("port").asInt()).isEqualTo(workspace.clientPort(io.brokerlab.launcher.config.NodeId.parse("broker-1")));
    }

    @Test
    @Order(2)
    void badTopicRequestsFailWithTheReason() {
        Run tooManyReplicas = cli("topic", "create", "t", "--partitions", "1", "--replication-factor", "2",
                "--workspace", ws());
        assertThat(tooManyReplicas.exit()).isEqualTo(1);
        assertThat(tooManyReplicas.err()).contains("replication factor 2 is larger than the number of live brokers (1)");

        Run badName = cli("topic", "create", "no spaces", "--partitions", "1", "--replication-factor", "1",
                "--workspace", ws());
        assertThat(badName.exit()).isEqualTo(1);
        assertThat(badName.err()).contains("invalid topic name");

        Run ok = cli("topic", "create", "fine", "--partitions", "2", "--replication-factor", "1", "--workspace", ws());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(cli("topic", "list", "--workspace", ws()).out()).contains("fine");
    }

    @Test
    @Order(3)
    void pauseFreezesANodeAndResumeThawsIt() throws IOException {
        Run pause = cli("pause", "broker-1", "--workspace", ws());
        assertThat(pause.exit()).as(pause.err()).isZero();
        assertThat(pause.out()).contains("broker-1 paused");
        assertThat(stateOf("broker-1")).isEqualTo("paused");
        Run resume = cli("resume", "broker-1", "--workspace", ws());
        assertThat(resume.exit()).as(resume.err()).isZero();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> stateOf("broker-1").equals("running"));
    }

    @Test
    @Order(3)
    void logsPrintTheNodesLog() {
        Run logs = cli("logs", "broker-1", "--workspace", ws());
        assertThat(logs.exit()).isZero();
        assertThat(logs.out()).contains("[KafkaServer id=1] started");
        assertThat(cli("logs", "broker-7", "--workspace", ws()).exit()).isEqualTo(1);
        assertThat(cli("logs", "kafka-1", "--workspace", ws()).exit()).isEqualTo(1);
    }

    private static String stateOf(String node) throws IOException {
        for (JsonNode n : JSON.readTree(cli("status", "--workspace", ws(), "--json").out()).get("nodes")) {
            if (n.get("name").asText().equals(node)) {
                return n.get("state").asText();
            }
        }
        throw new AssertionError("no node " + node);
    }

    @Test
    @Order(3)
    void usageErrorsExitWithTwo() {
        assertThat(cli("topic", "create", "x", "--workspace", ws()).exit()).isEqualTo(2);
        assertThat(cli("no-such-command").exit()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void everyCommandExplainsItselfWithHelp() {
        for (String[] command : new String[][] {{"up"}, {"topic", "create"}, {"tail"}, {"verify"}}) {
            String[] args = Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Run run = cli(args);
            assertThat(run.exit()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage: brokerlab " + String.join(" ", command));
        }
    }

    @Test
    @Order(4)
    void commandsAgainstAStoppedClusterSaySo() {
        Run down = cli("down", "--workspace", ws());
        assertThat(down.exit()).as(down.err()).isZero();
        Run list = cli("topic", "list", "--workspace", ws());
        assertThat(list.exit()).isEqualTo(1);
        assertThat(list.err()).contains("is running").contains("brokerlab up");
        Run notAWorkspace = cli("status", "--workspace", dir.resolve("elsewhere").toString());
        assertThat(notAWorkspace.exit()).isEqualTo(1);
        assertThat(notAWorkspace.err()).contains("not a Brokerlab workspace");
    }

    @Test
    @Order(5)
    void aPropertiesFileKafkaRejectsIsNamedWithTheKeyAndNothingStarts() throws IOException {
        io.brokerlab.launcher.config.NodeId broker = io.brokerlab.launcher.config.NodeId.parse("broker-1");
        io.brokerlab.launcher.config.PropertiesDocument original = workspace.properties(broker);
        io.brokerlab.launcher.config.PropertiesDocument broken = workspace.properties(broker);
        broken.set("num.io.threads", "many");
        broken.write(workspace.propertiesFile(broker));
        try {
            Run up = cli("up", "--workspace", ws());
            assertThat(up.exit()).isEqualTo(1);
            assertThat(up.err()).contains("server-1.properties").contains("num.io.threads");
            assertThat(JSON.readTree(cli("status", "--workspace", ws(), "--json").out()).get("nodes"))
                    .allSatisfy(n -> assertThat(n.get("state").asText()).isEqualTo("stopped"));
        } finally {
            original.write(workspace.propertiesFile(broker));
        }
        assertThat(Files.readString(workspace.propertiesFile(broker))).contains("# ");
    }

    @Test
    @Order(5)
    void anEvenZooKeeperCountIsRefusedWithTheReason() {
        Run up = cli("up", "--workspace", dir.resolve("even").toString(), "--zookeepers", "2");
        assertThat(up.exit()).isEqualTo(1);
        assertThat(up.err()).contains("1, 3 or 5");
        assertThat(dir.resolve("even")).doesNotExist();
    }

    @Test
    @Order(5)
    void aTakenPortIsNamedAndNothingStarts() throws IOException {
        int port = workspace.clientPort(io.brokerlab.launcher.config.NodeId.parse("broker-1"));
        try (ServerSocket squatter = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            Run up = cli("up", "--workspace", ws());
            assertThat(up.exit()).isEqualTo(1);
            assertThat(up.err()).contains("port " + port);
        }
        Run status = cli("status", "--workspace", ws(), "--json");
        assertThat(JSON.readTree(status.out()).get("nodes")).allSatisfy(n -> assertThat(n.get("state").asText()).isEqualTo("stopped"));
    }

    @Test
    @Order(6)
    void aClusterIdMismatchOffersResetAndResetRecovers() throws IOException {
        Path zookeeperData = workspace.dataDir(io.brokerlab.launcher.config.NodeId.parse("zk-1")).resolve("version-2");
        try (Stream<Path> files = Files.walk(zookeeperData)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Run up = cli("up", "--workspace", ws());
        assertThat(up.exit()).isEqualTo(1);
        assertThat(up.err()).contains("another cluster").contains("reset --yes");

        assertThat(cli("reset", "--workspace", ws()).exit()).isEqualTo(1);
        Run reset = cli("reset", "--yes", "--workspace", ws());
        assertThat(reset.exit()).as(reset.err()).isZero();
        Run again = cli("up", "--workspace", ws());
        assertThat(again.exit()).as(again.err()).isZero();
    }
}
