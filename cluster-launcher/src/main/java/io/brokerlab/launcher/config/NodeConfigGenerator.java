package io.brokerlab.launcher.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Writes the first version of every node's properties file; after that the files belong to the user. */
public final class NodeConfigGenerator {

    private static final String LOOPBACK = "127.0.0.1";

    private final ClusterDefinition definition;
    private final Path workspace;
    private final Map<Integer, QuorumPorts> quorumPorts;
    private final boolean windows;

    /** {@code quorumPorts} by ZooKeeper id; needed only when there is more than one ZooKeeper. */
    public NodeConfigGenerator(ClusterDefinition definition, Path workspace, Map<Integer, QuorumPorts> quorumPorts) {
        this(definition, workspace, quorumPorts, WindowsBrokerDefaults.onThisMachine());
    }

    /** @param windows generate the defaults that keep Kafka from deleting files (docs/windows.md) */
    public NodeConfigGenerator(ClusterDefinition definition, Path workspace, Map<Integer, QuorumPorts> quorumPorts,
                               boolean windows) {
        this.windows = windows;
        this.definition = Objects.requireNonNull(definition, "definition");
        this.workspace = workspace.toAbsolutePath().normalize();
        this.quorumPorts = Map.copyOf(quorumPorts);
        if (definition.zookeepers() > 1) {
            for (NodeId zookeeper : definition.zookeeperIds()) {
                if (!this.quorumPorts.containsKey(zookeeper.id())) {
                    throw new IllegalArgumentException("no quorum ports for " + zookeeper);
                }
            }
        }
    }

    /** {@code zookeeper-<id>.properties} or {@code server-<id>.properties}, the names Kafka's own scripts use. */
    public static String fileName(NodeId node) {
        String stem = node.kind() == NodeKind.ZOOKEEPER ? "zookeeper" : "server";
        return stem + "-" + node.id() + ".properties";
    }

    /** Every node's document, ZooKeepers first. */
    public Map<NodeId, PropertiesDocument> generateAll() {
        Map<NodeId, PropertiesDocument> documents = new LinkedHashMap<>();
        definition.nodes().forEach(node -> documents.put(node, generate(node)));
        return documents;
    }

    public PropertiesDocument generate(NodeId node) {
        if (!definition.contains(node)) {
            throw new IllegalArgumentException(node + " is not part of this cluster");
        }
        return node.kind() == NodeKind.ZOOKEEPER ? zookeeper(node) : broker(node);
    }

    private PropertiesDocument zookeeper(NodeId node) {
        PropertiesDocument doc = PropertiesDocument.withHeader(header(node));
        doc.set("dataDir", path("data", node.name()));
        doc.set("clientPort", String.valueOf(definition.clientPortOf(node)));
        doc.set("clientPortAddress", LOOPBACK);
        doc.set("tickTime", "500");
        doc.set("initLimit", "20");
        doc.set("syncLimit", "10");
        doc.set("maxClientCnxns", "100");
        doc.setWithComment("admin.enableServer", "false",
                "The AdminServer is an unauthenticated HTTP endpoint; off by default for security.");
        doc.setWithComment("4lw.commands.whitelist", "srvr,ruok,mntr",
                "Only the four-letter words the launcher uses.");
        doc.set("serverCnxnFactory", "org.apache.zookeeper.server.NettyServerCnxnFactory");
        doc.set("autopurge.snapRetainCount", "3");
        doc.set("autopurge.purgeInterval", "1");
        if (definition.zookeepers() > 1) {
            boolean first = true;
            for (NodeId member : definition.zookeeperIds()) {
                QuorumPorts ports = quorumPorts.get(member.id());
                String key = "server." + member.id();
                String value = LOOPBACK + ":" + ports.peer() + ":" + ports.election();
                if (first) {
                    doc.setWithComment(key, value, "The ensemble: server.<myid>=host:peer-port:election-port");
                    first = false;
                } else {
                    doc.set(key, value);
                }
            }
            doc.set("quorumListenOnAllIPs", "false");
        }
        return doc;
    }

    private PropertiesDocument broker(NodeId node) {
        int brokers = definition.brokers();
        String listener = "PLAINTEXT://" + LOOPBACK + ":" + definition.clientPortOf(node);
        PropertiesDocument doc = PropertiesDocument.withHeader(header(node));
        doc.set("broker.id", String.valueOf(node.id()));
        doc.set("listeners", listener);
        doc.set("advertised.listeners", listener);
        doc.set("log.dirs", path("data", node.name()));
        doc.set("zookeeper.connect", definition.zookeeperIds().stream()
                .map(zookeeper -> LOOPBACK + ":" + definition.clientPortOf(zookeeper))
                .collect(Collectors.joining(",")));
        doc.setWithComment("zookeeper.session.timeout.ms", "4000", """
                Kafka's default of 18000 ms means a killed broker keeps its partition leaderships for 15-17 s.
                4000 ms (ZooKeeper's tickTime of 500 ms allows 1000..10000) makes a SIGKILLed broker lose them
                in about 4-5 s, while the client's pings every ~1.3 s still tolerate multi-second stalls of a
                busy laptop. Measured on 2 cores at a load average above 10 (docs/PERFORMANCE.md): a new
                leader 3.7-4.6 s after SIGKILL, and no live broker's session expired in any run.""");
        doc.set("zookeeper.connection.timeout.ms", "10000");
        doc.set("zookeeper.clientCnxnSocket", "org.apache.zookeeper.ClientCnxnSocketNetty");
        doc.setWithComment("num.partitions", "3", "Replication defaults follow the number of brokers.");
        doc.set("default.replication.factor", String.valueOf(Math.min(3, brokers)));
        doc.set("offsets.topic.replication.factor", String.valueOf(Math.min(3, brokers)));
        doc.set("offsets.topic.num.partitions", "10");
        doc.set("transaction.state.log.replication.factor", String.valueOf(Math.min(3, brokers)));
        doc.set("transaction.state.log.min.isr", String.valueOf(Math.min(2, brokers)));
        doc.set("min.insync.replicas", brokers >= 3 ? "2" : "1");
        doc.set("unclean.leader.election.enable", "false");
        doc.set("auto.leader.rebalance.enable", "true");
        doc.set("group.initial.rebalance.delay.ms", "0");
        doc.set("controlled.shutdown.retry.backoff.ms", "1000");
        doc.set("replica.lag.time.max.ms", "10000");
        doc.setWithComment("num.network.threads", "2", "Thread pools sized for a laptop running several brokers.");
        doc.set("num.io.threads", "4");
        doc.set("background.threads", "4");
        doc.set("num.recovery.threads.per.data.dir", "1");
        doc.set("log.cleaner.threads", "1");
        doc.setWithComment("log.cleaner.dedupe.buffer.size", "4194304", """
                Kafka allocates this buffer on the heap at start-up, 128 MB by default: the main reason stock
                brokers need a 1 GB heap. 4 MB dedupes ~100k keys per pass, plenty for a lab.""");
        if (windows) {
            WindowsBrokerDefaults.writeTo(doc);
        } else {
            doc.set("log.retention.hours", "168");
            doc.set("log.segment.bytes", "104857600");
        }
        return doc;
    }

    private String header(NodeId node) {
        return """
                %s of a Brokerlab cluster, generated by Brokerlab when the workspace was created.
                Edit it as you like: this file is the source of truth and is read on every start of the node."""
                .formatted(node.name());
    }

    /** Forward slashes: Java accepts them on Windows too, and they need no escaping in a properties file. */
    private String path(String first, String... more) {
        return workspace.resolve(Path.of(first, more)).toString().replace('\\', '/');
    }
}
