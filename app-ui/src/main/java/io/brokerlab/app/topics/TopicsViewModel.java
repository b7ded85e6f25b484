package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The topic list, the selected topic and the live brokers. Topics come from {@link #apply(List)}: today fed by
 * {@link #refresh()} (a background describe, triggered by cluster events and a timer), later by an event-driven
 * state watcher calling {@code apply} directly. FX thread, except where said.
 */
public final class TopicsViewModel {

    private final Executor background;
    private final Executor fx;
    private final ObservableList<TopicRow> topics = FXCollections.observableArrayList();
    private final Map<String, TopicInfo> infos = new TreeMap<>();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TopicInfo> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Integer>> liveBrokers = new SimpleObjectProperty<>(Set.of());
    private final ObservableList<Integer> brokers = FXCollections.observableArrayList();
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile TopicSource source;

    public TopicsViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        selected.addListener((obs, old, name) -> detail.set(name == null ? null : infos.get(name)));
    }

    public void attach(TopicSource source, List<Integer> brokerIds) {
        this.source = source;
        infos.clear();
        topics.clear();
        selected.set(null);
        brokers.setAll(brokerIds);
        status.set(source == null ? "No cluster" : "");
    }

    /** Which brokers run, from the launcher; redraws at once and asks for fresh metadata if it changed. */
    public void apply(ClusterSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        Set<Integer> live = snapshot.brokers().stream().filter(n -> n.state() == NodeState.RUNNING)
                .map(NodeStatus::id).map(id -> id.id()).collect(Collectors.toUnmodifiableSet());
        if (!live.equals(liveBrokers.get())) {
            liveBrokers.set(live);
            rebuildRows();
            refresh();
        }
    }

    /** New topic metadata (from any source). */
    public void apply(List<TopicInfo> described) {
        infos.clear();
        described.forEach(t -> infos.put(t.name(), t));
        rebuildRows();
        String name = selected.get();
        if (name == null && !topics.isEmpty()) {
            topics.stream().filter(t -> !t.internal()).findFirst().ifPresent(t -> selected.set(t.name()));
        } else {
            detail.set(name == null ? null : infos.get(name));
        }
    }

    private void rebuildRows() {
        List<TopicRow> rows = new ArrayList<>();
        infos.values().forEach(t -> rows.add(TopicRow.of(t, liveBrokers.get())));
        topics.setAll(rows);
        version.set(version.get() + 1);
    }

    /** Reads all topics in the background; skipped while a read runs or no broker is up. Any thread. */
    public CompletableFuture<Void> refresh() {
        TopicSource s = source;
        if (s == null || liveBrokers.get().isEmpty() || !refreshing.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(s::describeAll, background).handleAsync((described, error) -> {
            refreshing.set(false);
            if (s != source) {
                return null;
            }
            if (error != null) {
                status.set("Cannot read topics: " + (error.getCause() != null ? error.getCause().getMessage()
                        : error.getMessage()));
            } else {
                status.set("");
                apply(described);
            }
            return null;
        }, fx);
    }

    public ReplicaState replicaState(io.brokerlab.launcher.admin.PartitionInfo partition, int broker) {
        return ReplicaState.of(partition, broker, liveBrokers.get());
    }

    public TopicSource source() {
        return source;
    }

    public ObservableList<TopicRow> topics() {
        return topics;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<TopicInfo> detailProperty() {
        return detail;
    }

    public ReadOnlyObjectProperty<Set<Integer>> liveBrokersProperty() {
        return liveBrokers;
    }

    public ObservableList<Integer> brokers() {
        return brokers;
    }

    /** Bumped whenever rows or live brokers change, so the replica map knows to redraw. */
    public IntegerProperty versionProperty() {
        return version;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
