package io.brokerlab.app.ui;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs tasks on the FX thread at the start of the next pulse, all of them together: however often a feed offers
 * (a tail hands over a batch per poll, hundreds per second), the scene changes at most once per frame, right
 * before that frame's layout and render. For data updates only: a task here must not open a modal dialog
 * ({@code showAndWait} is not allowed during animation processing).
 */
public final class NextPulse implements Executor {

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // one pulse only: an idle app must not keep the pulse running
            stop();
            armed.set(false);
            // only what was queued before this pulse: a task queued by one of these (a coalescer offered to
            // while it drained) waits for the next pulse, or it would be a second update in this one
            for (int due = tasks.size(); due > 0; due--) {
                tasks.poll().run();
            }
        }
    };

    /** Any thread. */
    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (armed.compareAndSet(false, true)) {
            // AnimationTimer.start belongs to the FX thread (JavaFX 21)
            Platform.runLater(timer::start);
        }
    }
}
