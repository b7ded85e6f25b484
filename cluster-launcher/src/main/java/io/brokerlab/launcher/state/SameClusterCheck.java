package io.brokerlab.launcher.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.cluster.ClusterException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.curator.framework.CuratorFramework;
import org.apache.kafka.clients.admin.Admin;
import org.apache.zookeeper.KeeperException;

/**
 * Makes sure a ZooKeeper given beside bootstrap servers is the one those brokers use: it answers within a bounded
 * time, and its {@code /cluster/id} is the cluster id the brokers report. Without this a wrong address would watch
 * nothing (or another cluster) and the views would quietly show the wrong leaders.
 */
final class SameClusterCheck {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String CLUSTER_ID = "/cluster/id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SameClusterCheck() {
    }

    /**
     * Waits (up to {@link #TIMEOUT}) for {@code client}, already started, to connect, then compares the ids.
     *
     * @throws ClusterException saying what is wrong and what to give instead
     */
    static void require(CuratorFramework client, String zookeeper, String bootstrapServers) {
        try {
            if (!client.blockUntilConnected((int) TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new ClusterException("No ZooKeeper answered at " + zookeeper + " within " + TIMEOUT.toSeconds()
                        + " s: check the address and that it runs, or leave ZooKeeper empty to poll the brokers.");
            }
            String zookeeperId = zookeeperClusterId(client, zookeeper);
            String brokersId = brokersClusterId(bootstrapServers);
            if (!zookeeperId.equals(brokersId)) {
                throw new ClusterException("ZooKeeper " + zookeeper + " holds Kafka cluster " + zookeeperId
                        + ", but the brokers at " + bootstrapServers + " belong to cluster " + brokersId
                        + ": give the ZooKeeper from the brokers' zookeeper.connect (with its /chroot, if any).");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("Stopped while checking ZooKeeper " + zookeeper + ".", e);
        }
    }

    private static String zookeeperClusterId(CuratorFramework client, String zookeeper) throws InterruptedException {
        byte[] data;
        try {
            data = client.getData().forPath(CLUSTER_ID);
        } catch (KeeperException.NoNodeException e) {
            throw new ClusterException("ZooKeeper " + zookeeper + " holds no Kafka cluster (no " + CLUSTER_ID
                    + "): give the ZooKeeper from the brokers' zookeeper.connect, with its /chroot if it has one,"
                    + " e.g. zk1:2181/kafka.", e);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new ClusterException("Could not read " + CLUSTER_ID + " from ZooKeeper " + zookeeper + ": "
                    + e.getMessage() + ".", e);
        }
        JsonNode id = parse(data).path("id");
        if (!id.isTextual()) {
            throw new ClusterException("ZooKeeper " + zookeeper + " has a " + CLUSTER_ID
                    + " that is not Kafka's: give the ZooKeeper from the brokers' zookeeper.connect.");
        }
        return id.asText();
    }

    private static JsonNode parse(byte[] data) {
        try {
            JsonNode json = data == null ? null : JSON.readTree(data);
            return json == null ? JSON.missingNode() : json;
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    private static String brokersClusterId(String bootstrapServers) throws InterruptedException {
        try (Admin admin = KafkaClients.admin(bootstrapServers)) {
            String id = admin.describeCluster().clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (id == null) {
                throw new ClusterException("The brokers at " + bootstrapServers
                        + " do not say which cluster they belong to, so their ZooKeeper cannot be checked:"
                        + " leave ZooKeeper empty to poll the brokers.");
            }
            return id;
        } catch (ExecutionException | TimeoutException e) {
            throw new ClusterException("The brokers at " + bootstrapServers + " did not say which cluster they"
                    + " belong to within " + TIMEOUT.toSeconds() + " s: check that they run.", e);
        }
    }
}
