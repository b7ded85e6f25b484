package io.brokerlab.launcher.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cli.BrokerlabCli;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.testing.TestClusters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DurabilityIT {

    @TempDir
    static Path dir;

    private LocalCluster cluster;
    private String bootstrap;
    private TopicService topics;

    @BeforeAll
    void startCluster() {
        cluster = TestClusters.started(dir, 1, 3);
        bootstrap = cluster.snapshot().bootstrapServers();
        topics = new TopicService(KafkaClients.admin(bootstrap));
    }

    @AfterAll
    void stopCluster() {
        if (topics != null) {
            topics.close();
        }
        TestClusters.tearDown(cluster);
    }

    @Test
    void acksAllLosesNothingWhileLeadersAreKilled() throws InterruptedException {
        create("durable", 3);

        DurabilityReport report = new DurabilityCheck(bootstrap, cluster)
                .run(new DurabilityCheck.Options("durable", 4000, 400, Acks.ALL, Duration.ofSeconds(3)));

        assertThat(report.chaosEvents()).anyMatch(e -> e.contains("killing broker-"));
        assertThat(report.acknowledged() + report.failed()).isEqualTo(4000);
        assertThat(report.acknowledged()).isPositive();
        assertThat(report.lost()).isZero();
        assertThat(report.duplicated()).isZero();
        assertThat(report.outOfOrder()).isZero();
        assertThat(report.read()).isGreaterThanOrEqualTo(report.acknowledged());
        awaitHealed("cli-chaos");
    }

    @Test
    void recordsThatAreReallyGoneAreReportedLost() throws Exception {
        create("trimmed", 2);
        DurabilityCheck check = new DurabilityCheck(bootstrap, null);
        DurabilityCheck.Progress progress = new DurabilityCheck.Progress();
        DurabilityCheck.Produced produced = check.produce(new DurabilityCheck.Options("trimmed", 200, 0, Acks.ALL, null),
                progress);
        assertThat(progress.sent()).isEqualTo(200);
        assertThat(progress.acknowledged() + progress.failed()).as("every send answered").isEqualTo(200);
        TopicPartition first = new TopicPartition("trimmed", 0);
        long start = produced.startOffsets().get(first);
        try (Admin admin = KafkaClients.admin(bootstrap)) {
            admin.deleteRecords(Map.of(first, RecordsToDelete.beforeOffset(start + 30))).all().get();
        }

        DurabilityReport report = check.readBack(produced);

        assertThat(report.partitions().get(0).lost()).isEqualTo(30);
        assertThat(report.partitions().get(0).read()).isEqualTo(70);
        assertThat(report.partitions().get(1).lost()).isZero();
        assertThat(report.partitions().get(1).read()).isEqualTo(100);
        assertThat(report.acknowledged()).isEqualTo(200);
        assertThat(report.intact()).isFalse();
    }

    @Test
    void cliPrintsTheReportAsJson() throws Exception {
        create("cli-verify", 2);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = BrokerlabCli.execute("verify", "cli-verify", "--bootstrap", bootstrap, "--messages", "100", "--json");
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(captured.toString(StandardCharsets.UTF_8));
        assertThat(json.get("acknowledged").asLong()).isEqualTo(100);
        assertThat(json.get("lost").asLong()).isZero();
        assertThat(json.get("partitions")).hasSize(2);
        assertThat(json.get("partitions").get(0).get("read").asLong()).isEqualTo(50);
    }

    @Test
    void cliChaosKillsLeadersOfTheWorkspaceClusterAndReportsAsText() {
        create("cli-chaos", 2);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = BrokerlabCli.execute("verify", "cli-chaos", "--workspace", dir.toString(), "--messages", "1500",
                    "--rate", "300", "--chaos", "2");
        } finally {
            System.setOut(original);
        }

        String report = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("chaos: ").contains("killing broker-")
                .contains("OK: every acknowledged message (acks=all) was read back once, in order");
        awaitHealed("cli-chaos");
    }

    @Test
    void aCancelledCheckStillStartsTheBrokerItsChaosKilled() throws InterruptedException {
        create("cancelled", 3);
        Thread check = new Thread(() -> {
            try {
                new DurabilityCheck(bootstrap, cluster).run(new DurabilityCheck.Options("cancelled", 100_000, 200,
                        Acks.ALL, Duration.ofSeconds(1)));
            } catch (InterruptedException | RuntimeException cancelled) {
                // how a cancelled check ends is not the point here
            }
        }, "durability-check");
        check.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.refresh().join().liveBrokers() < 3);

        check.interrupt();
        check.join(Duration.ofMinutes(3).toMillis());

        assertThat(check.isAlive()).isFalse();
        awaitHealed("cancelled");
    }

    private void create(String topic, int partitions) {
        topics.create(new NewTopicRequest(topic, partitions, (short) 3, Map.of("min.insync.replicas", "2")));
        awaitHealed(topic);
    }

    /** Every replica back in sync: a restarted broker has caught up, metadata included, before the next test. */
    private void awaitHealed(String topic) {
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> cluster.refresh().join().liveBrokers() == 3
                && topics.describe(topic).partitions().stream().allMatch(p -> p.leader() >= 0 && p.isr().size() == 3));
    }
}
