package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import io.brokerlab.launcher.state.TopicState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the topics view shows of the attached cluster: the topic rows, the selected topic and the live brokers, built
 * from the launcher's snapshots, the state watcher's states and describes. It asks no broker itself. FX thread, except
 * {@link #source()} and {@link #stateDriven()}: a refresh, which may be asked for from any thread, looks at them.
 */
final class ShownTopics {

    private final ObservableList<TopicRow> topics = FXCollections.observableArrayList();
    private final Map<String, TopicInfo> infos = new TreeMap<>();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TopicInfo> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Integer>> liveBrokers = new SimpleObjectProperty<>(Set.of());
    /** The workspace's ZooKeepers have no majority: a request that needs ZooKeeper ties up a broker's thread. */
    private final BooleanProperty quorumLost = new SimpleBooleanProperty();
    private final ObservableList<Integer> brokers = FXCollections.observableArrayList();
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final Map<String, Map<Integer, Integer>> leaderEpochs = new HashMap<>();
    private final ObjectProperty<Instant> stateTakenAt = new SimpleObjectProperty<>();
    /** The topics' own min.insync.replicas, from the states; a topic missing or empty has the brokers'. */
    private final Map<String, OptionalInt> ownMinInsync = new HashMap<>();
    /**
     * Whether the states tell the topics' own min.insync.replicas (read from ZooKeeper; the Admin API poll reads no
     * configs). Without them no topic's is known: the brokers' default could be the wrong one, and "acks=all writes
     * refused" said of a topic that sets a lower value of its own would teach the wrong lesson.
     */
    private boolean ownMinInsyncKnown;
    /** The brokers' min.insync.replicas; empty until read. */
    private OptionalInt brokerMinInsync = OptionalInt.empty();
    /** The selected topic's min.insync.replicas, 0 when none is selected or it is not known. */
    private final IntegerProperty detailMinInsync = new SimpleIntegerProperty();
    /** Each topic's cleanup.policy as read ({@link CleanupPolicyReads}); a topic not read yet is missing. */
    private final Map<String, String> cleanupPolicies = new HashMap<>();
    /** The selected topic's cleanup.policy; empty when none is selected or it is not read yet. */
    private final StringProperty detailCleanupPolicy = new SimpleStringProperty("");
    private volatile TopicSource source;
    private volatile boolean stateDriven;
    /** An external cluster has no launcher snapshot: its registered brokers are the live ones. */
    private boolean brokersFromState;

    /** Forgets the last cluster's topics; {@code external}: brokers and which of them live come from the states. */
    void attach(TopicSource source, List<Integer> brokerIds, boolean external) {
        this.source = source;
        this.brokersFromState = external;
        liveBrokers.set(Set.of());
        infos.clear();
        leaderEpochs.clear();
        ownMinInsync.clear();
        ownMinInsyncKnown = false;
        brokerMinInsync = OptionalInt.empty();
        cleanupPolicies.clear();
        stateDriven = false;
        topics.clear();
        selected.set(null);
        brokers.setAll(brokerIds);
    }

    /** Which brokers run, from the launcher; redraws at once. True when they changed (fresh metadata is due). */
    boolean apply(ClusterSnapshot snapshot) {
        if (snapshot == null || brokersFromState) {
            return false;
        }
        quorumLost.set(snapshot.quorumLoss().isPresent());
        Set<Integer> live = snapshot.brokers().stream().filter(n -> n.state() == NodeState.RUNNING)
                .map(NodeStatus::id).map(id -> id.id()).collect(Collectors.toUnmodifiableSet());
        if (live.equals(liveBrokers.get())) {
            return false;
        }
        liveBrokers.set(live);
        rebuildRows();
        return true;
    }

    /**
     * A state from the cluster state watcher (already coalesced to one per pulse): the topic list, partition table
     * and replica map follow leaders and ISRs as ZooKeeper reports them, without polling. From the first reachable
     * state on, a describe no longer replaces the rows (a slower describe could be older than the state).
     */
    void apply(ClusterState state) {
        if (state == null || !state.reachable()) {
            return;
        }
        stateDriven = true;
        if (brokersFromState) {
            brokersOf(state);
        }
        List<TopicInfo> described = new ArrayList<>();
        leaderEpochs.clear();
        ownMinInsync.clear();
        ownMinInsyncKnown = state.source() == ClusterState.Source.ZOOKEEPER;
        for (TopicState topic : state.topics().values()) {
            if (topic.deleting()) {
                continue; // deleted as far as anyone asked: its replicas are being taken offline, on purpose
            }
            ownMinInsync.put(topic.name(), topic.minInsyncReplicas());
            List<PartitionInfo> partitions = new ArrayList<>();
            Map<Integer, Integer> epochs = new HashMap<>();
            for (PartitionState p : topic.partitions().values()) {
                partitions.add(new PartitionInfo(p.partition(), p.leader(), p.replicas(), p.isr()));
                epochs.put(p.partition(), p.leaderEpoch());
            }
            leaderEpochs.put(topic.name(), epochs);
            described.add(new TopicInfo(topic.name(), topic.name().startsWith("__"), partitions, List.of()));
        }
        stateTakenAt.set(state.takenAt());
        applyTopics(described);
    }

    private void brokersOf(ClusterState state) {
        Set<Integer> live = Set.copyOf(state.brokers().keySet());
        if (!live.equals(liveBrokers.get())) {
            liveBrokers.set(live);
        }
        // a dead broker still holds replicas: it stays a column, shown offline
        Set<Integer> columns = new TreeSet<>(live);
        state.topics().values().forEach(t -> t.partitions().values().forEach(p -> columns.addAll(p.replicas())));
        if (!brokers.equals(List.copyOf(columns))) {
            brokers.setAll(columns);
        }
    }

    /** New topic metadata from a describe; ignored once the state watcher drives the rows. */
    void apply(List<TopicInfo> described) {
        if (!stateDriven) {
            applyTopics(described);
        }
    }

    private void applyTopics(List<TopicInfo> described) {
        infos.clear();
        described.forEach(t -> infos.put(t.name(), t));
        rebuildRows();
        String name = selected.get();
        if (name == null && !topics.isEmpty()) {
            topics.stream().filter(t -> !t.internal()).findFirst().ifPresent(t -> selected.set(t.name()));
        } else {
            showDetailOf(name);
        }
    }

    /** The brokers' min.insync.replicas, as read from them: the rows count below min ISR by it anew. */
    void brokerMinInsyncReplicas(OptionalInt value) {
        if (!value.equals(brokerMinInsync)) {
            brokerMinInsync = value;
            rebuildRows();
        }
    }

    /**
     * {@code topic}'s own min.insync.replicas, else the brokers'; empty when neither is known, or whether it has one of
     * its own is not.
     */
    OptionalInt minInsyncReplicas(String topic) {
        if (!ownMinInsyncKnown) {
            return OptionalInt.empty();
        }
        OptionalInt own = ownMinInsync.getOrDefault(topic, OptionalInt.empty());
        return own.isPresent() ? own : brokerMinInsync;
    }

    /** Whether {@code topic} has a min.insync.replicas of its own, rather than the brokers'. */
    boolean ownMinInsyncReplicas(String topic) {
        return ownMinInsync.getOrDefault(topic, OptionalInt.empty()).isPresent();
    }

    /** Topics' cleanup.policy as read: their rows are built anew with it. */
    void cleanupPolicies(Map<String, String> read) {
        if (!cleanupPolicies.entrySet().containsAll(read.entrySet())) {
            cleanupPolicies.putAll(read);
            rebuildRows();
        }
    }

    /** Only these topics' cleanup.policy is kept: one deleted may come back with another. */
    void retainCleanupPolicies(Set<String> names) {
        cleanupPolicies.keySet().retainAll(names);
    }

    private void rebuildRows() {
        List<TopicRow> rows = new ArrayList<>();
        infos.values().forEach(t -> rows.add(TopicRow.of(t, liveBrokers.get(), minInsyncReplicas(t.name()),
                cleanupPolicies.getOrDefault(t.name(), ""))));
        detailMinInsync.set(selected.get() == null ? 0 : minInsyncReplicas(selected.get()).orElse(0));
        detailCleanupPolicy.set(selected.get() == null ? "" : cleanupPolicies.getOrDefault(selected.get(), ""));
        // a table given new rows rebuilds every cell it shows: only when they differ (most states touch one topic)
        if (!topics.equals(rows)) {
            topics.setAll(rows);
        }
        version.set(version.get() + 1);
    }

    /** The detail pane shows {@code name}'s metadata as last read; nothing for null. */
    void showDetailOf(String name) {
        detailMinInsync.set(name == null ? 0 : minInsyncReplicas(name).orElse(0));
        detailCleanupPolicy.set(name == null ? "" : cleanupPolicies.getOrDefault(name, ""));
        detail.set(name == null ? null : infos.get(name));
    }

    /** The selected topic's min.insync.replicas; 0 with none selected, or while it is not known. */
    IntegerProperty detailMinInsyncProperty() {
        return detailMinInsync;
    }

    /** The selected topic's cleanup.policy; empty with none selected, or while it is not read. */
    StringProperty detailCleanupPolicyProperty() {
        return detailCleanupPolicy;
    }

    /** The metadata last read of {@code name}; null when no such topic is shown. */
    TopicInfo topic(String name) {
        return infos.get(name);
    }

    boolean internal(String name) {
        TopicInfo t = infos.get(name);
        return t != null && t.internal();
    }

    /** The leader epoch ZooKeeper holds for a partition; -1 when unknown (no state yet). */
    int leaderEpoch(String topic, int partition) {
        return leaderEpochs.getOrDefault(topic, Map.of()).getOrDefault(partition, -1);
    }

    /** The attached cluster's topics, null when none; any thread. */
    TopicSource source() {
        return source;
    }

    /** Whether the state watcher drives the rows (a describe's answer would be thrown away); any thread. */
    boolean stateDriven() {
        return stateDriven;
    }

    Set<Integer> liveBrokers() {
        return liveBrokers.get();
    }

    BooleanProperty quorumLostProperty() {
        return quorumLost;
    }

    ObjectProperty<Set<Integer>> liveBrokersProperty() {
        return liveBrokers;
    }

    ObservableList<TopicRow> topics() {
        return topics;
    }

    ObjectProperty<String> selectedProperty() {
        return selected;
    }

    ObjectProperty<TopicInfo> detailProperty() {
        return detail;
    }

    ObservableList<Integer> brokers() {
        return brokers;
    }

    IntegerProperty versionProperty() {
        return version;
    }

    ObjectProperty<Instant> stateTakenAtProperty() {
        return stateTakenAt;
    }
}
