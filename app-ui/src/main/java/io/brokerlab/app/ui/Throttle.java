package io.brokerlab.app.ui;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands tasks on to {@code target} no more often than once per {@code gap}, delaying the ones that come sooner.
 * Under a {@link Coalescer} it turns a message flood into a few table updates per second: nobody reads sixty
 * updates a second, and each one costs a layout and a repaint that the cluster's own processes need the CPU for.
 */
public final class Throttle implements Executor {

    private final Executor target;
    private final ScheduledExecutorService timer;
    private final long gapNanos;
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());

    public Throttle(Executor target, ScheduledExecutorService timer, Duration gap) {
        this.target = target;
        this.timer = timer;
        this.gapNanos = gap.toNanos();
    }

    /** Any thread. */
    @Override
    public void execute(Runnable task) {
        long now = System.nanoTime();
        long slot = Math.max(now, nextSlot.getAndUpdate(previous -> Math.max(previous, now) + gapNanos));
        if (slot <= now) {
            target.execute(task);
        } else {
            timer.schedule(() -> target.execute(task), slot - now, TimeUnit.NANOSECONDS);
        }
    }
}
