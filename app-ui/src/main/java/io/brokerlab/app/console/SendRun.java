package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.SendFailures;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One press of Send: {@code count} messages at about {@code perSecond}. A run may be ten million messages long, so
 * it keeps counts and the last completed send's line, never one future per message.
 */
final class SendRun {

    /** A result's line for a send that failed, before its reason; the results list marks such lines. */
    static final String FAILED = "failed: ";
    /** A timed-out send's reason before the cause the cluster's metadata gives. */
    private static final String NO_ACK_IN_TIME = "no acknowledgement in time";
    /** Why sends wait when the cluster's metadata names no reason. */
    private static final String NO_KNOWN_REASON = "the producer retries until delivery.timeout.ms (30 s) and then fails"
            + " them; Topics shows each partition's leader and in-sync replicas";

    /** A failed send's reason, and whether it timed out: then its cause is the one the cluster's metadata gives. */
    private record Failure(String reason, boolean timedOut) {
    }

    private final String topic;
    private final Integer partition;
    private final NumberedMessage message;
    private final int count;
    private final int perSecond;
    /** Each message's {n}, in the order they are sent, asked once per message for its key, value and headers. */
    private final LongSupplier numbers;
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    /** A run that fails fails alike, usually: the first reason explains the rest. */
    private final AtomicReference<Failure> firstFailure = new AtomicReference<>();
    /** Sends not yet completed, plus one the loop holds until it is done sending, so zero can only mean the end. */
    private final AtomicInteger outstanding = new AtomicInteger(1);
    /** While the loop still sends, it holds one of {@link #outstanding}: the sends waiting are the others. */
    private final AtomicBoolean looping = new AtomicBoolean(true);
    private final CountDownLatch allCompleted = new CountDownLatch(1);
    private final CountDownLatch stop = new CountDownLatch(1);
    /** Null until the first of {@link #begin()} (true: it sends) and {@link #abandon()} (false: it never will). */
    private final AtomicReference<Boolean> sends = new AtomicReference<>();

    /** How often the wait for the last acknowledgements looks for a stall. */
    private static final long STALL_CHECK_MILLIS = 250;
    private final LongSupplier clock;
    private final Executor background;
    /** Null until the run begins sending. */
    private volatile StallWatch watch;

    /**
     * The line of the run's last message to complete so far in the order they were sent; null while none has, or
     * when it failed (the failures tell of that). Across partitions sends complete in another order than they went
     * out: the newest line of the results list may be an earlier message's.
     */
    private String lastCompleted;
    /** Which of the run's messages {@link #lastCompleted} tells of, counted from 1; 0 for none. */
    private int lastOrdinal;

    /**
     * @param numbers    each message's {n}, asked once per message on the sending thread
     * @param clock      nanoseconds, as System::nanoTime
     * @param background where a stall's diagnosis runs
     */
    SendRun(String topic, Integer partition, NumberedMessage message, int count, int perSecond, LongSupplier numbers,
            LongSupplier clock, Executor background) {
        this.numbers = numbers;
        this.clock = clock;
        this.background = background;
        this.topic = topic;
        this.partition = partition;
        this.message = message;
        this.count = count;
        this.perSecond = perSecond;
    }

    String topic() {
        return topic;
    }

    /**
     * Sends on the calling thread and returns the status line once every send has completed, so its counts and
     * its last send are final. {@code onResult} gets each send's outcome, on whichever thread completed it;
     * {@code onStalled} is called every so often while sends wait for an acknowledgement longer than
     * {@link StallWatch#STALLED_AFTER}, when no outcome comes to update the progress; {@code known} gives why they
     * wait when the app knows it without asking the cluster (no ZooKeeper quorum), else null.
     */
    String run(Messaging.Sender sender, Supplier<String> known, Consumer<String> onResult, Runnable onStalled) {
        watch = new StallWatch(clock, () -> Optional.ofNullable(known.get())
                .or(() -> sender.stallReason(topic, partition, message.sameKey())), background);
        long start = System.nanoTime();
        int issued = 0;
        for (; issued < count && waitForTurn(start, issued); issued++) {
            outstanding.incrementAndGet();
            long n = numbers.getAsLong();
            String key = message.key(n);
            int ordinal = issued + 1;
            sender.send(topic, partition, key, message.value(n), message.headers(n))
                    .whenComplete((r, error) -> completed(r, error, ordinal, key, onResult));
            if (watch.check(waiting())) {
                onStalled.run();
            }
        }
        looping.set(false);
        release();
        awaitCompletion(onStalled);
        Failure first = firstFailure.get();
        String firstReason = first == null ? null : !first.timedOut() ? first.reason()
                // seen while the sends waited; asked now only if not (which waits for the cluster's answer)
                : Optional.ofNullable(watch.reason()).or(() -> sender.stallReason(topic, partition, message.sameKey()))
                        .map(reason -> NO_ACK_IN_TIME + ": " + reason).orElse(first.reason());
        String failures = failed.get() > 0
                ? String.format(Locale.ROOT, ", %,d failed (first: %s)", failed.get(), firstReason) : "";
        if (issued < count) {
            return String.format(Locale.ROOT, "Stopped after %,d of %,d sent", ok.get(), count) + failures;
        }
        String lastSent = lastCompleted();
        return String.format(Locale.ROOT, "%,d sent", ok.get()) + failures + (lastSent == null ? ""
                : (count > 1 ? " · last sent: " : " · ") + lastSent);
    }

