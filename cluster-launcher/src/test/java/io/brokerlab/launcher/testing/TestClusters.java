package io.brokerlab.launcher.testing;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.PortAllocator;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;

/**
 * Real clusters for integration tests: a temp workspace on free high ports, never the
 * defaults, so tests run beside a user's own cluster.
 */
public final class TestClusters {

    private TestClusters() {
    }

    /** Creates a workspace whose client ports are all free right now. */
    public static Workspace workspace(Path dir, int zookeepers, int brokers) {
        for (int attempt = 0; attempt < 50; attempt++) {
            // Below the ephemeral ranges and the launcher's own allocation range (27000+).
            int zkBase = ThreadLocalRandom.current().nextInt(16_000, 21_000);
            int brokerBase = ThreadLocalRandom.current().nextInt(21_000, 26_900);
            if (allFree(zkBase, zookeepers) && allFree(brokerBase, brokers)) {
                return Workspace.create(dir, new ClusterDefinition(zookeepers, brokers, zkBase, brokerBase));
            }
        }
        throw new IllegalStateException("no free port range found for a test cluster");
    }

    /** Creates a workspace and starts the whole cluster; the caller closes it with {@link #tearDown}. */
    public static LocalCluster started(Path dir, int zookeepers, int brokers) {
        return started(dir, zookeepers, brokers, Map.of());
    }

    /** As {@link #started(Path, int, int)}, with {@code brokerSettings} written into every broker's file first. */
    public static LocalCluster started(Path dir, int zookeepers, int brokers, Map<String, String> brokerSettings) {
        Workspace workspace = workspace(dir, zookeepers, brokers);
        for (NodeId broker : workspace.definition().brokerIds()) {
            PropertiesDocument properties = workspace.properties(broker);
            brokerSettings.forEach(properties::set);
            properties.write(workspace.propertiesFile(broker));
        }
        LocalCluster cluster = LocalCluster.open(workspace);
        try {
            cluster.up().join();
            // a broker is ready once registered; the metadata the others answer with follows a moment later
            try (TopicService topics = new TopicService(KafkaClients.admin(cluster.snapshot().bootstrapServers()))) {
                Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                        .until(() -> topics.liveBrokers().size() == brokers);
            }
        } catch (RuntimeException e) {
            tearDown(cluster);
            throw e;
        }
        return cluster;
    }

    /** Stops every node, whatever state the test left it in. */
    /** Closes {@code clients} first (one that fails to close must not keep the cluster running), then the cluster. */
    public static void tearDown(LocalCluster cluster, AutoCloseable... clients) {
        for (AutoCloseable client : clients) {
            if (client != null) {
                try {
                    client.close();
                } catch (Exception e) {
                    // tear the cluster down regardless
                }
            }
        }
        tearDown(cluster);
    }

    public static void tearDown(LocalCluster cluster) {
        if (cluster == null) {
            return;
        }
        try {
            cluster.down().join();
        } finally {
            cluster.close();
        }
    }

    private static boolean allFree(int base, int count) {
        return IntStream.range(base, base + count).allMatch(p -> PortAllocator.checkAvailable(p).isEmpty());
    }
}
