package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node's log says what Brokerlab did to it and when, among the node's own lines: on a real 1 ZooKeeper + 1 broker
 * cluster, one step after the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeLogMarksIT {

    private static final NodeId ZK_1 = NodeId.zookeeper(1);
    private static final NodeId BROKER_1 = NodeId.broker(1);
    private static final String KAFKA_TIME = " at \\[\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}] ===";

    @TempDir
    static Path dir;

    static LocalCluster cluster;

    @BeforeAll
    static void up() {
        cluster = TestClusters.started(dir, 1, 1);
    }

    @AfterAll
    static void down() {
        TestClusters.tearDown(cluster);
    }

    @Test
    @Order(1)
    void aRestartIsMarkedWithItsStopAndItsStart() {
        assertThat(cluster.restart(ZK_1)).succeedsWithin(Duration.ofSeconds(60));

        assertThat(marks(ZK_1)).containsSubsequence(
                "starting zk-1",
                "restarting zk-1",
                "stop requested for zk-1",
                "zk-1 stopped after N s",
                "starting zk-1");
        assertThat(marks(ZK_1)).last().isEqualTo("starting zk-1");
    }

    @Test
    @Order(2)
    void aPauseAndItsResumeAreMarkedInTurn() {
        assertThat(cluster.pause(BROKER_1)).succeedsWithin(Duration.ofSeconds(10));
        assertThat(lastLine(BROKER_1)).as("the paused broker writes nothing more")
                .matches("=== brokerlab: paused broker-1 \\(SIGSTOP\\)" + KAFKA_TIME);

        assertThat(cluster.resume(BROKER_1)).succeedsWithin(Duration.ofSeconds(10));
        assertThat(marks(BROKER_1)).endsWith("paused broker-1 (SIGSTOP)", "resuming broker-1 (SIGCONT)");
    }

    @Test
    @Order(3)
    void aKillIsTheLastLineOfTheKilledNodesLog() {
        assertThat(cluster.kill(BROKER_1)).succeedsWithin(Duration.ofSeconds(10));

        assertThat(lastLine(BROKER_1)).matches("=== brokerlab: killed broker-1 \\(SIGKILL\\)" + KAFKA_TIME);
        assertThat(marks(BROKER_1)).endsWith("resuming broker-1 (SIGCONT)", "killed broker-1 (SIGKILL)");
    }

    @Test
    @Order(4)
    void aNodeThatEndsWithoutBrokerlabAskingIsMarkedAsSuch() {
        long pid = cluster.start(BROKER_1).join().pid().orElseThrow();

        // a kill from outside Brokerlab, as the kernel's OOM killer or a terminal's kill -9 would
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly)).contains(true);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> lastLine(BROKER_1).startsWith(NodeLogMarks.PREFIX + "broker-1 ended"));
        assertThat(lastLine(BROKER_1)).matches("=== brokerlab: broker-1 ended unexpectedly: was killed \\(SIGKILL\\)"
                + KAFKA_TIME);
        assertThat(marks(BROKER_1)).endsWith("starting broker-1", "broker-1 ended unexpectedly: was killed (SIGKILL)");
    }

    /** Brokerlab's lines in the node's log, each without its time, which is checked to be Kafka's form; N for a duration. */
    private static List<String> marks(NodeId node) {
        List<String> marks = lines(node).stream().filter(line -> line.startsWith(NodeLogMarks.PREFIX)).toList();
        assertThat(marks).allSatisfy(line -> assertThat(line).matches(".*" + KAFKA_TIME));
        return marks.stream()
                .map(line -> line.substring(NodeLogMarks.PREFIX.length()).replaceFirst(KAFKA_TIME + "$", "")
                        .replaceFirst("after \\d+\\.\\d s", "after N s"))
                .toList();
    }

    private static String lastLine(NodeId node) {
        List<String> lines = lines(node);
        return lines.get(lines.size() - 1);
    }

    private static List<String> lines(NodeId node) {
        try {
            return Files.readAllLines(cluster.workspace().logFile(node), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
