package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.cluster.ClusterViewModel.Action;
import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.StartCancelledException;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.QuorumPorts;
import io.brokerlab.launcher.testing.TestClusters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No toolkit, no processes: a fake LocalCluster and a direct executor. */
class ClusterViewModelTest {

    @TempDir
    Path temp;

    private FakeCluster cluster;
    private ClusterViewModel model;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 3));
        model = new ClusterViewModel(Runnable::run);
        model.onError((what, e) -> errors.add(what + ": " + e.getMessage()));
        model.attach(cluster);
    }

    /** Properties tells which nodes run behind their files, and why; the cards follow it, of this cluster or the next. */
    @Test
    void aNodesRowSaysWhyItAwaitsARestart() {
        javafx.collections.ObservableMap<NodeId, String> awaited = javafx.collections.FXCollections
                .observableHashMap();
        awaited.put(NodeId.broker(2), "Saved in its properties file but not applied yet: num.io.threads.");
        model.showRestartsAwaited(awaited);
        assertThat(model.node(NodeId.broker(2)).restartNeededProperty().get())
                .isEqualTo("Saved in its properties file but not applied yet: num.io.threads.");
        assertThat(model.node(NodeId.broker(1)).restartNeededProperty().get()).isEmpty();

        awaited.put(NodeId.broker(1), "server-1.properties changed at 14:22:05, after broker-1 started at 14:17:01.");
        assertThat(model.node(NodeId.broker(1)).restartNeededProperty().get()).startsWith("server-1.properties");
        awaited.remove(NodeId.broker(2));
        assertThat(model.node(NodeId.broker(2)).restartNeededProperty().get()).as("restarted").isEmpty();

        model.attach(cluster);
        assertThat(model.node(NodeId.broker(1)).restartNeededProperty().get()).as("the rows made again")
                .startsWith("server-1.properties");
    }

    @Test
    void aServingZooKeeperShowsItsClientsAndZxid() {
        NodeStatus zk = new NodeStatus(new NodeId(NodeKind.ZOOKEEPER, 1), NodeState.RUNNING,
                OptionalLong.of(42), 2181, 0, Optional.of("leader"), false, Instant.now(),
                OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), List.of(),
                Optional.of("0x100000003"), OptionalLong.of(3));
        assertThat(NodeRow.sessionsOf(zk)).isEqualTo("3 clients · zxid 0x100000003");
        NodeStatus stopped = NodeStatus.stopped(zk.id(), 2181, 0, Instant.now());
        assertThat(NodeRow.sessionsOf(stopped)).isEqualTo("—");
    }

    /** After a failover one broker may lead everything: each running broker's card says how much it leads. */
    @Test
    void eachRunningBrokerSaysHowManyOfTheTopicsPartitionsItLeads() {
        cluster.up();
        model.apply(cluster.snapshot());
        java.util.TreeMap<Integer, io.brokerlab.launcher.state.PartitionState> demo = new java.util.TreeMap<>();
        for (int p = 0; p < 3; p++) {
            demo.put(p, new io.brokerlab.launcher.state.PartitionState("demo", p, List.of(1, 2, 3), p == 2 ? 2 : 1,
                    List.of(1, 2, 3), 0, 1));
        }
        java.util.TreeMap<Integer, io.brokerlab.launcher.state.PartitionState> offsets = new java.util.TreeMap<>();
        offsets.put(0, new io.brokerlab.launcher.state.PartitionState("__consumer_offsets", 0, List.of(3), 3,
                List.of(3), 0, 1));
        model.apply(new io.brokerlab.launcher.state.ClusterState(io.brokerlab.launcher.state.ClusterState.Source.ZOOKEEPER,
                Instant.now(), true, Optional.empty(), new java.util.TreeMap<>(), java.util.OptionalInt.of(1),
                new java.util.TreeMap<>(java.util.Map.of("demo", new io.brokerlab.launcher.state.TopicState("demo", demo),
                        "__consumer_offsets", new io.brokerlab.launcher.state.TopicState("__consumer_offsets", offsets))),
                List.of()));

        assertThat(model.nodes()).filteredOn(n -> n.kind() == NodeKind.BROKER)
                .extracting(n -> n.leadsProperty().get())
                .as("Kafka's own topics left out").containsExactly("2 of 3", "1 of 3", "0 of 3");

        cluster.kill(NodeId.broker(1));
        model.apply(cluster.snapshot());
        assertThat(model.node(NodeId.broker(1)).leadsProperty().get()).as("killed: it leads nothing any more")
                .isEqualTo("—");
    }

    @Test
    void showsEveryNodeStopped() {
        assertThat(model.nodes()).extracting(NodeRow::name).containsExactly("zk-1", "broker-1", "broker-2", "broker-3");
        assertThat(model.nodes()).allSatisfy(n -> assertThat(n.state()).isEqualTo(NodeState.STOPPED));
        assertThat(model.summaryProperty().get()).isEqualTo("0 of 4 nodes running · 0 live brokers");
        assertThat(model.canStartAllProperty().get()).isTrue();
        assertThat(model.canStopAllProperty().get()).isFalse();
    }

    /** A cluster just created runs nothing: the view says how to start it until something runs or starts. */
    @Test
    void isIdleWhileNoNodeRunsAndNothingStartsIt() {
        assertThat(model.idleProperty().get()).as("as the wizard leaves it").isTrue();
        CompletableFuture<ClusterSnapshot> up = new CompletableFuture<>();
        cluster.pendingUp = up;
        model.startAll();
        assertThat(model.idleProperty().get()).as("Start all under way, nothing running yet").isFalse();
        cluster.pendingUp = null;
        up.complete(cluster.up().join());
        assertThat(model.idleProperty().get()).isFalse();

        model.stopAll();
        assertThat(model.idleProperty().get()).as("all stopped again").isTrue();
        model.run(Action.START, model.node(NodeId.zookeeper(1)));
        // the launcher's snapshot that follows, as the session hands it on
        model.apply(cluster.snapshot());
        assertThat(model.idleProperty().get()).as("started from its card").isFalse();

        model.attach(null);
        assertThat(model.idleProperty().get()).as("no cluster, nothing to start").isFalse();
    }

    @Test
    void startAllShowsRolesPidsAndHeap() {
        model.startAll();
        assertThat(cluster.calls).containsExactly("up");
        NodeRow broker1 = model.node(NodeId.broker(1));
        assertThat(broker1.state()).isEqualTo(NodeState.RUNNING);
        assertThat(broker1.roleProperty().get()).isEqualTo("controller");
        assertThat(model.node(NodeId.broker(2)).roleProperty().get()).isEqualTo("broker");
        assertThat(broker1.pidProperty().get()).isEqualTo("1001");
        assertThat(broker1.heapProperty().get()).isEqualTo("64 MB");
        assertThat(broker1.uptimeProperty().get()).isEqualTo("1 min 05 s");
        assertThat(model.summaryProperty().get()).isEqualTo("4 of 4 nodes running · 3 live brokers");
        assertThat(model.canStartAllProperty().get()).isFalse();
        assertThat(model.canStopAllProperty().get()).isTrue();
        assertThat(model.clusterBusyProperty().get()).isFalse();
    }

    @Test
    void stopAllCancelsAStartAllInProgressWithoutAnError() {
        CompletableFuture<ClusterSnapshot> up = new CompletableFuture<>();
        cluster.pendingUp = up;
        model.startAll();
        assertThat(model.canStartAllProperty().get()).isFalse();
        assertThat(model.canStopAllProperty().get()).as("Stop all while nodes are still stopped").isTrue();

        model.stopAll();
        up.completeExceptionally(new CompletionException(new StartCancelledException("cancelled by a stop")));

        assertThat(cluster.calls).containsExactly("up", "down");
        assertThat(errors).isEmpty();
        assertThat(model.clusterBusyProperty().get()).isFalse();
        assertThat(model.canStartAllProperty().get()).isTrue();
    }

    @Test
    void killMarksTheNodeStoppedWithItsReason() {
        model.startAll();
        model.run(Action.KILL, model.node(NodeId.broker(2)));
        NodeRow row = model.node(NodeId.broker(2));
        assertThat(row.state()).isEqualTo(NodeState.STOPPED);
        assertThat(row.exitReasonProperty().get()).isEqualTo("killed (SIGKILL)");
        assertThat(Action.START.allowedIn(row.state())).isTrue();
        assertThat(Action.KILL.allowedIn(row.state())).isFalse();
    }

    @Test
    void anActionOnANodeSelectsItSoTheKillShortcutHitsTheNodeLastActedOn() {
        model.startAll();
        model.selectedProperty().set(NodeId.zookeeper(1));
        model.run(Action.PAUSE, model.node(NodeId.broker(3)));
        assertThat(model.selectedProperty().get()).isEqualTo(NodeId.broker(3));
        model.run(Action.STOP, model.node(NodeId.broker(2)));
        assertThat(model.selectedProperty().get()).isEqualTo(NodeId.broker(2));
    }

    @Test
    void aNodeIsBusyWhileItsActionRuns() {
        CompletableFuture<NodeStatus> pending = new CompletableFuture<>();
        cluster.pending = pending;
        NodeRow row = model.node(NodeId.zookeeper(1));
        model.run(Action.START, row);
        assertThat(row.busyProperty().get()).isTrue();
        cluster.set(NodeId.zookeeper(1), NodeState.RUNNING, false);
        pending.complete(cluster.snapshot().node(NodeId.zookeeper(1)).orElseThrow());
        assertThat(row.busyProperty().get()).isFalse();
        assertThat(row.state()).isEqualTo(NodeState.RUNNING);
    }

    @Test
    void failuresGoToTheErrorHandlerAsASentence() {
        cluster.failNext = new ClusterException("port 2181 is taken by another program");
        model.run(Action.START, model.node(NodeId.zookeeper(1)));
        assertThat(errors).containsExactly("Could not start zk-1: port 2181 is taken by another program");
    }

    @Test
    void aStartAllThatOneNodeFailedNamesThatNode() {
        cluster.pendingUp = CompletableFuture.failedFuture(new io.brokerlab.launcher.cluster.NodeDidNotStartException(
                NodeId.broker(2), "broker-2 did not start: exited with status 1: None of the specified log dirs"
                + " from /proc/x can be created", java.nio.file.Path.of("broker-2.log"), List.of()));
        model.startAll();
        assertThat(errors).containsExactly("Could not start broker-2: broker-2 did not start: exited with status 1:"
                + " None of the specified log dirs from /proc/x can be created");
    }

    @Test
    void actionsFitTheState() {
        assertThat(Action.PAUSE.allowedIn(NodeState.RUNNING)).isTrue();
        assertThat(Action.RESUME.allowedIn(NodeState.RUNNING)).isFalse();
        assertThat(Action.RESUME.allowedIn(NodeState.PAUSED)).isTrue();
        assertThat(Action.START.allowedIn(NodeState.RUNNING)).isFalse();
        assertThat(Action.STOP.allowedIn(NodeState.STOPPING)).isFalse();
    }

    @Test
    void killFitsWheneverTheProcessLivesEvenWhileAnotherActionRuns() {
        for (NodeState state : NodeState.values()) {
            assertThat(Action.KILL.allowedIn(state)).as("kill in " + state).isEqualTo(state.isAlive());
            assertThat(Action.KILL.enabledIn(state, true)).as("kill in " + state + ", busy").isEqualTo(state.isAlive());
        }
        assertThat(Action.KILL.allowedIn(NodeState.STOPPING)).as("a hung graceful stop").isTrue();
        assertThat(Action.RESTART.enabledIn(NodeState.RUNNING, false)).isTrue();
        assertThat(Action.RESTART.enabledIn(NodeState.RUNNING, true)).isFalse();
    }

    @Test
    void noRestartWhileStartAllOrStopAllRuns() {
        CompletableFuture<ClusterSnapshot> up = new CompletableFuture<>();
        cluster.pendingUp = up;
        NodeRow broker = model.node(NodeId.broker(1));
        cluster.set(NodeId.broker(1), NodeState.RUNNING, false);
        model.apply(cluster.snapshot());
        BooleanBinding restart = model.canRun(Action.RESTART, broker);
        BooleanBinding kill = model.canRun(Action.KILL, broker);
        assertThat(restart.get()).isTrue();

        model.startAll();
        assertThat(restart.get()).as("during Start all").isFalse();
        assertThat(kill.get()).as("the demo's kill still works").isTrue();
        up.complete(cluster.snapshot());
        assertThat(restart.get()).isTrue();
    }

    @Test
    void stopFitsWhileTheNodesOwnStartRunsBecauseItCancelsIt() {
        assertThat(Action.STOP.enabledIn(NodeState.STARTING, true)).isTrue();
        assertThat(Action.STOP.enabledIn(NodeState.STOPPED, true)).isFalse();
        assertThat(Action.START.enabledIn(NodeState.STOPPED, true)).isFalse();
    }

    @Test
    void aKillDuringAStopLeavesTheNodeBusyUntilTheStopEnds() {
        model.startAll();
        NodeRow row = model.node(NodeId.broker(2));
        CompletableFuture<NodeStatus> stop = new CompletableFuture<>();
        cluster.pending = stop;
        model.run(Action.STOP, row);
        cluster.pending = null;

        model.run(Action.KILL, row);

        assertThat(row.state()).isEqualTo(NodeState.STOPPED);
        assertThat(row.busyProperty().get()).as("the stop still runs").isTrue();
        stop.complete(cluster.snapshot().node(NodeId.broker(2)).orElseThrow());
        assertThat(row.busyProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void refreshShowsWhatTheClusterSaysNow() {
        cluster.set(NodeId.zookeeper(1), NodeState.RUNNING, false);
        assertThat(model.node(NodeId.zookeeper(1)).state()).isEqualTo(NodeState.STOPPED);

        model.refresh();

        assertThat(model.node(NodeId.zookeeper(1)).state()).isEqualTo(NodeState.RUNNING);
        assertThat(model.summaryProperty().get()).startsWith("1 of 4 nodes running");
    }

    /** Read from every view in the status bar: brokers that run without a ZooKeeper quorum can do nothing new. */
    @Test
    void theSummarySaysWhenTheZooKeeperQuorumIsLost() {
        model.startAll();
        cluster.set(NodeId.zookeeper(1), NodeState.STOPPED, false);
        model.refresh();
        assertThat(model.summaryProperty().get())
                .isEqualTo("3 of 4 nodes running · 3 live brokers · no ZooKeeper quorum (0 of 1 serving)");

        model.stopAll();
        model.refresh();
        assertThat(model.summaryProperty().get()).as("nothing runs: nothing to say of a quorum")
                .isEqualTo("0 of 4 nodes running · 0 live brokers");
    }

    @Test
    void theControllerIsLeadingFromTheFirstSnapshotOn() {
        model.startAll();
        model.attach(cluster);
        assertThat(model.node(NodeId.broker(1)).leadingProperty().get()).isTrue();
        assertThat(model.node(NodeId.broker(2)).leadingProperty().get()).isFalse();
    }

    @Test
    void everyPortOfANodeIsShown() {
        NodeStatus broker = new NodeStatus(NodeId.broker(1), NodeState.RUNNING, OptionalLong.of(42), 9092, 27123,
                Optional.empty(), false, Instant.now(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(),
                List.of(), Optional.empty(), OptionalLong.empty());
        assertThat(NodeRow.portsOf(broker)).isEqualTo("9092 · agent 27123");
        assertThat(NodeRow.portDetailsOf(broker, Optional.empty())).contains("client 9092", "agent 27123")
                .doesNotContain("peer");

        FakeCluster ensemble = new FakeCluster(TestClusters.workspace(temp.resolve("ensemble"), 3, 1));
        model.attach(ensemble);
        QuorumPorts zk2 = ensemble.workspace().quorumPorts(NodeId.zookeeper(2)).orElseThrow();
        assertThat(model.node(NodeId.zookeeper(2)).portDetailsProperty().get())
                .contains("client " + ensemble.workspace().clientPort(NodeId.zookeeper(2)))
                .contains("peer " + zk2.peer(), "election " + zk2.election());
        assertThat(model.node(NodeId.broker(1)).portDetailsProperty().get()).doesNotContain("peer");
    }

    @Test
    void logViewColoursLevelsAndFiltersBySearch() {
        NodeLogViewModel log = new NodeLogViewModel(Runnable::run, Runnable::run);
        log.attach(cluster);
        log.nodeProperty().set(NodeId.broker(1));
        assertThat(log.visibleLines()).hasSize(3);
        log.searchProperty().set("broke");
        assertThat(log.visibleLines()).singleElement().extracting(LogLine::level).isEqualTo(LogLine.Level.ERROR);
        assertThat(LogLine.levelOf("[x] WARN y")).isEqualTo(LogLine.Level.WARN);
    }

    /** The fake cluster, but its logs read by {@code logTail}. */
    private LocalCluster withLogs(Function<NodeId, List<String>> logTail) {
        return (LocalCluster) Proxy.newProxyInstance(LocalCluster.class.getClassLoader(),
                new Class<?>[] {LocalCluster.class}, (proxy, method, args) -> {
                    if (method.getName().equals("logTail")) {
                        return logTail.apply((NodeId) args[0]);
                    }
                    try {
                        return method.invoke(cluster, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void theLogPaneSaysWhyItShowsNoLine() {
        NodeLogViewModel log = new NodeLogViewModel(Runnable::run, Runnable::run);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        log.attach(withLogs(node -> {
            if (failure.get() != null) {
                throw failure.get();
            }
            return node.equals(NodeId.broker(1)) ? cluster.logTail(node, 10) : List.of();
        }));
        assertThat(log.placeholderProperty().get()).isEqualTo("Select a node to see its log");
        log.nodeProperty().set(NodeId.broker(2));
        assertThat(log.placeholderProperty().get()).isEqualTo("No log yet — start the node");

        log.nodeProperty().set(NodeId.broker(1));
        log.searchProperty().set("zebra");
        assertThat(log.visibleLines()).isEmpty();
        assertThat(log.placeholderProperty().get()).startsWith("No line contains \u201czebra\u201d in the last ");
        log.searchProperty().set("");

        failure.set(new UncheckedIOException(new IOException("Permission denied")));
        log.poll();
        assertThat(log.readErrorProperty().get()).isEqualTo("Cannot read the log of broker-1: java.io.IOException:"
                + " Permission denied");
        log.nodeProperty().set(NodeId.broker(2));
        assertThat(log.placeholderProperty().get()).as("shown where the lines would be")
                .startsWith("Cannot read the log of broker-2");
        failure.set(null);
        log.poll();
        assertThat(log.readErrorProperty().get()).as("readable again").isEmpty();
        assertThat(log.placeholderProperty().get()).isEqualTo("No log yet — start the node");
    }

    @Test
    void aStackTraceIsColouredLikeTheEntryItBelongsTo() {
        List<LogLine> lines = LogLine.of(List.of(
                "[2026-11-25 01:00:00,000] ERROR Shutdown broker because of a fatal error (kafka.server.KafkaServer)",
                "org.apache.kafka.common.KafkaException: disk full",
                "\tat kafka.log.LogManager.loadLogs(LogManager.scala:123)",
                "Caused by: java.io.IOException: No space left on device",
                "\t... 12 more",
                "[2026-11-25 01:00:01,000] INFO shutting down (kafka.server.KafkaServer)",
                "=== brokerlab: starting broker-1 at [2026-11-25 01:00:02,000] ==="));
        assertThat(lines).extracting(LogLine::level).containsExactly(LogLine.Level.ERROR, LogLine.Level.ERROR,
                LogLine.Level.ERROR, LogLine.Level.ERROR, LogLine.Level.ERROR, LogLine.Level.INFO, LogLine.Level.MARK);
    }

    @Test
    void withFollowOffTheShownLinesStayAsTheyAreUntilFollowIsBackOn() {
        List<Runnable> fx = new ArrayList<>();
        NodeLogViewModel log = new NodeLogViewModel(Runnable::run, fx::add);
        log.attach(cluster);
        log.nodeProperty().set(NodeId.broker(1));
        fx.forEach(Runnable::run);
        fx.clear();
        List<LogLine> before = List.copyOf(log.visibleLines());
        List<javafx.collections.ListChangeListener.Change<? extends LogLine>> changes = new ArrayList<>();
        log.visibleLines().addListener((javafx.collections.ListChangeListener<LogLine>) changes::add);

        log.followProperty().set(false);
        cluster.appendLog("[2026-11-25 01:00:03,000] INFO a newer line (kafka.server.KafkaServer)");
        log.poll();
        fx.forEach(Runnable::run);
        fx.clear();

        assertThat(changes).as("nothing moves under the reader").isEmpty();
        assertThat(log.visibleLines()).containsExactlyElementsOf(before);
        assertThat(log.behindProperty().get()).isTrue();

        log.followProperty().set(true);
        fx.forEach(Runnable::run);
        assertThat(log.visibleLines()).hasSize(4).last().extracting(LogLine::text).asString().contains("a newer line");
        assertThat(log.behindProperty().get()).isFalse();
    }

    @Test
    void copiedLinesAreTheirTextOneALine() {
        assertThat(NodeLogViewModel.textOf(LogLine.of(List.of("ERROR a", "\tat b.c(D.java:1)"))))
                .isEqualTo("ERROR a\n\tat b.c(D.java:1)");
    }

    @Test
    void theKillShortcutKillsTheSelectedNodeOnlyWhileItLivesAndSaysWhyNot() {
        assertThat(model.selectedProperty().get()).as("selected from the start").isEqualTo(NodeId.broker(3));
        assertThat(model.killSelected().done()).as("stopped: nothing to kill").isFalse();
        assertThat(model.statusProperty().get()).startsWith("Cannot kill broker-3: it is stopped");
        assertThat(cluster.calls).isEmpty();

        model.startAll();
        assertThat(model.statusProperty().get()).as("cleared by the next action").isEmpty();
        model.selectedProperty().set(NodeId.broker(2));
        assertThat(model.killSelected()).isEqualTo(new ClusterViewModel.Outcome(true, "Killed broker-2 (SIGKILL)"));
        assertThat(cluster.calls).containsExactly("up", "kill broker-2");
        assertThat(model.node(NodeId.broker(2)).state()).isEqualTo(NodeState.STOPPED);
        assertThat(model.statusProperty().get()).isEmpty();

        model.selectedProperty().set(null);
        ClusterViewModel.Outcome nothing = model.killSelected();
        assertThat(nothing.done()).isFalse();
        assertThat(nothing.text()).startsWith("No node selected").isEqualTo(model.statusProperty().get());
    }

    @Test
    void anotherViewIsOfferedWhatTheNodesCardWouldOfferAndRunsItTheSameWay() {
        List<Action> menu = List.of(Action.KILL, Action.STOP, Action.START);
        assertThat(model.offered(NodeId.broker(2), menu)).containsExactly(Action.START);
        ClusterViewModel.Outcome refused = model.run(Action.KILL, NodeId.broker(2));
        assertThat(refused.done()).isFalse();
        assertThat(refused.text()).isEqualTo("Cannot kill broker-2 now: it is stopped");
        assertThat(cluster.calls).isEmpty();

        model.startAll();
        assertThat(model.offered(NodeId.broker(2), menu)).containsExactly(Action.KILL, Action.STOP);
        assertThat(model.run(Action.KILL, NodeId.broker(2)))
                .isEqualTo(new ClusterViewModel.Outcome(true, "Killed broker-2 (SIGKILL)"));
        assertThat(model.selectedProperty().get()).as("the node acted on, as from its card").isEqualTo(NodeId.broker(2));
        assertThat(model.run(Action.START, NodeId.broker(2)))
                .isEqualTo(new ClusterViewModel.Outcome(true, "Starting broker-2"));
        assertThat(cluster.calls).containsExactly("up", "kill broker-2", "start broker-2");

        model.attach(null);
        assertThat(model.offered(NodeId.broker(2), menu)).as("an external cluster: no process control").isEmpty();
        assertThat(model.run(Action.KILL, NodeId.broker(2)).text()).startsWith("No local cluster here");
    }

    @Test
    void withoutALocalClusterTheKeysSayThereIsNone() {
        model.attach(null);
        for (ClusterViewModel.Outcome outcome : List.of(model.startAll(), model.stopAll(), model.killSelected())) {
            assertThat(outcome.done()).isFalse();
            assertThat(outcome.text()).startsWith("No local cluster here").contains("Ctrl+N", "Ctrl+O");
        }
        assertThat(cluster.calls).isEmpty();
    }

    @Test
    void aStartCancelledByTheUsersStopIsNoError() {
        CompletableFuture<NodeStatus> start = new CompletableFuture<>();
        cluster.pending = start;
        NodeRow row = model.node(NodeId.broker(1));
        model.run(Action.START, row);
        start.completeExceptionally(new CompletionException(
                new StartCancelledException("the start of broker-1 was cancelled by a stop")));
        assertThat(errors).isEmpty();
        assertThat(row.busyProperty().get()).isFalse();
    }

    @Test
    void startAllCountsTheNodesRunningOfThoseToStartAndSaysWhatItWaitsFor() {
        CompletableFuture<ClusterSnapshot> up = new CompletableFuture<>();
        cluster.pendingUp = up;
        ClusterProgress progress = model.progress();
        assertThat(progress.activeProperty().get()).isFalse();

        model.startAll();
        cluster.set(NodeId.zookeeper(1), NodeState.STARTING, false);
        model.apply(cluster.snapshot());
        assertThat(progress.activeProperty().get()).isTrue();
        assertThat(progress.fractionProperty().get()).as("zk-1 launched, half way").isEqualTo(0.125);
        assertThat(progress.stepProperty().get()).isEqualTo("Starting: waiting for zk-1 to serve");

        cluster.set(NodeId.zookeeper(1), NodeState.RUNNING, false);
        for (int b = 1; b <= 3; b++) {
            cluster.set(NodeId.broker(b), NodeState.STARTING, false);
        }
        model.apply(cluster.snapshot());
        assertThat(progress.fractionProperty().get()).isEqualTo(0.625);
        assertThat(progress.stepProperty().get())
                .isEqualTo("Starting: ZooKeeper ready · 0 of 3 brokers registered");

        cluster.set(NodeId.broker(1), NodeState.RUNNING, true);
        cluster.set(NodeId.broker(3), NodeState.RUNNING, false);
        model.apply(cluster.snapshot());
        assertThat(progress.fractionProperty().get()).isEqualTo(0.875);
        assertThat(progress.stepProperty().get())
                .isEqualTo("Starting: ZooKeeper ready · 2 of 3 brokers registered · waiting for broker-2");

        cluster.set(NodeId.broker(2), NodeState.RUNNING, false);
        up.complete(cluster.snapshot());
        assertThat(progress.activeProperty().get()).isFalse();
        assertThat(progress.stepProperty().get()).isEmpty();
    }

    @Test
    void startAllCountsOnlyTheNodesThatWereNotRunning() {
        cluster.pendingUp = new CompletableFuture<>();
        cluster.set(NodeId.zookeeper(1), NodeState.RUNNING, false);
        cluster.set(NodeId.broker(1), NodeState.RUNNING, true);
        model.apply(cluster.snapshot());

        model.startAll();
        assertThat(model.progress().fractionProperty().get()).as("0 of the 2 stopped brokers").isZero();
        cluster.set(NodeId.broker(2), NodeState.RUNNING, false);
        model.apply(cluster.snapshot());
        assertThat(model.progress().fractionProperty().get()).isEqualTo(0.5);
    }

    @Test
    void startAllMovesTheBarOnceTheNodesToStartAreLaunched() {
        cluster.pendingUp = new CompletableFuture<>();
        cluster.set(NodeId.zookeeper(1), NodeState.RUNNING, false);
        cluster.set(NodeId.broker(2), NodeState.RUNNING, true);
        model.apply(cluster.snapshot());

        model.startAll();
        cluster.set(NodeId.broker(1), NodeState.STARTING, false);
        cluster.set(NodeId.broker(3), NodeState.STARTING, false);
        model.apply(cluster.snapshot());

        assertThat(model.progress().fractionProperty().get()).as("both brokers to start are up, neither registered")
                .isEqualTo(0.5);
    }

    @Test
    void anEnsembleWithAQuorumNoLongerWaitsForIt() {
        FakeCluster ensemble = new FakeCluster(TestClusters.workspace(temp.resolve("quorum"), 3, 1));
        ClusterSnapshot snapshot = withNodes(ensemble.snapshot(),
                zookeeper(1, NodeState.STARTING, "looking"), zookeeper(2, NodeState.RUNNING, "follower"),
                zookeeper(3, NodeState.RUNNING, "leader"));

        assertThat(ClusterProgress.startStep(snapshot))
                .isEqualTo("Starting: ZooKeeper quorum of zk-2, zk-3 · 0 of 1 brokers registered · waiting for zk-1");
    }

    @Test
    void aZooKeeperRunningButStillElectingIsNoPartOfTheQuorum() {
        FakeCluster ensemble = new FakeCluster(TestClusters.workspace(temp.resolve("electing"), 3, 1));
        ClusterSnapshot snapshot = withNodes(ensemble.snapshot(),
                zookeeper(1, NodeState.RUNNING, "looking"), zookeeper(2, NodeState.RUNNING, "looking"),
                zookeeper(3, NodeState.RUNNING, "leader"));

        assertThat(ClusterProgress.startStep(snapshot)).isEqualTo("Starting: zk-3 running · waiting for ZooKeeper quorum");
    }

    @Test
    void aRoleThatOnlyRepeatsTheStateGetsNoBadge() {
        assertThat(NodeRow.roleOf(zookeeper(1, NodeState.STARTING, "starting"))).isEmpty();
        assertThat(NodeRow.roleOf(zookeeper(1, NodeState.RUNNING, "looking"))).isEqualTo("looking");
    }

    @Test
    void aPausedNodeShowsNoRoleItNoLongerHas() {
        assertThat(NodeRow.roleOf(zookeeper(1, NodeState.RUNNING, "leader"))).isEqualTo("leader");
        assertThat(NodeRow.roleOf(zookeeper(1, NodeState.PAUSED, "leader"))).isEmpty();
        NodeStatus controller = new NodeStatus(NodeId.broker(1), NodeState.PAUSED, OptionalLong.of(101), 9092, 0,
                Optional.empty(), true, Instant.now(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(),
                List.of(), Optional.empty(), OptionalLong.empty());
        assertThat(NodeRow.roleOf(controller)).isEmpty();
    }

    private static NodeStatus zookeeper(int id, NodeState state, String role) {
        return new NodeStatus(NodeId.zookeeper(id), state, OptionalLong.of(100 + id), 2180 + id, 0, Optional.of(role),
                false, Instant.now(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), List.of(),
                Optional.empty(), OptionalLong.empty());
    }

    private static ClusterSnapshot withNodes(ClusterSnapshot snapshot, NodeStatus... replaced) {
        List<NodeStatus> nodes = snapshot.nodes().stream().map(n -> java.util.Arrays.stream(replaced)
                .filter(r -> r.id().equals(n.id())).findFirst().orElse(n)).toList();
        return new ClusterSnapshot(snapshot.takenAt(), snapshot.bootstrapServers(), snapshot.zookeeperConnect(), nodes);
    }

    @Test
    void anEnsembleWaitsForItsQuorumNamingTheZooKeepersRunning() {
        FakeCluster ensemble = new FakeCluster(TestClusters.workspace(temp.resolve("ensemble"), 3, 1));
        ensemble.set(NodeId.zookeeper(1), NodeState.RUNNING, false);
        ensemble.set(NodeId.zookeeper(2), NodeState.STARTING, false);
        assertThat(ClusterProgress.startStep(ensemble.snapshot()))
                .isEqualTo("Starting: zk-1 running · waiting for ZooKeeper quorum");
    }

    @Test
    void stopAllNamesTheNodeStoppingAndCountsTheStopped() {
        model.startAll();
        CompletableFuture<ClusterSnapshot> down = new CompletableFuture<>();
        cluster.pendingDown = down;
        ClusterProgress progress = model.progress();

        model.stopAll();
        assertThat(progress.stepProperty().get()).as("brokers first").isEqualTo("Stopping broker-1 · 0 of 4 stopped");
        assertThat(progress.fractionProperty().get()).isZero();

        cluster.set(NodeId.broker(1), NodeState.STOPPED, false);
        cluster.set(NodeId.broker(2), NodeState.STOPPING, false);
        model.apply(cluster.snapshot());
        assertThat(progress.stepProperty().get()).isEqualTo("Stopping broker-2 · 1 of 4 stopped");
        assertThat(progress.fractionProperty().get()).isEqualTo(0.25);

        cluster.set(NodeId.broker(2), NodeState.STOPPED, false);
        cluster.set(NodeId.broker(3), NodeState.STOPPED, false);
        cluster.set(NodeId.zookeeper(1), NodeState.STOPPING, false);
        model.apply(cluster.snapshot());
        assertThat(progress.stepProperty().get()).isEqualTo("Stopping zk-1 · 3 of 4 stopped");

        cluster.set(NodeId.zookeeper(1), NodeState.STOPPED, false);
        down.complete(cluster.snapshot());
        assertThat(progress.activeProperty().get()).isFalse();
    }

    @Test
    void stopAllDuringStartAllShowsTheStopUntilItEnds() {
        CompletableFuture<ClusterSnapshot> up = new CompletableFuture<>();
        cluster.pendingUp = up;
        model.startAll();
        cluster.set(NodeId.zookeeper(1), NodeState.RUNNING, false);
        cluster.set(NodeId.broker(1), NodeState.STARTING, false);
        model.apply(cluster.snapshot());
        CompletableFuture<ClusterSnapshot> down = new CompletableFuture<>();
        cluster.pendingDown = down;

        model.stopAll();
        up.completeExceptionally(new CompletionException(new StartCancelledException("cancelled by a stop")));
        assertThat(model.progress().stepProperty().get()).isEqualTo("Stopping broker-1 · 0 of 2 stopped");

        cluster.set(NodeId.broker(1), NodeState.STOPPED, false);
        cluster.set(NodeId.zookeeper(1), NodeState.STOPPED, false);
        down.complete(cluster.snapshot());
        assertThat(model.progress().activeProperty().get()).isFalse();
    }

    @Test
    void aStartAllOfTheWorkspaceShownBeforeNeitherBlocksNorPaintsTheNextOne() {
        CompletableFuture<ClusterSnapshot> up = new CompletableFuture<>();
        cluster.pendingUp = up;
        model.startAll();
        assertThat(model.progress().activeProperty().get()).isTrue();

        FakeCluster other = new FakeCluster(TestClusters.workspace(temp.resolve("other"), 1, 1));
        model.attach(other);
        assertThat(model.progress().activeProperty().get()).as("no progress of the other cluster").isFalse();

        CompletableFuture<ClusterSnapshot> otherUp = new CompletableFuture<>();
        other.pendingUp = otherUp;
        assertThat(model.startAll().done()).isTrue();
        cluster.set(NodeId.broker(1), NodeState.RUNNING, false);
        up.complete(cluster.snapshot());
        assertThat(model.node(NodeId.broker(1)).state()).as("the old cluster's broker-1 is not this one")
                .isEqualTo(NodeState.STOPPED);
        assertThat(model.progress().activeProperty().get()).as("this cluster's Start all still shown").isTrue();
        assertThat(model.startAll().done()).as("and still running").isFalse();
    }
}
