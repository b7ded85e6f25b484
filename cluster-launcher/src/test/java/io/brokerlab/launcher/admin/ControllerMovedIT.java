package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Controller-bound requests from long-lived services that last spoke to a controller which was then killed and started
 * again, as the app's own service does after a chaos run. Each service lost its connection with the kill and refreshed
 * its metadata at once, while the other brokers still named the dead broker as controller; it keeps that stale
 * controller until metadata.max.age.ms (5 min), and the restarted broker answers it NOT_CONTROLLER.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControllerMovedIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private LocalCluster cluster;
    /** Fresh views of the cluster for the waits, so the services under test learn nothing from them. */
    private Admin observer;
    private TopicService watcher;
    private TopicService electing;
    private TopicService moving;
    private TopicService growing;
    private int controller;
    private int a;
    private int b;

    @BeforeAll
    void placeTopicsThenKillAndRestartTheController() throws Exception {
        // the controller's own rebalancing would move the leaders back too, racing the elections asked for here
        cluster = TestClusters.started(dir, 1, 3, Map.of("auto.leader.rebalance.enable", "false"));
        String bootstrap = cluster.snapshot().bootstrapServers();
        observer = KafkaClients.admin(bootstrap);
        watcher = new TopicService(KafkaClients.admin(bootstrap));
        electing = new TopicService(KafkaClients.admin(bootstrap));
        moving = new TopicService(KafkaClients.admin(bootstrap));
        growing = new TopicService(KafkaClients.admin(bootstrap));
        controller = observer.describeCluster().controller().get().id();
        List<Integer> others = List.of(1, 2, 3).stream().filter(id -> id != controller).toList();
        a = others.get(0);
        b = others.get(1);
        // every partition prefers the controller, so each has a new leader once it is killed
        watcher.create(NewTopicRequest.withAssignment("demo",
                Map.of(0, List.of(controller, a, b), 1, List.of(controller, b, a)), Map.of()));
        watcher.create(NewTopicRequest.withAssignment("moved", Map.of(0, List.of(controller, a, b)), Map.of()));
        watcher.create(NewTopicRequest.withAssignment("grown", Map.of(0, List.of(controller, a, b)), Map.of()));
        // each service asks the controller for something (here, an election with nothing to elect) before the kill
        for (TopicService service : List.of(electing, moving, growing)) {
            await().atMost(WAIT).ignoreExceptions().until(() -> service.electPreferredLeaders("demo")
                    .equals(new ElectionResult(List.of(), Map.of())));
        }

        cluster.kill(NodeId.broker(controller)).join();
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            Node now = observer.describeCluster().controller().get();
            return now != null && now.id() != controller && leadersAvoid("demo", "moved", "grown");
        });
        cluster.start(NodeId.broker(controller)).join();
        await().atMost(WAIT).ignoreExceptions().until(() -> List.of("demo", "moved", "grown").stream()
                .allMatch(name -> watcher.describe(name).partitions().stream()
                        .allMatch(p -> p.isr().contains(controller))));
    }

    private boolean leadersAvoid(String... names) {
        return List.of(names).stream().allMatch(name -> watcher.describe(name).partitions().stream()
                .allMatch(p -> p.leader() != controller && p.leader() >= 0));
    }

    @AfterAll
    void stopCluster() {
        TestClusters.tearDown(cluster, observer, watcher, electing, moving, growing);
    }

    @Test
    void aPreferredElectionMovesTheLeadersBackToTheRestartedController() {
        ElectionResult result = electing.electPreferredLeaders("demo");

        assertThat(result).isEqualTo(new ElectionResult(List.of(0, 1), Map.of()));
        await().atMost(WAIT).until(() -> watcher.describe("demo").partitions().stream()
                .allMatch(p -> p.leader() == controller));
    }

    @Test
    void aLeaderMoveReachesTheNewController() {
        // as the app moves a leader: the replicas reordered, then the new first one (not the leader since the kill,
        // broker a) elected
        moving.reassign("moved", 0, List.of(b, controller, a), WAIT);

        assertThat(moving.electPreferredLeaders("moved", Set.of(0))).containsExactly(0);
        await().atMost(WAIT).until(() -> watcher.describe("moved").partitions().get(0).leader() == b);
    }

    @Test
    void partitionsAddedReachTheNewController() {
        growing.addPartitions("grown", 3);

        await().atMost(WAIT).until(() -> watcher.describe("grown").partitions().size() == 3);
    }
}
