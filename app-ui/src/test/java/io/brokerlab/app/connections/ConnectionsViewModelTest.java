package io.brokerlab.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.Connection;
import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsViewModelTest {

    private final List<String> opened = new ArrayList<>();
    private final List<CompletableFuture<Void>> pending = new ArrayList<>();

    private final ConnectionsViewModel model = new ConnectionsViewModel((bootstrap, zookeeper) -> {
        opened.add(bootstrap + zookeeper.map(zk -> " zk " + zk).orElse(""));
        CompletableFuture<Void> done = new CompletableFuture<>();
        pending.add(done);
        return done;
    }, Runnable::run);

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
    void saysWhyItCannotConnectAndKeepsWhatWasShown() {
        model.bootstrapProperty().set("nowhere:9092");
        CompletableFuture<Void> attempt = model.connect();
        pending.get(0).completeExceptionally(new IllegalStateException("the cluster did not answer in time"));
        attempt.join();
        assertThat(model.statusProperty().get())
                .startsWith("Cannot reach nowhere:9092: the cluster did not answer in time. Check the address");
        assertThat(model.busyProperty().get()).isFalse();
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
                + " zookeeper.connect. The views still show what they showed.");
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
