package io.brokerlab.app.console;

import io.brokerlab.app.ui.Coalescer;
import io.brokerlab.app.ui.NewestItems;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.MessageHeader;
import io.brokerlab.launcher.messaging.MessageTemplate;
import io.brokerlab.launcher.messaging.NoSuchTopicException;
import io.brokerlab.launcher.messaging.SendFailures;
import io.brokerlab.launcher.messaging.StartPosition;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.ValueFormat;
import java.time.ZonedDateTime;
import java.util.Set;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Publish and live tail. The tail polls on ONE background thread; its messages reach the FX thread through a
 * {@link Coalescer} (one batch per pulse, never one task per message) into a table capped at {@link #MAX_ROWS}.
 * FX thread, except where said.
 */
public final class ConsoleViewModel {

    public static final int MAX_ROWS = 5_000;
    static final int MAX_SEND_RESULTS = 200;

    private final Executor background;
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final StringProperty topic = new SimpleStringProperty();
    /** Send and Tail need a topic: a blank one (the editable box cleared) is none. */
    private final BooleanBinding noTopic = Bindings.createBooleanBinding(
            () -> topic.get() == null || topic.get().isBlank(), topic);
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final BooleanProperty nullValue = new SimpleBooleanProperty();
    private final StringProperty partition = new SimpleStringProperty("");
    private final ObjectProperty<Acks> acks = new SimpleObjectProperty<>(Acks.ALL);
    private final IntegerProperty count = new SimpleIntegerProperty(1);
    private final IntegerProperty rate = new SimpleIntegerProperty(100);
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final StringProperty sendStatus = new SimpleStringProperty("");
    private final ObservableList<String> sendResults = FXCollections.observableArrayList();
    private final NewestItems<TailedMessage> messages = new NewestItems<>(MAX_ROWS);
    private final FilteredList<TailedMessage> visible = new FilteredList<>(messages);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty headers = new SimpleStringProperty("");
    private final StringBinding headersProblem = Bindings.createStringBinding(() -> HeaderText.problem(headers.get()),
            headers);
    private final ObjectProperty<StartMode> startMode = new SimpleObjectProperty<>(StartMode.BEGINNING);
    private final StringProperty startValue = new SimpleStringProperty("");
    private final StringProperty tailPartitions = new SimpleStringProperty("");
    private final ObjectProperty<ValueFormat> format = new SimpleObjectProperty<>(ValueFormat.TEXT);

    private final BooleanProperty tailing = new SimpleBooleanProperty();
    /** The topic the latest tail reads, which the Topic box may no longer show. */
    private final StringProperty tailedTopic = new SimpleStringProperty();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final LongProperty received = new SimpleLongProperty();
    private final StringProperty tailStatus = new SimpleStringProperty("");
    private final ObjectProperty<TailedMessage> selected = new SimpleObjectProperty<>();
    /** Re-worded at most once per pulse: the rows change once per coalesced batch. */
    private final StringBinding tailSummary = Bindings.createStringBinding(this::summarize, received, tailStatus,
            messages, visible, visible.predicateProperty(), paused);
    private final Coalescer<Tailed> incoming;
    private final Coalescer<SentLine> sent;
    private final List<TailedMessage> heldWhilePaused = new ArrayList<>();
    private final AtomicReference<Messaging.Tail> currentTail = new AtomicReference<>();
    private final AtomicInteger tailGeneration = new AtomicInteger();
    /** The tail whose messages the table holds (FX thread); a batch of an earlier one, still queued, is dropped. */
    private int shownGeneration = -1;
    /** True while a batch goes into the table (FX thread): a selection change then is the table's, not the user's. */
    private boolean appending;
    private final Executor fx;
    private Messaging messaging;
    /** The connection's producers, kept across sends; null without a connection. */
    private SenderPool senders;
    /** The run going on for this connection (FX thread); null when none, and after a switch of connection. */
    private SendRun running;
    /** The run whose results the list holds (FX thread): a result of an earlier run, still queued, is dropped. */
    private SendRun shownRun;

    public ConsoleViewModel(Executor background, Executor fx) {
        this(background, fx, fx);
    }

    /** @param pulse runs the tail's and the sends' coalesced updates (a few times a second in the app) */
    public ConsoleViewModel(Executor background, Executor fx, Executor pulse) {
        this.background = background;
        this.fx = fx;
        // holds no more than the table shows: a flood's older messages are only counted, so they never live
        // long enough for the collector to copy them
        this.incoming = new Coalescer<>(pulse, MAX_ROWS, this::received);
        this.sent = new Coalescer<>(pulse, MAX_SEND_RESULTS, this::sent);
        filter.addListener((o, a, text) -> {
            String needle = text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
            visible.setPredicate(needle.isEmpty() ? null : m -> contains(m.key(), needle) || contains(m.value(), needle));
        });
        topic.addListener((o, was, now) -> stopTailOfOtherTopic(now));
        paused.addListener((o, was, now) -> {
            if (!now && !heldWhilePaused.isEmpty()) {
                List<TailedMessage> held = new ArrayList<>(heldWhilePaused);
                heldWhilePaused.clear();
                show(held);
            }
        });
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

    /** A tailed message with the tail it came from, so that one switch of topic or cluster cannot mix two tails. */
    private record Tailed(int generation, TailedMessage message) {
    }

    /** A send's result with the run it came from, so that a run outliving its connection cannot fill the new list. */
    private record SentLine(SendRun run, String line) {
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    public void attach(Messaging messaging) {
        stopTail();
        // a long generation must not keep writing to the cluster no longer shown
        stopSending();
        closeSenders();
        this.messaging = messaging;
        this.senders = messaging == null ? null : new SenderPool(messaging);
        shownGeneration = -1;
        messages.clear();
        heldWhilePaused.clear();
        // the stopped run still finishes in the background, but it is no longer this connection's to report
        running = null;
        shownRun = null;
        sending.set(false);
        sendStatus.set("");
        sendResults.clear();
        received.set(0);
    }

    /**
     * Closing a producer waits for its in-flight sends, so it happens on the background executor; when that has
     * already been shut down (the app closing), on a thread of its own.
     */
    private void closeSenders() {
        SenderPool old = senders;
        senders = null;
        if (old == null) {
            return;
        }
        try {
            background.execute(old::close);
        } catch (RejectedExecutionException shutDown) {
            Thread closer = new Thread(old::close, "brokerlab-console-close");
            closer.setDaemon(true);
            closer.start();
        }
    }

    /** Sends {@code count} messages at about {@code rate} per second on a background thread. */
    public CompletableFuture<Void> publish() {
        SenderPool pool = senders;
        String t = topic.get() == null ? null : topic.get().strip();
        if (pool == null || t == null || t.isBlank() || sending.get()) {
            return CompletableFuture.completedFuture(null);
        }
        // a producer would create it with the broker defaults (auto.create.topics.enable) and no one would notice
        if (!topics.contains(t)) {
            sendStatus.set("No topic " + t + " — create it in Topics first");
            return CompletableFuture.completedFuture(null);
        }
        Integer part;
        try {
            part = partition.get() == null || partition.get().isBlank() ? null : Integer.valueOf(partition.get().trim());
        } catch (NumberFormatException e) {
            part = -1;
        }
        if (part != null && part < 0) {
            sendStatus.set("The partition must be a number from 0, or empty for the default partitioner");
            return CompletableFuture.completedFuture(null);
        }
        List<MessageHeader> h;
        try {
            h = HeaderText.parse(headers.get());
        } catch (IllegalArgumentException e) {
            sendStatus.set(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        int n = Math.max(1, count.get());
        int perSecond = Math.max(1, rate.get());
        String k = key.get().isEmpty() ? null : key.get();
        MessageTemplate v = nullValue.get() ? null : new MessageTemplate(value.get());
        Acks a = acks.get();
        sending.set(true);
        sendStatus.set(n == 1 ? "Sending…" : String.format(Locale.ROOT, "Sending %,d messages…", n));
        SendRun run = new SendRun(t, part, k, v, h, n, perSecond);
        running = run;
        shownRun = run;
        Integer chosen = part;
        // The status names the last send itself: the coalesced result list may not have drained yet.
        return CompletableFuture.supplyAsync(() -> {
            Messaging.Sender sender = pool.get(a);
            if (chosen != null) {
                int partitions = sender.partitionCount(t);
                if (chosen >= partitions) {
                    return "Nothing sent: " + t + " has " + partitions + " partition" + (partitions == 1 ? "" : "s")
                            + " (0 to " + (partitions - 1) + "), so no partition " + chosen
                            + "; add partitions on the Topics view or leave the partition empty";
                }
            }
            if (!run.begin()) {
                // stopped while the lookup waited on the cluster: stopSending has already ended it
                return null;
            }
            return run.run(sender, line -> sent.offer(new SentLine(run, line)));
        }, background).whenCompleteAsync((status, error) -> {
            if (run != running) {
                return;
            }
            running = null;
            sending.set(false);
            sendStatus.set(error == null ? status
                    : "Send failed: " + SendFailures.explain(error));
        }, fx).thenApply(status -> (Void) null);
    }

    /**
     * Ends the running Send early; the messages already sent are still counted in its status. A run still waiting
     * for its producer or its partition lookup (up to the producer's max.block.ms) ends at once, having sent nothing.
     */
    public void stopSending() {
        if (running == null) {
            return;
        }
        if (running.abandon()) {
            running = null;
            sending.set(false);
            sendStatus.set("Stopped: nothing sent");
        } else {
            running.stop();
            sendStatus.set("Stopping…");
        }
    }

    /** Once per pulse: the results that came in, and how far a run of several messages has got. */
    private void sent(List<SentLine> batch) {
        for (SentLine result : batch) {
            if (result.run() == shownRun) {
                sendResults.add(0, result.line());
            }
        }
        if (sendResults.size() > MAX_SEND_RESULTS) {
            sendResults.remove(MAX_SEND_RESULTS, sendResults.size());
        }
        SendRun run = running;
        if (run != null && run.count() > 1 && !run.stopping()) {
            sendStatus.set(run.progress());
        }
    }

    /** The tailed messages as the table and the detail show them in the chosen {@link #formatProperty() format}. */
    MessageText messageText() {
        return new MessageText(format.get());
    }

    /** Starts tailing the selected topic on a dedicated thread. */
    public void startTail() {
        Messaging m = messaging;
        String t = topic.get();
        if (m == null || t == null || t.isBlank()) {
            return;
        }
        StartPosition start;
        Set<Integer> only;
        try {
            start = TailStartText.startPosition(startMode.get(), startValue.get(), ZonedDateTime.now());
            only = TailStartText.parsePartitions(tailPartitions.get());
        } catch (IllegalArgumentException e) {
            tailStatus.set(e.getMessage());
            return;
        }
        stopTail();
        messages.clear();
        heldWhilePaused.clear();
        // a new tail shows its messages: a Pause left on from the last one would hold them all unseen
        paused.set(false);
        incoming.takeDropped();
        received.set(0);
        tailedTopic.set(t);
        tailing.set(true);
        tailStatus.set("Connecting to " + t + "…");
        int generation = tailGeneration.incrementAndGet();
        shownGeneration = generation;
        Thread thread = new Thread(() -> runTail(m, t, start, only, generation), "brokerlab-tail");
        thread.setDaemon(true);
        thread.start();
    }

    private void runTail(Messaging m, String t, StartPosition start, Set<Integer> partitions, int generation) {
        Messaging.Tail tail;
        try {
            tail = m.tail(t, start, partitions);
        } catch (RuntimeException e) {
            fx.execute(() -> {
                if (generation == tailGeneration.get()) {
                    tailing.set(false);
                    tailStatus.set("Cannot tail " + t + ": " + e.getMessage()
                            + (e instanceof NoSuchTopicException ? " — create it in Topics or pick another topic" : ""));
                }
            });
            return;
        }
        currentTail.set(tail);
        fx.execute(() -> {
            if (generation == tailGeneration.get()) {
                tailStatus.set("Tailing " + t + " " + TailStartText.describe(start));
            }
        });
        try {
            while (generation == tailGeneration.get()) {
                List<TailedMessage> batch = tail.poll(Duration.ofMillis(250));
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
                }
            });
        } finally {
            currentTail.compareAndSet(tail, null);
            tail.close();
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
        if (batch.isEmpty()) {
            return;
        }
        if (paused.get()) {
            heldWhilePaused.addAll(batch);
            if (heldWhilePaused.size() > MAX_ROWS) {
                heldWhilePaused.subList(0, heldWhilePaused.size() - MAX_ROWS).clear();
            }
        } else {
            show(batch);
        }
        // last: the summary is worded as the count changes, and compares it with the rows held and shown
        received.set(received.get() + batch.size() + dropped);
    }

    private void show(List<TailedMessage> batch) {
        appending = true;
        try {
            messages.append(batch);
        } finally {
            appending = false;
        }
    }

    /**
     * The table's selection. The user picking a row turns Follow off, else the row would scroll away under the next
     * batch; the table moving its selection itself, as rows it held are let go, does not.
     */
    public void select(TailedMessage message) {
        selected.set(message);
        if (message != null && !appending) {
            following.set(false);
        }
    }

    public ObservableList<String> topics() {
        return topics;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public BooleanBinding noTopicProperty() {
        return noTopic;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty partitionProperty() {
        return partition;
    }

    public ObjectProperty<Acks> acksProperty() {
        return acks;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public IntegerProperty rateProperty() {
        return rate;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending;
    }

    public StringProperty sendStatusProperty() {
        return sendStatus;
    }

    public ObservableList<String> sendResults() {
        return sendResults;
    }

    public ObservableList<TailedMessage> messages() {
        return messages;
    }

    public ObservableList<TailedMessage> visibleMessages() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty headersProperty() {
        return headers;
    }

    /** What is wrong with the headers typed so far, as they are typed; null while they parse. */
    public StringBinding headersProblemProperty() {
        return headersProblem;
    }

    /** Send a null value (a tombstone, which a compacted topic keeps only until it deletes the key) instead of the Value. */
    public BooleanProperty nullValueProperty() {
        return nullValue;
    }

    public ObjectProperty<StartMode> startModeProperty() {
        return startMode;
    }

    public StringProperty startValueProperty() {
        return startValue;
    }

    /** The partitions the next tail reads: "all" (or empty), or numbers separated by commas. */
    public StringProperty tailPartitionsProperty() {
        return tailPartitions;
    }

    /** How values are shown: text, pretty JSON (in the detail) or hex. */
    public ObjectProperty<ValueFormat> formatProperty() {
        return format;
    }

    public ReadOnlyBooleanProperty tailingProperty() {
        return tailing;
    }

    /** The topic the running tail reads (or the last one read); null before the first tail. */
    public ReadOnlyStringProperty tailedTopicProperty() {
        return tailedTopic;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Whether the table keeps its newest message in view as messages arrive (on by default). */
    public BooleanProperty followingProperty() {
        return following;
    }

    public LongProperty receivedProperty() {
        return received;
    }

    /**
     * What the tail line says: "12,345 received", "newest 5,000 shown" once the bounded table let older ones go (or
     * "300 held while paused"), "7 match" while a filter is on, then the tail's status.
     */
    public StringBinding tailSummaryProperty() {
        return tailSummary;
    }

    private String summarize() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%,d received", received.get()));
        boolean olderLetGo = received.get() > messages.size() + heldWhilePaused.size();
        if (paused.get() && !heldWhilePaused.isEmpty()) {
            // the table still shows what came before the pause: "newest N shown" would be wrong about it
            text.append(String.format(Locale.ROOT, " · %,d held while paused", heldWhilePaused.size()));
            if (olderLetGo) {
                text.append(" (the newest; older ones let go)");
            }
        } else if (olderLetGo) {
            text.append(String.format(Locale.ROOT, " · newest %,d shown", messages.size()));
        }
        if (visible.getPredicate() != null) {
            text.append(String.format(Locale.ROOT, " · %,d match", visible.size()));
        }
        String status = tailStatus.get();
        return status == null || status.isEmpty() ? text.toString() : text.append(" · ").append(status).toString();
    }

    public StringProperty tailStatusProperty() {
        return tailStatus;
    }

    public ReadOnlyObjectProperty<TailedMessage> selectedProperty() {
        return selected;
    }
}
