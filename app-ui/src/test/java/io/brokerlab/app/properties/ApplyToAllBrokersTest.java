package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Apply to all brokers" and the rolling restart it offers, without the toolkit, on a real workspace on disk. */
class ApplyToAllBrokersTest {

    private static final NodeId B1 = NodeId.broker(1);
    private static final NodeId B2 = NodeId.broker(2);
    private static final NodeId B3 = NodeId.broker(3);

    @TempDir
    Path temp;

    private Workspace workspace;
    private PropertiesViewModel model;
    private final FakeLaunches launches = new FakeLaunches();

    @BeforeEach
    void setUp() {
        workspace = TestClusters.workspace(temp.resolve("ws"), 1, 3);
        model = new PropertiesViewModel(Runnable::run, Runnable::run,
                launches.liveIn(workspace), launches);
        model.attach(workspace);
        model.nodeProperty().set(B1);
    }

    private void launch(NodeId node) throws Exception {
        launches.launch(workspace, node);
    }

    private String file(NodeId node) throws Exception {
        return Files.readString(workspace.propertiesFile(node));
    }

    @Test
    void keysThatAreEachBrokersOwnAreNotOffered() {
        for (String own : List.of("broker.id", "listeners", "advertised.listeners", "log.dirs", "log.dir")) {
            assertThat(model.whyNotApplyToAllBrokers(model.entry(own))).as(own).startsWith(own + " must differ per"
                    + " broker").endsWith("Set it in each broker's file.");
        }
        // keys older Kafkas read, which a tutorial's file may still set
        assertThat(AllBrokers.whyNot(workspace, B1, "port")).contains("a port can be only one broker's");
        assertThat(AllBrokers.whyNot(workspace, B1, "advertised.port")).contains("a port can be only one broker's");
        assertThat(model.whyNotApplyToAllBrokers(model.entry("listeners"))).contains("a port of its own");
        assertThat(model.whyNotApplyToAllBrokers(model.entry("min.insync.replicas"))).isEmpty();
        assertThat(model.whyNotApplyToAllBrokers(model.entry("default.replication.factor"))).isEmpty();

        model.nodeProperty().set(NodeId.zookeeper(1));
        assertThat(model.whyNotApplyToAllBrokers(model.entry("tickTime"))).startsWith("Only a broker's keys");

        model.attach(TestClusters.workspace(temp.resolve("one"), 1, 1));
        model.nodeProperty().set(B1);
        assertThat(model.whyNotApplyToAllBrokers(model.entry("min.insync.replicas")))
                .startsWith("The cluster has one broker");
        assertThat(model.planApplyToAllBrokers(model.entry("min.insync.replicas"))).isCompletedExceptionally();
    }

    @Test
    void writesTheValueIntoEveryBrokersFileKeepingEachFilesCommentsAndLayout() throws Exception {
        Path second = workspace.propertiesFile(B2);
        Files.writeString(second, file(B2).replace("log.retention.hours=168",
                "# a week, as the tutorial says\nlog.retention.hours = 168"));
        Files.writeString(workspace.propertiesFile(B3), file(B3).replace("log.retention.hours=168",
                "log.retention.hours=48"));
        String first = file(B1);
        String secondBefore = file(B2);
        String third = file(B3);
        String zookeeper = Files.readString(workspace.propertiesFile(NodeId.zookeeper(1)));
        model.entry("log.retention.hours").valueProperty().set("48");

        AllBrokers.Plan plan = model.planApplyToAllBrokers(model.entry("log.retention.hours")).join();
        assertThat(plan.changing()).containsExactly(B1, B2);
        assertThat(plan.alreadySet()).containsExactly(B3);
        assertThat(file(B1)).as("nothing is written before it is confirmed").isEqualTo(first);

        assertThat(model.applyToAllBrokers(plan).join()).as("none runs: none to restart").isEmpty();
        assertThat(file(B1)).isEqualTo(first.replace("log.retention.hours=168", "log.retention.hours=48"));
        assertThat(file(B2)).as("its comment, and its line where it was, as it was written")
                .isEqualTo(secondBefore.replace("log.retention.hours = 168", "log.retention.hours = 48"));
        assertThat(file(B3)).as("had it already: not written").isEqualTo(third);
        assertThat(Files.readString(workspace.propertiesFile(NodeId.zookeeper(1)))).isEqualTo(zookeeper);
        assertThat(model.messageProperty().get()).isEqualTo("Set log.retention.hours=48 in the files of broker-1 and"
                + " broker-2 (broker-3 has it already)");
        assertThat(model.dirtyProperty().get()).as("the file shown is read again").isFalse();
        assertThat(model.entry("log.retention.hours").value()).isEqualTo("48");
    }

