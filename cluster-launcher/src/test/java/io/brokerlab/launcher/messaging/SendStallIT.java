package io.brokerlab.launcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real cluster below min.insync.replicas: the producer only ever says "timed out"; the metadata says why. */
class SendStallIT {

    @TempDir
    Path dir;

    private LocalCluster cluster;

    @AfterEach
    void stopCluster() {
        TestClusters.tearDown(cluster);
    }

    @Test
    void aPartitionBelowMinInsyncReplicasIsTheReasonAcksAllSendsWait() {
        cluster = TestClusters.started(dir, 1, 2);
        String bootstrap = cluster.snapshot().bootstrapServers();
        try (TopicService topics = new TopicService(KafkaClients.admin(bootstrap))) {
            topics.create(new NewTopicRequest("stall", 1, (short) 2, Map.of("min.insync.replicas", "2")));
        }
        try (Publisher all = new Publisher(bootstrap, Acks.ALL); Publisher one = new Publisher(bootstrap, Acks.ONE)) {
            assertThat(all.send("stall", "k", "before").join().ok()).isTrue();
            assertThat(all.stallReason("stall", null, "k")).as("both replicas in sync").isEmpty();

            cluster.stop(NodeId.broker(2)).join();

            await().atMost(Duration.ofSeconds(60)).until(() -> all.stallReason("stall", null, "k"),
                    reason -> reason.orElse("").equals("partition stall-0 has 1 in-sync replica, below"
                            + " min.insync.replicas=2; acks=all writes wait until a replica catches up: start the stopped"
                            + " brokers (acks=1 writes are taken meanwhile, but not readable until then)"));
            assertThat(one.stallReason("stall", null, "k")).as("acks=1 needs the leader only")
                    .isEqualTo(Optional.empty());
            assertThat(one.send("stall", "k", "after").join().ok()).isTrue();
        }
    }
}
