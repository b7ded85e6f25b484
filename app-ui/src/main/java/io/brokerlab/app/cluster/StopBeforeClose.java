package io.brokerlab.app.cluster;

import io.brokerlab.app.ui.Coalescer;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.Subscription;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * "Stop nodes" in the closing question: stops the cluster while the window shows which node stops and how many are
 * done, and offers a way out that closes at once, leaving the nodes not yet stopped running (their run records keep
 * them in the workspace, so the next start of the app or the CLI finds them). Called on the FX thread; no toolkit
 * needed: tests pass a direct executor.
 */
public final class StopBeforeClose {

    /** How the wait ended: the window may close either way. */
    public enum Outcome { STOPPED, LEFT_RUNNING }

    private final LocalCluster cluster;
    private final Executor fx;
    private final ClusterProgress progress = new ClusterProgress();
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private Subscription subscription;

    public StopBeforeClose(LocalCluster cluster, Executor fx) {
        this.cluster = cluster;
        this.fx = fx;
    }

    /**
     * Starts stopping every node. The future completes on the FX thread: STOPPED once all are, LEFT_RUNNING at once
     * after {@link #leaveTheRestRunning()}, exceptionally if the launcher could not stop them.
     */
    public CompletableFuture<Outcome> start() {
        progress.begin(ClusterProgress.Direction.STOPPING, cluster.snapshot());
        // the launcher calls on its own thread: only the latest snapshot of a burst reaches the FX thread
        Coalescer<ClusterSnapshot> snapshots = new Coalescer<>(fx, 1, batch -> progress.apply(last(batch)));
        subscription = cluster.addListener(Runnable::run, (previous, current, snapshot) -> snapshots.offer(snapshot));
        cluster.down().whenCompleteAsync((snapshot, error) -> {
            if (error != null) {
                finish();
                outcome.completeExceptionally(error);
            } else {
                progress.apply(snapshot);
                finish();
                outcome.complete(Outcome.STOPPED);
            }
        }, fx);
        return outcome;
    }

    /**
     * The way out of a long stop (a broker's controlled shutdown can take a minute): the window closes now. The node
     * already told to stop goes on stopping by itself; the launcher's stop ends with the app, the rest keep running.
     */
    public void leaveTheRestRunning() {
        finish();
        outcome.complete(Outcome.LEFT_RUNNING);
    }

    private void finish() {
        if (subscription != null) {
            subscription.close();
        }
        progress.end();
    }

    private static ClusterSnapshot last(List<ClusterSnapshot> batch) {
        return batch.get(batch.size() - 1);
    }

    public ClusterProgress progress() {
        return progress;
    }
}
