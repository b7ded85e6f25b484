package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.MessageHeader;
import io.brokerlab.launcher.messaging.MessageTemplate;
import io.brokerlab.launcher.messaging.SendFailures;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One press of Send: {@code count} messages at about {@code perSecond}. A run may be ten million messages long, so
 * it keeps counts and the last send's future, never one future per message.
 */
final class SendRun {

    private final String topic;
    private final Integer partition;
    private final String key;
    /** Null: every message is a tombstone. */
    private final MessageTemplate value;
    private final List<MessageHeader> headers;
    private final int count;
    private final int perSecond;
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    /** A run that fails fails alike, usually: the first reason explains the rest. */
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    /** Sends not yet completed, plus one the loop holds until it is done sending, so zero can only mean the end. */
    private final AtomicInteger outstanding = new AtomicInteger(1);
    private final CompletableFuture<Void> allCompleted = new CompletableFuture<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    /** Null until the first of {@link #begin()} (true: it sends) and {@link #abandon()} (false: it never will). */
    private final AtomicReference<Boolean> sends = new AtomicReference<>();

    SendRun(String topic, Integer partition, String key, MessageTemplate value, List<MessageHeader> headers, int count,
            int perSecond) {
        this.topic = topic;
        this.partition = partition;
        this.key = key;
        this.value = value;
        this.headers = headers;
        this.count = count;
        this.perSecond = perSecond;
    }

    /**
     * Sends on the calling thread and returns the status line once every send has completed, so its counts and
     * its last send are final. {@code onResult} gets each send's outcome, on whichever thread completed it.
     */
    String run(Messaging.Sender sender, Consumer<String> onResult) {
        long start = System.nanoTime();
        CompletableFuture<String> last = null;
        int issued = 0;
        for (; issued < count && waitForTurn(start, issued); issued++) {
            outstanding.incrementAndGet();
            last = sender.send(topic, partition, key, value == null ? null : value.render(issued + 1), headers)
                    .handle((r, error) -> completed(r, error, onResult));
        }
        release();
        allCompleted.join();
        String failures = failed.get() > 0
                ? String.format(Locale.ROOT, ", %,d failed (first: %s)", failed.get(), firstFailure.get()) : "";
        if (issued < count) {
            return String.format(Locale.ROOT, "Stopped after %,d of %,d sent", ok.get(), count) + failures;
        }
        return String.format(Locale.ROOT, "%,d sent", ok.get()) + failures + (last == null ? "" : " · last: " + last.join());
    }

    /** Any thread: how far the run has got, e.g. "Sent 1,200 of 10,000 · 0 failed". */
    String progress() {
        return String.format(Locale.ROOT, "Sent %,d of %,d · %,d failed", ok.get(), count, failed.get());
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

    /** Counts every send once, even one whose future failed instead of reporting a failed result. */
    private String completed(SendResult r, Throwable error, Consumer<String> onResult) {
        try {
            boolean sent = error == null && r.ok();
            String line;
            if (sent) {
                // with acks=0 no broker replies, so the producer never learns the offset (it reports -1)
                line = "partition " + r.partition() + " · offset " + (r.offset() < 0 ? "unknown with acks=0" : r.offset());
                ok.incrementAndGet();
            } else {
                String reason = error != null ? SendFailures.explain(error) : r.reason();
                firstFailure.compareAndSet(null, reason);
                line = "failed: " + reason;
                failed.incrementAndGet();
            }
            onResult.accept(line);
            return line;
        } finally {
            release();
        }
    }

    private void release() {
        if (outstanding.decrementAndGet() == 0) {
            allCompleted.complete(null);
        }
    }
}
