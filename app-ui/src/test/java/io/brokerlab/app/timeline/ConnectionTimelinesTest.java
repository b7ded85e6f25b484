package io.brokerlab.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.Connection;
import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.verify.DurabilityReport;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session connects as the app does: the old connection, none while the next opens, then the next. */
class ConnectionTimelinesTest {

    @TempDir
    Path temp;

    private final DurabilityViewModel durability = new DurabilityViewModel(Runnable::run, Runnable::run);
    private final ConnectionTimelines timelines = new ConnectionTimelines(durability);

    @Test
    void aRoundTripToAnExternalClusterKeepsTheWorkspacesTimelineAndDurabilityCheck() {
        Workspace ws = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        timelines.show(local(ws), (options, phase, progress) -> report(options.topic()));
        kill(NodeId.broker(1), Instant.parse("2026-12-07T01:00:00Z"));
        durability.topicProperty().set("demo");
        durability.messagesProperty().set(20_000);
        durability.run().join();
        durability.chaosProperty().set(true);
        List<TimelineEntry> before = List.copyOf(timelines.shownProperty().get().entries());

        timelines.show(null, null);
        timelines.show(external("127.0.0.1:39092"), (options, phase, progress) -> report(options.topic()));

        assertThat(timelines.shownProperty().get().entries()).as("the external cluster's own, empty timeline").isEmpty();
        assertThat(durability.reportProperty().get()).isNull();
        assertThat(durability.topicProperty().get()).isEmpty();
        kill(NodeId.broker(7), Instant.parse("2026-12-07T01:01:00Z"));

        timelines.show(null, null);
        // the app opens the folder again: another Workspace object for the same cluster
        timelines.show(local(Workspace.open(ws.dir())), (options, phase, progress) -> report(options.topic()));

        assertThat(timelines.shownProperty().get().entries()).as("as left, without the external cluster's kill")
                .containsExactlyElementsOf(before);
        assertThat(durability.reportProperty().get()).isNotNull();
        assertThat(durability.verdictProperty().get().headline()).isEqualTo("Intact");
        assertThat(durability.topicProperty().get()).isEqualTo("demo");
        assertThat(durability.messagesProperty().get()).isEqualTo(20_000);
        assertThat(durability.chaosProperty().get()).isTrue();
    }

    @Test
    void onlyTheLastFewClustersAreRemembered() {
        for (int i = 0; i <= ConnectionTimelines.REMEMBERED + 1; i++) {
            timelines.show(external("host-" + i + ":9092"), null);
            kill(NodeId.broker(i + 1), Instant.parse("2026-12-07T01:00:00Z").plusSeconds(i));
        }
        timelines.show(external("host-" + ConnectionTimelines.REMEMBERED + ":9092"), null);
        assertThat(timelines.shownProperty().get().entries()).hasSize(1);

        timelines.show(external("host-0:9092"), null);
        assertThat(timelines.shownProperty().get().entries()).as("the oldest, forgotten").isEmpty();
    }

    @Test
    void anExternalClustersEmptyTimelineDoesNotOfferNodeActions() {
        assertThat(ConnectionTimelines.placeholder(external("127.0.0.1:39092")))
                .doesNotContain("Start").doesNotContain("kill");
        Workspace ws = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        assertThat(ConnectionTimelines.placeholder(local(ws))).startsWith("Start, stop or kill a node");
    }

    private void kill(NodeId broker, Instant at) {
        timelines.shownProperty().get().accept(List.of(new NodeEvent(at, status(broker, NodeState.RUNNING, at, null),
                status(broker, NodeState.STOPPED, at, "killed (SIGKILL)"), null)));
    }

    private static NodeStatus status(NodeId id, NodeState state, Instant since, String exit) {
        return new NodeStatus(id, state, OptionalLong.empty(), 9092, 0, Optional.empty(), false, since,
                OptionalLong.empty(), OptionalLong.empty(), Optional.ofNullable(exit), List.of(),
                Optional.empty(), OptionalLong.empty());
    }

    private static Connection local(Workspace ws) {
        return new Connection(ws.bootstrapServers(), Optional.of(ws), Optional.empty());
    }

    private static Connection external(String bootstrap) {
        return new Connection(bootstrap, Optional.empty(), Optional.empty());
    }

    private static DurabilityReport report(String topic) {
        return new DurabilityReport(topic, "all", 10, Duration.ofSeconds(1),
                List.of(new DurabilityReport.PartitionResult(0, 10, 10, 0, 10, 0, 0, 0, 0)), List.of());
    }
}
