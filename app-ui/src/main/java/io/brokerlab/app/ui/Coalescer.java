package io.brokerlab.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Turns a burst of items offered from any thread into batches handed to {@code sink} on {@code uiExecutor}, with
 * at most one batch task pending at a time: however fast items arrive, the FX thread gets one update per pulse
 * (never one {@code Platform.runLater} per item). The queue is bounded: beyond {@code capacity} the oldest
 * items are dropped and counted, so a stalled UI cannot grow the heap.
 */
public final class Coalescer<T> {

    private final Executor uiExecutor;
    private final Consumer<List<T>> sink;
    private final int capacity;
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicInteger dropped = new AtomicInteger();

    public Coalescer(Executor uiExecutor, int capacity, Consumer<List<T>> sink) {
        this.uiExecutor = uiExecutor;
        this.capacity = capacity;
        this.sink = sink;
    }

    /** Any thread. */
    public void offer(T item) {
        // counted before it can be drained: counted after, a drain between the two took the count below zero
        // (and the next drain asked for a list of capacity -1; seen once in CI)
        int now = size.incrementAndGet();
        queue.add(item);
        if (now > capacity && queue.poll() != null) {
            size.decrementAndGet();
            dropped.incrementAndGet();
        }
        schedule();
    }

    /** Any thread. */
    public void offerAll(List<T> items) {
        for (T item : items) {
            size.incrementAndGet();
            queue.add(item);
        }
        while (size.get() > capacity && queue.poll() != null) {
            size.decrementAndGet();
            dropped.incrementAndGet();
        }
        schedule();
    }

    /**
     * Items dropped because the UI fell behind by more than the capacity, since the last call: for a sink that
     * counts what it was offered, not only what it got.
     */
    public int takeDropped() {
        return dropped.getAndSet(0);
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            uiExecutor.execute(this::drain);
        }
    }

    private void drain() {
        // cleared before draining: an item offered during the drain schedules the next batch
        scheduled.set(false);
        List<T> batch = new ArrayList<>(Math.min(size.get(), capacity));
        T item;
        while ((item = queue.poll()) != null) {
            size.decrementAndGet();
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
