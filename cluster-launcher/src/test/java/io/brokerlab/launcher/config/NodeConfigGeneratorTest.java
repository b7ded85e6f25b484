package io.brokerlab.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NodeConfigGeneratorTest {

    private static final Path WS = Path.of("/tmp/lab").toAbsolutePath();
    private static final String WS_SLASHED = WS.toString().replace('\\', '/');
    private static final Map<Integer, QuorumPorts> QUORUM = Map.of(
            1, new QuorumPorts(40001, 40002), 2, new QuorumPorts(40003, 40004), 3, new QuorumPorts(40005, 40006));

    @Test
    void singleZookeeperWithThreeBrokers() {
        Map<NodeId, PropertiesDocument> docs =
                new NodeConfigGenerator(ClusterDefinition.defaults(), WS, Map.of()).generateAll();
        assertThat(docs.keySet()).extracting(NodeId::name).containsExactly("zk-1", "broker-1", "broker-2", "broker-3");

        Map<String, String> zk = docs.get(NodeId.zookeeper(1)).asMap();
        assertThat(zk).containsEntry("dataDir", WS_SLASHED + "/data/zk-1")
                .containsEntry("clientPort", "2181")
                .containsEntry("clientPortAddress", "127.0.0.1")
                .containsEntry("admin.enableServer", "false")
                .containsEntry("4lw.commands.whitelist", "srvr,ruok,mntr")
                .containsEntry("tickTime", "500");
        assertThat(zk.keySet()).noneMatch(key -> key.startsWith("server.")).doesNotContain("quorumListenOnAllIPs");

        Map<String, String> broker2 = docs.get(NodeId.broker(2)).asMap();
        assertThat(broker2).containsEntry("broker.id", "2")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9093")
                .containsEntry("log.dirs", WS_SLASHED + "/data/broker-2")
                .containsEntry("zookeeper.connect", "127.0.0.1:2181")
                .containsEntry("zookeeper.session.timeout.ms", "4000")
                .containsEntry("log.cleaner.dedupe.buffer.size", "4194304");
        assertThat(docs.get(NodeId.broker(2)).text())
                .startsWith("# broker-2 of a Brokerlab cluster")
                .contains("source of truth", "docs/PERFORMANCE.md");
    }

    @Test
    void threeZookeepersFormAnEnsembleOnLoopback() {
        ClusterDefinition definition = new ClusterDefinition(3, 3, 2181, 9092);
        Map<NodeId, PropertiesDocument> docs = new NodeConfigGenerator(definition, WS, QUORUM).generateAll();

        for (NodeId zookeeper : definition.zookeeperIds()) {
            Map<String, String> zk = docs.get(zookeeper).asMap();
            assertThat(zk).containsEntry("server.1", "127.0.0.1:40001:40002")
                    .containsEntry("server.2", "127.0.0.1:40003:40004")
                    .containsEntry("server.3", "127.0.0.1:40005:40006")
                    .containsEntry("quorumListenOnAllIPs", "false")
                    .containsEntry("clientPort", String.valueOf(2180 + zookeeper.id()));
        }
        assertThat(docs.get(NodeId.broker(3)).get("zookeeper.connect"))
                .contains("127.0.0.1:2181,127.0.0.1:2182,127.0.0.1:2183");
        docs.values().forEach(doc -> doc.asMap().values().stream()
                .filter(value -> value.matches(".*\\d+\\.\\d+\\.\\d+\\.\\d+.*"))
                .forEach(value -> assertThat(value).doesNotContain("0.0.0.0").contains("127.0.0.1")));
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, 1", "2, 2, 2, 1", "3, 3, 2, 2", "5, 3, 2, 2"})
    void replicationDefaultsFollowBrokerCount(int brokers, int replication, int transactionMinIsr, int minIsr) {
        ClusterDefinition definition = new ClusterDefinition(1, brokers, 2181, 9092);
        Map<String, String> broker = new NodeConfigGenerator(definition, WS, Map.of())
                .generate(NodeId.broker(1)).asMap();
        assertThat(broker).containsEntry("default.replication.factor", String.valueOf(replication))
                .containsEntry("offsets.topic.replication.factor", String.valueOf(replication))
                .containsEntry("transaction.state.log.replication.factor", String.valueOf(replication))
                .containsEntry("transaction.state.log.min.isr", String.valueOf(transactionMinIsr))
                .containsEntry("min.insync.replicas", String.valueOf(minIsr));
    }

    @Test
    void fileNamesFollowKafkasScripts() {
        assertThat(NodeConfigGenerator.fileName(NodeId.zookeeper(2))).isEqualTo("zookeeper-2.properties");
        assertThat(NodeConfigGenerator.fileName(NodeId.broker(1))).isEqualTo("server-1.properties");
    }

    @Test
    void jvmDefaultsUseSmallHeapsAndC1() {
        JvmOptions options = JvmOptions.defaults();
        assertThat(options.zookeeper()).contains("-Xmx64m", "-XX:TieredStopAtLevel=1");
        assertThat(options.of(NodeKind.BROKER)).contains("-Xmx192m", "-XX:+UseSerialGC");
    }

    @Test
    void windowsBrokersNeverDeleteData() {
        PropertiesDocument windows = new NodeConfigGenerator(ClusterDefinition.defaults(), WS, Map.of(), true)
                .generate(NodeId.parse("broker-1"));
        assertThat(ConfigValidator.validateBroker(windows.toProperties(), true)).as("no error and no Windows warning").isEmpty();
        Map<String, String> broker = windows.asMap();
        assertThat(broker).containsEntry("log.retention.ms", "-1").containsEntry("log.cleaner.enable", "false")
                .containsEntry("delete.topic.enable", "false").doesNotContainKey("log.retention.hours");
        Map<String, String> elsewhere = new NodeConfigGenerator(ClusterDefinition.defaults(), WS, Map.of(), false)
                .generate(NodeId.parse("broker-1")).asMap();
        assertThat(elsewhere).doesNotContainKey("delete.topic.enable").containsEntry("log.retention.hours", "168");
    }

    @Test
    void editingAWindowsBrokerIntoDeletingDataIsWarnedAbout() {
        Properties broker = new NodeConfigGenerator(ClusterDefinition.defaults(), WS, Map.of(), true)
                .generate(NodeId.parse("broker-1")).toProperties();
        broker.setProperty("log.retention.ms", "604800000");
        broker.setProperty("log.roll.ms", "63072000000");
        broker.remove("log.cleaner.enable");
        broker.setProperty("log.segment.bytes", "lots");

        List<ConfigProblem> problems = ConfigValidator.validateBroker(broker, true);

        assertThat(problems).filteredOn(p -> !p.isError()).extracting(ConfigProblem::key)
                .as("a longer roll interval is fine; a missing key counts with Kafka's default (cleaner on)")
                .containsExactlyInAnyOrder("log.retention.ms", "log.cleaner.enable", "log.segment.bytes");
        assertThat(problems).filteredOn(p -> "log.cleaner.enable".equals(p.key())).singleElement()
                .extracting(ConfigProblem::message).asString().contains("KAFKA-1194", "log.cleaner.enable=false");
        assertThat(ConfigValidator.validateBroker(broker, false)).noneMatch(p -> p.message().contains("KAFKA-1194"));
    }
}
