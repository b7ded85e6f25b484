package io.brokerlab.app.cluster;

import io.brokerlab.launcher.state.BrokerInfo;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An external cluster's brokers as Kafka reports them: no processes to start or kill, so the Cluster view shows who
 * is registered, who controls and how the partitions spread. FX thread.
 */
public final class ExternalBrokersViewModel {

    /** One registered broker; counts are over all partitions of all topics. */
    public record BrokerRow(int id, String address, boolean controller, int leads, int replicas, int outOfSync) {
    }

    private final ObservableList<BrokerRow> brokers = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public void apply(ClusterState state) {
        if (state == null) {
            brokers.clear();
            summary.set("");
            return;
        }
        List<BrokerRow> rows = new ArrayList<>();
        for (BrokerInfo broker : state.brokers().values()) {
            int leads = 0;
            int replicas = 0;
            int outOfSync = 0;
            for (var topic : state.topics().values()) {
                for (PartitionState p : topic.partitions().values()) {
                    leads += p.leader() == broker.id() ? 1 : 0;
                    if (p.replicas().contains(broker.id())) {
                        replicas++;
                        outOfSync += p.isr().contains(broker.id()) ? 0 : 1;
                    }
                }
            }
            rows.add(new BrokerRow(broker.id(), broker.address(), state.controller().orElse(-1) == broker.id(), leads,
                    replicas, outOfSync));
        }
        if (!rows.equals(brokers)) {
            brokers.setAll(rows);
        }
        summary.set(!state.reachable() ? "External cluster unreachable · showing what it last reported"
                : "External cluster · " + rows.size() + (rows.size() == 1 ? " broker" : " brokers")
                + (state.controller().isPresent() ? " · controller " + state.controller().getAsInt() : " · no controller"));
    }

    public ObservableList<BrokerRow> brokers() {
        return brokers;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
