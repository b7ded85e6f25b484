package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brokerlab.launcher.cli.BrokerlabCli;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Publisher;
import io.brokerlab.launcher.testing.TestClusters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicAdminIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private LocalCluster cluster;
    private String bootstrap;
    private Admin admin;
    private TopicService topics;
    private ConsumerGroupService groups;

    @BeforeAll
    void startCluster() {
        cluster = TestClusters.started(dir, 1, 3);
        bootstrap = cluster.snapshot().bootstrapServers();
        admin = KafkaClients.admin(bootstrap);
        topics = new TopicService(KafkaClients.admin(bootstrap));
        groups = new ConsumerGroupService(KafkaClients.admin(bootstrap));
    }

    @AfterAll
    void stopCluster() {
        TestClusters.tearDown(cluster, admin, topics, groups);
    }

    @Test
    void describeEqualsWhatTheAdminApiReports() throws Exception {
        create(new NewTopicRequest("described", 3, (short) 3, Map.of("retention.ms", "60000")));

        TopicInfo info = topics.describe("described");

        TopicDescription expected = admin.describeTopics(List.of("described")).allTopicNames().get().get("described");
        assertThat(info.partitions()).hasSize(expected.partitions().size());
        for (var partition : expected.partitions()) {
            PartitionInfo actual = info.partitions().get(partition.partition());
            assertThat(actual.leader()).isEqualTo(partition.leader().id());
            assertThat(actual.replicas()).isEqualTo(partition.replicas().stream().map(Node::id).toList());
            assertThat(actual.isr()).isEqualTo(partition.isr().stream().map(Node::id).toList());
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "described");
        Config configs = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        assertThat(info.configs()).hasSize(configs.entries().size());
        for (ConfigEntry entry : configs.entries()) {
            assertThat(info.configs()).contains(new TopicConfigEntry(entry.name(), entry.value(), entry.isDefault(),
                    entry.source().name()));
        }
        assertThat(config(info, "retention.ms")).satisfies(c -> {
            assertThat(c.value()).isEqualTo("60000");
            assertThat(c.isDefault()).isFalse();
            assertThat(c.isOverride()).isTrue();
        });
        assertThat(config(info, "cleanup.policy").isDefault()).isTrue();
        // set in every broker's file, so not Kafka's default, but not the topic's own either
        assertThat(config(info, "min.insync.replicas")).satisfies(c -> {
            assertThat(c.isDefault()).isFalse();
            assertThat(c.isOverride()).isFalse();
        });
    }

    @Test
    void rejectsBadRequestsWithTheReason() {
        assertThatThrownBy(() -> topics.create(new NewTopicRequest("no spaces allowed", 1, (short) 1, Map.of())))
                .isInstanceOf(AdminException.class).hasMessageStartingWith("invalid topic name")
                .hasMessageContaining("no spaces allowed");
        assertThatThrownBy(() -> topics.create(new NewTopicRequest("too-many-replicas", 1, (short) 4, Map.of())))
                .isInstanceOf(AdminException.class)
                .hasMessage("replication factor 4 is larger than the number of live brokers (3)");
        assertThatThrownBy(() -> topics.create(new NewTopicRequest("bad-config", 1, (short) 1, Map.of("retention.msec", "1"))))
                .isInstanceOf(AdminException.class).hasMessageContaining("retention.msec");
        assertThatThrownBy(() -> topics.create(NewTopicRequest.withAssignment("bad-assignment",
                Map.of(0, List.of(1, 9)), Map.of())))
                .isInstanceOf(AdminException.class).hasMessageContaining("broker 9");
        create(new NewTopicRequest("exists", 1, (short) 1, Map.of()));
        assertThatThrownBy(() -> topics.create(new NewTopicRequest("exists", 1, (short) 1, Map.of())))
                .isInstanceOf(AdminException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> topics.describe("never-created"))
                .isInstanceOf(AdminException.class).hasMessage("cannot describe topic never-created: no such topic");
    }

    @Test
    void createsWithAnExplicitAssignmentAndReassignsToMoveLeadership() {
        create(NewTopicRequest.withAssignment("placed", Map.of(0, List.of(1, 2), 1, List.of(2, 3)), Map.of()));

        assertThat(topics.describe("placed").partitions()).extracting(PartitionInfo::replicas)
                .containsExactly(List.of(1, 2), List.of(2, 3));

        topics.reassign("placed", 0, List.of(3, 1), WAIT);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(topics.describe("placed").partitions().get(0).replicas()).containsExactly(3, 1));
        await().atMost(WAIT).untilAsserted(() -> {
            topics.electPreferredLeaders("placed");
            assertThat(topics.describe("placed").partitions().get(0).leader()).isEqualTo(3);
        });
        assertThat(topics.electPreferredLeaders("placed")).isEqualTo(new ElectionResult(List.of(), Map.of()));
    }

    @Test
    void electsThePreferredLeaderOfTheGivenPartitionOnly() {
        create(NewTopicRequest.withAssignment("elect-one", Map.of(0, List.of(1, 2), 1, List.of(2, 3)), Map.of()));
        // the same replicas in another order: each partition's leader is no longer its preferred replica
        topics.reassign("elect-one", 1, List.of(3, 2), WAIT);
        topics.reassign("elect-one", 0, List.of(2, 1), WAIT);

        List<Integer> moved = new ArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            moved.addAll(topics.electPreferredLeaders("elect-one", Set.of(0)));
            assertThat(topics.describe("elect-one").partitions().get(0).leader()).isEqualTo(2);
        });
        assertThat(moved).containsExactly(0);
        assertThat(topics.describe("elect-one").partitions().get(1).leader()).as("left with its leader").isEqualTo(2);
        assertThatThrownBy(() -> topics.electPreferredLeaders("elect-one", Set.of(2)))
                .isInstanceOf(AdminException.class).hasMessage("topic elect-one has no partition 2 (it has 2)");
    }

    @Test
    void altersConfigsIncrementallyAndAddsPartitions() {
        create(new NewTopicRequest("altered", 1, (short) 2, Map.of("retention.ms", "60000")));

        topics.alterConfigs("altered", Map.of("max.message.bytes", "200000"), Set.of());
        await().atMost(WAIT).untilAsserted(() -> {
            TopicInfo info = topics.describe("altered");
            assertThat(config(info, "max.message.bytes").value()).isEqualTo("200000");
            assertThat(config(info, "retention.ms").value()).isEqualTo("60000");
        });
        topics.alterConfigs("altered", Map.of(), Set.of("retention.ms"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(config(topics.describe("altered"), "retention.ms").isDefault()).isTrue());
        assertThatThrownBy(() -> topics.alterConfigs("altered", Map.of("cleanup.policy", "sometimes"), Set.of()))
                .isInstanceOf(AdminException.class).hasMessageContaining("cleanup.policy");

        topics.addPartitions("altered", 4);
        await().atMost(WAIT).untilAsserted(() -> assertThat(topics.describe("altered").partitions()).hasSize(4));
        assertThatThrownBy(() -> topics.addPartitions("altered", 2))
                .isInstanceOf(AdminException.class).hasMessageContaining("can only add");
    }

    @Test
    void deletesATopic() {
        create(new NewTopicRequest("doomed", 1, (short) 1, Map.of()));

        topics.delete("doomed");

        await().atMost(WAIT).untilAsserted(() -> assertThat(topics.list()).doesNotContain("doomed"));
    }

    @Test
    void reportsGroupLagAndResetsOffsets() {
        create(new NewTopicRequest("lagging", 2, (short) 3, Map.of()));
        try (Publisher publisher = new Publisher(bootstrap, Acks.ALL)) {
            for (int i = 0; i < 10; i++) {
                publisher.send(new io.brokerlab.launcher.messaging.OutgoingMessage("lagging", i % 2, null, "m" + i,
                        Map.of())).join();
            }
        }
        assertThat(topics.endOffsets("lagging")).containsExactlyInAnyOrderEntriesOf(Map.of(0, 5L, 1, 5L));
        consumeAndCommit("readers", "lagging", 10);

        assertThat(groups.list()).contains("readers");
        ConsumerGroupLag caughtUp = groups.lag("readers");
        assertThat(caughtUp.partitions()).hasSize(2).allSatisfy(p -> assertThat(p.lag()).isZero());

        Map<Integer, Long> reset = groups.resetOffsets("readers", "lagging", new OffsetResetTarget.Earliest());
        assertThat(reset).containsExactlyInAnyOrderEntriesOf(Map.of(0, 0L, 1, 0L));
        ConsumerGroupLag behind = groups.lag("readers");
        assertThat(behind.totalLag()).isEqualTo(10);
        assertThat(behind.partitions()).extracting(ConsumerGroupLag.PartitionLag::lag).containsExactly(5L, 5L);

        assertThat(groups.resetOffsets("readers", "lagging", new OffsetResetTarget.ToOffset(3)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, 3L, 1, 3L));
        assertThat(groups.resetOffsets("readers", "lagging", new OffsetResetTarget.ToTimestamp(Long.MAX_VALUE / 2)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, 5L, 1, 5L));
    }

    @Test
    void cliRunsTheTopicCommandsAgainstBootstrapServers() throws Exception {
        assertThat(cli("topic", "create", "cli-topic", "--bootstrap", bootstrap, "--replica-assignment", "1:2,2:3,3:1",
                "--config", "retention.ms=120000")).isEqualTo(new CliRun(0, "created topic cli-topic\n", ""));
        await().atMost(WAIT).ignoreExceptions()
                .until(() -> topics.describe("cli-topic").partitions().stream().allMatch(p -> p.leader() >= 0));
        assertThat(cli("topic", "alter-config", "cli-topic", "--bootstrap", bootstrap, "--set", "retention.ms=300000").exit())
                .isZero();
        assertThat(cli("topic", "add-partitions", "cli-topic", "--bootstrap", bootstrap, "--partitions", "4").exit()).isZero();
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode described = new ObjectMapper().readTree(
                    cli("topic", "describe", "cli-topic", "--bootstrap", bootstrap, "--json").out());
            assertThat(described.get("partitions")).hasSize(4);
            assertThat(described.get("partitions").get(0).get("replicas").toString()).isEqualTo("[1,2]");
            assertThat(described.get("configs").findValues("name").stream().map(JsonNode::asText))
                    .contains("retention.ms");
        });

        CliRun rejected = cli("topic", "create", "bad name", "--bootstrap", bootstrap, "--partitions", "1",
                "--replication-factor", "1");
        assertThat(rejected.exit()).isEqualTo(1);
        assertThat(rejected.err()).startsWith("brokerlab: invalid topic name").hasLineCount(1);
        CliRun unknownKey = cli("topic", "alter-config", "cli-topic", "--bootstrap", bootstrap, "--set", "retention.msec=1");
        assertThat(unknownKey.exit()).isEqualTo(1);
        assertThat(unknownKey.err()).contains("retention.msec").hasLineCount(1);

        assertThat(cli("topic", "delete", "cli-topic", "--bootstrap", bootstrap).exit()).isZero();
    }

    private record CliRun(int exit, String out, String err) {
    }

    private static CliRun cli(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = BrokerlabCli.execute(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void consumeAndCommit(String group, String topic, int count) {
        Properties props = KafkaClients.base(bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            int[] read = {0};
            await().atMost(WAIT).until(() -> {
                read[0] += consumer.poll(Duration.ofMillis(200)).count();
                return read[0] >= count;
            });
            consumer.commitSync();
        }
    }

    @Test
    void readsABrokersConfigsAndChangesTheDynamicOnes() {
        try (BrokerConfigService brokers = new BrokerConfigService(KafkaClients.admin(bootstrap))) {
            assertThat(brokers.describe(2)).anySatisfy(e -> {
                assertThat(e.name()).isEqualTo("broker.id");
                assertThat(e.value()).isEqualTo("2");
                assertThat(e.readOnly()).isTrue();
                assertThat(e.source()).isEqualTo("STATIC_BROKER_CONFIG");
            });

            brokers.alter(2, Map.of("message.max.bytes", "2000000"), Set.of());
            await().atMost(WAIT).untilAsserted(() -> assertThat(brokers.describe(2))
                    .contains(new BrokerConfigEntry("message.max.bytes", "2000000", "DYNAMIC_BROKER_CONFIG", false, false)));
            brokers.alter(2, Map.of(), Set.of("message.max.bytes"));
            await().atMost(WAIT).untilAsserted(() -> assertThat(brokers.describe(2))
                    .filteredOn(e -> e.name().equals("message.max.bytes"))
                    .singleElement().satisfies(e -> assertThat(e.source()).isNotEqualTo("DYNAMIC_BROKER_CONFIG")));

            assertThatThrownBy(() -> brokers.alter(2, Map.of("broker.id", "7"), Set.of()))
                    .isInstanceOf(AdminException.class).hasMessageContaining("broker 2");
        }
    }

    private void create(NewTopicRequest request) {
        topics.create(request);
        await().atMost(WAIT).ignoreExceptions()
                .until(() -> topics.describe(request.name()).partitions().stream().allMatch(p -> p.leader() >= 0));
    }

    private static TopicConfigEntry config(TopicInfo info, String name) {
        return info.configs().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
