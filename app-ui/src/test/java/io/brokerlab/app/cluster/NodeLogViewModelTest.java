package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.cluster.NodeLogViewModel.Piece;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.cluster.LocalCluster;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log pane's logic: no toolkit, a fake cluster's log, background and FX work run at once. */
class NodeLogViewModelTest {

    @TempDir
    Path temp;

    private FakeCluster cluster;
    private NodeLogViewModel log;

    @BeforeEach
    void setUp() {
        cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 1));
        log = new NodeLogViewModel(Runnable::run, Runnable::run);
        log.attach(cluster);
    }

    @Test
    void saysWhyNoLineShowsUntilANodeIsChosen() {
        assertThat(log.visibleLines()).isEmpty();
        assertThat(log.placeholderProperty().get()).isEqualTo("Select a node to see its log");
        assertThat(log.matchesProperty().get()).isEmpty();

        log.nodeProperty().set(NodeId.broker(1));

        assertThat(log.visibleLines()).extracting(LogLine::level)
                .containsExactly(LogLine.Level.INFO, LogLine.Level.WARN, LogLine.Level.ERROR);
    }

    @Test
    void aSearchKeepsTheLinesContainingItIgnoringCaseAndCountsThem() {
        log.nodeProperty().set(NodeId.broker(1));

        log.searchProperty().set("  KAFKA.server ");
        assertThat(log.visibleLines()).hasSize(3);
        assertThat(log.matchesProperty().get()).isEqualTo("3 of 3 lines");

        log.searchProperty().set("broke");
        assertThat(log.visibleLines()).extracting(LogLine::text).singleElement().asString().contains("ERROR it broke");
        assertThat(log.matchesProperty().get()).isEqualTo("1 of 3 lines");

        log.searchProperty().set("nowhere");
        assertThat(log.visibleLines()).isEmpty();
        assertThat(log.matchesProperty().get()).isEqualTo("0 of 3 lines");
        assertThat(log.placeholderProperty().get()).isEqualTo("No line contains \u201cnowhere\u201d in the last 3 lines");

        log.searchProperty().set(" ");
        assertThat(log.visibleLines()).hasSize(3);
        assertThat(log.matchesProperty().get()).as("no search, no count").isEmpty();
    }

    @Test
    void warningsOnlyKeepsWarnAndErrorEntriesWithTheirTracesAndCombinesWithTheSearch() {
        log.nodeProperty().set(NodeId.broker(1));
        cluster.appendLog("java.lang.IllegalStateException: the error's trace");
        cluster.appendLog("\tat kafka.server.KafkaServer.startup(KafkaServer.scala:258)");
        cluster.appendLog("[2026-11-25 01:00:03,000] INFO back to normal (kafka.server.KafkaServer)");
        log.poll();

        log.problemsOnlyProperty().set(true);
        assertThat(log.visibleLines()).extracting(LogLine::level).containsExactly(LogLine.Level.WARN,
                LogLine.Level.ERROR, LogLine.Level.ERROR, LogLine.Level.ERROR);
        assertThat(log.matchesProperty().get()).isEqualTo("4 of 6 lines");

        log.searchProperty().set("broke");
        assertThat(log.visibleLines()).extracting(LogLine::text).singleElement().asString().contains("ERROR it broke");
        log.searchProperty().set("normal");
        assertThat(log.visibleLines()).isEmpty();
        assertThat(log.placeholderProperty().get()).isEqualTo("No warning or error contains \u201cnormal\u201d in the last 6 lines");

        log.searchProperty().set("");
        log.problemsOnlyProperty().set(false);
        assertThat(log.visibleLines()).hasSize(6);
        assertThat(log.matchesProperty().get()).isEmpty();
    }

    @Test
    void whatBrokerlabDidToTheNodeIsAMarkKeptAmongTheWarnings() {
        log.nodeProperty().set(NodeId.broker(1));
        cluster.appendLog("=== brokerlab: killed broker-1 (SIGKILL) at [2026-11-25 01:00:04,000] ===");
        log.poll();

        assertThat(log.visibleLines()).last().extracting(LogLine::level).isEqualTo(LogLine.Level.MARK);
        log.problemsOnlyProperty().set(true);
        assertThat(log.visibleLines()).extracting(LogLine::level).containsExactly(LogLine.Level.WARN,
                LogLine.Level.ERROR, LogLine.Level.MARK);
        assertThat(LogLine.levelOf("[2026-11-25 01:00:03,000] INFO === brokerlab: quoted (x)"))
                .as("only a line of its own").isEqualTo(LogLine.Level.INFO);
    }

    @Test
    void anotherNodesLogOpensUnfiltered() {
        log.nodeProperty().set(NodeId.broker(1));
        log.searchProperty().set("broke");

        log.nodeProperty().set(NodeId.zookeeper(1));

        assertThat(log.searchProperty().get()).isEmpty();
        assertThat(log.matchesProperty().get()).isEmpty();
    }

    @Test
    void aNewLineMatchingTheSearchIsCountedWhenFollowBringsIt() {
        log.nodeProperty().set(NodeId.broker(1));
        log.searchProperty().set("odd");
        cluster.appendLog("[2026-11-25 01:00:03,000] WARN odder still (kafka.server.KafkaServer)");

        log.poll();

        assertThat(log.matchesProperty().get()).isEqualTo("2 of 4 lines");
    }

    @Test
    void withFollowOffTheLinesShownStayAndTheBarSaysNewerOnesWait() {
        log.nodeProperty().set(NodeId.broker(1));
        log.followProperty().set(false);
        cluster.appendLog("[2026-11-25 01:00:03,000] INFO later (kafka.server.KafkaServer)");

        log.poll();

        assertThat(log.visibleLines()).hasSize(3);
        assertThat(log.behindProperty().get()).isTrue();
        log.followProperty().set(true);
        assertThat(log.visibleLines()).hasSize(4);
        assertThat(log.behindProperty().get()).isFalse();
    }

    @Test
    void noLogYetIsSaidAsSuchEvenWhileSearching() {
        FakeCluster fake = new FakeCluster(TestClusters.workspace(temp.resolve("silent"), 1, 1));
        // a node never started has no log file: the launcher gives no line
        LocalCluster silent = (LocalCluster) Proxy.newProxyInstance(LocalCluster.class.getClassLoader(),
                new Class<?>[] {LocalCluster.class}, (proxy, method, args) -> method.getName().equals("logTail")
                        ? List.of() : method.invoke(fake, args));
        log.attach(silent);
        log.nodeProperty().set(NodeId.broker(1));
        log.searchProperty().set("error");

        assertThat(log.placeholderProperty().get()).isEqualTo("No log yet — start the node");
        assertThat(log.matchesProperty().get()).isEmpty();
    }

    @Test
    void theFoundTextIsCutOutOfTheLineInItsOwnCase() {
        assertThat(NodeLogViewModel.pieces("Broker started, broker ready", "BROKER")).containsExactly(
                new Piece("Broker", true), new Piece(" started, ", false), new Piece("broker", true),
                new Piece(" ready", false));
        assertThat(NodeLogViewModel.pieces("no hit here", "zk")).containsExactly(new Piece("no hit here", false));
        assertThat(NodeLogViewModel.pieces("aaa", "aa")).as("occurrences do not overlap")
                .containsExactly(new Piece("aa", true), new Piece("a", false));
    }

    @Test
    void aReadingOfTheWorkspaceShownBeforeIsNotTheSameNamedNodesLog() {
        List<Runnable> reads = new java.util.ArrayList<>();
        NodeLogViewModel pane = new NodeLogViewModel(reads::add, Runnable::run);
        pane.attach(cluster);
        pane.followProperty().set(false);
        pane.nodeProperty().set(NodeId.broker(1));
        Runnable oldRead = reads.remove(0);

        FakeCluster other = new FakeCluster(TestClusters.workspace(temp.resolve("other"), 1, 1));
        other.appendLog("[2026-12-06 10:00:00,000] INFO the other workspace's broker (kafka.Kafka)");
        pane.attach(other);
        pane.nodeProperty().set(NodeId.broker(1));
        oldRead.run();
        assertThat(pane.visibleLines()).as("the old workspace's log is dropped").isEmpty();

        pane.poll();
        reads.get(reads.size() - 1).run();
        assertThat(pane.visibleLines()).extracting(LogLine::text).last().asString().contains("the other workspace's");
    }
}
