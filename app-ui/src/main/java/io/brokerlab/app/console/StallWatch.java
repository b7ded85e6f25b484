package io.brokerlab.app.console;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Notices that a run's sends have had no acknowledgement for a while and asks why (the cluster's metadata, on the
 * background executor), every few seconds at most and never twice at once. The producer retries e.g. a partition
 * below min.insync.replicas without a word until delivery.timeout.ms: a user should not stare at a still count for
 * 30 s and then read "timed out". Thread-safe.
 */
final class StallWatch {

    /** Longer than a healthy cluster's slowest acknowledgement, short enough that nobody wonders yet. */
    static final Duration STALLED_AFTER = Duration.ofSeconds(5);
    private static final long ASK_AGAIN_NANOS = Duration.ofSeconds(5).toNanos();

    private final LongSupplier clock;
    private final Supplier<Optional<String>> diagnosis;
    private final Executor background;
    private final AtomicLong lastAcknowledged = new AtomicLong();
    private final AtomicBoolean asking = new AtomicBoolean();
    private volatile long askedAt;
    private volatile boolean askedYet;
    private volatile String reason;

    /** @param diagnosis blocks on the cluster, so it runs on {@code background} */
    StallWatch(LongSupplier clock, Supplier<Optional<String>> diagnosis, Executor background) {
        this.clock = clock;
        this.diagnosis = diagnosis;
        this.background = background;
        lastAcknowledged.set(clock.getAsLong());
    }

    /**
     * Any thread: a broker answered a send (acknowledged it, or refused it), so the run is not stalled. A send the
     * producer gave up on (delivery.timeout.ms) got no answer: it is not one.
     */
    void acknowledged() {
        lastAcknowledged.set(clock.getAsLong());
    }

    /** Whole seconds since the last acknowledgement while {@code waiting} sends are out that long; else -1. */
    long stalledSeconds(int waiting) {
        long since = clock.getAsLong() - lastAcknowledged.get();
        return waiting > 0 && since >= STALLED_AFTER.toNanos() ? Duration.ofNanos(since).toSeconds() : -1;
    }

    /** Any thread: true when stalled, after asking why if the last answer is old. */
    boolean check(int waiting) {
        if (stalledSeconds(waiting) < 0) {
            return false;
        }
        ask();
        return true;
    }

    /** Any thread: asks the cluster why sends wait, unless it was asked a moment ago or is being asked. */
    void ask() {
        long now = clock.getAsLong();
        if ((!askedYet || now - askedAt >= ASK_AGAIN_NANOS) && asking.compareAndSet(false, true)) {
            askedAt = now;
            askedYet = true;
            try {
                CompletableFuture.supplyAsync(diagnosis, background).whenComplete((found, error) -> {
                    // no answer keeps the last one: the same outage that holds up the sends can hold up the question
                    if (error == null) {
                        reason = found.orElse(null);
                    }
                    asking.set(false);
                });
            } catch (RejectedExecutionException closing) {
                asking.set(false);
            }
        }
    }

    /** The latest reason the cluster's metadata gave; null while none is known. */
    String reason() {
        return reason;
    }
}
