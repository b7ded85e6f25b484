package io.brokerlab.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a server's blocking main loop on its own thread and remembers how it ended, so that
 * {@link ManagedNode#awaitTermination()} can tell a clean stop from a crash.
 */
public final class ServerThread {

    /** A blocking server loop. */
    @FunctionalInterface
    public interface Loop {
        void run() throws Exception;
    }

    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    public ServerThread(String name, Loop loop) {
        this.thread = new Thread(() -> {
            try {
                loop.run();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                finished.countDown();
            }
        }, name);
    }

    public void start() {
        thread.start();
    }

    public boolean isFinished() {
        return finished.getCount() == 0;
    }

    public Throwable failure() {
        return failure.get();
    }

    public void await() throws InterruptedException {
        finished.await();
    }
}
