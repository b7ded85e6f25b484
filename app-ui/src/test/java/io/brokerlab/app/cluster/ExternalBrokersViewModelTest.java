package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.cluster.ExternalBrokersViewModel.BrokerRow;
import io.brokerlab.launcher.state.BrokerInfo;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import io.brokerlab.launcher.state.TopicState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExternalBrokersViewModelTest {

    @Test
    void showsEachRegisteredBrokerWithWhatItLeadsAndHolds() {
        TreeMap<Integer, PartitionState> partitions = new TreeMap<>();
        partitions.put(0, new PartitionState("t", 0, List.of(1, 2), 1, List.of(1, 2), 3, 1));
        partitions.put(1, new PartitionState("t", 1, List.of(2, 1), 2, List.of(2), 4, 1));
        ClusterState state = new ClusterState(ClusterState.Source.ADMIN_API, Instant.now(), true, Optional.empty(),
                new TreeMap<>(Map.of(1, new BrokerInfo(1, "kafka1", 9092), 2, new BrokerInfo(2, "kafka2", 9092))),
                OptionalInt.of(2), new TreeMap<>(Map.of("t", new TopicState("t", partitions))), List.of());
        ExternalBrokersViewModel model = new ExternalBrokersViewModel();
        model.apply(state);
        assertThat(model.brokers()).containsExactly(
                new BrokerRow(1, "kafka1:9092", true, false, 1, 2, 1, 2),
                new BrokerRow(2, "kafka2:9092", true, true, 1, 2, 0, 2));
        assertThat(model.brokers()).extracting(BrokerRow::led).as("as on the cards").containsExactly("1 of 2",
                "1 of 2");
        assertThat(model.brokers()).extracting(BrokerRow::replicasOutOfSync).containsExactly("1 of 2", "0 of 2");
        assertThat(model.partitionsProperty().get()).as("in the notices' words")
                .isEqualTo("2 partitions · 1 under-replicated");
        assertThat(model.summaryProperty().get()).isEqualTo("External cluster · 2 brokers · controller 2");

        // broker 1 goes down: it leaves the registered brokers, not the replica lists
        ClusterState down = new ClusterState(ClusterState.Source.ADMIN_API, Instant.now(), true, Optional.empty(),
                new TreeMap<>(Map.of(2, new BrokerInfo(2, "kafka2", 9092))), OptionalInt.of(2),
                state.topics(), List.of());
        model.apply(down);
        assertThat(model.brokers()).first().isEqualTo(new BrokerRow(1, "—", false, false, 1, 2, 1, 2));
        assertThat(model.summaryProperty().get()).isEqualTo("External cluster · 2 brokers (1 down) · controller 2");

        model.apply(null);
        assertThat(model.brokers()).isEmpty();
        assertThat(model.summaryProperty().get()).isEmpty();
        assertThat(model.partitionsProperty().get()).isEmpty();
    }

    /** Counted as the workspace's cards count: Kafka's own topics' fifty partitions would drown the user's few. */
    @Test
    void kafkasOwnTopicsAreLeftOutOfTheCounts() {
        TreeMap<Integer, PartitionState> orders = new TreeMap<>();
        orders.put(0, new PartitionState("orders", 0, List.of(1), 1, List.of(1), 0, 1));
        TreeMap<Integer, PartitionState> offsets = new TreeMap<>();
        offsets.put(0, new PartitionState("__consumer_offsets", 0, List.of(1), 1, List.of(1), 0, 1));
        offsets.put(1, new PartitionState("__consumer_offsets", 1, List.of(1), -1, List.of(), 0, 1));
        ExternalBrokersViewModel model = new ExternalBrokersViewModel();
        model.apply(new ClusterState(ClusterState.Source.ADMIN_API, Instant.now(), true, Optional.empty(),
                new TreeMap<>(Map.of(1, new BrokerInfo(1, "kafka1", 9092))), OptionalInt.of(1),
                new TreeMap<>(Map.of("orders", new TopicState("orders", orders), "__consumer_offsets",
                        new TopicState("__consumer_offsets", offsets))), List.of()));

        assertThat(model.brokers()).extracting(BrokerRow::led).containsExactly("1 of 1");
        assertThat(model.partitionsProperty().get()).isEqualTo("1 partition · none under-replicated");
    }
}
