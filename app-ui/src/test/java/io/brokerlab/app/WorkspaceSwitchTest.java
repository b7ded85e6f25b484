package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New cluster… and Open workspace ask about the running nodes of the workspace shown, as closing the window does. */
class WorkspaceSwitchTest {

    @TempDir
    Path temp;

    private final List<StopQuestion> asked = new ArrayList<>();
    private final List<LocalCluster> stopped = new ArrayList<>();
    private StopQuestion.Answer answer;
    private FakeCluster cluster;
    private Path shown;
    private final WorkspaceSwitch switcher = new WorkspaceSwitch(q -> {
        asked.add(q);
        return answer;
    }, c -> {
        stopped.add(c);
        return c.down().thenApply(s -> true);
    });

    @BeforeEach
    void aRunningWorkspace() {
        shown = temp.resolve("review-ws");
        cluster = new FakeCluster(TestClusters.workspace(shown, 1, 1));
        cluster.up().join();
    }

    @Test
    void cancelKeepsTheWorkspaceAndItsNodes() {
        answer = StopQuestion.Answer.CANCEL;
        assertThat(switcher.leave(cluster, shown, temp.resolve("review-ws1")).join()).isFalse();
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.offersStop()).isTrue();
            assertThat(q.header()).contains("review-ws");
        });
        assertThat(cluster.snapshot().anyAlive()).isTrue();
    }

    @Test
    void stopStopsTheNodesBeforeTheSwitch() {
        answer = StopQuestion.Answer.STOP;
        CompletableFuture<Boolean> go = switcher.leave(cluster, shown, temp.resolve("review-ws1"));
        assertThat(go.join()).isTrue();
        assertThat(stopped).containsExactly(cluster);
        assertThat(cluster.snapshot().anyAlive()).isFalse();
    }

    @Test
    void leaveSwitchesWithTheNodesRunning() {
        answer = StopQuestion.Answer.LEAVE;
        assertThat(switcher.leave(cluster, shown, temp.resolve("review-ws1")).join()).isTrue();
        assertThat(stopped).isEmpty();
        assertThat(cluster.snapshot().anyAlive()).isTrue();
    }

    @Test
    void nothingIsAskedWhenNothingRunsOrTheSameFolderOpensAgain() {
        assertThat(switcher.leave(cluster, shown, shown.resolve(".")).join()).isTrue();
        assertThat(switcher.leave(null, shown, temp.resolve("other")).join()).as("an external cluster shown").isTrue();
        cluster.down().join();
        assertThat(switcher.leave(cluster, shown, temp.resolve("other")).join()).isTrue();
        assertThat(asked).isEmpty();
    }

    @Test
    void theCloseQuestionNamesOtherWorkspacesStillRunning() {
        StopQuestion both = StopQuestion.closing(true, List.of("/tmp/review-ws"));
        assertThat(both.offersStop()).isTrue();
        assertThat(both.text()).contains("workspace's cluster are still running").contains("/tmp/review-ws");

        StopQuestion othersOnly = StopQuestion.closing(false, List.of("/tmp/review-ws", "~/lab"));
        assertThat(othersOnly.offersStop()).as("nothing shown runs: nothing to stop here").isFalse();
        assertThat(othersOnly.text()).contains("/tmp/review-ws, ~/lab").contains("leaves them running");

        assertThat(StopQuestion.closing(true, List.of()).text()).doesNotContain("Also");
    }
}