    @Test
    void aValueTheFormRefusesIsOfferedToNoBroker() throws Exception {
        List<String> before = List.of(file(B1), file(B2), file(B3));
        PropertyEntry threads = model.entry("num.io.threads");
        threads.valueProperty().set("0");

        assertThat(threads.error()).isNotBlank();
        assertThat(model.whyNotApplyToAllBrokers(threads)).isEqualTo(PropertiesViewModel.FIX_THE_VALUE_FIRST);
        assertThat(model.planApplyToAllBrokers(threads)).failsWithin(Duration.ZERO).withThrowableThat()
                .withMessageContaining("Fix the value first");
        assertThat(List.of(file(B1), file(B2), file(B3))).isEqualTo(before);
    }

    @Test
    void aBrokersFileThatWouldBeInvalidStopsTheWriteToEveryFile() throws Exception {
        // a warning (more replicas than brokers) is the form's to show: no refusal
        Files.writeString(workspace.propertiesFile(B2), file(B2) + "offsets.topic.replication.factor=5\n");
        Files.writeString(workspace.propertiesFile(B3), file(B3) + "num.io.threads=0\n");
        List<String> before = List.of(file(B1), file(B2), file(B3));
        model.entry("log.retention.hours").valueProperty().set("24");

        assertThat(model.planApplyToAllBrokers(model.entry("log.retention.hours"))).failsWithin(Duration.ZERO)
                .withThrowableThat().withMessageContaining("log.retention.hours=24 is not written to any broker's file")
                .withMessageContaining("broker-3: num.io.threads").withMessageNotContaining("broker-1")
                .withMessageNotContaining("offsets.topic.replication.factor");
        assertThat(List.of(file(B1), file(B2), file(B3))).isEqualTo(before);
    }

