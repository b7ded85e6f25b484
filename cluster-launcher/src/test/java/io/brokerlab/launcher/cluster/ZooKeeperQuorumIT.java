package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.admin.AdminException;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Publisher;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** A 3-node ensemble with 3 brokers: roles, leader election, quorum loss and its return. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZooKeeperQuorumIT {

    @TempDir
    static Path dir;

    static LocalCluster cluster;
    static TopicService topics;

    @BeforeAll
    static void up() {
        cluster = TestClusters.started(dir, 3, 3);
        topics = new TopicService(KafkaClients.admin(cluster.snapshot().bootstrapServers()));
        topics.create(new NewTopicRequest("quorum", 3, (short) 3, Map.of()));
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
    void eachZooKeeperReportsItsRole() {
        List<String> roles = cluster.refresh().join().zookeepers().stream()
                .map(zk -> zk.role().orElse("none")).sorted().toList();
        assertThat(roles).containsExactly("follower", "follower", "leader");
        assertThat(cluster.refresh().join().zookeepers()).allSatisfy(zk -> assertThat(zk.zxid()).isPresent());
    }

    @Test
    @Order(2)
    void killingTheLeaderElectsAnotherAndProducingStillWorks() {
        NodeStatus leader = zookeeperLeader();
        // what the app hears, and what a fresh reader such as `brokerlab status` sees, while the survivors re-elect
        List<String> survivorStates = new CopyOnWriteArrayList<>();
        Subscription heard = cluster.addListener(Runnable::run, (before, now, snapshot) -> {
            if (now.kind() == NodeKind.ZOOKEEPER && !now.id().equals(leader.id())) {
                survivorStates.add(now.name() + " " + now.state().label() + " " + now.role().orElse(""));
            }
        });
        try {
            cluster.kill(leader.id()).join();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
                try (LocalCluster fresh = LocalCluster.open(cluster.workspace())) {
                    fresh.snapshot().zookeepers().stream().filter(zk -> !zk.id().equals(leader.id()))
                            .forEach(zk -> survivorStates.add(zk.name() + " " + zk.state().label() + " (fresh)"));
                }
                ClusterSnapshot snapshot = cluster.refresh().join();
                return snapshot.zookeepers().stream().filter(zk -> !zk.id().equals(leader.id()))
                        .allMatch(zk -> zk.role().filter(r -> r.equals("leader") || r.equals("follower")).isPresent());
            });
        } finally {
            heard.close();
        }
        assertThat(survivorStates).as("the survivors' states from the kill to the new quorum")
                .noneMatch(s -> s.contains(" starting"));
        assertThat(produce(20)).allMatch(SendResult::ok);
    }

    @Test
    @Order(3)
    void withoutQuorumTopicCreationFailsClearlyWithinBoundedTime() {
        NodeStatus second = cluster.refresh().join().zookeepers().stream()
                .filter(zk -> zk.state() == NodeState.RUNNING).findFirst().orElseThrow();
        cluster.kill(second.id()).join();
        Instant began = Instant.now();
        assertThatThrownBy(() -> topics.create(new NewTopicRequest("no-quorum", 1, (short) 3, Map.of())))
                .isInstanceOf(AdminException.class)
                .hasMessageContaining("may still appear");
        assertThat(Duration.between(began, Instant.now())).isLessThan(Duration.ofSeconds(45));
    }

    @Test
    @Order(4)
    void restartingTheZooKeepersRestoresTopicCreation() {
        cluster.refresh().join().zookeepers().stream()
                .filter(zk -> zk.state() != NodeState.RUNNING)
                .map(zk -> cluster.start(zk.id()))
                .toList()
                .forEach(CompletableFuture::join);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            topics.create(new NewTopicRequest("after-quorum", 1, (short) 3, Map.of()));
            return true;
        });
        // Brokers' metadata caches catch up with ZooKeeper asynchronously after the quorum returns.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> topics.list().contains("after-quorum"));
    }

    /**
     * A broker killed while ZooKeeper had no quorum keeps its registration until the quorum is back and its session
     * expires; Start all launches it with the ZooKeepers, before anyone can tell it to wait. It comes up all the same.
     */
    @Test
    @Order(5)
    void startAllBringsBackABrokerKilledWithoutQuorum() {
        List<NodeStatus> zookeepers = cluster.refresh().join().zookeepers();
        cluster.kill(zookeepers.get(1).id()).join();
        cluster.kill(zookeepers.get(2).id()).join();
        NodeStatus broker = cluster.snapshot().brokers().get(0);
        cluster.kill(broker.id()).join();

        ClusterSnapshot up = cluster.up().join();

        assertThat(up.nodes()).allSatisfy(node -> assertThat(node.state()).as(node.name())
                .isEqualTo(NodeState.RUNNING));
        assertThat(up.liveBrokers()).isEqualTo(3);
        assertThat(produce(20)).allMatch(SendResult::ok);
    }

    private static NodeStatus zookeeperLeader() {
        return cluster.refresh().join().zookeepers().stream()
                .filter(zk -> zk.role().orElse("").equals("leader")).findFirst().orElseThrow();
    }

    private static List<SendResult> produce(int count) {
        try (Publisher publisher = new Publisher(cluster.snapshot().bootstrapServers(), Acks.ALL)) {
            List<CompletableFuture<SendResult>> sends = IntStream.range(0, count)
                    .mapToObj(i -> publisher.send("quorum", null, "m" + i)).toList();
            publisher.flush();
            return sends.stream().map(CompletableFuture::join).toList();
        }
    }
}
