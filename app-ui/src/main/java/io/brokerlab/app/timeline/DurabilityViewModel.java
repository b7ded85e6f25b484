package io.brokerlab.app.timeline;

import io.brokerlab.app.UserAction;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.verify.DurabilityCheck;
import io.brokerlab.launcher.verify.DurabilityReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The durability check run from the timeline: numbered messages sent at a rate (optionally while the launcher
 * kills leaders), read back and compared. The check runs on {@code background}; progress and the report are set
 * on {@code fx}. While it produces, {@link #tick()} shows how many were sent, acknowledged and failed so far, from the
 * launcher's live counts; its read-back tells no position, only that it runs. The report comes with its
 * {@link DurabilityVerdict}; a check that ends without one, with a {@link DurabilityProblem}, kept until the topic changes
 * or the check runs again. {@link #cancel()} interrupts the run's thread, which the launcher's check stops on. FX
 * thread, except where said.
 */
public final class DurabilityViewModel {

    /** Runs one check, telling the phase ("producing", "reading back") as it goes. Blocking; background thread. */
    @FunctionalInterface
    public interface Runner {
        DurabilityReport run(DurabilityCheck.Options options, Consumer<String> phase, DurabilityCheck.Progress progress)
                throws InterruptedException;
    }

    /**
     * Chaos kills a partition leader this long after the start, and again as long after each killed broker is back:
     * the form's default run (10,000 at 1,000 a second) then sees its first kill halfway, not at its very end.
     */
    public static final Duration CHAOS_INTERVAL = Duration.ofSeconds(5);

    private static final DateTimeFormatter CHAOS_TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Executor background;
    private final Executor fx;
    private final StringProperty topic = new SimpleStringProperty("");
    private final IntegerProperty messages = new SimpleIntegerProperty(10_000);
    private final IntegerProperty rate = new SimpleIntegerProperty(1_000);
    private final BooleanProperty chaos = new SimpleBooleanProperty();
    private final StringBinding chaosHint = Bindings.createStringBinding(() -> chaosHint(chaos.get(), messages.get(),
            rate.get()), chaos, messages, rate);
    private final StringBinding whatItWrites = Bindings.createStringBinding(() -> whatItWrites(messages.get(),
            topic.get()), messages, topic);
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(0);
    private final SimpleStringProperty progressText = new SimpleStringProperty("");
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final SimpleObjectProperty<DurabilityProblem> problem = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<DurabilityReport> report = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<DurabilityVerdict> verdict = new SimpleObjectProperty<>();
    private Consumer<UserAction> told = line -> { };
    private String quorumLost;
    /** The report's lines, or the counts so far while a check produces. */
    private final SimpleObjectProperty<List<Row>> rows = new SimpleObjectProperty<>(rows(null));
    private volatile Runner runner;
    private String phase = "";
    /** Whether the run whose report is shown was to kill leaders: the box may be ticked or not since. */
    private boolean reportHadChaos;
    private DurabilityCheck.Options current;
    private DurabilityCheck.Progress live;
    /** The thread running the check now, or null; guarded by itself so a pooled thread is never interrupted late. */
    private final Thread[] worker = new Thread[1];
    /** Set on the FX thread, read by the worker when it starts (a cancel can come before that). */
    private volatile boolean cancelling;
    /** Counts {@link #runner} calls: the cluster a check was started on. */
    private long clusters;

    public DurabilityViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        // a refusal is about the topic it was given: another topic may well take the check
        topic.addListener(o -> problem.set(null));
    }

    /**
     * The cluster to check changed (null: none; running then says so in the status). A check of the old one stops,
     * and its report goes: it is not about the cluster shown now.
     */
    public void runner(Runner runner) {
        cancel();
        this.runner = runner;
        // a check of the old cluster still ending must not report into this one's form
        clusters++;
        show(null, false);
        progress.set(0);
        status.set("");
        problem.set(null);
    }

    /** What the form and its last result showed for one cluster, to show again on coming back to it. */
    public record Memo(String topic, int messages, int rate, boolean chaos, DurabilityReport report,
                       boolean reportHadChaos, String status, DurabilityProblem problem) {

        /** A form never used: what a new view model shows. */
        public static final Memo EMPTY = new Memo("", 10_000, 1_000, false, null, false, "", null);
    }

    /** The form and its result now; call before {@link #runner} for another cluster, which cancels a check under way. */
    public Memo memo() {
        if (running.get()) {
            return new Memo(topic.get(), messages.get(), rate.get(), chaos.get(), null, false,
                    "Cancelled when another cluster was shown; what was sent to " + current.topic() + " stays there",
                    null);
        }
        return new Memo(topic.get(), messages.get(), rate.get(), chaos.get(), report.get(), reportHadChaos,
                status.get(), problem.get());
    }

    /** Shows a form and result kept by {@link #memo()}; after {@link #runner} for the cluster it was about. */
    public void restore(Memo memo) {
        topic.set(memo.topic());
        messages.set(memo.messages());
        rate.set(memo.rate());
        chaos.set(memo.chaos());
        show(memo.report(), memo.reportHadChaos());
        progress.set(memo.report() == null ? 0 : 1);
        status.set(memo.status());
        problem.set(memo.problem());
    }

    /** Stops the check under way: it ends as cancelled, not as failed. */
    public void cancel() {
        if (!running.get() || cancelling) {
            return;
        }
        status.set("Cancelling…");
        synchronized (worker) {
            cancelling = true;
            if (worker[0] != null) {
                worker[0].interrupt();
            }
        }
    }

    /**
     * Why the workspace's ZooKeepers have no quorum ("no ZooKeeper quorum (1 of 3 serving)"), or null: a check then
     * only waits and times out, and its admin requests hold the brokers' request threads waiting on ZooKeeper.
     */
    public void quorumLost(String why) {
        quorumLost = why;
    }

    /** Why the form cannot run, or empty. */
    public String problem() {
        if (runner == null) {
            return "Open a workspace or connect to a cluster first";
        }
        if (quorumLost != null) {
            return "Not run: " + quorumLost + "; the check's producer and its topic checks need the controller and"
                    + " ZooKeeper. Start the ZooKeepers (Cluster view), then run it";
        }
        if (topic.get() == null || topic.get().isBlank()) {
            return "Choose a topic";
        }
        if (messages.get() < 1) {
            return "At least 1 message";
        }
        return "";
    }

    /** Told when a check starts and how it ended, for the timeline: the check is part of the story it tells. FX thread. */
    public void onTimelineLine(Consumer<UserAction> listener) {
        told = listener;
    }

    /** Completes with the report, or with null when the check could not run, failed or was cancelled (see the status). */
    public CompletableFuture<DurabilityReport> run() {
        String why = problem();
        if (!why.isEmpty() || running.get()) {
            status.set(why);
            return CompletableFuture.completedFuture(null);
        }
        problem.set(null);
        Runner r = runner;
        DurabilityCheck.Options options = new DurabilityCheck.Options(topic.get().strip(), messages.get(), rate.get(),
                Acks.ALL, chaos.get() ? CHAOS_INTERVAL : null);
        current = options;
        long cluster = clusters;
        cancelling = false;
        running.set(true);
        told.accept(UserAction.listed(options.topic(), String.format(Locale.ROOT,
                "durability check started: %,d messages, acks=all%s", options.messages(),
                options.chaosInterval() == null ? "" : ", a leader killed every " + CHAOS_INTERVAL.toSeconds() + " s")));
        show(null, false);
        progress.set(0);
        phase = "producing";
        DurabilityCheck.Progress counts = new DurabilityCheck.Progress();
        live = counts;
        progressText.set(sentSoFar(options.topic(), 0, 0, 0, options.messages()));
        status.set("");
        return CompletableFuture.supplyAsync(() -> {
            synchronized (worker) {
                worker[0] = Thread.currentThread();
                if (cancelling) {
                    worker[0].interrupt();
                }
            }
            try {
                return r.run(options, p -> fx.execute(() -> phase(p)), counts);
            } catch (InterruptedException e) {
                throw new CompletionException(e);
            } finally {
                synchronized (worker) {
                    worker[0] = null;
                    // the pool's next task must not start interrupted
                    Thread.interrupted();
                }
            }
        }, background).handleAsync((result, error) -> {
            running.set(false);
            progressText.set("");
            if (cluster != clusters) {
                return null;
            }
            if (cancelling) {
                progress.set(0);
                status.set("Cancelled; what was sent to " + options.topic() + " stays there");
                told.accept(UserAction.listed(options.topic(), "durability check cancelled"));
                return null;
            }
            if (error != null) {
                progress.set(0);
                status.set("");
                problem.set(DurabilityProblem.of(error, counts.sent(), !phase.equals("producing")));
                String title = problem.get().title();
                // "durability check: the check did not run", as a line of the timeline reads
                told.accept(UserAction.listed(options.topic(), "durability check: "
                        + Character.toLowerCase(title.charAt(0)) + title.substring(1)));
            } else {
                progress.set(1);
                show(result, options.chaosInterval() != null);
                status.set("");
                if (verdict.get() != null) {
                    told.accept(UserAction.listed(options.topic(), "durability check: " + verdict.get().headline()));
                }
            }
            return result;
        }, fx);
    }

    private void phase(String p) {
        if (cancelling) {
            return;
        }
        phase = p;
        if (p.startsWith("reading")) {
            progress.set(-1); // indeterminate: the read-back does not report its position
            progressText.set(String.format(Locale.ROOT, "Reading back %,d messages…", live.sent()));
            status.set("");
        }
    }

    /**
     * The report, or none, and its lines: set together, as the lines may show a cancelled run's counts while the
     * report was already none.
     */
    private void show(DurabilityReport r, boolean chaosAsked) {
        reportHadChaos = chaosAsked;
        report.set(r);
        verdict.set(r == null ? null : DurabilityVerdict.of(r, chaosAsked));
        rows.set(rows(r));
    }

    /** Shows the produce phase's counts so far and how much of it is answered; call a few times a second. */
    public void tick() {
        if (!running.get() || !phase.equals("producing") || current == null || cancelling) {
            return;
        }
        long answered = live.acknowledged() + live.failed();
        // the read-back still to come: never full while producing
        progress.set(Math.min(0.95, (double) answered / current.messages()));
        // none sent yet: still asking the cluster about the topic, and a refusal then shows "–" as no check did
        List<Row> now = live.sent() == 0 ? rows(null) : liveRows(live.sent(), live.acknowledged(), live.failed());
        if (!now.equals(rows.get())) {
            rows.set(now);
        }
        // every send answered, yet no read-back: chaos finishes its step first, a killed broker started again
        boolean chaosEnding = current.chaosInterval() != null && answered == current.messages();
        progressText.set(sentSoFar(current.topic(), live.sent(), live.acknowledged(), live.failed(),
                current.messages()) + (chaosEnding ? "; reading back once chaos has started the killed broker again"
                : ""));
        status.set(live.stall().map(DurabilityViewModel::waiting).orElse(""));
    }

    /**
     * The produce phase's progress in a line: "1,240 of 2,000 sent, 1,236 acknowledged" (and failed, if any). Before
     * the first send the launcher asks the cluster whether the topic can take the writes, which waits up to the admin
     * timeout when no broker answers: "0 of 2,000 sent" would look stuck.
     */
    static String sentSoFar(String topic, long sent, long acknowledged, long failed, int messages) {
        if (sent == 0) {
            return "Checking that " + topic + " can take the writes…";
        }
        return String.format(Locale.ROOT, "%,d of %,d sent", sent, messages)
                + (acknowledged > 0 ? String.format(Locale.ROOT, ", %,d acknowledged", acknowledged) : "")
                + (failed > 0 ? String.format(Locale.ROOT, ", %,d failed", failed) : "");
    }

    /**
     * Sends without an answer for a while, and why as the cluster's metadata says, as the Message console says it:
     * otherwise the counts just stand still until Kafka's delivery timeout.
     */
    static String waiting(DurabilityCheck.Stall stall) {
        return String.format(Locale.ROOT, "%,d send%s waiting for an acknowledgement for %d s", stall.waiting(),
                stall.waiting() == 1 ? "" : "s", stall.waited().toSeconds())
                + (stall.reason() == null ? "; the topic's metadata shows no reason yet" : ": " + stall.reason());
    }

    /** The report's lines while it produces: the counts so far, the rest still to come ("–"). */
    static List<Row> liveRows(long sent, long acknowledged, long failed) {
        List<Row> lines = new ArrayList<>(rows(null));
        lines.set(0, new Row("Sent", count(sent), Tone.NEUTRAL));
        lines.set(1, new Row("Acknowledged", count(acknowledged), Tone.NEUTRAL));
        lines.set(2, new Row("Failed", count(failed), failed == 0 ? Tone.NEUTRAL : Tone.WARNING));
        return List.copyOf(lines);
    }

    /** How a line of the report reads: good news, worth a look, bad news, or just a figure. */
    public enum Tone { NEUTRAL, GOOD, WARNING, BAD }

    /** One line of the report: a count and how it reads. */
    public record Row(String name, String value, Tone tone) {
    }

    /**
     * The report's lines in reading order: what was sent, what came of it, and what went wrong; for no report (null)
     * the same lines with "–", so the form keeps its shape.
     */
    public static List<Row> rows(DurabilityReport r) {
        if (r == null) {
            return rows(new DurabilityReport("", "", 0, Duration.ZERO, List.of(), List.of())).stream()
                    .map(row -> new Row(row.name(), "–", Tone.NEUTRAL)).toList();
        }
        long failed = r.failed();
        String failedValue = count(failed) + (r.failedButStored() > 0
                ? " (" + count(r.failedButStored()) + " stored anyway)" : "");
        return List.of(
                new Row("Sent", count(r.acknowledged() + failed), Tone.NEUTRAL),
                new Row("Acknowledged", count(r.acknowledged()), Tone.NEUTRAL),
                // a failed send was never promised to the producer: not a loss, but worth seeing
                new Row("Failed", failedValue, failed == 0 ? Tone.NEUTRAL : Tone.WARNING),
                new Row("Read back", count(r.read()), Tone.NEUTRAL),
                // lost is what acks=all promises against; a duplicate or a message out of order loses nothing
                new Row("Lost", count(r.lost()), flagged(r, r.lost(), Tone.BAD)),
                new Row("Duplicated", count(r.duplicated()), flagged(r, r.duplicated(), Tone.WARNING)),
                new Row("Out of order", count(r.outOfOrder()), flagged(r, r.outOfOrder(), Tone.WARNING)));
    }

    /** What chaos did during the check, one line each, with the time of day it did it; empty without chaos. */
    public static List<String> chaosKills(DurabilityReport r) {
        return r.chaosEvents().stream().map(DurabilityViewModel::timeOfDay).toList();
    }

    /** The launcher writes each chaos event as "ISO-instant text": the instant shown like the timeline's times. */
    private static String timeOfDay(String event) {
        int space = event.indexOf(' ');
        try {
            Instant at = Instant.parse(space < 0 ? event : event.substring(0, space));
            return CHAOS_TIME.format(at) + (space < 0 ? "" : event.substring(space));
        } catch (DateTimeParseException e) {
            return event;
        }
    }

    /** A zero is good news only when something was acknowledged: with nothing to lose, nothing was proved. */
    private static Tone flagged(DurabilityReport r, long count, Tone whenAny) {
        return count > 0 ? whenAny : r.acknowledged() > 0 ? Tone.GOOD : Tone.NEUTRAL;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * The topic to check once the cluster's topics are {@code now} (they were {@code before}): the first when none is
     * chosen, and again when the chosen one was deleted, so Run check does not meet "no such topic". A name typed
     * that was never listed is left as typed.
     */
    static String topicAfter(String chosen, List<String> before, List<String> now) {
        boolean none = chosen == null || chosen.isBlank();
        boolean deleted = !none && before.contains(chosen) && !now.contains(chosen);
        if (none || deleted) {
            return now.isEmpty() ? "" : now.get(0);
        }
        return chosen;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public IntegerProperty messagesProperty() {
        return messages;
    }

    public IntegerProperty rateProperty() {
        return rate;
    }

    /**
     * Said under the chaos box before a run: a run over before chaos's first kill tests no failover, and its
     * "Intact" would prove nothing about one. "" when the run lasts long enough or chaos is off.
     */
    public StringBinding chaosHint() {
        return chaosHint;
    }

    static String chaosHint(boolean chaos, int messages, int rate) {
        long first = CHAOS_INTERVAL.toSeconds();
        if (!chaos) {
            return "";
        }
        if (rate <= 0) {
            return "As fast as the cluster takes them, the run may end before chaos's first kill, " + first
                    + " s in: set a rate.";
        }
        double seconds = (double) messages / rate;
        if (seconds > first) {
            return "";
        }
        return String.format(Locale.ROOT, "At this rate the run lasts about %s, and chaos kills its first leader %d s"
                + " in: send more messages, or fewer a second.", seconds < 1 ? "a second" : Math.round(seconds)
                + " s", first);
    }

    /**
     * What a run leaves behind, said before it: the messages stay in the topic, and a user's own topic would get
     * thousands of test messages among theirs.
     */
    public StringBinding whatItWrites() {
        return whatItWrites;
    }

    static String whatItWrites(int messages, String topic) {
        return String.format(Locale.ROOT, "Writes %,d numbered test messages into %s with acks=all, then reads them"
                + " back: acknowledged but missing = lost. Leaders killed by chaos appear in the timeline.", messages,
                topic == null || topic.isBlank() ? "the topic chosen" : topic.strip());
    }

    public BooleanProperty chaosProperty() {
        return chaos;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0..1, or -1 while the phase cannot tell. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** While a check runs, where it is: "1,240 of 2,000 sent, …", then "Reading back …"; empty otherwise. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    /** A sentence besides the result: why the form cannot run, sends waiting, a cancel; empty when none. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Why the last check ended without a report, or null; cleared when the topic changes or a check starts. */
    public ReadOnlyObjectProperty<DurabilityProblem> problemProperty() {
        return problem;
    }

    /** What the report comes to, or null while there is none. */
    public ReadOnlyObjectProperty<DurabilityVerdict> verdictProperty() {
        return verdict;
    }

    public ReadOnlyObjectProperty<DurabilityReport> reportProperty() {
        return report;
    }

    /** What the report's lines say now: the report's, the counts so far while producing, or "–". */
    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows;
    }
}
