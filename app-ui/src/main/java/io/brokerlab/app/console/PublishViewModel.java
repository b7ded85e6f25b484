package io.brokerlab.app.console;

import io.brokerlab.app.ui.Coalescer;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.MessageHeader;
import io.brokerlab.launcher.messaging.SendFailures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Publish form and its runs: Send sends {@code count} messages at about {@code rate} per second on the background
 * executor, Stop sending ends the run; each send's result reaches the list through a {@link Coalescer}, one batch per
 * pulse. FX thread, except where said.
 */
public final class PublishViewModel {

    static final int MAX_SEND_RESULTS = 200;

    private final Executor background;
    private final Executor fx;
    private final LongSupplier clock;
    private final ObservableList<String> topics;
    private final ObservableStringValue topic;
    private final ObservableStringValue noBroker;
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final BooleanProperty nullValue = new SimpleBooleanProperty();
    private final StringProperty partition = new SimpleStringProperty("");
    private final ObjectProperty<Acks> acks = new SimpleObjectProperty<>(Acks.ALL);
    private final IntegerProperty count = new SimpleIntegerProperty(1);
    private final IntegerProperty rate = new SimpleIntegerProperty(100);
    private final StringProperty headers = new SimpleStringProperty("");
    private final StringBinding headersProblem = Bindings.createStringBinding(() -> HeaderText.problem(headers.get()),
            headers);
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final StringProperty sendStatus = new SimpleStringProperty("");
    private final StringBinding shownStatus;
    private final StringBinding sendLabel = Bindings.createStringBinding(this::sendLabel, sending, count, rate);
    private final ObservableList<String> sendResults = FXCollections.observableArrayList();
    private final Coalescer<SentLine> sent;
    /**
     * The last {n} sent: numbers go on across Sends, else three Sends of one gave three "hello 1", which look like
     * the duplicates a lesson is about. Only runs (one at a time) take numbers, on their sending thread.
     */
    private final AtomicLong numbered = new AtomicLong();
    /** The last topic chosen, for {@link #topicChanged}: the status line is about this one. */
    private String statusTopic;
    /** The connection's producers, kept across sends; null without a connection. Set on FX, read by {@link #forget}. */
    private volatile SenderPool senders;
    private volatile String quorumLost;
    /** The run going on for this connection (FX thread); null when none, and after a switch of connection. */
    private SendRun running;
    /** The run whose results the list holds (FX thread): a result of an earlier run, still queued, is dropped. */
    private SendRun shownRun;

    /**
     * A send's result with the run it came from, so that a run outliving its connection cannot fill the new list; a
     * null line only asks for the progress again (sends wait, and nothing else would update it).
     */
    private record SentLine(SendRun run, String line) {
    }

    /**
     * @param clock  nanoseconds, as System::nanoTime: how long sends have waited for an acknowledgement
     * @param topics   the cluster's topics: a send to any other is refused rather than auto-creating it
     * @param noBroker why no broker can take a message now, null while one can: Send is refused, saying it
     */
    PublishViewModel(Executor background, Executor fx, Executor pulse, LongSupplier clock, ObservableList<String> topics,
                     ObservableStringValue topic, ObservableStringValue noBroker) {
        this.background = background;
        this.clock = clock;
        this.fx = fx;
        this.topics = topics;
        this.topic = topic;
        this.noBroker = noBroker;
        // a run's own progress says more than that the brokers went: which sends wait or failed, and why
        this.shownStatus = Bindings.createStringBinding(() -> noBroker.get() != null && !sending.get() ? noBroker.get()
                : sendStatus.get(), noBroker, sending, sendStatus);
        this.sent = new Coalescer<>(pulse, MAX_SEND_RESULTS, this::sent);
        topic.addListener((o, was, now) -> topicChanged(now));
    }

    /**
     * An outcome said of one topic ("No topic scratch…", "3 sent") would pass for the next one's. Not for no topic (the
     * editable box empties itself for a moment as its list is replaced), nor while a run sends: its progress is news.
     */
    private void topicChanged(String now) {
        String t = now == null ? "" : now.strip();
        if (t.isEmpty() || t.equals(statusTopic)) {
            return;
        }
        statusTopic = t;
        if (!sending.get()) {
            sendStatus.set("");
        }
    }

    /**
     * Why acks=all sends wait while the ZooKeepers have no majority, as the app knows it; null while they have one.
     * Any thread: read by the run's stall watch.
     */
    void quorumLost(String why) {
        quorumLost = why == null ? null : why + ": an acks=all send (idempotent) waits for a producer id, which the"
                + " controller cannot hand out without ZooKeeper; send with acks=1, or start the ZooKeepers";
    }

    /** FX thread: stops the run sending to {@code topic}, if one does, as {@link #stopSending} would. */
    void stopSendingTo(String topic) {
        if (running != null && running.topic().equals(topic)) {
            stopSending();
        }
    }

