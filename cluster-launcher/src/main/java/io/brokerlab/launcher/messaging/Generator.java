package io.brokerlab.launcher.messaging;

import io.brokerlab.launcher.messaging.Publisher.SendResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends numbered messages from a template at a target rate, for demos and load. At most
 * {@code maxInFlight} sends are unacknowledged at once, so memory stays bounded whatever the
 * rate and however slow the cluster is.
 */
public final class Generator {

    /** What a run did; {@code acknowledged + failed == sent} once it has returned. */
    public record Summary(long sent, long acknowledged, long failed, Duration elapsed) {
        public double messagesPerSecond() {
            double seconds = elapsed.toNanos() / 1e9;
            return seconds <= 0 ? 0 : sent / seconds;
        }
    }

    private final Publisher publisher;
    private final int maxInFlight;

    public Generator(Publisher publisher, int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        this.publisher = publisher;
        this.maxInFlight = maxInFlight;
    }

    /**
     * Sends {@code count} messages numbered from 1, keyless unless {@code keyTemplate} is given;
     * {@code ratePerSecond <= 0} means as fast as the cluster takes them. Blocks until every
     * send has been acknowledged or has failed; {@code onResult} sees each outcome.
     */
    public Summary run(String topic, MessageTemplate valueTemplate, MessageTemplate keyTemplate, long count,
                       double ratePerSecond, Consumer<SendResult> onResult) throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Consumer<SendResult> done = result -> {
            (result.ok() ? acknowledged : failed).incrementAndGet();
            onResult.accept(result);
            inFlight.release();
        };
        long start = System.nanoTime();
        double nanosPerMessage = ratePerSecond > 0 ? 1e9 / ratePerSecond : 0;
        for (long n = 1; n <= count; n++) {
            if (nanosPerMessage > 0) {
                long due = start + (long) ((n - 1) * nanosPerMessage);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
            }
            inFlight.acquire();
            byte[] key = keyTemplate == null ? null : keyTemplate.render(n).getBytes(StandardCharsets.UTF_8);
            byte[] value = valueTemplate.render(n).getBytes(StandardCharsets.UTF_8);
            publisher.send(new ProducerRecord<>(topic, key, value), done);
        }
        publisher.flush();
        inFlight.acquire(maxInFlight);
        inFlight.release(maxInFlight);
        return new Summary(count, acknowledged.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start));
    }
}
