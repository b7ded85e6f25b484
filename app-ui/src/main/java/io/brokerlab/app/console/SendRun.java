package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.MessageTemplate;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One press of Send: {@code count} messages at about {@code perSecond}. A run may be ten million messages long, so
 * it keeps counts and the last send's future, never one future per message.
 */
final class SendRun {

    private final String topic;
    private final Integer partition;
    private final String key;
    private final MessageTemplate value;
    private final Map<String, String> headers;
    private final int count;
    private final int perSecond;
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    /** Sends not yet completed, plus one the loop holds until it is done sending, so zero can only mean the end. */
    private final AtomicInteger outstanding = new AtomicInteger(1);
    private final CompletableFuture<Void> allCompleted = new CompletableFuture<>();

    SendRun(String topic, Integer partition, String key, MessageTemplate value, Map<String, String> headers, int count,
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
        for (int i = 0; i < count && waitForTurn(start, i); i++) {
            outstanding.incrementAndGet();
            last = sender.send(topic, partition, key, value.render(i + 1), headers).thenApply(r -> completed(r, onResult));
        }
        release();
        allCompleted.join();
        return String.format(Locale.ROOT, "%,d sent", ok.get())
                + (failed.get() > 0 ? String.format(Locale.ROOT, ", %,d failed", failed.get()) : "")
                + (last == null ? "" : " · last: " + last.join());
    }

    /** False if interrupted: the messages already sent are still waited for and counted. */
    private boolean waitForTurn(long start, int i) {
        long wait = start + (long) (i * 1e9 / perSecond) - System.nanoTime();
        try {
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String completed(SendResult r, Consumer<String> onResult) {
        String line = r.ok() ? "partition " + r.partition() + " · offset " + r.offset() : "failed: " + r.error().getMessage();
        (r.ok() ? ok : failed).incrementAndGet();
        onResult.accept(line);
        release();
        return line;
    }

    private void release() {
        if (outstanding.decrementAndGet() == 0) {
            allCompleted.complete(null);
        }
    }
}