    /**
     * Ends the producers that sent to {@code topic}, which is deleted or going (see {@link SenderPool}); a later Send
     * to a topic of that name starts afresh. Blocks on the producers, so never on the FX thread.
     */
    void forget(String topic) {
        SenderPool pool = senders;
        if (pool != null) {
            pool.forget(topic);
        }
    }

    /** FX thread: {@code notice} in the status line, e.g. why the topic changed by itself. */
    void say(String notice) {
        sendStatus.set(notice);
    }

    /** Sends with {@code messaging} from now on; null: no connection. */
    void attach(Messaging messaging) {
        // a long generation must not keep writing to the cluster no longer shown
        stopSending();
        closeSenders();
        this.senders = messaging == null ? null : new SenderPool(messaging);
        // the stopped run still finishes in the background, but it is no longer this connection's to report
        running = null;
        shownRun = null;
        sending.set(false);
        sendStatus.set("");
        sendResults.clear();
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
        // the status line already says why no broker can take it; the topic check below would blame the topic
        if (pool == null || t == null || t.isBlank() || sending.get() || noBroker.get() != null) {
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
        NumberedMessage message = new NumberedMessage(key.get().isEmpty() ? null : key.get(),
                nullValue.get() ? null : value.get(), h);
        Acks a = acks.get();
        sending.set(true);
        sendStatus.set(n == 1 ? "Sending…" : String.format(Locale.ROOT, "Sending %,d messages…", n));
        LongSupplier numbers = message.numbered() ? numbered::incrementAndGet : () -> 0;
        SendRun run = new SendRun(t, part, message, n, perSecond, numbers, clock, background);
        running = run;
        shownRun = run;
        Integer chosen = part;
        // The status names the last send itself: the coalesced result list may not have drained yet.
        return CompletableFuture.supplyAsync(() -> {
            Messaging.Sender sender = pool.get(t, a);
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
            return run.run(sender, () -> a == Acks.ALL ? quorumLost : null, line -> sent.offer(new SentLine(run, line)),
                    () -> sent.offer(new SentLine(run, null)));
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
            if (running.stalled()) {
                // sends that got no answer for a while may wait minutes more (a producer id without ZooKeeper): Stop
                // gives them up at once rather than leave "Stopping…" up until they time out
                String topic = running.topic();
                background.execute(() -> forget(topic));
            }
            showProgress();
        }
    }

    /**
     * Once per pulse: the results that came in, and how far a run of several messages has got. Newest first, unlike
     * the tail's table: the list is a run's latest outcomes under the status line that sums them up, read at a glance
     * without following its end, whereas the table is a log read in the order the messages were written.
     */
    private void sent(List<SentLine> batch) {
        List<String> newest = new ArrayList<>(batch.size());
        for (SentLine result : batch) {
            if (result.run() == shownRun && result.line() != null) {
                newest.add(result.line());
            }
        }
        Collections.reverse(newest);
        // one change for the batch: the list redraws once a pulse, not once a result
        sendResults.addAll(0, newest);
        if (sendResults.size() > MAX_SEND_RESULTS) {
            sendResults.remove(MAX_SEND_RESULTS, sendResults.size());
        }
        showProgress();
    }

    /**
     * FX thread: how far the running run has got, also on the tail's pulse: the tail counts the same messages, and a
     * count of them received must not run ahead of the count sent. A single send shows it only once it waits long.
     * A stopped run still says it while its last sends wait (up to delivery.timeout.ms), and why they wait.
     */
    void showProgress() {
        SendRun run = running;
        if (run == null) {
            return;
        }
        if (run.stopping()) {
            sendStatus.set("Stopping… " + run.progress());
        } else if (run.count() > 1 || run.stalled()) {
            sendStatus.set(run.progress());
        }
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Send a null value (a tombstone, which a compacted topic keeps only until it deletes the key) instead of the Value. */
    public BooleanProperty nullValueProperty() {
        return nullValue;
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

    public StringProperty headersProperty() {
        return headers;
    }

    /** What is wrong with the headers typed so far, as they are typed; null while they parse. */
    public StringBinding headersProblemProperty() {
        return headersProblem;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending;
    }

    /** How the last Send went, or how the running one goes. */
    public StringProperty sendStatusProperty() {
        return sendStatus;
    }

    /**
     * What the status line shows: why no broker can take a message while none can and nothing is sending, else the
     * {@link #sendStatusProperty() send status}, which comes back with the brokers.
     */
    public StringBinding shownStatusProperty() {
        return shownStatus;
    }

    /**
     * The Send button's text, saying what pressing it does: "Send 1", "Send 3,000 at 20/s", or "Stop sending" while a
     * run sends. A plain "Send" left at the last run's 3,000 sent thousands where one was meant.
     */
    public StringBinding sendLabelProperty() {
        return sendLabel;
    }

    private String sendLabel() {
        if (sending.get()) {
            return "Stop sending";
        }
        int n = Math.max(1, count.get());
        return n == 1 ? "Send 1" : String.format(Locale.ROOT, "Send %,d at %,d/s", n, Math.max(1, rate.get()));
    }

    public ObservableList<String> sendResults() {
        return sendResults;
    }
}
