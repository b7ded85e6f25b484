package io.brokerlab.app.console;

import io.brokerlab.app.ui.Coalescer;
import io.brokerlab.launcher.messaging.NoSuchPartitionException;
import io.brokerlab.launcher.messaging.NoSuchTopicException;
import io.brokerlab.launcher.messaging.StartPosition;
import io.brokerlab.launcher.messaging.TailedMessage;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The live tail: where it starts, which partitions it reads, whether it runs and what it says. It polls on ONE
 * thread of its own; its messages reach the {@link MessageTableViewModel table} through a {@link Coalescer} (one
 * batch per pulse, never one task per message). FX thread, except where said.
 */
public final class TailViewModel {

    private final Executor fx;
    private final ObservableStringValue topic;
    private final ObservableStringValue noBroker;
    private final ObjectProperty<StartMode> startMode = new SimpleObjectProperty<>(StartMode.BEGINNING);
    private final StringProperty startValue = new SimpleStringProperty("");
    private final StringProperty tailPartitions = new SimpleStringProperty("");
    private final BooleanProperty tailing = new SimpleBooleanProperty();
    /** The topic the latest tail reads, which the Topic box may no longer show. */
    private final StringProperty tailedTopic = new SimpleStringProperty();
    private final StringProperty tailStatus = new SimpleStringProperty("");
    /** While a tail runs: what Restart tail would read instead, as the tail line says it; empty when nothing. */
    private final StringProperty restartHint = new SimpleStringProperty("");
    private final TailProblems problems;
    private final MessageTableViewModel table;
    private final StringBinding tailAction = Bindings.when(tailing).then("Restart tail").otherwise("Tail");
    private final StringBinding tailActionTip;
    private final Coalescer<Tailed> incoming;
    private final AtomicReference<Messaging.Tail> currentTail = new AtomicReference<>();
    private final AtomicInteger tailGeneration = new AtomicInteger();
    /** The tail whose messages the table holds (FX thread); a batch of an earlier one, still queued, is dropped. */
    private int shownGeneration = -1;
    /** What the latest tail was started with; null before the first and after Stop tail. */
    private TailSettings running;
    private Messaging messaging;
    private Runnable onReceived = () -> { };

    /** A tailed message with the tail it came from, so that one switch of topic or cluster cannot mix two tails. */
    private record Tailed(int generation, TailedMessage message) {
    }

    /** @param pulse runs the coalesced updates of the table (a few times a second in the app) */
    private Function<String, OptionalInt> partitionCounts = t -> OptionalInt.empty();

    /**
     * @param noBroker why no broker can hand out a message now, null while one can: Tail is refused, and the tail line
     *                 says it
     */
    TailViewModel(Executor fx, Executor pulse, ObservableStringValue topic, ObservableStringValue noBroker) {
        this.fx = fx;
        this.topic = topic;
        this.noBroker = noBroker;
        // with rows in the table no placeholder says why the tail waits, or why Tail is off: said first, before it is
        // cut, and instead of a restart it rules out
        this.table = new MessageTableViewModel(Bindings.createStringBinding(() -> Stream.of(noBroker.get(),
                tailStatus.get(), noBroker.get() == null ? restartHint.get() : "")
                .filter(part -> part != null && !part.isEmpty()).collect(Collectors.joining(" · ")),
                tailStatus, restartHint, noBroker));
        // holds no more than the table shows: a flood's older messages are only counted, so they never live
        // long enough for the collector to copy them
        this.incoming = new Coalescer<>(pulse, MessageTableViewModel.MAX_ROWS, this::received);
        topic.addListener((o, was, now) -> stopTailOfOtherTopic(now));
        // an offset is no time and a time no count: the value typed for one start would only be refused by the next,
        // and would hide the field's hint of what the new one takes
        startMode.addListener((o, was, now) -> startValue.set(""));
        this.problems = new TailProblems(topic, tailPartitions, startMode, startValue);
        for (Observable edit : List.of(tailing, startMode, startValue, tailPartitions, table.receivedProperty())) {
            edit.addListener(o -> restartHint.set(restartHint()));
        }
        this.tailActionTip = Bindings.createStringBinding(this::tailActionTip, tailing, topic, startMode, startValue,
                tailPartitions, table.receivedProperty());
    }

    private TailSettings settings() {
        return TailSettings.of(startMode.get(), startValue.get(), tailPartitions.get());
    }

    /** Said once the start or the partitions differ from the running tail's, with what pressing it costs. */
    private String restartHint() {
        String change = !tailing.get() || running == null ? "" : running.changeTo(settings(), ZonedDateTime.now());
        // the count is the tail line's first word, and the tooltip repeats it
        return change.isEmpty() ? "" : "press Restart tail to read " + change
                + (table.receivedProperty().get() == 0 ? "" : " (clears the table)");
    }

