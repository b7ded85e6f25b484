package io.brokerlab.launcher.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.zookeeper.data.Stat;
import org.junit.jupiter.api.Test;

class KafkaZnodesTest {

    private static ChildData znode(String path, String json) {
        return new ChildData(path, new Stat(), json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBrokersControllerTopicsAndPartitionStates() {
        List<ChildData> tree = List.of(
                znode("/brokers", null),
                znode("/brokers/ids", null),
                znode("/brokers/ids/1", "{\"host\":\"localhost\",\"port\":9092,\"endpoints\":[\"PLAINTEXT://localhost:9092\"]}"),
                znode("/brokers/ids/2", "{\"host\":null,\"port\":-1,\"endpoints\":[\"INTERNAL://broker2:19093\"]}"),
                znode("/brokers/topics", null),
                znode("/brokers/topics/orders", "{\"partitions\":{\"0\":[1,2],\"1\":[2,1]}}"),
                znode("/brokers/topics/orders/partitions", null),
                znode("/brokers/topics/orders/partitions/0", null),
                znode("/brokers/topics/orders/partitions/0/state",
                        "{\"controller_epoch\":3,\"leader\":2,\"version\":1,\"leader_epoch\":7,\"isr\":[2]}"),
                znode("/brokers/seqid", null));

        KafkaZnodes.Metadata metadata = KafkaZnodes.read(tree,
                Optional.of(znode("/controller", "{\"version\":2,\"brokerid\":1,\"timestamp\":\"1\"}")), Map.of(),
                List.of());

        assertThat(metadata.brokers()).containsOnlyKeys(1, 2);
        assertThat(metadata.brokers().get(1).address()).isEqualTo("localhost:9092");
        assertThat(metadata.brokers().get(2).address()).isEqualTo("broker2:19093");
        assertThat(metadata.controller()).hasValue(1);
        TopicState orders = metadata.topics().get("orders");
        // Partition 1 has no state yet: not listed until the controller elects its leader.
        assertThat(orders.partitions()).containsOnlyKeys(0);
        assertThat(orders.partitions().get(0))
                .isEqualTo(new PartitionState("orders", 0, List.of(1, 2), 2, List.of(2), 7, 3));
        assertThat(orders.minInsyncReplicas()).as("no override read").isEmpty();
    }

    @Test
    void aTopicsOwnMinInsyncReplicasComesFromItsConfigZnodeAndOnlyATopicThatSetsOneHasIt() {
        Map<String, Integer> overrides = KafkaZnodes.minInsyncReplicas(List.of(
                znode("/config/topics", null),
                znode("/config/topics/orders", "{\"version\":1,\"config\":{\"min.insync.replicas\":\"2\","
                        + "\"retention.ms\":\"60000\"}}"),
                znode("/config/topics/payments", "{\"version\":1,\"config\":{}}"),
                znode("/config/topics/broken", "{\"version\":1,\"config\":{\"min.insync.replicas\":\"two\"}}"),
                znode("/config/topics/garbage", "not json")));
        assertThat(overrides).containsExactly(Map.entry("orders", 2));

        List<ChildData> tree = List.of(
                znode("/brokers/topics/orders", "{\"partitions\":{\"0\":[1,2,3]}}"),
                znode("/brokers/topics/orders/partitions/0/state", "{\"leader\":1,\"isr\":[1]}"),
                znode("/brokers/topics/payments", "{\"partitions\":{\"0\":[1,2,3]}}"),
                znode("/brokers/topics/payments/partitions/0/state", "{\"leader\":1,\"isr\":[1]}"));
        KafkaZnodes.Metadata metadata = KafkaZnodes.read(tree, Optional.empty(), overrides, List.of());
        assertThat(metadata.topics().get("orders").minInsyncReplicas()).hasValue(2);
        assertThat(metadata.topics().get("payments").minInsyncReplicas()).as("the brokers' default applies").isEmpty();
    }

    @Test
    void brokenZnodesAreSkippedAndNoControllerIsEmpty() {
        KafkaZnodes.Metadata metadata = KafkaZnodes.read(
                List.of(znode("/brokers/ids/1", "not json"), znode("/brokers/topics/t", "[]")), Optional.empty(), Map.of(),
                List.of());
        assertThat(metadata.brokers()).isEmpty();
        assertThat(metadata.topics()).isEmpty();
        assertThat(metadata.controller()).isEmpty();
    }

    @Test
    void aTopicMarkedForDeletionSaysSo() {
        List<ChildData> tree = List.of(
                znode("/brokers/topics/orders", "{\"partitions\":{\"0\":[1]}}"),
                znode("/brokers/topics/orders/partitions/0/state", "{\"leader\":-1,\"isr\":[]}"),
                znode("/brokers/topics/payments", "{\"partitions\":{\"0\":[1]}}"),
                znode("/brokers/topics/payments/partitions/0/state", "{\"leader\":1,\"isr\":[1]}"));
        KafkaZnodes.Metadata metadata = KafkaZnodes.read(tree, Optional.empty(), Map.of(),
                List.of(znode("/admin/delete_topics", null), znode("/admin/delete_topics/orders", null)));
        assertThat(metadata.topics().get("orders").deleting()).isTrue();
        assertThat(metadata.topics().get("payments").deleting()).isFalse();
    }
}
