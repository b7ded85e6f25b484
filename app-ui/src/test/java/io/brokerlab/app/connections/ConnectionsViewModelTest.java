package io.brokerlab.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionsViewModelTest {

    private final List<String> opened = new ArrayList<>();

    private ConnectionsViewModel model(RuntimeException failure) {
        return new ConnectionsViewModel(Runnable::run, Runnable::run, address -> {
            opened.add(address);
            return new ConnectionsViewModel.TopicSourceHandle() {
                @Override
                public List<TopicInfo> describeAll() {
                    if (failure != null) {
                        throw failure;
                    }
                    return List.of(new TopicInfo("orders", false, List.of(
                            new PartitionInfo(0, 1, List.of(1, 2), List.of(1, 2)),
                            new PartitionInfo(1, 2, List.of(2, 3), List.of(2))), List.of()));
                }

                @Override
                public void close() {
                }
            };
        });
    }

    @Test
    void rejectsAnAddressThatIsNotHostPort() {
        ConnectionsViewModel model = model(null);
        model.bootstrapProperty().set("kafka1");
        model.connect();
        assertThat(model.statusProperty().get()).contains("host:port");
        assertThat(opened).isEmpty();
    }

    @Test
    void listsTheTopicsOfTheExternalCluster() {
        ConnectionsViewModel model = model(null);
        model.bootstrapProperty().set("kafka1:9092,kafka2:9092");
        model.connect().join();
        assertThat(opened).containsExactly("kafka1:9092,kafka2:9092");
        assertThat(model.connectedProperty().get()).isEqualTo("kafka1:9092,kafka2:9092");
        assertThat(model.topics()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("orders");
            assertThat(t.health()).isEqualTo("1 under-replicated");
        });
        assertThat(model.statusProperty().get()).startsWith("Connected to kafka1:9092,kafka2:9092 · 1 topics");
    }

    @Test
    void saysWhyItCannotConnect() {
        ConnectionsViewModel model = model(new IllegalStateException("the cluster did not answer in time"));
        model.bootstrapProperty().set("nowhere:9092");
        model.connect().join();
        assertThat(model.statusProperty().get()).isEqualTo("Cannot reach nowhere:9092: the cluster did not answer in time");
        assertThat(model.connectedProperty().get()).isEmpty();
    }
}
