package io.brokerlab.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterDefinitionTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void evenZookeeperCountIsRefusedWithTheReason(int zookeepers) {
        assertThatThrownBy(() -> new ClusterDefinition(zookeepers, 3, 2181, 9092))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1, 3 or 5")
                .hasMessageContaining("tolerates no more failures than one of " + (zookeepers - 1))
                .hasMessageContaining("no majority");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 7})
    void otherZookeeperCountsNameTheAllowedOnes(int zookeepers) {
        assertThatThrownBy(() -> new ClusterDefinition(zookeepers, 3, 2181, 9092))
                .hasMessage("zookeepers must be 1, 3 or 5, not " + zookeepers);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void brokerCountOutsideOneToNineIsRefused(int brokers) {
        assertThatThrownBy(() -> new ClusterDefinition(1, brokers, 2181, 9092))
                .hasMessageContaining("brokers must be between 1 and 9");
    }

    @Test
    void portsMustBeUnprivilegedAndFitAllNodes() {
        assertThatThrownBy(() -> new ClusterDefinition(1, 3, 80, 9092)).hasMessageContaining("zookeeperPort");
        assertThatThrownBy(() -> new ClusterDefinition(1, 3, 2181, 65534))
                .hasMessageContaining("brokerPort 65534 leaves no room for 3 brokers");
        assertThat(new ClusterDefinition(1, 3, 2181, 65533).clientPortOf(NodeId.broker(3))).isEqualTo(65535);
    }

    @Test
    void zookeeperAndBrokerPortRangesMustNotOverlap() {
        assertThatThrownBy(() -> new ClusterDefinition(3, 3, 9090, 9092))
                .hasMessage("ZooKeeper client ports 9090-9092 overlap broker ports 9092-9094");
        assertThat(new ClusterDefinition(3, 3, 9089, 9092).brokerPort()).isEqualTo(9092);
    }

    @Test
    void defaultsAreKafkasQuickstart() {
        ClusterDefinition defaults = ClusterDefinition.defaults();
        assertThat(defaults).isEqualTo(new ClusterDefinition(1, 3, 2181, 9092));
        assertThat(defaults.nodes()).extracting(NodeId::name)
                .containsExactly("zk-1", "broker-1", "broker-2", "broker-3");
        assertThat(defaults.clientPortOf(NodeId.broker(2))).isEqualTo(9093);
        assertThat(defaults.clientPortOf(NodeId.zookeeper(1))).isEqualTo(2181);
        assertThatThrownBy(() -> defaults.clientPortOf(NodeId.zookeeper(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differencesAreSentencesAboutWhatChanged() {
        ClusterDefinition workspace = ClusterDefinition.defaults();
        assertThat(workspace.differencesFrom(workspace)).isEmpty();
        assertThat(workspace.differencesFrom(new ClusterDefinition(3, 5, 2181, 9092)))
                .containsExactly("zookeepers: workspace has 1, requested 3", "brokers: workspace has 3, requested 5");
        assertThat(workspace.differencesFrom(new ClusterDefinition(1, 3, 2181, 19092)))
                .containsExactly("broker base port: workspace has 9092, requested 19092");
    }

    @Test
    void nodeNamesParseBack() {
        assertThat(NodeId.parse("zk-3")).isEqualTo(NodeId.zookeeper(3));
        assertThat(NodeId.parse("broker-12")).isEqualTo(NodeId.broker(12));
        assertThat(NodeId.broker(2)).hasToString("broker-2");
        for (String bad : new String[] {"zk-", "zk-0", "kafka-1", "broker-x", "", "zk-1 "}) {
            assertThatThrownBy(() -> NodeId.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("zk-<n> or broker-<n>");
        }
    }
}
