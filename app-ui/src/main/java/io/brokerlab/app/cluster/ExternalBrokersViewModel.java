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
 * is registered, who controls and how the partitions spread, counted and worded as the workspace's cards and notices
 * count and word them. FX thread.
 */
public final class ExternalBrokersViewModel {

    /**
     * One broker; counts are over the topics' partitions, Kafka's own topics left out (as on the workspace's cards).
     * {@code registered} false: it holds replicas but is not registered now (down), so no address is known.
     * {@code partitions}: how many there are in all, the cards' "1 of 3".
     */
    public record BrokerRow(int id, String address, boolean registered, boolean controller, int leads, int replicas,
                            int outOfSync, int partitions) {

        /** "Partitions led", as on a workspace broker's card. */
        public String led() {
            return leads + " of " + partitions;
        }

        /** Of the replicas it holds, how many are out of its partition's ISR (what a notice calls out of sync). */
        public String replicasOutOfSync() {
            return outOfSync + " of " + replicas;
        }
    }

    private final ObservableList<BrokerRow> brokers = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty partitions = new SimpleStringProperty("");

    public void apply(ClusterState state) {
        if (state == null) {
            brokers.clear();
            summary.set("");
            partitions.set("");
            return;
        }
        List<PartitionState> all = state.topics().values().stream().filter(t -> !t.name().startsWith("__"))
                .flatMap(t -> t.partitions().values().stream()).toList();
        // a broker that went down leaves the registered ones but not the replica lists: it is still part of the
        // cluster, and the replicas it holds are out of sync because of it
        SortedSet<Integer> ids = new TreeSet<>(state.brokers().keySet());
        all.forEach(p -> ids.addAll(p.replicas()));
        List<BrokerRow> rows = new ArrayList<>();
        for (int id : ids) {
            int leads = 0;
            int replicas = 0;
            int outOfSync = 0;
            for (PartitionState p : all) {
                leads += p.leader() == id ? 1 : 0;
                if (p.replicas().contains(id)) {
                    replicas++;
                    outOfSync += p.isr().contains(id) ? 0 : 1;
                }
            }
            BrokerInfo broker = state.brokers().get(id);
            rows.add(new BrokerRow(id, broker == null ? "—" : broker.address(), broker != null,
                    state.controller().orElse(-1) == id, leads, replicas, outOfSync, all.size()));
        }
        if (!rows.equals(brokers)) {
            brokers.setAll(rows);
        }
        partitions.set(health(all));
        long down = rows.stream().filter(r -> !r.registered()).count();
        summary.set(!state.reachable() ? "External cluster unreachable · showing what it last reported"
                : "External cluster · " + rows.size() + (rows.size() == 1 ? " broker" : " brokers")
                + (down > 0 ? " (" + down + " down)" : "")
                + (state.controller().isPresent() ? " · controller " + state.controller().getAsInt() : " · no controller"));
    }

    /** The partitions' health in the notices' and the Topics view's words: offline, under-replicated. */
    static String health(List<PartitionState> partitions) {
        if (partitions.isEmpty()) {
            return "No topics yet";
        }
        long offline = partitions.stream().filter(PartitionState::isOffline).count();
        long underReplicated = partitions.stream().filter(PartitionState::isUnderReplicated).count();
        return partitions.size() + (partitions.size() == 1 ? " partition" : " partitions")
                + (offline > 0 ? " · " + offline + " offline" : "")
                + (underReplicated > 0 ? " · " + underReplicated + " under-replicated" : " · none under-replicated");
    }

    public ObservableList<BrokerRow> brokers() {
        return brokers;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** How many partitions the topics have and how many are offline or under-replicated; empty with no cluster. */
    public ReadOnlyStringProperty partitionsProperty() {
        return partitions;
    }
}
