package io.brokerlab.launcher.config;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How many nodes a cluster has and where their client ports start; node n of a kind listens on base + n - 1.
 */
public record ClusterDefinition(int zookeepers, int brokers, int zookeeperPort, int brokerPort) {

    static final int MIN_PORT = 1024;
    static final int MAX_PORT = 65535;
    static final int MAX_BROKERS = 9;

    public ClusterDefinition {
        checkZookeeperCount(zookeepers);
        if (brokers < 1 || brokers > MAX_BROKERS) {
            throw new IllegalArgumentException("brokers must be between 1 and " + MAX_BROKERS + ", not " + brokers);
        }
        checkPortRange("zookeeperPort", zookeeperPort, zookeepers, "ZooKeepers");
        checkPortRange("brokerPort", brokerPort, brokers, "brokers");
        int zkLast = zookeeperPort + zookeepers - 1;
        int brokerLast = brokerPort + brokers - 1;
        if (zookeeperPort <= brokerLast && brokerPort <= zkLast) {
            throw new IllegalArgumentException("ZooKeeper client ports " + range(zookeeperPort, zkLast)
                    + " overlap broker ports " + range(brokerPort, brokerLast));
        }
    }

    /** One ZooKeeper and three brokers on the ports of Kafka's quickstart. */
    public static ClusterDefinition defaults() {
        return new ClusterDefinition(1, 3, 2181, 9092);
    }

    public List<NodeId> zookeeperIds() {
        return IntStream.rangeClosed(1, zookeepers).mapToObj(NodeId::zookeeper).toList();
    }

    public List<NodeId> brokerIds() {
        return IntStream.rangeClosed(1, brokers).mapToObj(NodeId::broker).toList();
    }

    /** ZooKeepers first: that is the order nodes must start in. */
    public List<NodeId> nodes() {
        List<NodeId> nodes = new ArrayList<>(zookeeperIds());
        nodes.addAll(brokerIds());
        return List.copyOf(nodes);
    }

    public boolean contains(NodeId node) {
        int count = node.kind() == NodeKind.ZOOKEEPER ? zookeepers : brokers;
        return node.id() <= count;
    }

    public int clientPortOf(NodeId node) {
        if (!contains(node)) {
            throw new IllegalArgumentException(node + " is not part of a cluster of " + zookeepers
                    + " ZooKeeper(s) and " + brokers + " broker(s)");
        }
        int base = node.kind() == NodeKind.ZOOKEEPER ? zookeeperPort : brokerPort;
        return base + node.id() - 1;
    }

    /** Sentences describing how {@code requested} differs from this (the workspace's) definition. */
    public List<String> differencesFrom(ClusterDefinition requested) {
        List<String> differences = new ArrayList<>();
        addDifference(differences, "zookeepers", zookeepers, requested.zookeepers);
        addDifference(differences, "brokers", brokers, requested.brokers);
        addDifference(differences, "ZooKeeper base port", zookeeperPort, requested.zookeeperPort);
        addDifference(differences, "broker base port", brokerPort, requested.brokerPort);
        return differences;
    }

    private static void addDifference(List<String> differences, String what, int workspace, int requested) {
        if (workspace != requested) {
            differences.add(what + ": workspace has " + workspace + ", requested " + requested);
        }
    }

    private static void checkZookeeperCount(int zookeepers) {
        if (zookeepers == 1 || zookeepers == 3 || zookeepers == 5) {
            return;
        }
        if (zookeepers > 0 && zookeepers % 2 == 0) {
            int tolerated = (zookeepers - 1) / 2;
            throw new IllegalArgumentException("zookeepers must be 1, 3 or 5, not " + zookeepers
                    + ": an ensemble of " + zookeepers + " tolerates no more failures than one of "
                    + (zookeepers - 1) + " (" + tolerated + "), and a tie can leave no majority");
        }
        throw new IllegalArgumentException("zookeepers must be 1, 3 or 5, not " + zookeepers);
    }

    private static void checkPortRange(String name, int base, int count, String nodes) {
        if (base < MIN_PORT || base > MAX_PORT) {
            throw new IllegalArgumentException(name + " must be between " + MIN_PORT + " and " + MAX_PORT
                    + ", not " + base);
        }
        long last = (long) base + count - 1;
        if (last > MAX_PORT) {
            throw new IllegalArgumentException(name + " " + base + " leaves no room for " + count + " " + nodes
                    + ": the last would need port " + last + ", above " + MAX_PORT);
        }
    }

    private static String range(int first, int last) {
        return first == last ? String.valueOf(first) : first + "-" + last;
    }
}
