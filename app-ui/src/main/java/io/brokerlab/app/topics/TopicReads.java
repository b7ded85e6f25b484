package io.brokerlab.app.topics;

import io.brokerlab.app.ui.Failures;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Reads the topic list and the selected topic's end offsets in the background, one read of each at a time, and
 * words the outcome of the Refresh button. Answers land on the FX thread.
 */
final class TopicReads {

    /** Why a read was not done, for the Refresh button's status line; a read that was done comes back as null. */
    private static final String NO_LIVE_BROKER = "no live broker to ask";
    /** No cluster, no topic selected, or rows the state watcher drives: Refresh does not ask for such a read. */
    private static final String NOT_ASKED = "nothing to read";

    private final Executor background;
    private final Executor fx;
    private final ShownTopics shown;
    private final ActionRunner actions;
    private final StringProperty status = new SimpleStringProperty("");
    /** The topic list read under way, null when none; a second caller is answered by it. */
    private final AtomicReference<CompletableFuture<String>> topicsRead = new AtomicReference<>();
    /** The same for the end offsets, which the view's ticker reads every second. */
    private final AtomicReference<CompletableFuture<String>> offsetsRead = new AtomicReference<>();
    private final ObservableMap<Integer, Long> endOffsets = FXCollections.observableHashMap();
    /** When each partition's end offset was last read; FX thread. */
    /** Seconds always shown: LocalTime's own text drops them on a whole minute ("14:05" for 14:05:00). */
    static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Map<Integer, LocalTime> readAt = new HashMap<>();
    /** The partitions whose last read got no answer (a dead or paused leader), by when they last had one. */
    private final ObservableMap<Integer, LocalTime> unanswered = FXCollections.observableHashMap();

    TopicReads(Executor background, Executor fx, ShownTopics shown, ActionRunner actions) {
        this.background = background;
        this.fx = fx;
        this.shown = shown;
        this.actions = actions;
    }

    /** Another cluster was attached: a read of the last one still under way answers no caller of this one. */
    void reset() {
        topicsRead.set(null);
        offsetsRead.set(null);
        status.set(shown.source() == null ? "No cluster" : "");
    }

    /** Another topic was selected: its offsets are read at once, the last topic's forgotten. */
    void selectionChanged() {
        endOffsets.clear();
        readAt.clear();
        unanswered.clear();
        // a read of the last topic's offsets still under way would answer for this one, its answer thrown away
        offsetsRead.set(null);
        refreshEndOffsets();
    }

    /**
     * Reads all topics in the background; while a read runs, that read is the answer; skipped when no broker is up or
     * the state watcher drives the rows (a describe's answer would be thrown away). FX thread.
     */
    CompletableFuture<Void> refresh() {
        return readTopics().thenApply(outcome -> null);
    }

    /** {@link #refresh()}, completing with why the topics were not read, or null when they were. */
    private CompletableFuture<String> readTopics() {
        TopicSource s = shown.source();
        String skipped = s == null || shown.stateDriven() ? NOT_ASKED
                : shown.liveBrokers().isEmpty() ? NO_LIVE_BROKER : null;
        if (skipped != null) {
            return CompletableFuture.completedFuture(skipped);
        }
        return once(topicsRead, () -> askTopics(s));
    }

    private CompletableFuture<String> askTopics(TopicSource s) {
        return CompletableFuture.supplyAsync(s::describeAll, background).handleAsync((described, error) -> {
            if (s != shown.source()) {
                return null;
            }
            if (error != null) {
                status.set("Cannot read topics: " + Failures.message(error));
                return readFailed(error);
            }
            status.set("");
            shown.apply(described);
            return null;
        }, fx);
    }

