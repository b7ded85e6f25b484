package io.brokerlab.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValidatorTest {

    @TempDir
    Path ws;

    private Properties generated(ClusterDefinition definition, NodeId node) {
        Map<Integer, QuorumPorts> quorum = Map.of(
                1, new QuorumPorts(40001, 40002), 2, new QuorumPorts(40003, 40004), 3, new QuorumPorts(40005, 40006));
        return new NodeConfigGenerator(definition, ws, quorum).generate(node).toProperties();
    }

    @Test
    void generatedFilesValidateClean() {
        for (ClusterDefinition definition : List.of(ClusterDefinition.defaults(), new ClusterDefinition(3, 3, 2181, 9092))) {
            for (NodeId broker : definition.brokerIds()) {
                assertThat(ConfigValidator.validateBroker(generated(definition, broker))).isEmpty();
            }
            for (NodeId zookeeper : definition.zookeeperIds()) {
                assertThat(ConfigValidator.validateZooKeeper(generated(definition, zookeeper))).isEmpty();
            }
        }
        assertThat(System.getProperty("zookeeper.admin.enableServer")).as("validation leaks no system properties").isNull();
    }

    @Test
    void aMinimumInSyncAboveTheDefaultReplicationFactorIsAWarningThatSaysWhatToDo() {
        Properties properties = generated(new ClusterDefinition(3, 3, 2181, 9092), NodeId.broker(1));
        properties.setProperty("min.insync.replicas", "5");
        properties.setProperty("default.replication.factor", "3");

        assertThat(ConfigValidator.validateBroker(properties)).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.key()).isEqualTo("min.insync.replicas");
            assertThat(problem.message()).contains("min.insync.replicas is 5 but default.replication.factor is 3")
                    .contains("acks=all").contains("Lower min.insync.replicas to 3 or less");
        });
        properties.remove("default.replication.factor");
        assertThat(ConfigValidator.validateBroker(properties)).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("default.replication.factor is 1 (its default)"));
    }

    @Test
    void aMinimumInSyncWithNoReplicaToSpareIsAWarningThatSaysWhatToDo() {
        Properties properties = generated(new ClusterDefinition(3, 5, 2181, 9092), NodeId.broker(1));
        properties.setProperty("default.replication.factor", "3");
        properties.setProperty("min.insync.replicas", "3");

        assertThat(ConfigValidator.validateBroker(properties, 5)).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.key()).isEqualTo("min.insync.replicas");
            assertThat(problem.message()).contains("min.insync.replicas is 3 and default.replication.factor is 3: a topic"
                    + " created").contains("one of its brokers is down").contains("acks=all")
                    .contains("Lower min.insync.replicas to 2");
        });

        properties.setProperty("default.replication.factor", "5");
        properties.setProperty("min.insync.replicas", "3");
        assertThat(ConfigValidator.validateBroker(properties, 3)).extracting(ConfigProblem::key)
                .as("the broker count is the limit").containsExactly("default.replication.factor",
                        "min.insync.replicas");
        assertThat(ConfigValidator.validateBroker(properties, 3).get(1).message())
                .contains("the cluster has 3 brokers").contains("Lower min.insync.replicas to 2");

        properties.setProperty("default.replication.factor", "1");
        properties.setProperty("min.insync.replicas", "1");
        assertThat(ConfigValidator.validateBroker(properties, 3)).as("one replica: nothing to spare anyway")
                .isEmpty();
        properties.setProperty("default.replication.factor", "3");
        properties.setProperty("min.insync.replicas", "2");
        assertThat(ConfigValidator.validateBroker(properties, 3)).isEmpty();
    }

    @Test
    void replicationTheClusterHasTooFewBrokersForIsAWarningPerKey() {
        Properties properties = generated(new ClusterDefinition(1, 2, 2181, 9092), NodeId.broker(1));
        properties.setProperty("default.replication.factor", "3");
        properties.setProperty("min.insync.replicas", "3");
        properties.remove("offsets.topic.replication.factor"); // Kafka's default is 3

        List<ConfigProblem> problems = ConfigValidator.validateBroker(properties, 2);

        assertThat(problems).noneMatch(ConfigProblem::isError).extracting(ConfigProblem::key).containsExactly(
                "min.insync.replicas", "default.replication.factor", "offsets.topic.replication.factor");
        assertThat(problems.get(0).message()).contains("the cluster has 2 brokers").contains("NOT_ENOUGH_REPLICAS")
                .contains("Set it to 2 or less");
        assertThat(problems.get(2).message()).contains("is 3 (its default)").contains("__consumer_offsets");
        assertThat(ConfigValidator.validateBroker(properties)).as("no broker count: only the keys compared")
                .extracting(ConfigProblem::message).singleElement().asString().contains("no replica to spare");
        for (int brokers : List.of(1, 2, 3, 5)) {
            ClusterDefinition definition = new ClusterDefinition(1, brokers, 2181, 9092);
            assertThat(ConfigValidator.validateBroker(generated(definition, NodeId.broker(1)), brokers))
                    .as("generated for %d brokers", brokers).isEmpty();
        }
    }

    @Test
    void brokerValueErrorsNameTheKey() {
        assertBrokerError("num.io.threads", "abc", "num.io.threads");
        assertBrokerError("min.insync.replicas", "0", "min.insync.replicas");
        Properties properties = generated(ClusterDefinition.defaults(), NodeId.broker(1));
        properties.setProperty("num.network.threads", "abc");
        assertThat(ConfigValidator.validateBroker(properties).get(0).toString())
                .as("the key said once").isEqualTo("ERROR num.network.threads: Invalid value abc: Not a number of type INT");
    }

    @Test
    void everyInvalidBrokerValueIsListedNotOnlyTheFirst() {
        Properties properties = generated(ClusterDefinition.defaults(), NodeId.broker(1));
        properties.setProperty("log.retention.hours", "abc");
        properties.setProperty("num.partitions", "-3");
        properties.setProperty("num.io.thread", "4");

        assertThat(ConfigValidator.validateBroker(properties)).extracting(ConfigProblem::toString).containsExactly(
                "ERROR log.retention.hours: Invalid value abc: Not a number of type INT",
                "ERROR num.partitions: Invalid value -3: Value must be at least 1",
                "WARNING num.io.thread: unknown broker configuration num.io.thread; Kafka ignores it (misspelt?)");
    }

    /** The whole-file parse still runs past invalid values: a rule across keys is not hidden by them. */
    @Test
    void aMissingRequiredKeyIsListedBesideInvalidValues() {
        Properties properties = generated(ClusterDefinition.defaults(), NodeId.broker(1));
        properties.setProperty("num.partitions", "-3");
        properties.remove("zookeeper.connect");

        assertThat(ConfigValidator.validateBroker(properties)).allMatch(ConfigProblem::isError)
                .extracting(ConfigProblem::key).containsExactly("num.partitions", "zookeeper.connect");
    }

    @Test
    void unknownBrokerKeyIsAWarningNamingTheKey() {
        Properties properties = generated(ClusterDefinition.defaults(), NodeId.broker(1));
        properties.setProperty("num.io.thread", "4");
        properties.setProperty("listener.name.plaintext.some.plugin.option", "x");
        assertThat(ConfigValidator.validateBroker(properties)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("num.io.thread");
            assertThat(problem.isError()).isFalse();
        });
    }

    @Test
    void missingRequiredBrokerKeyIsNamed() {
        Properties properties = generated(ClusterDefinition.defaults(), NodeId.broker(1));
        properties.remove("zookeeper.connect");
        assertThat(ConfigValidator.validateBroker(properties)).singleElement()
                .satisfies(problem -> assertThat(problem.key()).isEqualTo("zookeeper.connect"));
    }

    /** Kafka's listener syntax takes any number: the broker would fail only as it binds. */
    @Test
    void aListenerPortOutOfRangeIsAnErrorOfItsKey() {
        assertBrokerError("listeners", "PLAINTEXT://127.0.0.1:-5", "listeners");
        assertBrokerError("listeners", "PLAINTEXT://127.0.0.1:99999", "listeners");
        assertBrokerError("advertised.listeners", "PLAINTEXT://127.0.0.1:0", "advertised.listeners");
        Properties properties = generated(ClusterDefinition.defaults(), NodeId.broker(1));
        properties.setProperty("listeners", "PLAINTEXT://127.0.0.1:65535");
        properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:65535");
        assertThat(ConfigValidator.validateBroker(properties)).noneMatch(ConfigProblem::isError);
    }

    @Test
    void zookeeperBadValuesNameTheKey() {
        assertZooKeeperError("clientPort", "-1");
        assertZooKeeperError("clientPort", "70000");
        assertZooKeeperError("clientPort", "abc");
        assertZooKeeperError("tickTime", "-1");
        assertZooKeeperError("quorumListenOnAllIPs", "maybe");
        assertZooKeeperError("sslQuorum", "yes"); // ZooKeeper's parser refuses it itself: no second warning
    }

    @Test
    void everyBadZooKeeperNumberIsListedAndAMisspeltKeyStillWarned() {
        Properties properties = generated(new ClusterDefinition(3, 1, 2181, 9092), NodeId.zookeeper(2));
        properties.setProperty("tickTime", "0");
        properties.setProperty("maxClientCnxns", "many");
        properties.setProperty("autopurge.purgeIntervall", "24");

        List<ConfigProblem> problems = ConfigValidator.validateZooKeeper(properties);

        assertThat(problems).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("tickTime", "maxClientCnxns", "autopurge.purgeIntervall");
        assertThat(problems).filteredOn(ConfigProblem::isError).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("tickTime", "maxClientCnxns");
    }

    /** Keys ZooKeeper reads as system properties: a value it cannot read is silently replaced, so warn. */
    @Test
    void zookeeperValuesItWouldSilentlyIgnoreAreWarnings() {
        Properties properties = generated(new ClusterDefinition(3, 1, 2181, 9092), NodeId.zookeeper(2));
        properties.setProperty("cnxTimeout", "5s");
        properties.setProperty("tcpKeepAlive", "yes");
        properties.setProperty("ssl.clientAuth", "always");
        properties.setProperty("snapCount", "50000");
        properties.setProperty("leaderServes", "no");
        assertThat(ConfigValidator.validateZooKeeper(properties)).allSatisfy(p -> assertThat(p.isError()).isFalse())
                .extracting(ConfigProblem::key).containsExactly("cnxTimeout", "ssl.clientAuth", "tcpKeepAlive");
        assertThat(ConfigValidator.validateZooKeeper(properties)).first()
                .satisfies(p -> assertThat(p.message()).contains("5s").contains("5000"));
    }

    @Test
    void unknownZooKeeperKeyIsAWarningButPatternedKeysAreKnown() {
        Properties properties = generated(new ClusterDefinition(3, 1, 2181, 9092), NodeId.zookeeper(1));
        properties.setProperty("autopurge.purgeIntervall", "24");
        properties.setProperty("authProvider.1", "org.apache.zookeeper.server.auth.SASLAuthenticationProvider");
        assertThat(ConfigValidator.validateZooKeeper(properties)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("autopurge.purgeIntervall");
            assertThat(problem.isError()).isFalse();
            assertThat(problem.message()).contains("misspelt?");
        });
    }

    @Test
    void zookeeperMissingDataDirIsNamed() {
        Properties properties = generated(ClusterDefinition.defaults(), NodeId.zookeeper(1));
        properties.remove("dataDir");
        assertThat(ConfigValidator.validateZooKeeper(properties)).singleElement()
                .satisfies(problem -> assertThat(problem.key()).isEqualTo("dataDir"));
    }

    private void assertBrokerError(String key, String value, String expectedKey) {
        Properties properties = generated(ClusterDefinition.defaults(), NodeId.broker(1));
        properties.setProperty(key, value);
        assertThat(ConfigValidator.validateBroker(properties)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo(expectedKey);
            assertThat(problem.isError()).isTrue();
            assertThat(problem.message()).contains(value);
        });
    }

    private void assertZooKeeperError(String key, String value) {
        Properties properties = generated(new ClusterDefinition(3, 1, 2181, 9092), NodeId.zookeeper(2));
        properties.setProperty(key, value);
        assertThat(ConfigValidator.validateZooKeeper(properties)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo(key);
            assertThat(problem.isError()).isTrue();
        });
    }
}
