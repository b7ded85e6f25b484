package io.brokerlab.launcher.state;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.ZooKeeperClients;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.curator.framework.CuratorFramework;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.zookeeper.data.Stat;

/**
 * How long a leader change takes from ZooKeeper to the event stream: the partition state
 * znode's mtime (set by the ZooKeeper server when the controller writes the new leader) to
 * the moment the {@link EventType#LEADER_CHANGED} event reaches a listener. Server and client
 * share this machine's clock. A benchmark, not a test: run it by hand, see docs/PERFORMANCE.md.
 *
 * <p>Arguments: rounds (default 10).
 */
public final class LeaderChangeLatencyBenchmark {

    private static final String TOPIC = "latency";
    private static final String STATE_ZNODE = "/brokers/topics/" + TOPIC + "/partitions/0/state";

    private LeaderChangeLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("brokerlab-latency");
        LocalCluster cluster = TestClusters.started(dir, 1, 3);
        List<Long> delays = new ArrayList<>();
        try (Admin admin = KafkaClients.admin(cluster.snapshot().bootstrapServers());
             ClusterStateWatcher watcher = ClusterStateWatcher.forLocal(cluster);
             CuratorFramework zk = ZooKeeperClients.create(cluster.snapshot().zookeeperConnect())) {
            zk.start();
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 3))).all().get();
            AtomicReference<CompletableFuture<Long>> arrival = new AtomicReference<>(new CompletableFuture<>());
            watcher.addListener(Runnable::run, (state, events) -> events.stream()
                    .filter(e -> e.type() == EventType.LEADER_CHANGED && TOPIC.equals(e.topic()) && e.leader() >= 0)
                    .findFirst()
                    .ifPresent(e -> arrival.get().complete(System.currentTimeMillis())));
            awaitFullIsr(watcher);
            for (int round = 1; round <= rounds; round++) {
                int leader = watcher.current().partition(TOPIC, 0).orElseThrow().leader();
                CompletableFuture<Long> seen = new CompletableFuture<>();
                arrival.set(seen);
                cluster.kill(NodeId.broker(leader)).join();
                long arrivedAt = seen.get(60, TimeUnit.SECONDS);
                Stat stat = new Stat();
                zk.getData().storingStatIn(stat).forPath(STATE_ZNODE);
                long delay = arrivedAt - stat.getMtime();
                delays.add(delay);
                System.out.printf("round %d: leader %d killed, new leader %d, znode mtime -> event %d ms%n", round,
                        leader, watcher.current().partition(TOPIC, 0).orElseThrow().leader(), delay);
                cluster.start(NodeId.broker(leader)).join();
                awaitFullIsr(watcher);
            }
        } finally {
            TestClusters.tearDown(cluster);
        }
        Collections.sort(delays);
        System.out.printf("leader change, znode mtime -> listener: min %d ms, median %d ms, max %d ms over %d rounds%n",
                delays.get(0), delays.get(delays.size() / 2), delays.get(delays.size() - 1), delays.size());
    }

    /** Waits for the restarted broker to rejoin the ISR, so the next kill starts from a healthy partition. */
    private static void awaitFullIsr(ClusterStateWatcher watcher) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (watcher.current().partition(TOPIC, 0).map(p -> p.isr().size() < 3).orElse(true)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("ISR of " + TOPIC + "-0 did not return to 3 replicas");
            }
            // A benchmark runner, not a test: a plain poll keeps it free of test libraries.
            Thread.sleep(100);
        }
    }
}