    /**
     * Starts {@code read} unless one is under way in {@code slot}, whose outcome then answers this caller too: Refresh
     * pressed while the ticker reads reports the read that is coming rather than a skip.
     */
    private static CompletableFuture<String> once(AtomicReference<CompletableFuture<String>> slot,
                                                  Supplier<CompletableFuture<String>> read) {
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
     * selected topic's end offsets at once rather than at the next tick; the action status line says when, or why
     * not. FX thread.
     */
    CompletableFuture<Void> refreshNow() {
        TopicSource s = shown.source();
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        boolean live = shown.stateDriven();
        boolean offsetsAsked = shown.selectedProperty().get() != null;
        CompletableFuture<String> topicsRead = live ? CompletableFuture.completedFuture(null) : readTopics();
        CompletableFuture<String> offsetsRead = offsetsAsked ? readEndOffsets() : CompletableFuture.completedFuture(null);
        return topicsRead.thenCombineAsync(offsetsRead, (topicsOutcome, offsetsOutcome) -> {
            if (s == shown.source()) {
                String at = TIME_OF_DAY.format(LocalTime.now());
                actions.say(refreshOutcome(live, topicsOutcome, offsetsAsked, offsetsOutcome, at),
                        topicsOutcome != null || offsetsOutcome != null);
            }
            return (Void) null;
        }, fx);
    }

    /** "Topics and end offsets read at 14:05:09", or what was read and why the rest was not. */
    private static String refreshOutcome(boolean live, String topicsOutcome, boolean offsetsAsked, String offsetsOutcome,
                                         String at) {
        if (!live && offsetsAsked && Objects.equals(topicsOutcome, offsetsOutcome)) {
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
     * that read is the answer. Messages keep arriving, so the view calls this on a timer while it is on screen. FX thread.
     */
    CompletableFuture<Void> refreshEndOffsets() {
        return readEndOffsets().thenApply(outcome -> null);
    }

    /** {@link #refreshEndOffsets()}, completing with why the offsets were not read, or null when they were. */
    private CompletableFuture<String> readEndOffsets() {
        TopicSource s = shown.source();
        String topic = shown.selectedProperty().get();
        String skipped = s == null || topic == null ? NOT_ASKED : shown.liveBrokers().isEmpty() ? NO_LIVE_BROKER : null;
        if (skipped != null) {
            return CompletableFuture.completedFuture(skipped);
        }
        return once(offsetsRead, () -> askEndOffsets(s, topic));
    }

    private CompletableFuture<String> askEndOffsets(TopicSource s, String topic) {
        return CompletableFuture.supplyAsync(() -> s.endOffsets(topic), background).handleAsync((offsets, error) -> {
            boolean current = s == shown.source() && topic.equals(shown.selectedProperty().get());
            // a failed read (a broker just died) leaves the last offsets, marked as such; the ticker tries again,
            // Refresh says why
            if (current) {
                apply(error == null ? offsets : Map.of());
            }
            return error == null ? null : readFailed(error);
        }, fx);
    }

    /**
     * A partition missing from a read has a leader that did not answer: it keeps its last offset, marked unanswered.
     * Dropping it showed "—", and a new leader elected meanwhile shows a stale count: both read as lost messages.
     */
    private void apply(Map<Integer, Long> offsets) {
        LocalTime now = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
        offsets.keySet().forEach(p -> {
            readAt.put(p, now);
            unanswered.remove(p);
        });
        endOffsets.putAll(offsets);
        endOffsets.keySet().stream().filter(p -> !offsets.containsKey(p) && !unanswered.containsKey(p)).toList()
                .forEach(p -> unanswered.put(p, readAt.get(p)));
    }

    /** The partitions whose leader did not answer the last read, by when their offset was last read; FX thread. */
    ObservableMap<Integer, LocalTime> unanswered() {
        return unanswered;
    }

    /** The selected topic's end offset by partition, as last read; FX thread. */
    ObservableMap<Integer, Long> endOffsets() {
        return endOffsets;
    }

    /** Why the topic list could not be read, or "No cluster"; empty when it was. FX thread. */
    StringProperty statusProperty() {
        return status;
    }
}
