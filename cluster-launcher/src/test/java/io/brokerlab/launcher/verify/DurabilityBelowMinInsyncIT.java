package io.brokerlab.launcher.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Publisher;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review's cluster: 1 ZooKeeper, 3 brokers, a topic with RF 3 and min.insync.replicas=2, two brokers killed. The
 * check used to sit at 0 sent for 30 s and then say only "Failed to get offsets by times in 30001ms".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DurabilityBelowMinInsyncIT {

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
        TestClusters.tearDown(cluster, topics);
    }

    /** Every broker back, for the next test. */
    @AfterEach
    void startTheKilledBrokers() {
        for (int id = 1; id <= 3; id++) {
            if (cluster.refresh().join().node(NodeId.broker(id)).map(n -> n.state() != NodeState.RUNNING)
                    .orElse(false)) {
                cluster.start(NodeId.broker(id)).join();
            }
        }
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                .until(() -> topics.liveBrokers().size() == 3);
    }

    @Test
    void brokersKilledUnderLoadAreNamedBeforeAnythingIsSent() {
        create("orders");
        // writes in flight while the brokers die: the survivor's high watermark is left behind, which Kafka 3.9 does not
        // move on below min.insync.replicas, so asking where the partitions end is what used to time out
        AtomicBoolean loading = new AtomicBoolean(true);
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            try (Publisher publisher = new Publisher(bootstrap, Acks.ONE)) {
                for (int n = 0; loading.get(); n++) {
                    publisher.send("orders", null, "load-" + n);
                }
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> topics.endOffsets("orders").values().stream()
                .mapToLong(Long::longValue).sum() > 10_000);
        cluster.kill(NodeId.broker(1)).join();
        cluster.kill(NodeId.broker(2)).join();
        loading.set(false);
        load.join();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> topics.describe("orders").partitions()
                .stream().allMatch(p -> p.isr().size() == 1));

        DurabilityCheck.Progress progress = new DurabilityCheck.Progress();
        long start = System.nanoTime();
        Throwable refused = catchThrowable(() -> new DurabilityCheck(bootstrap, null)
                .produce(new DurabilityCheck.Options("orders", 10_000, 1000, Acks.ALL, null), progress));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(refused).isInstanceOf(DurabilityCheckException.class).hasMessage("Nothing was sent: all 6 partitions"
                + " of orders have 1 in-sync replica, fewer than min.insync.replicas=2, so Kafka refuses acks=all"
                + " writes to them (NOT_ENOUGH_REPLICAS). broker-1 and broker-2 are down: start one of them; run the"
                + " check again once its replicas are back in sync (the Topics view, or brokerlab topic describe orders,"
                + " shows the ISR).");
        assertThat(progress.sent()).isZero();
    }

    @Test
    void sendsThatWaitSayWhyAndGoThroughOnceABrokerIsBack() {
        create("waiting");
        DurabilityCheck.Progress progress = new DurabilityCheck.Progress();
        CompletableFuture<DurabilityReport> run = CompletableFuture.supplyAsync(() -> {
            try {
                DurabilityCheck check = new DurabilityCheck(bootstrap, null);
                return check.readBack(check.produce(new DurabilityCheck.Options("waiting", 3000, 100, Acks.ALL, null),
                        progress));
            } catch (InterruptedException e) {
                throw new CompletionException(e);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.acknowledged() > 100);
        cluster.kill(NodeId.broker(1)).join();
        cluster.kill(NodeId.broker(2)).join();

        await().atMost(Duration.ofSeconds(60)).until(() -> progress.stall().map(DurabilityCheck.Stall::reason)
                .orElse("").startsWith("all 3 partitions of waiting have 1 in-sync replica, fewer than"
                        + " min.insync.replicas=2, so Kafka refuses acks=all writes to them (NOT_ENOUGH_REPLICAS)."
                        + " broker-1 and broker-2 are down: start one of them; the waiting sends go through once its"
                        + " replicas are back in sync"));
        assertThat(progress.stall().orElseThrow().waiting()).isPositive();
        assertThat(run).as("some sends were acknowledged: the check waits for a broker").isNotDone();

        cluster.start(NodeId.broker(1)).join();
        DurabilityReport report = run.join();

        assertThat(report.acknowledged() + report.failed()).isEqualTo(3000);
        assertThat(report.acknowledged()).isGreaterThan(100);
        assertThat(report.intact()).isTrue();
        assertThat(progress.stall()).isEmpty();
    }

    private void create(String topic) {
        int partitions = topic.equals("orders") ? 6 : 3;
        topics.create(new NewTopicRequest(topic, partitions, (short) 3, Map.of("min.insync.replicas", "2")));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> topics.describe(topic).partitions()
                .stream().allMatch(p -> p.leader() >= 0 && p.isr().size() == 3));
    }
}
