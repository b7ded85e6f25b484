package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.process.LaunchedSettings;
import io.brokerlab.launcher.messaging.Publisher;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import io.brokerlab.launcher.messaging.StartPosition;
import io.brokerlab.launcher.messaging.TailRequest;
import io.brokerlab.launcher.messaging.Tailer;
import io.brokerlab.launcher.testing.ExternalTool;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's promise on a real 1 ZooKeeper + 3 broker cluster: durable messages across a
 * leader's SIGKILL, recovery into every ISR, nothing left behind by {@code down}, data kept.
 * The steps build on each other, as a user's failover demo does.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleZooKeeperClusterIT {

    private static final String TOPIC = "durable";
    private static final int MESSAGES = 1000;

    @TempDir
    static Path dir;

    static LocalCluster cluster;
    static TopicService topics;

    @BeforeAll
    static void up() {
        cluster = TestClusters.started(dir, 1, 3);
        topics = new TopicService(KafkaClients.admin(cluster.snapshot().bootstrapServers()));
    }

    @AfterAll
    static void down() {
        if (topics != null) {
            topics.close();
        }
        TestClusters.tearDown(cluster);
    }

    @Test
    @Order(1)
    void everyNodeIsRunningWithOneControllerAndLoopbackOnly() {
        ClusterSnapshot snapshot = cluster.refresh().join();
        assertThat(snapshot.nodes()).extracting(NodeStatus::state).containsOnly(NodeState.RUNNING);
        assertThat(snapshot.zookeepers()).singleElement().satisfies(zk -> {
            assertThat(zk.role()).contains("standalone");
            assertThat(zk.zxid()).hasValueSatisfying(zxid -> assertThat(zxid).startsWith("0x"));
            // every broker holds a session
            assertThat(zk.clients().orElse(0)).isGreaterThanOrEqualTo(snapshot.brokers().size());
        });
        assertThat(snapshot.brokers()).filteredOn(NodeStatus::controller).hasSize(1);
        assertThat(snapshot.bootstrapServers().split(",")).allMatch(s -> s.startsWith("127.0.0.1:"));
    }

    @Test
    @Order(2)
    @EnabledOnOs(OS.LINUX)
    void everyNodeRunsBelowNormalPriority() throws Exception {
        for (NodeStatus node : cluster.snapshot().nodes()) {
            String stat = Files.readString(Path.of("/proc", Long.toString(node.pid().orElseThrow()), "stat"));
            // the fields after the command name's closing parenthesis; niceness is the 19th field of the line
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            assertThat(Integer.parseInt(fields[16])).as(node.id() + "'s niceness").isEqualTo(19);
        }
    }

    @Test
    @Order(2)
    void thousandMessagesWithAcksAllAreReadBack() {
        topics.create(new NewTopicRequest(TOPIC, 3, (short) 3, Map.of()));
        // create waits until one broker serves the topic; the next describe may ask another that has not yet heard
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(topics.describe(TOPIC).partitions()).allSatisfy(p -> assertThat(p.isr()).hasSize(3)));
        List<SendResult> results = produce(0, MESSAGES);
        assertThat(results).allMatch(SendResult::ok);
        assertThat(readAll(MESSAGES)).containsAll(values(0, MESSAGES));
    }

    @Test
    @Order(3)
    void killingPartitionZerosLeaderElectsAnotherAndLosesNothing() {
        PartitionInfo before = partition0();
        NodeId leader = NodeId.parse("broker-" + before.leader());
        Instant killed = Instant.now();
        cluster.kill(leader).join();
        assertThat(cluster.refresh().join().node(leader).orElseThrow().state()).isEqualTo(NodeState.STOPPED);

        // zookeeper.session.timeout.ms=4000: the controller learns of the death when the session expires.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    PartitionInfo p = partition0();
                    return p.leader() >= 0 && p.leader() != before.leader();
                });
        Duration failover = Duration.between(killed, Instant.now());
        System.out.printf("new leader of %s-0 after %d ms%n", TOPIC, failover.toMillis());
        assertThat(partition0().isr()).doesNotContain(before.leader());

        List<SendResult> more = produce(MESSAGES, 100);
        assertThat(more).allMatch(SendResult::ok);
        assertThat(readAll(MESSAGES + 100)).containsAll(values(0, MESSAGES + 100));
    }

    /**
     * A broker Kafka itself refuses to run (its data names another cluster than ZooKeeper holds): the start fails with
     * the node's reason, and the end of its log, Kafka's exception and stack among it, travels with the failure.
     */
    @Test
    @Order(4)
    void aBrokerThatExitsWhileStartingSaysWhyWithTheEndOfItsLog() throws Exception {
        NodeId stopped = cluster.refresh().join().brokers().stream()
                .filter(b -> b.state() != NodeState.RUNNING).findFirst().orElseThrow().id();
        Path meta = cluster.workspace().dataDir(stopped).resolve("meta.properties");
        String original = Files.readString(meta);
        Files.writeString(meta, original.replaceAll("(?m)^cluster\\.id=.*$", "cluster.id=AAAAAAAAAAAAAAAAAAAAAA"));
        try {
            assertThat(cluster.start(stopped)).failsWithin(Duration.ofSeconds(60))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .havingCause().isInstanceOfSatisfying(NodeDidNotStartException.class, failed -> {
                        assertThat(failed.getMessage()).contains(stopped + " did not start").contains("reset");
                        assertThat(failed.logFile()).isEqualTo(cluster.workspace().logFile(stopped));
                        assertThat(failed.logTail())
                                .anyMatch(line -> line.contains("RuntimeException: Invalid cluster.id in:"))
                                .anyMatch(line -> line.startsWith("brokerlab: " + stopped + " failed"));
                    });
        } finally {
            Files.writeString(meta, original);
        }
    }

    @Test
    @Order(5)
    void restartedBrokerRejoinsEveryIsr() {
        NodeId stopped = cluster.refresh().join().brokers().stream()
                .filter(b -> b.state() != NodeState.RUNNING).findFirst().orElseThrow().id();
        Properties file = cluster.workspace().properties(stopped).toProperties();
        cluster.start(stopped).join();
        assertThat(new LaunchedSettings(cluster.workspace()).read(stopped)).as("what it started with, kept")
                .contains(file);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> topics.describe(TOPIC).partitions().stream().allMatch(p -> p.isr().size() == 3));
    }

    @Test
    @Order(6)
    void kafkasOwnToolsServeTheSameCluster() {
        String bootstrap = cluster.snapshot().bootstrapServers();
        ExternalTool.Result describe = ExternalTool.kafka("org.apache.kafka.tools.TopicCommand", null,
                "--bootstrap-server", bootstrap, "--describe", "--topic", TOPIC);
        assertThat(describe.exitCode()).as(describe.output()).isZero();
        assertThat(describe.output()).contains("ReplicationFactor: 3").contains("Partition: 2");

        ExternalTool.Result consume = ExternalTool.kafka("org.apache.kafka.tools.consumer.ConsoleConsumer", null,
                "--bootstrap-server", bootstrap, "--topic", TOPIC, "--from-beginning", "--max-messages", "5");
        assertThat(consume.exitCode()).as(consume.output()).isZero();
        assertThat(consume.output()).contains("Processed a total of 5 messages");
    }

    @Test
    @Order(7)
    void kcatANonJavaClientProducesAndConsumes() {
        assertThat(ExternalTool.onPath("kcat")).as("kcat on PATH (apt-get install kcat)").isTrue();
        String bootstrap = cluster.snapshot().bootstrapServers();
        ExternalTool.Result produced = ExternalTool.run(List.of("kcat", "-b", bootstrap, "-t", TOPIC, "-P",
                "-X", "acks=all"), "from-kcat\n");
        assertThat(produced.exitCode()).as(produced.output()).isZero();
        assertThat(readAll(MESSAGES + 101)).contains("from-kcat");
        ExternalTool.Result consumed = ExternalTool.run(List.of("kcat", "-b", bootstrap, "-t", TOPIC, "-C", "-o",
                "beginning", "-e", "-q"), null);
        assertThat(consumed.exitCode()).as(consumed.output()).isZero();
        assertThat(consumed.output()).contains("message-0").contains("from-kcat");
    }

    @Test
    @Order(8)
    void downLeavesNoNodeProcessAndUpKeepsTheMessages() {
        List<Long> pids = cluster.refresh().join().nodes().stream()
                .map(n -> n.pid().orElseThrow()).toList();
        cluster.down().join();
        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
        assertThat(cluster.refresh().join().nodes()).extracting(NodeStatus::state).containsOnly(NodeState.STOPPED);

        cluster.up().join();
        assertThat(readAll(MESSAGES + 100)).containsAll(values(0, MESSAGES + 100));
    }

    private PartitionInfo partition0() {
        return topics.describe(TOPIC).partitions().stream().filter(p -> p.partition() == 0).findFirst().orElseThrow();
    }

    private List<SendResult> produce(int from, int count) {
        try (Publisher publisher = new Publisher(cluster.snapshot().bootstrapServers(), Acks.ALL)) {
            List<CompletableFuture<SendResult>> sends = IntStream.range(from, from + count)
                    .mapToObj(i -> publisher.send(TOPIC, "key-" + i, "message-" + i)).toList();
            publisher.flush();
            return sends.stream().map(CompletableFuture::join).toList();
        }
    }

    /** Reads from the beginning until at least {@code atLeast} distinct values arrived, for at most 30 s. */
    private Set<String> readAll(int atLeast) {
        Set<String> values = new java.util.HashSet<>();
        try (Tailer tailer = new Tailer(cluster.snapshot().bootstrapServers(),
                TailRequest.of(TOPIC, new StartPosition.Beginning()))) {
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline) && values.size() < atLeast) {
                tailer.poll(Duration.ofMillis(500)).forEach(m -> values.add(m.value()));
            }
        }
        return values;
    }

    private static List<String> values(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "message-" + i).collect(Collectors.toCollection(ArrayList::new));
    }
}