    /** Waits, as an uninterruptible join would, for every send to complete: the counts must be final. */
    private void awaitCompletion(Runnable onStalled) {
        boolean interrupted = false;
        while (true) {
            try {
                if (allCompleted.await(STALL_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    break;
                }
                if (watch.check(waiting())) {
                    onStalled.run();
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Any thread: whether sends have waited longer than {@link StallWatch#STALLED_AFTER} for an acknowledgement. */
    boolean stalled() {
        StallWatch w = watch;
        return w != null && w.stalledSeconds(waiting()) >= 0;
    }

    private int waiting() {
        return outstanding.get() - (looping.get() ? 1 : 0);
    }

    /**
     * Any thread: how far the run has got, e.g. "Sent 1,200 of 10,000 · 0 failed", with the first failure's reason
     * while the run still goes on (the demo's point is why sends fail, and the run may be long), and on a second line,
     * once acknowledgements have stopped coming for a while, how many sends wait and why.
     */
    String progress() {
        String sent = String.format(Locale.ROOT, "Sent %,d of %,d · %,d failed", ok.get(), count, failed.get());
        Failure first = firstFailure.get();
        StallWatch w = watch;
        int waiting = waiting();
        long seconds = w == null ? -1 : w.stalledSeconds(waiting);
        if (seconds < 0) {
            return first == null ? sent : sent + " (first: " + explained(first) + ")";
        }
        // a timeout's cause is the stall's reason, said once, on the stall's line
        String failures = first == null ? "" : " (first: " + (first.timedOut() ? NO_ACK_IN_TIME : first.reason()) + ")";
        String reason = w.reason() != null ? w.reason() : NO_KNOWN_REASON;
        return sent + failures + String.format(Locale.ROOT, "\nNo acknowledgement for %d s, %,d send%s waiting: %s",
                seconds, waiting, waiting == 1 ? "" : "s", reason);
    }

    /** A failure's reason; a timeout's with the cause the cluster's metadata has given since, once it has. */
    private String explained(Failure failure) {
        StallWatch w = watch;
        String known = w == null ? null : w.reason();
        return failure.timedOut() && known != null ? NO_ACK_IN_TIME + ": " + known : failure.reason();
    }

    int count() {
        return count;
    }

    /** Any thread: whether {@link #stop()} was called, so "Stopping…" is not overwritten by progress. */
    boolean stopping() {
        return stop.getCount() == 0;
    }

    /** Any thread: true when the run is to send, false when {@link #abandon()} came first. */
    boolean begin() {
        return sends.compareAndSet(null, true) || sends.get();
    }

    /** Any thread: stops a run that has not begun sending, for good; false (and nothing done) once it has begun. */
    boolean abandon() {
        if (sends.compareAndSet(null, false)) {
            stop();
            return true;
        }
        return false;
    }

    /** Any thread: no further message is sent; those already sent are still waited for and counted. */
    void stop() {
        stop.countDown();
    }

    /** Waits on the stop latch rather than sleeping, so that a stop ends even a slow run's wait at once. */
    private boolean waitForTurn(long start, int i) {
        long wait = start + (long) (i * 1e9 / perSecond) - System.nanoTime();
        try {
            return wait > 0 ? !stop.await(wait, TimeUnit.NANOSECONDS) : stop.getCount() > 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized String lastCompleted() {
        return lastCompleted;
    }

    /** Counts every send once, even one whose future failed instead of reporting a failed result. */
    /** How a result's line names its message: "key k7 → ", else "#7 → " (the run's seventh); none for a lone one. */
    private String which(int ordinal, String key) {
        return key != null ? "key " + key + " → " : count > 1 ? "#" + ordinal + " → " : "";
    }

    /** {@code ordinal}: which of the run's messages, counted from 1; {@code key}: its key, or null. */
    private void completed(SendResult r, Throwable error, int ordinal, String key, Consumer<String> onResult) {
        String which = which(ordinal, key);
        boolean answered = true;
        try {
            boolean sent = error == null && r.ok();
            String line;
            if (sent) {
                // with acks=0 no broker replies, so the producer never learns the offset (it reports -1)
                line = which + "partition " + r.partition() + " · offset "
                        + (r.offset() < 0 ? "unknown with acks=0" : r.offset());
                ok.incrementAndGet();
            } else {
                Throwable cause = error != null ? error : r.error();
                boolean timedOut = SendFailures.timedOut(cause);
                // the producer gave up waiting: no broker answered, so the stall it is part of goes on
                answered = !timedOut;
                StallWatch w = watch;
                String known = w == null ? null : w.reason();
                if (timedOut && known == null && w != null) {
                    // other partitions' acknowledgements can keep a run from looking stalled: ask why this one waited
                    w.ask();
                }
                // Kafka's timeout names no cause, and the generic advice (is a broker running?) would mislead
                String reason = timedOut && known != null ? NO_ACK_IN_TIME + ": " + known : SendFailures.explain(cause);
                firstFailure.compareAndSet(null, new Failure(reason, timedOut));
                line = FAILED + which + reason;
                failed.incrementAndGet();
            }
            synchronized (this) {
                if (ordinal > lastOrdinal) {
                    lastOrdinal = ordinal;
                    lastCompleted = sent ? line : null;
                }
                onResult.accept(line);
            }
        } finally {
            StallWatch w = watch;
            if (w != null && answered) {
                w.acknowledged();
            }
            release();
        }
    }

    private void release() {
        if (outstanding.decrementAndGet() == 0) {
            allCompleted.countDown();
        }
    }
}
