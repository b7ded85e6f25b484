package io.brokerlab.launcher.messaging;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The latest messages of a tail, at most {@code capacity} of them (the oldest are dropped), with
 * counts and the arrival rate over the last few seconds. Thread-safe: a tail thread adds while
 * a view reads.
 */
public final class TailBuffer {

    private static final long RATE_WINDOW_NANOS = 5_000_000_000L;

    /** Counts at one moment, for a status line. */
    public record Stats(int buffered, long received, long dropped, double messagesPerSecond) {
    }

    private final int capacity;
    private final LongSupplier nanoClock;
    private final ArrayDeque<TailedMessage> messages = new ArrayDeque<>();
    /** (arrival nanos, count) per add, pruned to the rate window. */
    private final ArrayDeque<long[]> arrivals = new ArrayDeque<>();
    private long received;
    private long dropped;
    private final long createdAt;

    public TailBuffer(int capacity) {
        this(capacity, System::nanoTime);
    }

    TailBuffer(int capacity, LongSupplier nanoClock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a tail buffer holds at least 1 message");
        }
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        this.createdAt = nanoClock.getAsLong();
    }

    public synchronized void addAll(Collection<TailedMessage> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (TailedMessage message : batch) {
            if (messages.size() == capacity) {
                messages.removeFirst();
                dropped++;
            }
            messages.addLast(message);
        }
        received += batch.size();
        long now = nanoClock.getAsLong();
        arrivals.addLast(new long[] {now, batch.size()});
        prune(now);
    }

    /** The buffered messages, oldest first; a copy. */
    public synchronized List<TailedMessage> messages() {
        return List.copyOf(messages);
    }

    public synchronized Stats stats() {
        long now = nanoClock.getAsLong();
        prune(now);
        long inWindow = arrivals.stream().mapToLong(a -> a[1]).sum();
        // Until the tail has run a full window, divide by the time it has actually run.
        long span = Math.min(RATE_WINDOW_NANOS, Math.max(now - createdAt, 1));
        return new Stats(messages.size(), received, dropped, inWindow * 1e9 / span);
    }

    public synchronized void clear() {
        messages.clear();
    }

    private void prune(long now) {
        while (!arrivals.isEmpty() && now - arrivals.peekFirst()[0] > RATE_WINDOW_NANOS) {
            arrivals.removeFirst();
        }
    }
}
