package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.cluster.StopBeforeClose.Outcome;
import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the window with "Stop nodes": no toolkit, a fake cluster whose Stop all waits for the test. */
class StopBeforeCloseTest {

    @TempDir
    Path temp;

    private FakeCluster cluster;
    private final CompletableFuture<ClusterSnapshot> down = new CompletableFuture<>();
    private StopBeforeClose stop;

    @BeforeEach
    void setUp() {
        cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 2));
        cluster.up();
        cluster.pendingDown = down;
        stop = new StopBeforeClose(cluster, Runnable::run);
    }

    @Test
    void showsWhichNodeStopsAndHowManyAreDoneUntilAllAre() {
        CompletableFuture<Outcome> outcome = stop.start();
        assertThat(cluster.calls).containsExactly("up", "down");
        assertThat(stop.progress().stepProperty().get()).isEqualTo("Stopping broker-1 · 0 of 3 stopped");

        cluster.set(NodeId.broker(1), NodeState.STOPPED, false);
        cluster.set(NodeId.broker(2), NodeState.STOPPING, false);
        cluster.publish();
        assertThat(stop.progress().stepProperty().get()).isEqualTo("Stopping broker-2 · 1 of 3 stopped");
        assertThat(stop.progress().fractionProperty().get()).isEqualTo(1.0 / 3);
        assertThat(outcome).isNotDone();

        down.complete(cluster.snapshot());
        assertThat(outcome).isCompletedWithValue(Outcome.STOPPED);
        assertThat(stop.progress().activeProperty().get()).isFalse();
    }

    @Test
    void leavingTheRestRunningEndsTheWaitAtOnceAndStopsListening() {
        CompletableFuture<Outcome> outcome = stop.start();

        stop.leaveTheRestRunning();

        assertThat(outcome).isCompletedWithValue(Outcome.LEFT_RUNNING);
        assertThat(stop.progress().activeProperty().get()).isFalse();
        cluster.set(NodeId.broker(1), NodeState.STOPPED, false);
        cluster.publish();
        down.complete(cluster.snapshot());
        assertThat(stop.progress().stepProperty().get()).as("nothing shown after leaving").isEmpty();
        assertThat(outcome).isCompletedWithValue(Outcome.LEFT_RUNNING);
    }

    @Test
    void aFailedStopSaysWhyAndLeavesTheChoiceToTheUser() {
        CompletableFuture<Outcome> outcome = stop.start();

        down.completeExceptionally(new CompletionException(new ClusterException("broker-2 did not stop")));

        assertThat(outcome).isCompletedExceptionally();
        assertThat(stop.progress().activeProperty().get()).isFalse();
    }
}
