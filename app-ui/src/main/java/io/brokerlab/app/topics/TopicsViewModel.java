package io.brokerlab.app.topics;

import io.brokerlab.app.UserAction;
import io.brokerlab.launcher.admin.ElectionResult;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.config.TopicConfigCatalog;
import io.brokerlab.launcher.state.ClusterState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The topics view's model: the topic list, the selected topic and the live brokers ({@link ShownTopics}), their
 * background reads ({@link TopicReads}) and the actions on a topic, whose outcome {@link ActionRunner} says in the
 * action status line. Topics come from {@link #apply(List)}: fed by {@link #refresh()} (a background describe,
 * triggered by cluster events and a timer), or from the state watcher's states through {@link #apply(ClusterState)}.
 * FX thread, except where said.
 */
public final class TopicsViewModel {

    private final ShownTopics shown = new ShownTopics();
    private final ActionRunner actions;
    private final TopicReads reads;
    private final LeaderMoves leaders;
    private final TopicCommands commands;
    private final CleanupPolicyReads cleanupPolicies;
    /**
     * Every action on the selected topic asks a broker: without one it would only wait out the admin client's
     * timeout and fail.
     */
    private final BooleanBinding actionsDisabled;
    /** Delete and Add partitions: Kafka's internal topics keep what the cluster created them with. */
    private final BooleanBinding structureChangeDisabled;
    /** Move leader: with one replica per partition there is no other broker to lead. */
    private final BooleanBinding leaderMoveDisabled;

    /** How long a success stays in the action status line. */
    static final Duration OUTCOME_SHOWN = Duration.ofSeconds(15);

    public TopicsViewModel(Executor background, Executor fx) {
        this(background, fx, CompletableFuture.delayedExecutor(OUTCOME_SHOWN.toMillis(), TimeUnit.MILLISECONDS, fx));
    }

