package io.brokerlab.app.cluster;

import io.brokerlab.launcher.state.BrokerInfo;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
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

    /**
     * One broker; counts are over all partitions of all topics. {@code registered} false: it holds replicas but is
     * not registered now (down), so no address is known.
     */
    public record BrokerRow(int id, String address, boolean registered, boolean controller, int leads, int replicas,
                            int outOfSync) {
    }

    private final ObservableList<BrokerRow> brokers = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public void apply(ClusterState state) {
        if (state == null) {
            brokers.clear();
            summary.set("");
            return;
        }
        // a broker that went down leaves the registered ones but not the replica lists: it is still part of the
        // cluster, and the replicas it holds are out of sync because of it
        SortedSet<Integer> ids = new TreeSet<>(state.brokers().keySet());
        state.topics().values().forEach(t -> t.partitions().values().forEach(p -> ids.addAll(p.replicas())));
        List<BrokerRow> rows = new ArrayList<>();
        for (int id : ids) {
            int leads = 0;
            int replicas = 0;
            int outOfSync = 0;
            for (var topic : state.topics().values()) {
                for (PartitionState p : topic.partitions().values()) {
                    leads += p.leader() == id ? 1 : 0;
                    if (p.replicas().contains(id)) {
                        replicas++;
                        outOfSync += p.isr().contains(id) ? 0 : 1;
                    }
                }
            }
            BrokerInfo broker = state.brokers().get(id);
            rows.add(new BrokerRow(id, broker == null ? "—" : broker.address(), broker != null,
                    state.controller().orElse(-1) == id, leads, replicas, outOfSync));
        }
        if (!rows.equals(brokers)) {
            brokers.setAll(rows);
        }
        long down = rows.stream().filter(r -> !r.registered()).count();
        summary.set(!state.reachable() ? "External cluster unreachable · showing what it last reported"
                : "External cluster · " + rows.size() + (rows.size() == 1 ? " broker" : " brokers")
                + (down > 0 ? " (" + down + " down)" : "")
                + (state.controller().isPresent() ? " · controller " + state.controller().getAsInt() : " · no controller"));
    }

    public ObservableList<BrokerRow> brokers() {
        return brokers;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