    /** The refusal is found on a background thread and shown in a dialog: it must reach the FX thread. */
    @Test
    void aRefusalFoundInTheBackgroundIsToldOnTheFxThread() throws Exception {
        Files.writeString(workspace.propertiesFile(B3), file(B3) + "num.io.threads=0\n");
        ExecutorService background = Executors.newSingleThreadExecutor();
        FxQueue fx = new FxQueue();
        try {
            PropertiesViewModel threaded = new PropertiesViewModel(background, fx, launches.liveIn(workspace), launches);
            threaded.attach(workspace);
            fx.runUntil(() -> threaded.entry("log.retention.hours") != null);
            threaded.entry("log.retention.hours").valueProperty().set("24");
            List<Thread> toldOn = new CopyOnWriteArrayList<>();
            CompletableFuture<?> told = threaded.planApplyToAllBrokers(threaded.entry("log.retention.hours"))
                    .exceptionally(refusal -> {
                        toldOn.add(Thread.currentThread());
                        return null;
                    });
            fx.runUntil(told::isDone);

            assertThat(toldOn).containsExactly(Thread.currentThread());
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void otherUnsavedEditsOfTheFileShownMustBeSavedOrRevertedFirst() {
        model.entry("num.io.threads").valueProperty().set("6");
        model.entry("min.insync.replicas").valueProperty().set("1");

        assertThat(model.planApplyToAllBrokers(model.entry("min.insync.replicas"))).failsWithin(Duration.ZERO)
                .withThrowableThat().withMessageContaining("unsaved edits besides min.insync.replicas");

        model.revert();
        model.entry("min.insync.replicas").valueProperty().set("1");
        assertThat(model.planApplyToAllBrokers(model.entry("min.insync.replicas")).join().changing())
                .containsExactly(B1, B2, B3);
    }

    @Test
    void theRunningBrokersNeedARestartAndAreRestartedOneAtATimeEachOnceTheOneBeforeIsBack() throws Exception {
        launch(B1);
        launch(B2);
        model.checkRestarts();
        model.entry("min.insync.replicas").valueProperty().set("1");
        List<NodeId> restart = model.applyToAllBrokers(model.planApplyToAllBrokers(model.entry("min.insync.replicas"))
                .join()).join();
        assertThat(restart).as("broker-3 does not run: it starts with its file").containsExactly(B1, B2);
        assertThat(model.restartsAwaited()).containsOnlyKeys(B1, B2);
        assertThat(model.restartOffer(restart)).isEqualTo("broker-1 and broker-2 run with their old settings until"
                + " they restart: min.insync.replicas is saved but not applied.");

        Map<NodeId, CompletableFuture<Object>> ready = new HashMap<>();
        List<NodeId> asked = new ArrayList<>();
        CompletableFuture<Void> rolling = model.restart(restart, node -> {
            asked.add(node);
            return ready.computeIfAbsent(node, n -> new CompletableFuture<>());
        });
        assertThat(asked).containsExactly(B1);
        assertThat(model.restartingProperty().get()).as("the window's partition alarms keep quiet").isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Rolling restart, 1 of 2: restarting broker-1…");
        ready.get(B1).complete(null);
        assertThat(asked).as("broker-2 once broker-1 is back").containsExactly(B1, B2);
        assertThat(model.messageProperty().get())
                .isEqualTo("Rolling restart, 2 of 2: restarting broker-2 (broker-1 is back)…");
        assertThat(rolling).isNotDone();
        ready.get(B2).complete(null);
        assertThat(rolling).isCompleted();
        assertThat(model.restartingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Rolling restart done: broker-1 and broker-2 restarted one"
                + " at a time and run with the saved settings");
        assertThat(model.restartingProperty().get()).isFalse();
    }

    /** {@code node} runs, and its file was then given {@code key}={@code value}: a restart put off. */
    private void savedButNotRestarted(NodeId node, String key, String value) throws Exception {
        launch(node);
        model.checkRestarts();
        Files.writeString(workspace.propertiesFile(node), file(node).replaceAll("(?m)^" + key.replace(".", "\\.")
                + "=.*$", key + "=" + value));
        model.checkRestarts();
        assertThat(model.restartsAwaited()).containsKey(node);
    }

    @Test
    void aBrokerWhoseFileHadTheValueButRunsAnOlderOneIsRestartedToo() throws Exception {
        savedButNotRestarted(B1, "num.io.threads", "5");
        launch(B2);
        model.checkRestarts();
        model.entry("num.io.threads").valueProperty().set("5");

        AllBrokers.Plan plan = model.planApplyToAllBrokers(model.entry("num.io.threads")).join();
        assertThat(plan.alreadySet()).containsExactly(B1);
        List<NodeId> restart = model.applyToAllBrokers(plan).join();

        assertThat(restart).as("broker-3 does not run").containsExactly(B1, B2);
        assertThat(model.restartOffer(restart)).isEqualTo("broker-1 and broker-2 run with their old settings until"
                + " they restart: num.io.threads is saved but not applied.");
    }

    @Test
    void withEveryFileSetABrokerStillRunningTheOldValueIsOfferedItsRestartWithoutAWrite() throws Exception {
        for (NodeId broker : List.of(B2, B3)) {
            Files.writeString(workspace.propertiesFile(broker), file(broker).replaceAll("(?m)^num\\.io\\.threads=.*$",
                    "num.io.threads=5"));
        }
        savedButNotRestarted(B1, "num.io.threads", "5");
        launch(B2);
        launch(B3);
        model.checkRestarts();
        List<String> before = List.of(file(B1), file(B2), file(B3));
        model.entry("num.io.threads").valueProperty().set("5");

        AllBrokers.Plan plan = model.planApplyToAllBrokers(model.entry("num.io.threads")).join();
        assertThat(plan.changing()).isEmpty();
        List<NodeId> restart = model.applyToAllBrokers(plan).join();

        assertThat(restart).as("broker-2 and broker-3 run with 5 already").containsExactly(B1);
        assertThat(List.of(file(B1), file(B2), file(B3))).as("nothing written").isEqualTo(before);
        assertThat(model.messageProperty().get()).isEqualTo("Every broker's file has num.io.threads=5 already;"
                + " broker-1 still runs the old value");
    }

    @Test
    void withEveryFileSetAndEveryBrokerRunningItThereIsNothingToChange() throws Exception {
        for (NodeId broker : List.of(B1, B2, B3)) {
            Files.writeString(workspace.propertiesFile(broker), file(broker).replaceAll("(?m)^num\\.io\\.threads=.*$",
                    "num.io.threads=5"));
            launch(broker);
        }
        model.checkRestarts();
        model.attach(workspace);
        model.nodeProperty().set(B1);

        AllBrokers.Plan plan = model.planApplyToAllBrokers(model.entry("num.io.threads")).join();
        assertThat(model.applyToAllBrokers(plan).join()).isEmpty();
        assertThat(ApplyToAllBrokersButton.nothingToChangeText(plan))
                .isEqualTo("Every broker's file already has num.io.threads=5.");
    }

    @Test
    void theEditedRowKeepsItsGroupUntilTheFileIsShownAgain() {
        PropertyEntry edited = model.entry("min.insync.replicas");
        assertThat(edited.group()).isEqualTo(PropertyEntry.Status.CHANGED);
        edited.valueProperty().set("1");

        model.applyToAllBrokers(model.planApplyToAllBrokers(edited).join()).join();

        assertThat(model.entry("min.insync.replicas")).as("not rebuilt under the caret").isSameAs(edited);
        assertThat(edited.group()).isEqualTo(PropertyEntry.Status.CHANGED);
        assertThat(edited.status()).isEqualTo(PropertyEntry.Status.SAME_AS_DEFAULT);
        assertThat(model.dirtyProperty().get()).as("saved").isFalse();

        model.nodeProperty().set(B2);
        model.nodeProperty().set(B1);
        assertThat(model.entry("min.insync.replicas").group()).isEqualTo(PropertyEntry.Status.SAME_AS_DEFAULT);
    }

    @Test
    void aBrokerThatDoesNotComeBackStopsTheRollingRestart() {
        FakeCluster cluster = new FakeCluster(workspace);
        List.of(B1, B2, B3).forEach(b -> cluster.set(b, NodeState.RUNNING, false));

        CompletableFuture<Void> rolling = model.restart(List.of(B1, B2, B3), node -> {
            if (node.equals(B2)) {
                cluster.failNext = new IllegalStateException("broker-2 exited with status 1");
            }
            return cluster.restart(node);
        });

        assertThat(cluster.calls).containsExactly("restart broker-1", "restart broker-2");
        assertThat(rolling).failsWithin(Duration.ZERO).withThrowableThat().withMessageContaining("exited");
        assertThat(model.messageProperty().get()).isEqualTo("Rolling restart stopped at broker-2: broker-2 exited with"
                + " status 1. Restarted: broker-1. Not restarted, so that no second broker is down: broker-3.");
    }
}