    /** What Tail or Restart tail does, in its tooltip: a tail starts the table over, which deserves a warning. */
    private String tailActionTip() {
        String t = topic.get() == null || topic.get().isBlank() ? "the chosen topic" : topic.get().strip();
        String reads = settings().describe(ZonedDateTime.now());
        long received = table.receivedProperty().get();
        return (tailing.get() ? "Start the tail of " + t + " over: read it " : "Read " + t + " ") + reads
                + (received == 0 ? "" : String.format(Locale.ROOT, "; this clears the %,d message%s received",
                received, received == 1 ? "" : "s"));
    }

    /**
     * A tail reads the topic it started on: left running after the Topic box changed, its rows would pass for the new
     * topic's. Stopped instead, saying why, so that Tail reads the new one.
     */
    private void stopTailOfOtherTopic(String now) {
        String tailed = tailedTopic.get();
        // no topic is no other topic: the Topic box empties itself for a moment whenever its list is replaced
        if (!tailing.get() || now == null || now.isBlank() || now.equals(tailed)) {
            return;
        }
        stopTail();
        tailStatus.set("Stopped tailing " + tailed + ": topic changed to " + now + "; press Tail");
    }

    /** FX thread: {@code gone} has left the cluster; its running tail, with nothing more to read, stops saying so. */
    void topicGone(String gone, String notice) {
        if (tailing.get() && gone.equals(tailedTopic.get())) {
            stopTail();
            tailStatus.set("Stopped tailing: " + notice);
        }
    }

    /** Tails with {@code messaging} from now on, the table emptied; null: no connection. */
    void attach(Messaging messaging) {
        stopTail();
        // what was said of the last connection's tail is no news on this one
        tailStatus.set("");
        this.messaging = messaging;
        problems.forget();
        shownGeneration = -1;
        table.clear();
    }

    /**
     * Starts tailing the selected topic on a dedicated thread. A start value or partitions it cannot read leave the
     * running tail and its rows alone: the field is marked, and the reason said.
     */
    public void startTail() {
        Messaging m = messaging;
        String t = topic.get();
        if (m == null || t == null || t.isBlank()) {
            return;
        }
        if (noBroker.get() != null) {
            // Enter in a field still gets here while the disabled Tail button cannot; the tail line says why
            return;
        }
        StartPosition start;
        Set<Integer> only;
        try {
            start = TailStartText.startPosition(startMode.get(), startValue.get(), ZonedDateTime.now());
        } catch (IllegalArgumentException e) {
            problems.startValueWrong(t, e.getMessage());
            refused(e.getMessage());
            return;
        }
        try {
            only = TailStartText.parsePartitions(tailPartitions.get());
        } catch (IllegalArgumentException e) {
            problems.partitionsWrong(t, e.getMessage(), e.getMessage());
            refused(e.getMessage());
            return;
        }
        Optional<String> lacking = lackingPartitions(t, only);
        if (lacking.isPresent()) {
            String why = lacking.get() + ": change Partitions, or leave it empty for all";
            problems.partitionsWrong(t, lacking.get(), why);
            refused(why);
            return;
        }
        problems.forget();
        stopTail();
        incoming.takeDropped();
        table.startOver();
        tailedTopic.set(t);
        running = settings();
        tailing.set(true);
        tailStatus.set("Connecting to " + t + "…");
        int generation = tailGeneration.incrementAndGet();
        shownGeneration = generation;
        Thread thread = new Thread(() -> runTail(m, t, start, only, generation), "brokerlab-tail");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The cluster's partition count of each topic as the app last saw it (the state watcher's), empty when unknown;
     * FX thread, no I/O. Asked before the running tail is stopped.
     */
    public void knownPartitionCounts(Function<String, OptionalInt> counts) {
        this.partitionCounts = counts;
    }

    /**
     * Partitions {@code t} is known not to have, worded: known before anything is stopped, the running tail and its
     * rows stay (the cluster's own refusal comes only once the old tail is gone).
     */
    private Optional<String> lackingPartitions(String t, Set<Integer> only) {
        OptionalInt count = partitionCounts.apply(t);
        if (only.isEmpty() || count.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> missing = only.stream().filter(p -> p >= count.getAsInt()).collect(Collectors.toSet());
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new NoSuchPartitionException(t, count.getAsInt(), missing).getMessage());
    }

    /** Said in the status line too, which a running tail's status gave way to. */
    private void refused(String reason) {
        tailStatus.set(tailing.get() ? reason + " (still tailing " + tailedTopic.get() + ")" : reason);
    }

