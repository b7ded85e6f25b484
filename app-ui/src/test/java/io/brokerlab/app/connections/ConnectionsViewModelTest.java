package io.brokerlab.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.Connection;
import io.brokerlab.launcher.admin.BrokerProbe;
import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CompletionException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsViewModelTest {

    private final List<String> opened = new ArrayList<>();
    private final List<CompletableFuture<Void>> pending = new ArrayList<>();

    private final Preferences prefs = Preferences.userRoot().node("io/brokerlab/test/connections-view-model");
    private final ConnectionsViewModel.Connector connector = (bootstrap, zookeeper) -> {
        opened.add(bootstrap + zookeeper.map(zk -> " zk " + zk).orElse(""));
        CompletableFuture<Void> done = new CompletableFuture<>();
        pending.add(done);
        return done;
    };
    /** How many connects under way the session was told to drop. */
    private final AtomicInteger forgotten = new AtomicInteger();
    /** Every address answers: these tests are about what follows. */
    private final ConnectionsViewModel model = new ConnectionsViewModel(address -> CompletableFuture.completedFuture(null),
            connector, forgotten::incrementAndGet, new RecentConnections(prefs), Runnable::run);

    @AfterEach
    void forgetTheTestsConnections() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void anAddressThatRefusesTheConnectionIsSaidAtOnceNotAfterTheProbesTimeout() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String address = "127.0.0.1:" + port;
        ConnectionsViewModel probing = new ConnectionsViewModel(bootstrap -> CompletableFuture.runAsync(
                () -> BrokerProbe.requireAnswer(bootstrap, BrokerProbe.TIMEOUT)), connector, forgotten::incrementAndGet,
                new RecentConnections(prefs), Runnable::run);
        probing.shown(new Connection("kafka2:9092", Optional.empty(), Optional.empty()));
        probing.bootstrapProperty().set(address);
        // no look at the busy state in between: the refusal may well be back before connect() returns
        CompletableFuture<Void> attempt = probing.connect();
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(attempt::isDone);
        assertThat(probing.statusProperty().get()).isEqualTo("Not connected: Nothing listens on " + address
                + " (connection refused) — check the address and that the cluster runs. The connection to kafka2:9092"
                + " stays open and shown.");
        assertThat(probing.toneProperty().get()).isEqualTo(ConnectionsViewModel.Tone.ERROR);
        assertThat(probing.busyProperty().get()).isFalse();
        assertThat(opened).as("the session is not asked to open what does not answer").isEmpty();
    }

    @Test
    void cancelGivesUpTheAttemptAndItsLateAnswerChangesNothing() {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        ConnectionsViewModel slow = new ConnectionsViewModel(address -> answer, connector, forgotten::incrementAndGet,
                new RecentConnections(prefs), Runnable::run);
        slow.bootstrapProperty().set("slow:9092");
        CompletableFuture<Void> attempt = slow.connect();
        slow.cancel();
        assertThat(slow.busyProperty().get()).isFalse();
        assertThat(slow.statusProperty().get()).startsWith("Cancelled");
        answer.complete(null);
        attempt.join();
        assertThat(opened).isEmpty();
        assertThat(slow.statusProperty().get()).startsWith("Cancelled");
    }

    @Test
    void cancelOnceTheBrokersAnsweredHasTheSessionDropTheConnectionItIsOpening() {
        model.bootstrapProperty().set("kafka1:9092");
        model.zookeeperProperty().set("zk1:2181");
        CompletableFuture<Void> attempt = model.connect();
        assertThat(opened).as("the brokers answered: the session opens it").containsExactly("kafka1:9092 zk zk1:2181");
        model.cancel();
        assertThat(forgotten).hasValue(1);
        pending.get(0).completeExceptionally(new java.util.concurrent.CancellationException("dropped"));
        attempt.join();
        assertThat(model.statusProperty().get()).startsWith("Cancelled");
        assertThat(model.recentBootstraps()).as("not connected, not remembered").isEmpty();
    }

    @Test
    void rememberedConnectionsAreOfferedNewestFirstWithTheirZooKeeper() {
        model.bootstrapProperty().set("kafka1:9092");
        model.zookeeperProperty().set("zk1:2181/kafka");
        model.connect();
        pending.get(0).complete(null);
        model.bootstrapProperty().set("kafka2:9092");
        model.zookeeperProperty().set("");
        model.connect();
        pending.get(1).completeExceptionally(new IllegalStateException("timed out"));
        assertThat(model.recentBootstraps()).as("only what connected").containsExactly("kafka1:9092");
        model.connect();
        pending.get(2).complete(null);
        assertThat(model.toneProperty().get()).isEqualTo(ConnectionsViewModel.Tone.SUCCESS);

        ConnectionsViewModel nextRun = new ConnectionsViewModel(address -> CompletableFuture.completedFuture(null),
                connector, forgotten::incrementAndGet, new RecentConnections(prefs), Runnable::run);
        assertThat(nextRun.recentBootstraps()).containsExactly("kafka2:9092", "kafka1:9092");
        nextRun.recall("kafka1:9092");
        assertThat(nextRun.zookeeperProperty().get()).isEqualTo("zk1:2181/kafka");
        nextRun.recall("kafka2:9092");
        assertThat(nextRun.zookeeperProperty().get()).isEmpty();
    }

    @Test
    void rejectsAnAddressThatIsNotHostPort() {
        model.bootstrapProperty().set("kafka1");
        model.connect();
        assertThat(model.statusProperty().get()).contains("host:port");
        model.bootstrapProperty().set("kafka1:9092");
        model.zookeeperProperty().set("zk1");
        model.connect();
        assertThat(model.statusProperty().get()).startsWith("ZooKeeper is host:port");
        assertThat(opened).isEmpty();
    }

    @Test
    void connectsWithOrWithoutZooKeeper() {
        model.bootstrapProperty().set(" kafka1:9092,kafka2:9092 ");
        CompletableFuture<Void> first = model.connect();
        assertThat(model.busyProperty().get()).isTrue();
        pending.get(0).complete(null);
        first.join();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Connected to kafka1:9092,kafka2:9092 (metadata polled");

        model.zookeeperProperty().set("zk1:2181/kafka");
        model.connect();
        pending.get(1).complete(null);
        assertThat(opened).containsExactly("kafka1:9092,kafka2:9092", "kafka1:9092,kafka2:9092 zk zk1:2181/kafka");
        assertThat(model.statusProperty().get()).contains("events from ZooKeeper zk1:2181/kafka");
    }

    @Test
    void saysWhyItCannotConnectAndKeepsWhatWasShown(@TempDir Path temp) {
        Workspace workspace = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        model.shown(new Connection(workspace.bootstrapServers(), Optional.of(workspace), Optional.empty()));
        model.bootstrapProperty().set("nowhere:9092");
        CompletableFuture<Void> attempt = model.connect();
        pending.get(0).completeExceptionally(new IllegalStateException("the cluster did not answer in time"));
        attempt.join();
        assertThat(model.statusProperty().get())
                .startsWith("Cannot reach nowhere:9092: the cluster did not answer in time. Check the address")
                .endsWith(" The workspace's cluster (" + workspace.bootstrapServers() + ") stays open and shown.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void listsAreReadAsKafkaReadsThemAndAChrootGoesOnceAfterTheLastHost() {
        model.bootstrapProperty().set(" kafka1:9092, kafka2:9092 ,kafka1:9092, ");
        model.zookeeperProperty().set("zk1:2181, zk2:2181/kafka/prod");
        model.connect();
        assertThat(opened).containsExactly("kafka1:9092,kafka2:9092 zk zk1:2181,zk2:2181/kafka/prod");
        assertThat(model.bootstrapProperty().get()).as("the field shows what is connected to").isEqualTo("kafka1:9092,kafka2:9092");
        pending.get(0).complete(null);

        for (String wrong : List.of("zk1:2181/kafka,zk2:2181/kafka", "zk1:2181/kafka/")) {
            model.zookeeperProperty().set(wrong);
            model.connect();
            assertThat(model.statusProperty().get()).as(wrong).contains("once after the last host");
        }
        model.zookeeperProperty().set("zk1:2181/");
        model.connect();
        assertThat(opened).as("a lone slash is the root, as ZooKeeper reads it").hasSize(2);
    }

    @Test
    void enterPressedAgainWhileConnectingStartsNoSecondAttempt() {
        model.bootstrapProperty().set("kafka1:9092");
        model.connect();
        model.connect();
        assertThat(opened).containsExactly("kafka1:9092");
        assertThat(forgotten).as("nothing under way was dropped").hasValue(0);
    }

    @Test
    void anOlderAttemptThatEndsLateChangesNothing() {
        model.bootstrapProperty().set("slow:9092");
        model.connect();
        model.bootstrapProperty().set("fast:9092");
        model.connect();
        pending.get(1).complete(null);
        pending.get(0).completeExceptionally(new IllegalStateException("timed out"));
        assertThat(model.statusProperty().get()).startsWith("Connected to fast:9092");
    }

    @Test
    void aConnectionReplacedByAnotherChoiceSaysSo() {
        model.bootstrapProperty().set("slow:9092");
        model.connect();
        pending.get(0).completeExceptionally(new CancellationException("another cluster was opened meanwhile"));
        assertThat(model.statusProperty().get()).isEqualTo("Not connected to slow:9092: another cluster was opened meanwhile");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aZooKeeperOfAnotherClusterIsRefusedWithTheLaunchersSentence() {
        model.bootstrapProperty().set("kafka1:9092");
        model.zookeeperProperty().set("zk9:2181");
        CompletableFuture<Void> attempt = model.connect();
        pending.get(0).completeExceptionally(new CompletionException(new ClusterException(
                "ZooKeeper zk9:2181 holds Kafka cluster A, but the brokers at kafka1:9092 belong to cluster B: give"
                        + " the ZooKeeper from the brokers' zookeeper.connect.")));
        attempt.join();
        assertThat(model.statusProperty().get()).isEqualTo("Not connected: ZooKeeper zk9:2181 holds Kafka cluster A,"
                + " but the brokers at kafka1:9092 belong to cluster B: give the ZooKeeper from the brokers'"
                + " zookeeper.connect. No cluster was open before, and none is now.");
    }

    @Test
    void theStatusFollowsTheClusterShown(@TempDir Path temp) {
        model.bootstrapProperty().set("kafka1:9092");
        model.connect();
        pending.get(0).complete(null);
        assertThat(model.statusProperty().get()).startsWith("Connected to kafka1:9092");

        Workspace workspace = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        model.shown(new Connection(workspace.bootstrapServers(), Optional.of(workspace), Optional.empty()));
        assertThat(model.statusProperty().get()).isEqualTo("Not connected to an external cluster");

        model.shown(new Connection("kafka2:9092", Optional.empty(), Optional.of("zk2:2181")));
        assertThat(model.statusProperty().get()).startsWith("Connected to kafka2:9092 (events from ZooKeeper zk2:2181)");
        model.shown(null);
        assertThat(model.statusProperty().get()).isEqualTo("Not connected to an external cluster");
    }
}
