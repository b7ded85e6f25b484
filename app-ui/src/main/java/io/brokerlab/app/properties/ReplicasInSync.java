package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * A rolling restart's wait between brokers. A broker ready again (registered) has still to catch up on what its
 * partitions' leaders took meanwhile: restarting the next one before it is back in every ISR would leave those
 * partitions a replica short, refusing acks=all writes below their min.insync.replicas. FX thread.
 */
final class ReplicasInSync {

    /** How long a broker may take to catch up before the rolling restart stops rather than go on regardless. */
    static final Duration LIMIT = Duration.ofMinutes(2);

    private ReplicasInSync() {
    }

    /** Whether {@code broker} is registered and in the ISR of every partition it has a replica of. */
    static boolean caughtUp(ClusterState state, NodeId broker) {
        return state.brokers().containsKey(broker.id()) && behind(state, broker) == 0;
    }

    /** The partitions with a replica on {@code broker} that is not in their ISR. */
    static long behind(ClusterState state, NodeId broker) {
        return state.topics().values().stream().flatMap(topic -> topic.partitions().values().stream())
                .filter(partition -> waitsFor(partition, broker)).count();
    }

    /**
     * Watches {@code states} from before {@code broker} restarts: completes once the broker, seen away since
     * (unregistered, or out of an ISR), is caught up again. Seen away first, so that the states of before the
     * restart do not count. Cancel it to stop watching.
     */
    static CompletableFuture<Void> afterRestart(ObservableValue<ClusterState> states, NodeId broker, Executor fx) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        boolean[] away = {false};
        ChangeListener<ClusterState> watch = (obs, was, state) -> {
            if (state == null || !state.reachable()) {
                return;
            }
            if (!caughtUp(state, broker)) {
                away[0] = true;
            } else if (away[0]) {
                done.complete(null);
            }
        };
        states.addListener(watch);
        done.whenComplete((result, error) -> fx.execute(() -> states.removeListener(watch)));
        return done;
    }

    /** {@code inSync}, failing after {@code limit} with how far {@code broker} is still behind. */
    static CompletableFuture<Void> within(CompletableFuture<Void> inSync, ObservableValue<ClusterState> states,
                                          NodeId broker, Duration limit, ScheduledExecutorService timer, Executor fx) {
        ScheduledFuture<?> timeout = timer.schedule(() -> fx.execute(() -> {
            ClusterState last = states.getValue();
            inSync.completeExceptionally(new IllegalStateException(broker + " is running again, but "
                    + (last == null || !last.reachable() ? "the cluster's state could not be read"
                    : !last.brokers().containsKey(broker.id()) ? "it is not registered in ZooKeeper"
                    : behind(last, broker) + " of its replicas are not back in sync") + " after "
                    + limit.toSeconds() + " s"));
        }), limit.toMillis(), TimeUnit.MILLISECONDS);
        inSync.whenComplete((result, error) -> timeout.cancel(false));
        return inSync;
    }

    /** Whether {@code partition} has a replica on {@code broker} that is not in its ISR. */
    private static boolean waitsFor(PartitionState partition, NodeId broker) {
        return partition.replicas().contains(broker.id()) && !partition.isr().contains(broker.id());
    }
}