    /** On the tail's own thread. */
    private void runTail(Messaging m, String t, StartPosition start, Set<Integer> partitions, int generation) {
        Messaging.Tail tail;
        try {
            tail = m.tail(t, start, partitions);
        } catch (RuntimeException e) {
            fx.execute(() -> {
                if (generation == tailGeneration.get()) {
                    cannotTail(t, e);
                }
            });
            return;
        }
        // published only while still the latest: a tail slow to connect (the Tailer's lookups take up to 15 s) would
        // otherwise replace a later one, then clear it on its way out, and stopTail could no longer wake that one
        currentTail.updateAndGet(shown -> generation == tailGeneration.get() ? tail : shown);
        String tailingText = "Tailing " + t + " " + TailStartText.describe(start);
        fx.execute(() -> {
            if (generation == tailGeneration.get()) {
                tailStatus.set(tailingText);
            }
        });
        try {
            String noted = "";
            while (generation == tailGeneration.get()) {
                List<TailedMessage> batch = tail.poll(Duration.ofMillis(250));
                String note = tail.startNote();
                if (!note.equals(noted)) {
                    noted = note;
                    fx.execute(() -> {
                        if (generation == tailGeneration.get()) {
                            tailStatus.set(tailingText + " · " + note);
                        }
                    });
                }
                if (!batch.isEmpty() && generation == tailGeneration.get()) {
                    incoming.offerAll(batch.stream().map(message -> new Tailed(generation, message)).toList());
                }
            }
        } catch (RuntimeException e) {
            // stopTail's wakeup also lands here, but it has already moved the generation on: only a failure of the
            // current tail is news to the user
            fx.execute(() -> {
                if (generation == tailGeneration.get()) {
                    tailing.set(false);
                    tailStatus.set("Tail stopped: " + reason(e) + ". Check the cluster is running and press Tail again.");
                    problems.failed(t, tailStatus.get());
                }
            });
        } finally {
            currentTail.compareAndSet(tail, null);
            tail.close();
        }
    }

    /** FX thread: the tail could not start; a partition the topic lacks is the Partitions field's mistake. */
    private void cannotTail(String t, RuntimeException e) {
        tailing.set(false);
        if (e instanceof NoSuchPartitionException) {
            tailStatus.set(e.getMessage() + ": change Partitions, or leave it empty for all");
            problems.partitionsWrong(t, e.getMessage(), tailStatus.get());
        } else {
            tailStatus.set("Cannot tail " + t + ": " + e.getMessage()
                    + (e instanceof NoSuchTopicException ? " — create it in Topics or pick another topic" : ""));
            problems.failed(t, tailStatus.get());
        }
    }

    /** The exception's own words without their final full stop, which the status sentence supplies. */
    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    public void stopTail() {
        tailGeneration.incrementAndGet();
        Messaging.Tail tail = currentTail.get();
        if (tail != null) {
            tail.wakeup();
        }
        if (tailing.get()) {
            tailStatus.set("Stopped");
        }
        running = null;
        tailing.set(false);
    }

    /**
     * A coalesced batch can hold messages of an earlier tail (queued before a switch of topic or cluster, or offered by
     * its thread just before it saw the switch): only the shown tail's reach the table.
     */
    private void received(List<Tailed> tagged) {
        List<TailedMessage> batch = new ArrayList<>(tagged.size());
        for (Tailed t : tagged) {
            if (t.generation() == shownGeneration) {
                batch.add(t.message());
            }
        }
        int dropped = incoming.takeDropped();
        if (!batch.isEmpty()) {
            table.add(batch, dropped);
            onReceived.run();
        }
    }

    /** FX thread: {@code action} runs in the same pulse as each batch that reaches the table. */
    void onReceived(Runnable action) {
        this.onReceived = action;
    }

    /** The messages this tail has read, as the table shows them. */
    MessageTableViewModel table() {
        return table;
    }

    public ObjectProperty<StartMode> startModeProperty() {
        return startMode;
    }

    /** The offset, time or count that {@link StartMode#OFFSET}, {@link StartMode#TIMESTAMP} and LAST take. */
    public StringProperty startValueProperty() {
        return startValue;
    }

    /** The partitions the next tail reads: "all" (or empty), or numbers separated by commas. */
    public StringProperty tailPartitionsProperty() {
        return tailPartitions;
    }

    public ReadOnlyBooleanProperty tailingProperty() {
        return tailing;
    }

    /** The topic the running tail reads (or the last one read); null before the first tail. */
    public ReadOnlyStringProperty tailedTopicProperty() {
        return tailedTopic;
    }

    public StringProperty tailStatusProperty() {
        return tailStatus;
    }

    /**
     * While a tail runs: what Restart tail would read instead of what it reads, once the start or the partitions were
     * changed ("press Restart tail to read from now (clears the table)"); empty otherwise.
     */
    public ReadOnlyStringProperty restartHintProperty() {
        return restartHint;
    }

    /** The Tail button's text: "Restart tail" while a tail runs, as pressing it starts the table over. */
    public StringBinding tailActionProperty() {
        return tailAction;
    }

    /** What pressing Tail or Restart tail reads, and how many received messages it clears. */
    public StringBinding tailActionTipProperty() {
        return tailActionTip;
    }

    /** What went wrong with the last Tail, and with which field. */
    TailProblems problems() {
        return problems;
    }
}
