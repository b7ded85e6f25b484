package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preferred elections, leader moves and reassignments while a broker is down, on a real cluster whose broker-3 is
 * killed once all topics are placed; what Kafka itself does is asserted beside what Brokerlab allows. Each test uses
 * its own topics; none brings broker-3 back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadershipDuringFailoverIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private LocalCluster cluster;
    private Admin admin;
    private TopicService topics;

    @BeforeAll
    void startClusterPlaceTopicsAndKillBroker3() {
        cluster = TestClusters.started(dir, 1, 3);
        String bootstrap = cluster.snapshot().bootstrapServers();
        admin = KafkaClients.admin(bootstrap);
        topics = new TopicService(KafkaClients.admin(bootstrap));
        // partition 0 prefers broker-3 (which dies); partition 1 is led by broker-1 but prefers broker-2
        topics.create(NewTopicRequest.withAssignment("half", Map.of(0, List.of(3, 1), 1, List.of(1, 2)), Map.of()));
        topics.reassign("half", 1, List.of(2, 1), WAIT);
        topics.create(NewTopicRequest.withAssignment("three", Map.of(0, List.of(1, 2, 3)), Map.of()));
        topics.create(NewTopicRequest.withAssignment("shrink", Map.of(0, List.of(1, 2, 3)), Map.of()));
        topics.create(NewTopicRequest.withAssignment("pending", Map.of(0, List.of(1, 2, 3)), Map.of()));
        assertThat(topics.describe("half").partitions().get(1).leader()).isEqualTo(1);

        cluster.kill(NodeId.broker(3)).join();
        // the controller acts once ZooKeeper expires broker-3's session
        await().atMost(WAIT).ignoreExceptions().until(() -> topics.liveBrokers().size() == 2
                && topics.describe("half").partitions().get(0).leader() == 1
                && Set.copyOf(topics.describe("three").partitions().get(0).isr()).equals(Set.of(1, 2))
                && Set.copyOf(topics.describe("shrink").partitions().get(0).isr()).equals(Set.of(1, 2))
                && Set.copyOf(topics.describe("pending").partitions().get(0).isr()).equals(Set.of(1, 2)));
    }

    @AfterAll
    void stopCluster() {
        for (AutoCloseable client : new AutoCloseable[] {admin, topics}) {
            if (client != null) {
                try {
                    client.close();
                } catch (Exception e) {
                    // tear the cluster down regardless
                }
            }
        }
        TestClusters.tearDown(cluster);
    }

    @Test
    void aTopicWideElectionMovesWhatItCanAndNamesThePartitionWhosePreferredLeaderIsDown() {
        ElectionResult result = topics.electPreferredLeaders("half");

        assertThat(result.moved()).containsExactly(1);
        assertThat(result.notMoved()).containsOnlyKeys(0);
        assertThat(result.notMoved().get(0)).isEqualTo("its preferred replica broker-3 is down; start it again, then elect");
        assertThat(result.describe("half")).isEqualTo("preferred leader elected for partition(s) [1] of half; could not"
                + " move partition 0 (its preferred replica broker-3 is down; start it again, then elect)");
        await().atMost(WAIT).until(() -> topics.describe("half").partitions().get(1).leader() == 2);
        assertThatThrownBy(() -> topics.electPreferredLeaders("half", Set.of(0))).isInstanceOf(AdminException.class)
                .hasMessage("cannot elect the preferred leader of half-0: its preferred replica broker-3 is down; start"
                        + " it again, then elect");
    }

    @Test
    void kafkaCompletesAReorderThatKeepsAnOfflineReplicaSoTheLeaderMovesDuringAFailover() {
        topics.reassign("three", 0, List.of(2, 1, 3), WAIT);

        assertThat(topics.describe("three").partitions().get(0).replicas()).containsExactly(2, 1, 3);
        assertThat(topics.electPreferredLeaders("three", Set.of(0))).containsExactly(0);
        assertThat(topics.describe("three").partitions().get(0).leader()).isEqualTo(2);
    }

    @Test
    void aChangeOfReplicasThatKeepsAnOfflineOneIsRefusedSinceKafkaWouldWaitForIt() throws Exception {
        // what Kafka itself does with it: the reassignment stays pending while broker-3 is down
        TopicPartition pending0 = new TopicPartition("pending", 0);
        admin.alterPartitionReassignments(Map.of(pending0, Optional.of(new NewPartitionReassignment(List.of(1, 3)))))
                .all().get();
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> admin.listPartitionReassignments(Set.of(pending0)).reassignments().get().containsKey(pending0));
        admin.alterPartitionReassignments(Map.of(pending0, Optional.empty())).all().get();
        await().atMost(WAIT).until(() -> admin.listPartitionReassignments(Set.of(pending0)).reassignments().get().isEmpty());

        assertThatThrownBy(() -> topics.reassign("pending", 0, List.of(1, 3), WAIT)).isInstanceOf(AdminException.class)
                .hasMessage(TopicService.offlineReplica("pending-0", 3));
        assertThat(TopicService.offlineReplica("pending-0", 3)).startsWith("broker-3, a replica of pending-0, is down")
                .contains("Start broker-3 again and retry, or leave it out of the list");
        assertThatThrownBy(() -> topics.reassign("pending", 0, List.of(2, 4), WAIT)).isInstanceOf(AdminException.class)
                .hasMessageContaining("broker 4, which is not a live broker");
        // Kafka's cancellation restored the replicas, though not their order
        assertThat(topics.describe("pending").partitions().get(0).replicas()).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void theAdvisedWayOutReassigningToLiveBrokersOnlyCompletesAndThenTheLeaderMoves() {
        topics.reassign("shrink", 0, List.of(2, 1), WAIT);
        assertThat(topics.electPreferredLeaders("shrink", Set.of(0))).containsExactly(0);
        assertThat(topics.describe("shrink").partitions().get(0)).satisfies(p -> {
            assertThat(p.replicas()).containsExactly(2, 1);
            assertThat(p.leader()).isEqualTo(2);
        });
    }

    @Test
    void readsTheBrokersDefaultsAndEveryTopicsPartitionsWithoutConfigs() {
        // Brokerlab's files set 2 on a cluster of three brokers: what a topic that sets none gets
        assertThat(topics.brokerConfig("min.insync.replicas")).contains("2");
        assertThat(topics.brokerConfig("no.such.setting")).isEmpty();
        assertThat(topics.describePartitionsOfAll()).filteredOn(t -> t.name().equals("three")).singleElement()
                .satisfies(t -> {
                    assertThat(t.partitions()).isEqualTo(topics.describe("three").partitions());
                    assertThat(t.configs()).isEmpty();
                });
    }
}
