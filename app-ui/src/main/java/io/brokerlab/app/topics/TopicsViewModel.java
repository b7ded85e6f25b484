package io.brokerlab.app.topics;

import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.admin.ElectionResult;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.config.TopicConfigCatalog;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import io.brokerlab.launcher.state.TopicState;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

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
    /** The topic list read under way, null when none; a second caller is answered by it. */
    private final AtomicReference<CompletableFuture<String>> topicsRead = new AtomicReference<>();
    /** The same for the end offsets, which the view's ticker reads every second. */
    private final AtomicReference<CompletableFuture<String>> offsetsRead = new AtomicReference<>();
    private final ObservableMap<Integer, Long> endOffsets = FXCollections.observableHashMap();
    private volatile TopicSource source;
    private final Map<String, Map<Integer, Integer>> leaderEpochs = new HashMap<>();
    private final ObjectProperty<java.time.Instant> stateTakenAt = new SimpleObjectProperty<>();
    private volatile boolean stateDriven;
    /** An external cluster has no launcher snapshot: its registered brokers are the live ones. */
    private boolean brokersFromState;

    public TopicsViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        selected.addListener((obs, old, name) -> {
            // "Created demo" or an error is about the topic that was shown; the first topic picked for an empty
            // selection (after a delete) leaves "Deleted x" standing
            if (old != null && name != null) {
                clearActionStatus();
            }
            detail.set(name == null ? null : infos.get(name));
            endOffsets.clear();
            // a read of the last topic's offsets still under way would answer for this one, its answer thrown away
            offsetsRead.set(null);
            refreshEndOffsets();
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
        this.source = source;
        this.brokersFromState = external;
        liveBrokers.set(Set.of());
        infos.clear();
        leaderEpochs.clear();
        stateDriven = false;
        topics.clear();
        selected.set(null);
        brokers.setAll(brokerIds);
        // a read of the last cluster still under way answers no caller of this one
        topicsRead.set(null);
        offsetsRead.set(null);
        status.set(source == null ? "No cluster" : "");
        clearActionStatus();
        busy.set(false);
    }

    /** Which brokers run, from the launcher; redraws at once and asks for fresh metadata if it changed. */
    public void apply(ClusterSnapshot snapshot) {
        if (snapshot == null || brokersFromState) {
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

    /**
     * A state from the cluster state watcher (already coalesced to one per pulse): the topic list, partition table
     * and replica map follow leaders and ISRs as ZooKeeper reports them, without polling. From the first reachable
     * state on, {@link #refresh()} no longer replaces the rows (a slower describe could be older than the state).
     */
    public void apply(ClusterState state) {
        if (state == null || !state.reachable()) {
            return;
        }
        stateDriven = true;
        if (brokersFromState) {
            brokersOf(state);
        }
        List<TopicInfo> described = new ArrayList<>();
        leaderEpochs.clear();
        for (TopicState topic : state.topics().values()) {
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

    /** The leader epoch ZooKeeper holds for a partition; -1 when unknown (no state yet). */
    public int leaderEpoch(String topic, int partition) {
        return leaderEpochs.getOrDefault(topic, Map.of()).getOrDefault(partition, -1);
    }

    /** When the state shown was built (the watcher's {@code takenAt}); null before the first one. */
    public ReadOnlyObjectProperty<java.time.Instant> stateTakenAtProperty() {
        return stateTakenAt;
    }

    /** New topic metadata from a describe; ignored once the state watcher drives the rows. */
    public void apply(List<TopicInfo> described) {
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
            detail.set(name == null ? null : infos.get(name));
        }
    }

    private void rebuildRows() {
        List<TopicRow> rows = new ArrayList<>();
        infos.values().forEach(t -> rows.add(TopicRow.of(t, liveBrokers.get())));
        // a table given new rows rebuilds every cell it shows: only when they differ (most states touch one topic)
        if (!topics.equals(rows)) {
            topics.setAll(rows);
        }
        version.set(version.get() + 1);
    }

    /** Why a read was not done, for the Refresh button's status line; a read that was done comes back as null. */
    private static final String NO_LIVE_BROKER = "no live broker to ask";
    /** No cluster, no topic selected, or rows the state watcher drives: Refresh does not ask for such a read. */
    private static final String NOT_ASKED = "nothing to read";

    /**
     * Reads all topics in the background; while a read runs, that read is the answer; skipped when no broker is up or
     * the state watcher drives the rows (a describe's answer would be thrown away). Any thread.
     */
    public CompletableFuture<Void> refresh() {
        return readTopics().thenApply(outcome -> null);
    }

    /** {@link #refresh()}, completing with why the topics were not read, or null when they were. */
    private CompletableFuture<String> readTopics() {
        TopicSource s = source;
        String skipped = s == null || stateDriven ? NOT_ASKED : liveBrokers.get().isEmpty() ? NO_LIVE_BROKER : null;
        if (skipped != null) {
            return CompletableFuture.completedFuture(skipped);
        }
        return once(topicsRead, () -> askTopics(s));
    }

    private CompletableFuture<String> askTopics(TopicSource s) {
        return CompletableFuture.supplyAsync(s::describeAll, background).handleAsync((described, error) -> {
            if (s != source) {
                return null;
            }
            if (error != null) {
                status.set("Cannot read topics: " + Failures.message(error));
                return readFailed(error);
            }
            status.set("");
            apply(described);
            return null;
        }, fx);
    }

    /**
     * Starts {@code read} unless one is under way in {@code slot}, whose outcome then answers this caller too: Refresh
     * pressed while the ticker reads reports the read that is coming rather than a skip.
     */
    private static CompletableFuture<String> once(AtomicReference<CompletableFuture<String>> slot,
                                                  java.util.function.Supplier<CompletableFuture<String>> read) {
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> underWay = slot.compareAndExchange(null, mine);
        if (underWay != null) {
            return underWay;
        }
        read.get().whenComplete((outcome, error) -> {
            slot.compareAndSet(mine, null);
            mine.complete(error == null ? outcome : readFailed(error));
        });
        return mine;
    }

    private static String readFailed(Throwable error) {
        return "the read failed: " + Failures.message(error);
    }

    /**
     * The Refresh button: the topic list read again unless the state watcher drives it (it is live already), and the
     * selected topic's end offsets at once rather than at the next tick; the status line says when, or why not.
     * FX thread.
     */
    public CompletableFuture<Void> refreshNow() {
        TopicSource s = source;
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        boolean live = stateDriven;
        boolean offsetsAsked = selected.get() != null;
        CompletableFuture<String> topicsRead = live ? CompletableFuture.completedFuture(null) : readTopics();
        CompletableFuture<String> offsetsRead = offsetsAsked ? readEndOffsets() : CompletableFuture.completedFuture(null);
        return topicsRead.thenCombineAsync(offsetsRead, (topicsOutcome, offsetsOutcome) -> {
            if (s == source) {
                String at = java.time.LocalTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
                actionStatus.set(refreshOutcome(live, topicsOutcome, offsetsAsked, offsetsOutcome, at));
                actionFailed.set(topicsOutcome != null || offsetsOutcome != null);
            }
            return (Void) null;
        }, fx);
    }

    /** "Topics and end offsets read at 14:05:09", or what was read and why the rest was not. */
    private static String refreshOutcome(boolean live, String topicsOutcome, boolean offsetsAsked, String offsetsOutcome,
                                         String at) {
        if (!live && offsetsAsked && java.util.Objects.equals(topicsOutcome, offsetsOutcome)) {
            return topicsOutcome == null ? "Topics and end offsets read at " + at : "Nothing read: " + topicsOutcome;
        }
        String topics = live ? "Topics follow the cluster live"
                : topicsOutcome == null ? "Topics read at " + at : "Topics not read: " + topicsOutcome;
        if (!offsetsAsked) {
            return topics;
        }
        return topics + "; end offsets " + (offsetsOutcome == null ? "read at " + at : "not read: " + offsetsOutcome);
    }

    /**
     * Reads the selected topic's end offsets in the background (the state watcher has no offsets); while a read runs,
     * that read is the answer. Messages keep arriving, so the view calls this on a timer while it is on screen. Any thread.
     */
    public CompletableFuture<Void> refreshEndOffsets() {
        return readEndOffsets().thenApply(outcome -> null);
    }

    /** {@link #refreshEndOffsets()}, completing with why the offsets were not read, or null when they were. */
    private CompletableFuture<String> readEndOffsets() {
        TopicSource s = source;
        String topic = selected.get();
        String skipped = s == null || topic == null ? NOT_ASKED : liveBrokers.get().isEmpty() ? NO_LIVE_BROKER : null;
        if (skipped != null) {
            return CompletableFuture.completedFuture(skipped);
        }
        return once(offsetsRead, () -> askEndOffsets(s, topic));
    }

    private CompletableFuture<String> askEndOffsets(TopicSource s, String topic) {
        return CompletableFuture.supplyAsync(() -> s.endOffsets(topic), background).handleAsync((offsets, error) -> {
            // a failed read (a broker just died) leaves the last offsets; the ticker tries again, Refresh says why
            if (error != null) {
                return readFailed(error);
            }
            if (s == source && topic.equals(selected.get())) {
                endOffsets.keySet().retainAll(offsets.keySet());
                endOffsets.putAll(offsets);
            }
            return null;
        }, fx);
    }

    /** The selected topic's end offset by partition, as last read; FX thread. */
    public ObservableMap<Integer, Long> endOffsets() {
        return endOffsets;
    }

    // ---- topic actions: each runs on the background executor; the outcome lands in actionStatus (FX thread) ----

    private final StringProperty actionStatus = new SimpleStringProperty("");
    private final BooleanProperty actionFailed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private BiConsumer<String, Throwable> actionErrors = (what, error) -> { };
    /**
     * Every action on the selected topic asks a broker: without one it would only wait out the admin client's
     * timeout and fail.
     */
    private final BooleanBinding actionsDisabled = Bindings.createBooleanBinding(() -> busy.get()
            || detail.get() == null || liveBrokers.get().isEmpty(), busy, detail, liveBrokers);
    /** Delete and Add partitions: Kafka's internal topics keep what the cluster created them with. */
    private final BooleanBinding structureChangeDisabled = actionsDisabled.or(Bindings.createBooleanBinding(
            () -> detail.get() != null && detail.get().internal(), detail));
    /** Move leader: with one replica per partition there is no other broker to lead. */
    private final BooleanBinding leaderMoveDisabled = actionsDisabled.or(Bindings.createBooleanBinding(
            () -> detail.get() != null && detail.get().partitions().stream().allMatch(p -> p.replicas().size() <= 1),
            detail));

    /**
     * Where a topic action's failure goes besides the status line, on the FX thread: a sentence saying what could
     * not be done, and the cause.
     */
    public void onActionError(BiConsumer<String, Throwable> handler) {
        this.actionErrors = handler;
    }

    /** Runs {@code work} against the source in the background; {@code done} words the success. */
    private <T> CompletableFuture<T> act(String doing, java.util.function.Function<TopicSource, T> work,
                                         java.util.function.Function<T, String> done) {
        return act(doing, work, done, true);
    }

    /** {@code dialog} false: the caller shows the failure itself (a dialog still open), so no second dialog. */
    private <T> CompletableFuture<T> act(String doing, java.util.function.Function<TopicSource, T> work,
                                         java.util.function.Function<T, String> done, boolean dialog) {
        TopicSource s = source;
        if (s == null) {
            return refuse(doing, "No cluster");
        }
        busy.set(true);
        report(doing + "…");
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> work.apply(s), background).whenCompleteAsync((value, error) -> {
            if (s != source) {
                // another cluster is shown now: "Created orders", a failure dialog or a configs dialog opened on what
                // was read (whose Apply would write to the new cluster's topic of that name) would be about the
                // wrong one
                if (error != null) {
                    result.completeExceptionally(Failures.cause(error));
                } else {
                    result.complete(null);
                }
                return;
            }
            busy.set(false);
            if (error != null) {
                Throwable cause = Failures.cause(error);
                fail(doing, cause, dialog);
                result.completeExceptionally(cause);
            } else {
                try {
                    report(done.apply(value));
                    result.complete(value);
                } catch (RuntimeException e) {
                    // said, not swallowed by the future: the status line would stay on "…ing…" for good
                    fail(doing, e, true);
                    result.completeExceptionally(e);
                }
            }
        }, fx);
        return result;
    }

    /**
     * An action not even tried: said in the status line's error style, without a dialog, since the reason is the
     * whole story and the user only has to change the request.
     */
    private <T> CompletableFuture<T> refuse(String doing, String reason) {
        actionStatus.set(couldNot(doing) + ": " + reason);
        actionFailed.set(true);
        return CompletableFuture.completedFuture(null);
    }

    /** A failure Kafka reported: in the status line and through the error handler, with the cause behind details. */
    private void fail(String doing, Throwable cause, boolean dialog) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String reason = withoutRepeat(doing, message);
        actionStatus.set(couldNot(doing) + ": " + reason);
        actionFailed.set(true);
        if (dialog) {
            // the dialog's header already says what could not be done; its text is the reason alone
            actionErrors.accept(couldNot(doing), reason.equals(message) ? cause : new ActionFailure(reason, cause));
        }
    }

    /**
     * The launcher words its failures "cannot create topic x: ..." itself: after "Could not create topic x" that
     * part would be said twice.
     */
    static String withoutRepeat(String doing, String message) {
        String prefix = "cannot " + doing + ": ";
        return message.regionMatches(true, 0, prefix, 0, prefix.length()) ? message.substring(prefix.length()) : message;
    }

    /** The launcher's failure with the words the status line already says taken off; the original is its cause. */
    private static final class ActionFailure extends RuntimeException {
        ActionFailure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private void clearActionStatus() {
        actionStatus.set("");
        actionFailed.set(false);
    }

    private static String couldNot(String doing) {
        return "Could not " + Character.toLowerCase(doing.charAt(0)) + doing.substring(1);
    }

    private void report(String outcome) {
        actionStatus.set(outcome);
        actionFailed.set(false);
    }

    /** Creates the topic and selects it once the cluster has it. */
    public CompletableFuture<Void> create(NewTopicRequest request) {
        String name = request.name();
        return act("Create topic " + name, s -> {
            s.create(request);
            return null;
        }, v -> {
            selected.set(name);
            refresh();
            return "Created " + name;
        });
    }

    /**
     * The min.insync.replicas a new topic gets when it sets none, read from the brokers in the background; empty when
     * it cannot be read (the dialog then checks only a typed value). Completes on the FX thread.
     */
    public CompletableFuture<OptionalInt> brokerMinInsyncReplicas() {
        TopicSource s = source;
        if (s == null) {
            return CompletableFuture.completedFuture(OptionalInt.empty());
        }
        return CompletableFuture.supplyAsync(() -> brokerMinInsyncReplicas(s), background)
                .handleAsync((value, error) -> error != null ? OptionalInt.empty() : value, fx);
    }

    /** Blocking; empty when the brokers do not say or cannot be asked: only typed values are checked then. */
    private static OptionalInt brokerMinInsyncReplicas(TopicSource s) {
        try {
            Optional<String> value = s.brokerConfig("min.insync.replicas");
            return value.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.get().trim()));
        } catch (RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    public CompletableFuture<Void> delete(String name) {
        if (internal(name)) {
            return refuse("Delete " + name, name + " is an internal topic: Kafka keeps the consumer groups' committed"
                    + " offsets or the transactions' state in it and cannot work without it");
        }
        return act("Delete " + name, s -> {
            s.delete(name);
            return null;
        }, v -> {
            if (name.equals(selected.get())) {
                selected.set(null);
            }
            return "Deleted " + name;
        });
    }

    private boolean internal(String name) {
        TopicInfo t = infos.get(name);
        return t != null && t.internal();
    }

    /** As typed in the add-partitions dialog: a whole number, else refused with the text named. */
    public CompletableFuture<Void> addPartitions(String name, String typed) {
        try {
            return addPartitions(name, Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            return refuse("Add partitions to " + name, "the new total must be a whole number, not '" + typed.strip()
                    + "'");
        }
    }

    /** {@code total} must exceed the current count (Kafka cannot remove partitions). */
    public CompletableFuture<Void> addPartitions(String name, int total) {
        String doing = "Grow " + name + " to " + total + " partitions";
        if (internal(name)) {
            return refuse(doing, name + " is an internal topic: Kafka finds each consumer group's offsets (or each"
                    + " transactional producer's state) in the partition its id hashes to, so more partitions would lose"
                    + " track of them");
        }
        TopicInfo t = infos.get(name);
        if (t != null && total <= t.partitions().size()) {
            return refuse(doing, "A topic's partitions can only grow: " + name + " has " + t.partitions().size());
        }
        if (total > CreateTopicViewModel.MAX_PARTITIONS) {
            return refuse(doing, "At most " + CreateTopicViewModel.MAX_PARTITIONS + " partitions, as when creating a"
                    + " topic: each partition is log files and open handles on every broker holding a replica, and Kafka"
                    + " cannot take partitions away again");
        }
        return act(doing, s -> {
            s.addPartitions(name, total);
            return null;
        }, v -> name + " now has " + total + " partitions");
    }

    /**
     * The topic's configs for the configs dialog, read in the background together with Kafka's topic config
     * definitions (they take a moment to load the first time) and the brokers' min.insync.replicas (what a reset
     * override falls back to); completes on the FX thread, null when the read failed (the status line says why).
     */
    public CompletableFuture<TopicConfigsViewModel> configs(String name) {
        return act("Read the configs of " + name, s -> {
            TopicInfo topic = s.describe(name);
            return new ReadConfigs(topic, TopicConfigCatalog.get(), brokerMinInsyncReplicas(s));
        }, read -> "").thenApply(read -> read == null ? null : new TopicConfigsViewModel(name, read.topic().configs(),
                read.catalog(), smallestReplicaCount(read.topic()), read.brokerMinInsyncReplicas()));
    }

    private record ReadConfigs(TopicInfo topic, TopicConfigCatalog catalog, OptionalInt brokerMinInsyncReplicas) {
    }

    /** The replicas of the partition with the fewest (all alike but during a reassignment); 0 without partitions. */
    private static int smallestReplicaCount(TopicInfo topic) {
        return topic.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
    }

    public CompletableFuture<Void> alterConfigs(String name, ConfigEdit edit) {
        if (edit.isEmpty()) {
            report("No config changed");
            return CompletableFuture.completedFuture(null);
        }
        // the configs dialog stays open on a refusal and shows the reason at the field it names
        return act("Change the configs of " + name, s -> {
            s.alterConfigs(name, edit.set(), edit.remove());
            return null;
        }, v -> "Configs of " + name + ": " + edit.set().size() + " set, " + edit.remove().size() + " reset", false);
    }

    /**
     * Moves every partition it can back to its preferred replica; those whose preferred replica is down or behind stay
     * as they are and are named with the reason, in the error style (not a dialog: the others did move). A partition
     * whose preferred replica's broker is down is not even asked for: ZooKeeper still registers a killed broker for a
     * few seconds, and Kafka would make it the leader of a partition nobody can then reach.
     */
    public CompletableFuture<ElectionResult> electPreferredLeaders(String name) {
        String doing = "Elect the preferred leaders of " + name;
        TopicInfo t = infos.get(name);
        if (t == null) {
            return refuse(doing, "no topic " + name + " is shown; Refresh, then try again");
        }
        Set<Integer> asked = new TreeSet<>();
        Map<Integer, String> down = new TreeMap<>();
        for (PartitionInfo p : t.partitions()) {
            int preferred = p.replicas().isEmpty() ? -1 : p.replicas().get(0);
            if (preferred >= 0 && !liveBrokers.get().contains(preferred)) {
                down.put(p.partition(), TopicService.preferredReplicaDown(preferred));
            } else {
                asked.add(p.partition());
            }
        }
        return act(doing, s -> {
            ElectionResult elected = asked.isEmpty() ? new ElectionResult(List.of(), Map.of())
                    : s.tryElectPreferredLeaders(name, asked);
            Map<Integer, String> notMoved = new TreeMap<>(elected.notMoved());
            notMoved.putAll(down);
            return new ElectionResult(elected.moved(), notMoved);
        }, result -> {
            String sentence = result.describe(name);
            return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }).thenApply(result -> {
            if (result != null && !result.notMoved().isEmpty()) {
                actionFailed.set(true);
            }
            return result;
        });
    }

    /** The replica list with {@code broker} first, the others in their order: the new preferred leader. */
    public static List<Integer> leaderFirst(List<Integer> replicas, int broker) {
        List<Integer> out = new ArrayList<>();
        out.add(broker);
        replicas.stream().filter(r -> r != broker).forEach(out::add);
        return out;
    }

    /**
     * The brokers the leadership of {@code p} can move to: its live in-sync replicas other than the leader (a replica
     * of a killed broker stays in the ISR until ZooKeeper expires its session, so liveness is checked too). When
     * there is none, the status line says why, no dialog, and the list is empty. A down replica does not stop the
     * move: it reorders the same replicas, which Kafka completes at once even then.
     */
    public List<Integer> offerLeaderMove(String name, PartitionInfo p) {
        Optional<String> why = whyLeaderCannotMove(name, p);
        if (why.isPresent()) {
            refuse("Move the leader of " + name + "-" + p.partition(), why.get());
            return List.of();
        }
        return candidates(p);
    }

    private List<Integer> candidates(PartitionInfo p) {
        return p.isr().stream().filter(b -> b != p.leader() && liveBrokers.get().contains(b)).toList();
    }

    private Optional<String> whyLeaderCannotMove(String name, PartitionInfo p) {
        if (!candidates(p).isEmpty()) {
            return Optional.empty();
        }
        String partition = name + "-" + p.partition();
        if (p.replicas().size() == 1) {
            return Optional.of(partition + " has a single replica (on broker-" + p.replicas().get(0) + "), so no"
                    + " other broker can lead it; only a topic with a replication factor above 1 can move its leaders");
        }
        List<Integer> down = p.replicas().stream().filter(b -> b != p.leader() && !liveBrokers.get().contains(b))
                .toList();
        return Optional.of("no other replica of " + partition + " is live and in sync (ISR " + p.isr()
                + (down.isEmpty() ? "" : ", down: " + down) + "); "
                + (down.isEmpty() ? "wait until one catches up" : "start " + down.stream().map(b -> "broker-" + b)
                        .collect(Collectors.joining(" or ")) + " and wait until it is back in sync"));
    }

    /**
     * Moves a partition's leadership to {@code broker}, one of its live in-sync replicas: reassigns the same replicas
     * with it first (it becomes the preferred leader; skipped when it already is), then runs a preferred election of
     * that partition alone (a topic-wide one would take every other partition moved this way back to its preferred
     * leader).
     */
    public CompletableFuture<List<Integer>> moveLeadership(String name, int partition, int broker) {
        TopicInfo t = infos.get(name);
        PartitionInfo p = t == null ? null : t.partitions().stream().filter(x -> x.partition() == partition)
                .findFirst().orElse(null);
        String doing = "Move the leader of " + name + "-" + partition + " to broker-" + broker;
        if (p == null) {
            return refuse(doing, "No partition " + partition + " in " + name);
        }
        if (!p.replicas().contains(broker)) {
            return refuse(doing, "broker-" + broker + " holds no replica of " + name + "-" + partition);
        }
        Optional<String> why = whyLeaderCannotMove(name, p);
        if (why.isPresent()) {
            return refuse(doing, why.get());
        }
        if (!candidates(p).contains(broker)) {
            return refuse(doing, "broker-" + broker + (liveBrokers.get().contains(broker) ? " is not in sync for "
                    + name + "-" + partition : " is down") + "; it cannot lead");
        }
        List<Integer> replicas = leaderFirst(p.replicas(), broker);
        boolean alreadyPreferred = replicas.equals(p.replicas());
        return act(doing, s -> {
            if (!alreadyPreferred) {
                s.reassign(name, partition, replicas, java.time.Duration.ofSeconds(30));
            }
            return s.electPreferredLeaders(name, Set.of(partition));
        }, moved -> "Leader of " + name + "-" + partition + " moved to broker-" + broker + (alreadyPreferred
                // said, since a later "Preferred leaders" keeps the leader there instead of moving it back
                ? ", its preferred replica" : "; broker-" + broker + " is now its preferred replica (replicas "
                + replicas + ")"));
    }

    public ReadOnlyStringProperty actionStatusProperty() {
        return actionStatus;
    }

    /** Whether {@link #actionStatusProperty()} words a failure rather than progress or a success; FX thread. */
    public ReadOnlyBooleanProperty actionFailedProperty() {
        return actionFailed;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
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

    public ReplicaState replicaState(PartitionInfo partition, int broker) {
        return ReplicaState.of(partition, broker, liveBrokers.get());
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
