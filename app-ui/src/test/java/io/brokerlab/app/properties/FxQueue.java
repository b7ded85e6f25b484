package io.brokerlab.app.properties;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;

/** Stands in for the FX thread: what is handed to it waits until the test's thread runs it. */
final class FxQueue implements Executor {

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs the tasks handed over, on this thread, as they come, until {@code done}. */
    void runUntil(BooleanSupplier done) {
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(10)).until(() -> {
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                task.run();
            }
            return done.getAsBoolean();
        });
    }
}
