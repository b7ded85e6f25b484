package io.brokerlab.launcher.state;

import io.brokerlab.launcher.cluster.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;

/**
 * Owns a {@link ClusterState}: every change is applied on one thread, diffed against the
 * previous state and published. One owner means changes never interleave and each listener
 * sees states in the order they were built.
 */
final class StatePublisher implements AutoCloseable {

    private record Registration(Executor executor, ClusterStateListener listener) {
    }

    private final ExecutorService owner;
    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private volatile ClusterState current;
    /** The "not yet read" state it began with: nothing to hand over (it would read as "unreachable"). */
    private final ClusterState initial;

    StatePublisher(ClusterState initial, String threadName) {
        this.initial = initial;
        this.current = initial;
        this.owner = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    ClusterState current() {
        return current;
    }

    /** The owning thread, for sources that want their callbacks there. */
    Executor owner() {
        return this::run;
    }

    /**
     * Registers {@code listener} and hands it the current state first (no events): a source may publish its first
     * read before anyone subscribes (an external ZooKeeper's caches load while the caller still checks it), and a
     * cluster that then stays still would otherwise never be shown. The hand-over runs on the owning thread, so it
     * never overtakes a newer state; before anything was read there is nothing to hand over.
     */
    Subscription addListener(Executor executor, ClusterStateListener listener) {
        Registration registration = new Registration(executor, listener);
        listeners.add(registration);
        run(() -> {
            if (listeners.contains(registration) && current != initial) {
                ClusterState now = current;
                executor.execute(() -> listener.stateChanged(now, List.of()));
            }
        });
        return () -> listeners.remove(registration);
    }

    /** Applies {@code change} on the owning thread and publishes the events it causes. */
    void submit(UnaryOperator<ClusterState> change) {
        run(() -> apply(change, true));
    }

    /** Like {@link #submit} but announces no events: for a first read, which is not a change. */
    void submitQuietly(UnaryOperator<ClusterState> change) {
        run(() -> apply(change, false));
    }

    /** Runs {@code task} on the owning thread; after {@link #close()} nothing runs any more. */
    void run(Runnable task) {
        try {
            owner.execute(task);
        } catch (RejectedExecutionException closed) {
            // Closed while a source was still reporting: there is no one left to tell.
        }
    }

    private void apply(UnaryOperator<ClusterState> change, boolean announce) {
        ClusterState before = current;
        ClusterState after = change.apply(before);
        if (after == before) {
            return;
        }
        List<ClusterEvent> events = announce ? SnapshotDiff.between(before, after) : List.of();
        current = after;
        for (Registration r : listeners) {
            r.executor().execute(() -> r.listener().stateChanged(after, events));
        }
    }

    @Override
    public void close() {
        listeners.clear();
        owner.shutdownNow();
    }
}
