package io.brokerlab.launcher.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brokerlab.launcher.admin.BrokerProbe;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.cli.BrokerlabCli;
import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.Subscription;
import io.brokerlab.launcher.cluster.ZooKeeperClients;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.curator.framework.CuratorFramework;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real cluster (1 ZooKeeper, 3 brokers) for every scenario, in order: starting a cluster
 * costs more than all the checks together on a shared two-core machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterStateWatcherIT {

    private static final String TOPIC = "orders";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private LocalCluster cluster;
    private Admin admin;
    private ClusterStateWatcher watcher;
    private final List<ClusterEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startCluster() throws Exception {
        cluster = TestClusters.started(dir, 1, 3);
        admin = KafkaClients.admin(cluster.snapshot().bootstrapServers());
        admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 3))).all().get();
        watcher = ClusterStateWatcher.forLocal(cluster);
        watcher.addListener(Runnable::run, (state, changes) -> events.addAll(changes));
        await().atMost(WAIT).until(() -> watcher.current().reachable()
                && watcher.current().topics().containsKey(TOPIC)
                && watcher.current().topics().get(TOPIC).partitions().size() == 3);
    }

    @AfterAll
    void stopCluster() {
        if (watcher != null) {
            watcher.close();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
        TestClusters.tearDown(cluster);
    }

    @Test
    @Order(1)
    void snapshotDescribesWhatTheAdminApiReports() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(fromWatcher(TOPIC)).isEqualTo(fromAdmin(TOPIC)));
        ClusterState state = watcher.current();
        assertThat(state.brokers()).containsOnlyKeys(1, 2, 3);
        assertThat(state.controller()).isPresent();
        assertThat(state.zookeepers()).singleElement().satisfies(zk -> assertThat(zk.role()).contains("standalone"));
    }

    @Test
    @Order(2)
    void anExternalZooKeeperMustAnswerAndHoldTheBrokersCluster() throws Exception {
        String bootstrap = cluster.snapshot().bootstrapServers();
        String zookeeper = cluster.workspace().zookeeperConnect();
        long openBefore = watcherThreads();
        try (ClusterStateWatcher right = ClusterStateWatcher.forExternal(bootstrap, Optional.of(zookeeper))) {
            await().atMost(WAIT).until(() -> right.current().reachable()
                    && right.current().source() == ClusterState.Source.ZOOKEEPER
                    && right.current().topics().containsKey(TOPIC));
            // no node agents to ask: the role comes from the server itself (srvr)
            await().atMost(WAIT).until(() -> right.current().zookeeperQuorum());
            assertThat(right.current().zookeepers()).singleElement()
                    .satisfies(zk -> assertThat(zk.role()).contains("standalone"));
        }

        assertThatThrownBy(() -> ClusterStateWatcher.forExternal(bootstrap, Optional.of(zookeeper + "/elsewhere")))
                .isInstanceOf(ClusterException.class).hasMessageContaining("holds no Kafka cluster");

        try (CuratorFramework zk = ZooKeeperClients.create(zookeeper)) {
            zk.start();
            assertThat(zk.blockUntilConnected(30, TimeUnit.SECONDS)).isTrue();
            zk.create().creatingParentsIfNeeded().forPath("/other/cluster/id",
                    "{\"version\":\"1\",\"id\":\"someone-elses\"}".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> ClusterStateWatcher.forExternal(bootstrap, Optional.of(zookeeper + "/other")))
                .isInstanceOf(ClusterException.class)
                .hasMessageContaining("holds Kafka cluster someone-elses, but the brokers at " + bootstrap);

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> ClusterStateWatcher.forExternal(bootstrap, Optional.of("127.0.0.1:" + closedPort)))
                .isInstanceOf(ClusterException.class).hasMessageContaining("No ZooKeeper answered at 127.0.0.1:"
                        + closedPort);
        // nothing half-open: every failed watcher closed its ZooKeeper client and its publisher
        await().atMost(WAIT).until(() -> watcherThreads() == openBefore);
    }

    /** The state publishers' threads and ZooKeeper clients' connection threads alive now. */
    private static long watcherThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("brokerlab-state") || t.getName().contains("SendThread("))
                .count();
    }

    @Test
    @Order(3)
    void killingTheLeaderIsSeenByEveryWatcherAndTheEventsCommand() throws Exception {
        ClusterStateWatcher external = ClusterStateWatcher.forExternal(cluster.snapshot().bootstrapServers(),
                Optional.empty());
        List<ClusterEvent> externalEvents = new CopyOnWriteArrayList<>();
        external.addListener(Runnable::run, (state, changes) -> externalEvents.addAll(changes));
        CapturedCli cli = CapturedCli.start("events", "--json", "--max-events", "6", "--workspace", dir.toString());
        try {
            await().atMost(WAIT).until(() -> external.current().reachable() && cli.err().contains("events follow"));

            // External mode sees a topic created.
            admin.createTopics(List.of(new NewTopic("payments", 1, (short) 3))).all().get();
            await().atMost(WAIT).until(() -> has(externalEvents,
                    e -> e.type() == EventType.TOPIC_CREATED && "payments".equals(e.topic())));

            int oldLeader = watcher.current().partition(TOPIC, 0).orElseThrow().leader();
            events.clear();
            cluster.kill(NodeId.broker(oldLeader)).join();

            await().atMost(WAIT).until(() -> newLeaderFromAdmin(oldLeader) >= 0);
            int newLeader = newLeaderFromAdmin(oldLeader);
            await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.LEADER_CHANGED
                    && TOPIC.equals(e.topic()) && e.partition() == 0 && e.oldLeader() == oldLeader));
            // Under load the partition may pass through "offline" (-1) before the new leader.
            await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.LEADER_CHANGED
                    && TOPIC.equals(e.topic()) && e.partition() == 0 && e.leader() == newLeader));
            await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.ISR_SHRUNK
                    && TOPIC.equals(e.topic()) && e.partition() == 0 && !e.isr().contains(oldLeader)));
            await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.BROKER_DOWN
                    && e.broker() == oldLeader));
            await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.NODE_KILLED
                    && ("broker-" + oldLeader).equals(e.node())));

            // External mode sees the same leader change by polling (possibly through "offline").
            await().atMost(WAIT).until(() -> has(externalEvents, e -> e.type() == EventType.LEADER_CHANGED
                    && TOPIC.equals(e.topic()) && e.partition() == 0 && e.oldLeader() == oldLeader));
            await().atMost(WAIT).until(() -> has(externalEvents, e -> e.type() == EventType.LEADER_CHANGED
                    && TOPIC.equals(e.topic()) && e.partition() == 0 && e.leader() == newLeader));

            // The CLI printed JSON lines with the required fields, then stopped by itself.
            assertThat(cli.exitCode().get(WAIT.toSeconds(), TimeUnit.SECONDS)).isZero();
            List<JsonNode> lines = cli.jsonLines();
            assertThat(lines).hasSize(6);
            assertThat(lines).allSatisfy(line -> assertThat(line.has("time") && line.has("type")).isTrue());
            // Which partition event comes within the first six depends on timing (a killed controller adds two
            // controller events); leader changes and ISR shrinks both carry the partition fields.
            assertThat(lines).anySatisfy(line -> {
                assertThat(line.path("type").asText()).isIn("leader_changed", "isr_shrunk");
                assertThat(line.has("topic") && line.has("partition") && line.has("leader")
                        && line.has("oldLeader") && line.has("isr")).isTrue();
            });
        } finally {
            cli.stop();
            external.close();
        }
    }

    @Test
    @Order(4)
    void restartingTheBrokerExpandsTheIsrBackToThree() {
        int missing = watcher.current().brokers().keySet().stream().filter(id -> id >= 1 && id <= 3)
                .reduce(6, (a, b) -> a - b);
        events.clear();
        cluster.start(NodeId.broker(missing)).join();
        await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.ISR_EXPANDED
                && TOPIC.equals(e.topic()) && e.partition() == 0 && e.isr().size() == 3));
        await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.BROKER_UP && e.broker() == missing));
        await().atMost(WAIT).untilAsserted(() -> assertThat(fromWatcher(TOPIC)).isEqualTo(fromAdmin(TOPIC)));
    }

    @Test
    @Order(5)
    void aGracefulStopIsAnnouncedBeforeTheLeadersItHandsOverMove() {
        int leader = watcher.current().partition(TOPIC, 0).orElseThrow().leader();
        AtomicLong stoppingAt = new AtomicLong();
        AtomicLong movedAt = new AtomicLong();
        // a timeline says "new leader 40 ms after broker-2 was asked to stop" only if the stop comes first
        try (Subscription nodes = cluster.addListener(Runnable::run, (previous, current, snapshot) -> {
            if (current.id().equals(NodeId.broker(leader)) && current.state() == NodeState.STOPPING) {
                stoppingAt.compareAndSet(0, System.nanoTime());
            }
        }); Subscription leaders = watcher.addListener(Runnable::run, (state, changes) -> {
            if (has(changes, e -> e.type() == EventType.LEADER_CHANGED && TOPIC.equals(e.topic())
                    && e.oldLeader() == leader)) {
                movedAt.compareAndSet(0, System.nanoTime());
            }
        })) {
            cluster.stop(NodeId.broker(leader)).join();
            await().atMost(WAIT).until(() -> movedAt.get() != 0);
            assertThat(stoppingAt.get()).as("the stop was announced").isNotZero();
            assertThat(stoppingAt.get()).as("before the controlled shutdown moved a leader").isLessThan(movedAt.get());
        }
        cluster.start(NodeId.broker(leader)).join();
        await().atMost(WAIT).until(() -> watcher.current().brokers().containsKey(leader));
    }

    @Test
    @Order(6)
    void losingZooKeeperMakesTheStateUnreachableAndItResyncsAfter() {
        events.clear();
        cluster.stop(NodeId.zookeeper(1)).join();
        await().atMost(WAIT).until(() -> !watcher.current().reachable());
        assertThat(watcher.current().unreachableSince()).isPresent();
        await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.ZOOKEEPER_UNREACHABLE));
        // The launcher's side of the same loss: the node stopped, so did the quorum.
        await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.NODE_STOPPED
                && "zk-1".equals(e.node())));
        await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.QUORUM_LOST));

        cluster.start(NodeId.zookeeper(1)).join();
        await().atMost(WAIT).until(() -> watcher.current().reachable());
        assertThat(watcher.current().unreachableSince()).isEmpty();
        assertThat(watcher.current().topics()).containsKeys(TOPIC, "payments");
        assertThat(has(events, e -> e.type() == EventType.ZOOKEEPER_RECONNECTED)).isTrue();
        await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.QUORUM_REGAINED));
        // Brokers re-register with the restarted ZooKeeper; the state follows.
        await().atMost(WAIT).until(() -> watcher.current().brokers().size() == 3);
    }

    @Test
    @Order(7)
    void aTopicsOwnMinInsyncReplicasFollowsItsConfigZnode() throws Exception {
        assertThat(watcher.current().topics().get(TOPIC).minInsyncReplicas()).as("orders sets none").isEmpty();
        admin.createTopics(List.of(new NewTopic("audit", 1, (short) 3)
                .configs(Map.of("min.insync.replicas", "2")))).all().get();
        await().atMost(WAIT).until(() -> minInsyncReplicas("audit").equals(OptionalInt.of(2)));

        // a change of the topic's config alone, no partition moving, is a new state; asked of a broker that may
        // not have the new topic in its metadata yet (seen in CI), so asked again until one has
        ConfigResource audit = new ConfigResource(ConfigResource.Type.TOPIC, "audit");
        await().atMost(WAIT).until(() -> {
            try {
                alter(audit, new AlterConfigOp(new ConfigEntry("min.insync.replicas", "3"), AlterConfigOp.OpType.SET));
                return true;
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                    return false;
                }
                throw e;
            }
        });
        await().atMost(WAIT).until(() -> minInsyncReplicas("audit").equals(OptionalInt.of(3)));
        alter(audit, new AlterConfigOp(new ConfigEntry("min.insync.replicas", ""), AlterConfigOp.OpType.DELETE));
        await().atMost(WAIT).until(() -> minInsyncReplicas("audit").isEmpty());
    }

    @Test
    @Order(8)
    void deletingATopicIsOneEventNotAnOutage() throws Exception {
        admin.createTopics(List.of(new NewTopic("scratch", 3, (short) 3))).all().get();
        await().atMost(WAIT).until(() -> watcher.current().topics().containsKey("scratch")
                && watcher.current().topics().get("scratch").partitions().size() == 3);

        admin.deleteTopics(List.of("scratch")).all().get();
        await().atMost(WAIT).until(() -> has(events, e -> e.type() == EventType.TOPIC_DELETED
                && "scratch".equals(e.topic())));
        assertThat(events).filteredOn(e -> "scratch".equals(e.topic())).extracting(ClusterEvent::type)
                .as("the controller takes its replicas offline on purpose")
                .containsExactly(EventType.TOPIC_CREATED, EventType.TOPIC_DELETED);
    }

    @Test
    @Order(9)
    void aZooKeeperGivenAsBootstrapServersIsSaidToBeOne() {
        String zookeeper = cluster.workspace().zookeeperConnect();
        assertThatThrownBy(() -> BrokerProbe.requireAnswer(zookeeper, BrokerProbe.TIMEOUT))
                .hasMessageStartingWith(zookeeper + " is a ZooKeeper, not a Kafka broker: give the brokers' addresses");
    }

    private void alter(ConfigResource resource, AlterConfigOp op) throws Exception {
        admin.incrementalAlterConfigs(Map.of(resource, List.of(op))).all().get();
    }

    /** -1 while the watcher does not list the topic yet, so that "none of its own" is not mistaken for it. */
    private OptionalInt minInsyncReplicas(String topic) {
        TopicState state = watcher.current().topics().get(topic);
        return state == null ? OptionalInt.of(-1) : state.minInsyncReplicas();
    }

    private static boolean has(List<ClusterEvent> events, Predicate<ClusterEvent> match) {
        return events.stream().anyMatch(match);
    }

    private int newLeaderFromAdmin(int oldLeader) throws Exception {
        Node leader = describe(TOPIC).partitions().get(0).leader();
        return leader == null || leader.isEmpty() || leader.id() == oldLeader ? -1 : leader.id();
    }

    private TopicDescription describe(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    }

    /** partition → "leader replicas isr", the comparable part of a describe. */
    private Map<Integer, String> fromAdmin(String topic) throws Exception {
        return describe(topic).partitions().stream().collect(Collectors.toMap(p -> p.partition(),
                p -> (p.leader() == null ? -1 : p.leader().id()) + " " + ids(p.replicas()) + " " + ids(p.isr())));
    }

    private Map<Integer, String> fromWatcher(String topic) {
        return watcher.current().topics().get(topic).partitions().values().stream()
                .collect(Collectors.toMap(PartitionState::partition,
                        p -> p.leader() + " " + p.replicas() + " " + p.isr()));
    }

    private static List<Integer> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }

    /** {@code brokerlab ...} on a thread of this JVM, its stdout and stderr captured. */
    private static final class CapturedCli {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final PrintStream originalOut = System.out;
        private final PrintStream originalErr = System.err;
        private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        private Thread thread;

        static CapturedCli start(String... args) {
            CapturedCli cli = new CapturedCli();
            // picocli binds System.out/err when the command line is built, inside execute.
            System.setOut(new PrintStream(cli.out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(cli.err, true, StandardCharsets.UTF_8));
            cli.thread = new Thread(() -> cli.exitCode.complete(BrokerlabCli.execute(args)), "events-cli");
            cli.thread.start();
            return cli;
        }

        CompletableFuture<Integer> exitCode() {
            return exitCode;
        }

        String err() {
            synchronized (err) {
                return err.toString(StandardCharsets.UTF_8);
            }
        }

        List<JsonNode> jsonLines() throws Exception {
            List<JsonNode> lines = new ArrayList<>();
            String text;
            synchronized (out) {
                text = out.toString(StandardCharsets.UTF_8);
            }
            for (String line : text.split("\n")) {
                if (line.startsWith("{")) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        }

        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