    /** @param later runs a task on the FX thread after {@link #OUTCOME_SHOWN}: a success in the status line goes */
    TopicsViewModel(Executor background, Executor fx, Executor later) {
        this(background, fx, later, (delay, task) ->
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, fx).execute(task));
    }

    /** @param retryLater runs a task on the FX thread after a delay: a failed cleanup.policy read is tried again */
    TopicsViewModel(Executor background, Executor fx, Executor later, CleanupPolicyReads.Later retryLater) {
        actions = new ActionRunner(background, fx, later, shown);
        reads = new TopicReads(background, fx, shown, actions);
        leaders = new LeaderMoves(shown, actions);
        cleanupPolicies = new CleanupPolicyReads(background, fx, retryLater, shown);
        commands = new TopicCommands(background, fx, shown, actions, reads, cleanupPolicies);
        shown.topics().addListener((ListChangeListener<TopicRow>) c -> cleanupPolicies.topicsChanged());
        ObjectProperty<TopicInfo> detail = shown.detailProperty();
        actionsDisabled = Bindings.createBooleanBinding(() -> actions.busyProperty().get() || detail.get() == null
                || shown.liveBrokers().isEmpty(), actions.busyProperty(), detail, shown.liveBrokersProperty());
        structureChangeDisabled = actionsDisabled.or(Bindings.createBooleanBinding(
                () -> detail.get() != null && detail.get().internal(), detail));
        leaderMoveDisabled = actionsDisabled.or(Bindings.createBooleanBinding(() -> detail.get() != null
                && detail.get().partitions().stream().allMatch(p -> p.replicas().size() <= 1), detail));
        shown.selectedProperty().addListener((obs, old, name) -> {
            // "Created demo" or an error is about the topic that was shown, never said under another's name
            actions.topicShown(name);
            shown.showDetailOf(name);
            reads.selectionChanged();
        });
        shown.liveBrokersProperty().addListener((obs, was, live) -> {
            if (!live.isEmpty()) {
                readBrokerMinInsyncReplicas();
            }
            cleanupPolicies.brokersChanged();
        });
        shown.quorumLostProperty().addListener((obs, was, lost) -> {
            if (!lost) {
                cleanupPolicies.brokersChanged();
            }
        });
    }

    /**
     * The brokers' min.insync.replicas, which every topic without its own has: read again whenever the running brokers
     * change (a broker may come back with another value in its file; before the first one runs nothing answers), and
     * the last value kept when a read fails. In the background; never per state.
     */
    private void readBrokerMinInsyncReplicas() {
        TopicSource asked = shown.source();
        commands.brokerMinInsyncReplicas().thenAccept(value -> {
            if (asked == shown.source() && value.isPresent()) {
                shown.brokerMinInsyncReplicas(value);
            }
        });
    }

    public void attach(TopicSource source, List<Integer> brokerIds) {
        attach(source, brokerIds, false);
    }

    /** An external cluster: brokers and which of them live come from the state watcher's states. */
    public void attachExternal(TopicSource source) {
        attach(source, List.of(), true);
    }

    private void attach(TopicSource source, List<Integer> brokerIds, boolean external) {
        shown.attach(source, brokerIds, external);
        reads.reset();
        actions.reset();
        cleanupPolicies.reset();
    }

    /** Which brokers run, from the launcher; redraws at once and asks for fresh metadata if it changed. */
    public void apply(ClusterSnapshot snapshot) {
        if (shown.apply(snapshot)) {
            reads.refresh();
        }
    }

    /**
     * A state from the cluster state watcher (already coalesced to one per pulse): the rows follow leaders and ISRs
     * without polling, and from the first reachable state on {@link #refresh()} no longer replaces them.
     */
    public void apply(ClusterState state) {
        shown.apply(state);
    }

    /** New topic metadata from a describe; ignored once the state watcher drives the rows. */
    public void apply(List<TopicInfo> described) {
        shown.apply(described);
    }

    /** The leader epoch ZooKeeper holds for a partition; -1 when unknown (no state yet). */
    public int leaderEpoch(String topic, int partition) {
        return shown.leaderEpoch(topic, partition);
    }

    /** When the state shown was built (the watcher's {@code takenAt}); null before the first one. */
    public ReadOnlyObjectProperty<Instant> stateTakenAtProperty() {
        return shown.stateTakenAtProperty();
    }

    /**
     * Reads all topics in the background; while a read runs, that read is the answer; skipped when no broker is up or
     * the state watcher drives the rows. FX thread.
     */
    public CompletableFuture<Void> refresh() {
        return reads.refresh();
    }

    /**
     * The Refresh button: topics and end offsets read now; the action status line says when, or why not. The topics'
     * cleanup.policy is read again too: the state watcher does not follow configs, and the CLI may have changed one.
     */
    public CompletableFuture<Void> refreshNow() {
        cleanupPolicies.rereadAll();
        return reads.refreshNow();
    }

    /** Reads the selected topic's end offsets in the background; the view calls this on a timer. FX thread. */
    public CompletableFuture<Void> refreshEndOffsets() {
        return reads.refreshEndOffsets();
    }

    /** The selected topic's end offset by partition, as last read; FX thread. */
    public ObservableMap<Integer, Long> endOffsets() {
        return reads.endOffsets();
    }

    /**
     * Why a partition's end offset is not current: "last read at 14:05:09; its leader does not answer"; null when its
     * last read answered or it was never read. FX thread.
     */
    public String endOffsetNotCurrent(int partition) {
        if (!reads.unanswered().containsKey(partition) || !reads.endOffsets().containsKey(partition)) {
            return null;
        }
        return "last read at " + TopicReads.TIME_OF_DAY.format(reads.unanswered().get(partition))
                + "; its leader does not answer (down, paused or just replaced)";
    }

    /** The partitions whose end offset is as last read because their leader did not answer; FX thread. */
    ObservableMap<Integer, java.time.LocalTime> unansweredEndOffsets() {
        return reads.unanswered();
    }

    /**
     * Where a topic action's failure goes besides the status line, on the FX thread: a sentence saying what could
     * not be done, and the cause.
     */
    public void onActionError(BiConsumer<String, Throwable> handler) {
        actions.onActionError(handler);
    }

    /**
     * Told of each preferred election or leader move when it is sent to the cluster (the timeline times from it), and
     * of partitions added and configs changed once made.
     */
    public void onUserAction(Consumer<UserAction> listener) {
        leaders.onAsked(listener);
        commands.onDone(listener);
    }

    /**
     * {@code listener} is told of a topic about to be deleted, on the background thread that deletes it next: what
     * must let go of the topic first (the console's producers) does so before the delete is asked.
     */
    public void beforeDelete(Consumer<String> listener) {
        commands.beforeDelete(listener);
    }

    /** Creates the topic and selects it once the cluster has it. */
    public CompletableFuture<Void> create(NewTopicRequest request) {
        return commands.create(request);
    }

    /**
     * The min.insync.replicas a new topic gets when it sets none, read from the brokers in the background; empty when
     * it cannot be read. Completes on the FX thread.
     */
    public CompletableFuture<OptionalInt> brokerMinInsyncReplicas() {
        return commands.brokerMinInsyncReplicas();
    }

    /** Kafka's topic config definitions, loaded in the background; completes on the FX thread. */
    public CompletableFuture<TopicConfigCatalog> topicConfigCatalog() {
        return commands.topicConfigCatalog();
    }

    public CompletableFuture<Void> delete(String name) {
        return commands.delete(name);
    }

    /** {@code total} must exceed the current count (Kafka cannot remove partitions). */
    public CompletableFuture<Void> addPartitions(String name, int total) {
        return commands.addPartitions(name, total);
    }

    /**
     * The topic's configs for the configs dialog, read in the background; completes on the FX thread, null when the
     * read failed (the status line says why).
     */
    public CompletableFuture<TopicConfigsViewModel> configs(String name) {
        return commands.configs(name);
    }

    /**
     * A failure is said in the status line only: the configs dialog that asked shows it at the field it names. A
     * cleanup.policy changed is read again for the topic's "compacted" tag.
     */
    public CompletableFuture<Void> alterConfigs(String name, ConfigEdit edit) {
        CompletableFuture<Void> altered = commands.alterConfigs(name, edit);
        if (edit.set().containsKey(CleanupPolicyReads.CLEANUP_POLICY)
                || edit.remove().contains(CleanupPolicyReads.CLEANUP_POLICY)) {
            altered.thenRun(() -> cleanupPolicies.reread(name));
        }
        return altered;
    }

    /**
     * Moves every partition it can back to its preferred replica; those that cannot move are named with the reason,
     * in the error style.
     */
    public CompletableFuture<ElectionResult> electPreferredLeaders(String name) {
        return leaders.electPreferredLeaders(name);
    }

    /**
     * The brokers the leadership of {@code p} can move to (its live in-sync replicas but the leader); empty, and the
     * status line says why, when there is none.
     */
    public List<Integer> offerLeaderMove(String name, PartitionInfo p) {
        return leaders.offerLeaderMove(name, p);
    }

    /** Moves a partition's leadership to {@code broker}, one of its live in-sync replicas, which becomes preferred. */
    public CompletableFuture<List<Integer>> moveLeadership(String name, int partition, int broker) {
        return leaders.moveLeadership(name, partition, broker);
    }

    public ReadOnlyStringProperty actionStatusProperty() {
        return actions.actionStatusProperty();
    }

    /** Whether {@link #actionStatusProperty()} words a failure rather than progress or a success; FX thread. */
    public ReadOnlyBooleanProperty actionFailedProperty() {
        return actions.actionFailedProperty();
    }

    /**
     * Above the topic list, for a while: what became of a topic not shown ("Deleted orders"), or of one the user left
     * while its action ran. FX thread.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return actions.noticeProperty();
    }

    /** Whether {@link #noticeProperty()} words a failure; FX thread. */
    public ReadOnlyBooleanProperty noticeFailedProperty() {
        return actions.noticeFailedProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return actions.busyProperty();
    }

    /** Configs and Preferred leaders: off while an action runs, with no topic selected, or with no live broker. */
    public BooleanBinding actionsDisabled() {
        return actionsDisabled;
    }

    /** Delete and Add partitions: as {@link #actionsDisabled()}, and for an internal topic. */
    public BooleanBinding structureChangeDisabled() {
        return structureChangeDisabled;
    }

    /** Move leader: as {@link #actionsDisabled()}, and when every partition of the topic has a single replica. */
    public BooleanBinding leaderMoveDisabled() {
        return leaderMoveDisabled;
    }

    /**
     * The selected topic's partitions as the partition table shows them: Kafka's values, with the brokers the app
     * knows are down marked; empty without a selected topic.
     */
    List<PartitionRow> partitionRows() {
        TopicInfo t = shown.detailProperty().get();
        if (t == null) {
            return List.of();
        }
        int minInsync = shown.minInsyncReplicas(t.name()).orElse(0);
        return t.partitions().stream().map(p -> PartitionRow.of(p, shown.leaderEpoch(t.name(), p.partition()),
                shown.liveBrokers(), minInsync)).toList();
    }

    /** The selected topic's cleanup.policy ("compact,delete"); empty with none selected or while it is not read. */
    public ReadOnlyStringProperty detailCleanupPolicyProperty() {
        return shown.detailCleanupPolicyProperty();
    }

    /** The selected topic's min.insync.replicas (its own, else the brokers'); 0 with none selected or not known. */
    public ReadOnlyIntegerProperty minInsyncReplicasProperty() {
        return shown.detailMinInsyncProperty();
    }

    /**
     * Beside the selected topic's name: "min.insync.replicas 2 (the brokers' default)"; empty while not known. FX
     * thread.
     */
    public String minInsyncReplicasText() {
        TopicInfo t = shown.detailProperty().get();
        int value = shown.detailMinInsyncProperty().get();
        if (t == null || value <= 0) {
            return "";
        }
        return "min.insync.replicas " + value + (shown.ownMinInsyncReplicas(t.name()) ? " (set on this topic)"
                : " (the brokers' default)");
    }

    public ReplicaState replicaState(PartitionInfo partition, int broker) {
        return ReplicaState.of(partition, broker, shown.liveBrokers());
    }

    public ObservableList<TopicRow> topics() {
        return shown.topics();
    }

    public ObjectProperty<String> selectedProperty() {
        return shown.selectedProperty();
    }

    public ReadOnlyObjectProperty<TopicInfo> detailProperty() {
        return shown.detailProperty();
    }

    public ReadOnlyObjectProperty<Set<Integer>> liveBrokersProperty() {
        return shown.liveBrokersProperty();
    }

    public ObservableList<Integer> brokers() {
        return shown.brokers();
    }

    /** Bumped whenever rows or live brokers change, so the replica map knows to redraw. */
    public IntegerProperty versionProperty() {
        return shown.versionProperty();
    }

    public StringProperty statusProperty() {
        return reads.statusProperty();
    }
}
