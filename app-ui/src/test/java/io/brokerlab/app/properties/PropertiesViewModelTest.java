package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No toolkit: direct executors, a real workspace on disk, Kafka's own validator. */
class PropertiesViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private PropertiesViewModel model;
    private final FakeLaunches launches = new FakeLaunches();

    @BeforeEach
    void setUp() {
        workspace = TestClusters.workspace(temp.resolve("ws"), 1, 2);
        model = new PropertiesViewModel(Runnable::run, Runnable::run,
                launches.liveIn(workspace), launches);
        model.attach(workspace);
    }

    private void launch(NodeId node) throws Exception {
        launches.launch(workspace, node);
    }

    @Test
    void opensTheFirstBrokerWithEveryKafkaKeyDocumented() {
        assertThat(model.nodeProperty().get()).isEqualTo(NodeId.broker(1));
        PropertyEntry threads = model.entry("num.network.threads");
        assertThat(threads.info().documentation()).isNotBlank();
        assertThat(threads.info().defaultValue()).isEqualTo("3");
        assertThat(threads.info().type()).isEqualTo("int");
        assertThat(model.entry("broker.id").status()).isEqualTo(PropertyEntry.Status.CHANGED);
        assertThat(model.entries().size()).isGreaterThan(200);
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void theChangedMarkerFollowsTheEditsWhileTheGroupStaysAsLoaded() {
        PropertyEntry policy = model.entry("log.cleanup.policy");
        assertThat(policy.status()).isEqualTo(PropertyEntry.Status.DEFAULT);

        policy.valueProperty().set("compact");
        assertThat(policy.status()).isEqualTo(PropertyEntry.Status.CHANGED);
        policy.valueProperty().set(" delete ");
        assertThat(policy.status()).isEqualTo(PropertyEntry.Status.SAME_AS_DEFAULT);
        policy.valueProperty().set("");
        assertThat(policy.status()).isEqualTo(PropertyEntry.Status.DEFAULT);
        policy.valueProperty().set("compact , delete");
        assertThat(policy.status()).isEqualTo(PropertyEntry.Status.CHANGED);
        assertThat(policy.group()).isEqualTo(PropertyEntry.Status.DEFAULT);

        assertThat(model.entry("zookeeper.connect").status()).as("set, and Kafka has no default for it")
                .isEqualTo(PropertyEntry.Status.SET);
    }

    @Test
    void aZooKeeperFileShowsEveryKnownKeyAndNoDerivedDefaultCountsAsChanged() {
        model.nodeProperty().set(NodeId.zookeeper(1));
        assertThat(model.entry("peerType")).isNotNull();
        assertThat(model.entry("ssl.quorum.trustStore.password").info().sensitive()).isTrue();
        assertThat(model.entry("clientPortAddress").status()).as("the file sets it; its default is every address")
                .isEqualTo(PropertyEntry.Status.SET);
        model.entry("minSessionTimeout").valueProperty().set("1000");
        assertThat(model.entry("minSessionTimeout").status()).isEqualTo(PropertyEntry.Status.SET);
        model.entry("tickTime").valueProperty().set("3000");
        assertThat(model.entry("tickTime").status()).isEqualTo(PropertyEntry.Status.SAME_AS_DEFAULT);
    }

    @Test
    void anInvalidValueIsAnErrorAndCannotBeSaved() {
        model.entry("num.network.threads").valueProperty().set("abc");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.key()).isEqualTo("num.network.threads");
        });
        assertThatThrownBy(() -> model.save().join()).isInstanceOf(CompletionException.class)
                .hasMessageContaining("fix the errors");
    }

    @Test
    void aPortOrBrokerIdOfAnotherNodeIsAnErrorBeforeTheFileIsSaved() {
        int broker2 = workspace.clientPort(NodeId.broker(2));
        model.entry("listeners").valueProperty().set("PLAINTEXT://127.0.0.1:" + broker2);
        model.entry("broker.id").valueProperty().set("2");

        assertThat(model.problems()).filteredOn(ConfigProblem::isError).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("broker.id", "listeners");
        assertThat(model.entry("listeners").errorProperty().get())
                .isEqualTo("port " + broker2 + " is broker-2's in this cluster; give broker-1 a port of its own");
        assertThatThrownBy(() -> model.save().join()).hasMessageContaining("fix the errors");

        model.entry("broker.id").valueProperty().set("1");
        model.entry("listeners").valueProperty().set("PLAINTEXT://127.0.0.1:" + workspace.clientPort(NodeId.broker(1)));
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void saveRightAfterABadEditWritesNothing() throws Exception {
        Deque<Runnable> background = new ArrayDeque<>();
        PropertiesViewModel busy = new PropertiesViewModel(background::add, Runnable::run, node -> false, launches);
        busy.attach(workspace);
        runAll(background);
        Path file = workspace.propertiesFile(NodeId.broker(1));
        String before = Files.readString(file);

        busy.entry("num.network.threads").valueProperty().set("abc");
        assertThat(busy.validatingProperty().get()).as("Save is disabled meanwhile").isTrue();
        CompletableFuture<List<NodeId>> saved = busy.save();
        runAll(background);

        assertThat(busy.validatingProperty().get()).isFalse();
        assertThat(saved).failsWithin(Duration.ZERO).withThrowableThat().withMessageContaining("num.network.threads");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(busy.problems()).anySatisfy(p -> assertThat(p.key()).isEqualTo("num.network.threads"));
    }

    @Test
    void readsTheFilesAndRunRecordsOffTheFxThreadAndAsksWhetherANodeRunsOnIt() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        FxQueue fxQueue = new FxQueue();
        List<Thread> askedOn = new CopyOnWriteArrayList<>();
        List<Thread> launchesReadOn = new CopyOnWriteArrayList<>();
        launch(NodeId.broker(1));
        try {
            PropertiesViewModel threaded = new PropertiesViewModel(worker, fxQueue, node -> {
                askedOn.add(Thread.currentThread());
                return true;
            }, (ws, node) -> {
                launchesReadOn.add(Thread.currentThread());
                return launches.current(ws, node);
            });
            threaded.attach(workspace);
            fxQueue.runUntil(() -> threaded.entry("num.network.threads") != null);
            threaded.entry("num.network.threads").valueProperty().set("5");
            CompletableFuture<List<NodeId>> saved = threaded.save();
            fxQueue.runUntil(saved::isDone);

            assertThat(saved.join()).containsExactly(NodeId.broker(1));
            assertThat(threaded.restartWarning(saved.join())).isEmpty();
            assertThat(askedOn).isNotEmpty().containsOnly(Thread.currentThread());
            assertThat(launchesReadOn).isNotEmpty().doesNotContain(Thread.currentThread());
        } finally {
            worker.shutdownNow();
        }
    }

    /** The test thread plays the FX thread: it runs what was handed to {@code fx} until {@code done}. */
    /** Runs what a busy background thread would only have got to later. */
    private static void runAll(Deque<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }

    @Test
    void savingKeepsCommentsAndSaysARunningNodeNeedsARestart() throws Exception {
        launch(NodeId.broker(1));
        model.entry("num.network.threads").valueProperty().set("5");
        assertThat(model.problems()).isEmpty();
        List<NodeId> restart = model.save().join();
        assertThat(restart).containsExactly(NodeId.broker(1));
        String text = Files.readString(workspace.propertiesFile(NodeId.broker(1)));
        assertThat(text).contains("num.network.threads=5").contains("#");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewZooKeeperClientPortSaysTheBrokersMustFollow() {
        model.nodeProperty().set(NodeId.zookeeper(1));
        String was = model.entry("clientPort").value();
        model.entry("clientPort").valueProperty().set("24999");
        model.save().join();
        assertThat(model.messageProperty().get()).contains("zookeeper.connect").contains(was).contains("24999");

        model.entry("tickTime").valueProperty().set("600");
        model.save().join();
        assertThat(model.messageProperty().get()).doesNotContain("zookeeper.connect");
    }

    @Test
    void theOfferedRestartSaysHowItWent() {
        CompletableFuture<Object> restarting = new CompletableFuture<>();
        CompletableFuture<Void> failed = model.restart(List.of(NodeId.broker(1)), node -> restarting);
        assertThat(model.restartingProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("Restarting broker-1");

        restarting.completeExceptionally(new IllegalStateException("port 9092 is in use"));
        assertThat(failed).failsWithin(Duration.ZERO).withThrowableThat().withMessageContaining("port 9092 is in use");
        assertThat(model.restartingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("failed").contains("port 9092 is in use");

        assertThat(model.restart(List.of(NodeId.broker(1)), node -> CompletableFuture.completedFuture(null)))
                .isCompleted();
        assertThat(model.messageProperty().get()).isEqualTo("broker-1 restarted with the saved settings");
    }

    @Test
    void rawModeEditsTheTextAndValidatesIt() {
        model.rawModeProperty().set(true);
        model.rawTextProperty().set(model.rawTextProperty().get() + "\nlog.retention.hours=forever\n");
        assertThat(model.problems()).anySatisfy(p -> assertThat(p.key()).isEqualTo("log.retention.hours"));
        model.rawTextProperty().set(model.rawTextProperty().get().replace("forever", "24"));
        model.rawModeProperty().set(false);
        assertThat(model.entry("log.retention.hours").value()).isEqualTo("24");
        assertThat(model.problems()).noneMatch(p -> p.isError());
    }

    @Test
    void aMalformedEscapeInTheRawTextIsAnErrorAndTheTextIsKept() {
        model.rawModeProperty().set(true);
        String broken = model.rawTextProperty().get() + "\nsasl.jaas.config=\\uZZZZ\n";
        model.rawTextProperty().set(broken);
        assertThat(model.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("not a valid properties file").contains("uxxxx");
        });
        assertThatThrownBy(() -> model.save().join()).hasMessageContaining("not a valid properties file");

        model.rawModeProperty().set(false);
        assertThat(model.rawModeProperty().get()).as("raw mode stays on to fix the text").isTrue();
        assertThat(model.rawTextProperty().get()).isEqualTo(broken);
        assertThat(model.messageProperty().get()).contains("fix it before leaving raw mode");
    }

    @Test
    void refreshReloadsAFileChangedOutsideTheApp() throws Exception {
        Path file = workspace.propertiesFile(NodeId.broker(1));
        PropertyEntry before = model.entry("num.network.threads");
        model.refresh();
        assertThat(model.entry("num.network.threads")).as("an unchanged file keeps the form").isSameAs(before);

        Files.writeString(file, Files.readString(file) + "log.retention.hours=99\n");
        model.refresh();

        assertThat(model.entry("log.retention.hours").value()).isEqualTo("99");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("Reloaded");
        model.entry("num.network.threads").valueProperty().set("5");
        model.save().join();
        assertThat(Files.readString(file)).contains("log.retention.hours=99").contains("num.network.threads=5");
    }

    @Test
    void saveRefusesToOverwriteAChangeMadeOutsideTheApp() throws Exception {
        Path file = workspace.propertiesFile(NodeId.broker(1));
        model.entry("num.network.threads").valueProperty().set("5");
        String outside = Files.readString(file) + "log.retention.hours=99\n";
        Files.writeString(file, outside);

        model.refresh();
        assertThat(model.entry("num.network.threads").value()).as("unsaved edits are kept").isEqualTo("5");
        assertThat(model.messageProperty().get()).contains("changed outside");

        assertThat(model.save()).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .withCauseInstanceOf(FileChangedOnDiskException.class)
                .withMessageContaining("changed outside Brokerlab");
        assertThat(Files.readString(file)).isEqualTo(outside);
        assertThat(model.dirtyProperty().get()).isTrue();

        model.revert();
        assertThat(model.entry("log.retention.hours").value()).isEqualTo("99");
        model.entry("num.network.threads").valueProperty().set("5");
        model.save().join();
        assertThat(Files.readString(file)).contains("log.retention.hours=99").contains("num.network.threads=5");
    }

    @Test
    void anInvalidValueMarksItsEntryUntilItIsFixed() {
        PropertyEntry threads = model.entry("num.network.threads");
        assertThat(threads.error()).isNull();
        threads.valueProperty().set("abc");
        assertThat(threads.error()).isNotBlank();
        assertThat(model.entry("num.io.threads").error()).isNull();
        threads.valueProperty().set("5");
        assertThat(threads.error()).isNull();
    }

    @Test
    void aSecondInvalidValueDoesNotHideTheFirst() {
        PropertyEntry retention = model.entry("log.retention.hours");
        PropertyEntry partitions = model.entry("num.partitions");
        retention.valueProperty().set("abc");
        partitions.valueProperty().set("-3");

        assertThat(model.problems()).filteredOn(ConfigProblem::isError).extracting(ConfigProblem::key)
                .containsExactly("log.retention.hours", "num.partitions");
        assertThat(retention.error()).contains("abc");
        assertThat(partitions.error()).contains("-3");

        retention.valueProperty().set("72");
        assertThat(retention.error()).isNull();
        assertThat(partitions.error()).as("still wrong").isNotNull();
    }

    @Test
    void revealingAProblemsKeyClearsWhatHidesIt() {
        model.onlyInFileProperty().set(true);
        model.searchProperty().set("num.io.threads");
        PropertyEntry policy = model.entry("log.cleanup.policy");
        assertThat(model.visibleEntries()).doesNotContain(policy);

        assertThat(model.reveal("log.cleanup.policy")).isSameAs(policy);
        assertThat(model.visibleEntries()).contains(policy);
        assertThat(model.onlyInFileProperty().get()).as("the key is not in the file").isFalse();
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.selectedProperty().get()).isSameAs(policy);

        model.searchProperty().set("log.cleanup");
        assertThat(model.reveal("log.cleanup.policy")).isSameAs(policy);
        assertThat(model.searchProperty().get()).as("a search that shows the key stays").isEqualTo("log.cleanup");
        assertThat(model.reveal("no.such.key")).isNull();
    }

    @Test
    void theDescriptionNeverDescribesAKeyTheFormHides() {
        assertThat(model.selectedProperty().get()).as("the first key the form shows")
                .isSameAs(model.visibleEntries().get(0));
        model.selectedProperty().set(model.entry("num.network.threads"));
        model.searchProperty().set("threads");
        assertThat(model.selectedProperty().get()).isSameAs(model.entry("num.network.threads"));
        model.searchProperty().set("retention.ms");
        assertThat(model.selectedProperty().get()).as("the first match, at the top of the form")
                .isSameAs(model.visibleEntries().get(0));

        model.searchProperty().set("no key or text has this");
        model.revert();
        assertThat(model.visibleEntries()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void saveFromTheKeyboardSaysWhyNothingIsSaved() {
        assertThat(model.readyToSave()).isFalse();
        assertThat(model.messageProperty().get()).contains("Nothing to save");

        model.entry("num.network.threads").valueProperty().set("abc");
        assertThat(model.readyToSave()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Not saved: 1 error")
                .contains("num.network.threads");

        model.entry("num.network.threads").valueProperty().set("5");
        assertThat(model.messageProperty().get()).as("the edit makes the refusal old news").isEmpty();
        assertThat(model.readyToSave()).isTrue();
    }

    @Test
    void anEditAfterASaveOrRestartMakesItsOutcomeOldNews() throws Exception {
        launch(NodeId.broker(1));
        model.entry("num.network.threads").valueProperty().set("5");
        model.save().join();
        assertThat(model.messageProperty().get()).startsWith("Saved server-1.properties");

        model.entry("num.network.threads").valueProperty().set("");
        assertThat(model.hasErrors()).isTrue();
        assertThat(model.messageProperty().get()).as("the save is not what the new error is about").isEmpty();

        model.entry("num.network.threads").valueProperty().set("6");
        model.save().join();
        model.restart(List.of(NodeId.broker(1)), node -> CompletableFuture.completedFuture(null)).join();
        assertThat(model.messageProperty().get()).contains("restarted with the saved settings");
        model.rawModeProperty().set(true);
        model.rawTextProperty().set("#\n" + model.rawTextProperty().get());
        assertThat(model.messageProperty().get()).as("a raw edit too").isEmpty();
    }

    @Test
    void anEditThatChangesNoValueOffersNoRestart() throws Exception {
        launch(NodeId.broker(1));
        model.rawModeProperty().set(true);
        model.rawTextProperty().set("# tuned for the demo\n\n" + model.rawTextProperty().get() + "\n\n");
        assertThat(model.dirtyProperty().get()).isTrue();

        assertThat(model.save().join()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Saved server-1.properties; broker-1 already runs with"
                + " these values, so it needs no restart");
        assertThat(model.restartsAwaited()).isEmpty();
        assertThat(Files.readString(workspace.propertiesFile(NodeId.broker(1)))).contains("# tuned for the demo");

        model.rawTextProperty().set(model.rawTextProperty().get() + "log.retention.hours=24\n");
        assertThat(model.save().join()).containsExactly(NodeId.broker(1));
        assertThat(model.messageProperty().get()).as("the restart offer says what a restart applies, once")
                .isEqualTo("Saved server-1.properties");
    }

    @Test
    void savingTheFileOfANodeThatDoesNotRunOffersNoRestart() {
        model.entry("num.network.threads").valueProperty().set("5");
        assertThat(model.save().join()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Saved server-1.properties");
        assertThat(model.restartsAwaited()).isEmpty();
    }

    @Test
    void aRestartPutOffIsStillOfferedAfterAnEditThatChangesNoValueTillTheNodeStartsAgain() throws Exception {
        launch(NodeId.broker(1));
        model.entry("num.network.threads").valueProperty().set("5");
        assertThat(model.save().join()).as("answered Later").containsExactly(NodeId.broker(1));

        model.rawModeProperty().set(true);
        model.rawTextProperty().set("# five threads\n" + model.rawTextProperty().get());
        assertThat(model.save().join()).as("broker-1 still runs with 2 threads").containsExactly(NodeId.broker(1));
        assertThat(model.restartOffer(List.of(NodeId.broker(1)))).isEqualTo("broker-1 runs with its old settings"
                + " until it restarts: num.network.threads is saved but not applied.");

        model.nodeProperty().set(NodeId.zookeeper(1));
        model.nodeProperty().set(NodeId.broker(1));
        model.rawModeProperty().set(false);
        model.entry("num.network.threads").valueProperty().set("2");
        assertThat(model.save().join()).as("back to the value it runs with").isEmpty();
        assertThat(model.messageProperty().get()).contains("already runs with these values");

        model.entry("num.network.threads").valueProperty().set("5");
        model.save().join();
        launch(NodeId.broker(1)); // restarted
        model.nodeEvents(List.of(new NodeEvent(Instant.now(), status(NodeState.STOPPED), status(NodeState.STARTING),
                null)));
        model.rawModeProperty().set(true);
        model.rawTextProperty().set("# restarted with five\n" + model.rawTextProperty().get());
        assertThat(model.save().join()).as("started again with the saved file").isEmpty();
        assertThat(model.messageProperty().get()).contains("broker-1 already runs with these values");
    }

    /** What the cluster view's cards and this view's note say of a restart put off, till the node is not behind. */
    @Test
    void aRestartPutOffIsAwaitedWithItsKeysUntilTheNodeStartsAgainOrStops() throws Exception {
        launch(NodeId.broker(1));
        launch(NodeId.zookeeper(1));
        assertThat(model.restartsAwaited()).isEmpty();
        assertThat(model.restartNoteBinding().get()).isEmpty();
        String hours = model.entry("log.retention.hours").value();
        model.entry("num.network.threads").valueProperty().set("5");
        model.entry("log.retention.hours").valueProperty().set("24");
        model.save().join(); // answered Later

        assertThat(model.restartsAwaited()).containsOnlyKeys(NodeId.broker(1));
        assertThat(model.restartsAwaited().get(NodeId.broker(1))).isEqualTo("Saved in its properties file but not"
                + " applied yet: log.retention.hours, num.network.threads. Restart broker-1 to apply them.");
        javafx.beans.binding.StringBinding note = model.restartNoteBinding();
        assertThat(note.get()).isEqualTo("Restart needed: broker-1 runs with its old settings until it restarts;"
                + " saved but not applied: log.retention.hours, num.network.threads");
        model.nodeProperty().set(NodeId.zookeeper(1));
        assertThat(note.get()).as("zk-1 runs with its file").isEmpty();
        model.nodeProperty().set(NodeId.broker(1));
        assertThat(note.get()).as("shown again").startsWith("Restart needed: broker-1");

        model.entry("log.retention.hours").valueProperty().set(hours);
        model.save().join();
        assertThat(model.restartsAwaited().get(NodeId.broker(1))).as("back to what it runs with")
                .contains("not applied yet: num.network.threads. Restart broker-1 to apply it.");

        model.nodeEvents(List.of(new NodeEvent(Instant.now(), status(NodeState.RUNNING), status(NodeState.STOPPING),
                null)));
        assertThat(model.restartsAwaited()).as("still running, with the old values").isNotEmpty();
        launches.stop(workspace, NodeId.broker(1));
        model.nodeEvents(List.of(new NodeEvent(Instant.now(), status(NodeState.STOPPING), status(NodeState.STOPPED),
                null)));
        assertThat(model.restartsAwaited()).as("stopped: it starts with the saved file").isEmpty();
        assertThat(note.get()).isEmpty();

        launch(NodeId.broker(1));
        model.entry("num.network.threads").valueProperty().set("6");
        model.save().join();
        assertThat(model.restartsAwaited()).isNotEmpty();
        model.attach(TestClusters.workspace(temp.resolve("other"), 1, 1));
        assertThat(model.restartsAwaited()).as("another workspace").isEmpty();
        model.attach(null);
        assertThat(model.restartsAwaited()).as("an external cluster").isEmpty();
        model.attach(workspace);
        assertThat(model.restartsAwaited()).as("back: a look elsewhere restarted nothing")
                .containsOnlyKeys(NodeId.broker(1));
        assertThat(model.restartsAwaited().get(NodeId.broker(1))).as("still knows what it started with")
                .contains("num.network.threads");
    }

    /** Told from the file and the launcher's copy of it, not remembered: a new app (or this one restarted) sees it. */
    @Test
    void theNextAppSaysWhichKeysAwaitARestartAndThatACommentNeedsNone() throws Exception {
        launch(NodeId.broker(1));
        model.rawModeProperty().set(true);
        model.rawTextProperty().set("# tuned for the demo\n" + model.rawTextProperty().get());
        assertThat(model.save().join()).isEmpty();

        PropertiesViewModel next = new PropertiesViewModel(Runnable::run, Runnable::run, node -> true, launches);
        next.attach(workspace);
        assertThat(next.restartsAwaited()).as("a comment: the values it runs with").isEmpty();

        next.entry("num.network.threads").valueProperty().set("5");
        assertThat(next.save().join()).containsExactly(NodeId.broker(1));
        PropertiesViewModel third = new PropertiesViewModel(Runnable::run, Runnable::run, node -> true, launches);
        third.attach(workspace);
        assertThat(third.restartsAwaited().get(NodeId.broker(1))).isEqualTo("Saved in its properties file but not"
                + " applied yet: num.network.threads. Restart broker-1 to apply it.");
    }

    /** A node launched with no copy of its file kept: a write since is still told from the times, without keys. */
    @Test
    void aRestartNeededIsStillSaidWhereNoCopyOfTheFileWasKept() throws Exception {
        launches.launch(workspace, NodeId.broker(1), false);
        model.entry("num.network.threads").valueProperty().set("5");
        assertThat(model.save().join()).containsExactly(NodeId.broker(1));

        PropertiesViewModel next = new PropertiesViewModel(Runnable::run, Runnable::run, node -> true, launches);
        next.attach(workspace);
        String file = workspace.propertiesFile(NodeId.broker(1)).getFileName().toString();
        assertThat(next.restartsAwaited()).containsOnlyKeys(NodeId.broker(1));
        assertThat(next.restartsAwaited().get(NodeId.broker(1))).startsWith(file + " changed at ")
                .contains(", after broker-1 started at ").endsWith("Restart broker-1 to run with the file as it is now.");
        assertThat(next.restartNoteBinding().get()).startsWith("Restart needed: " + file + " changed at ")
                .endsWith("it runs with the file as it was then until it restarts");
        assertThat(next.restartOffer(List.of(NodeId.broker(1))))
                .isEqualTo("broker-1 runs with its old settings until it restarts.");
    }

    /** The CLI restarts a node, or another app does: the next check finds it launched after its file was written. */
    @Test
    void aNodeRestartedOutsideTheAppNoLongerNeedsARestart() throws Exception {
        launch(NodeId.broker(1));
        model.entry("num.network.threads").valueProperty().set("5");
        model.save().join();
        assertThat(model.restartsAwaited()).containsOnlyKeys(NodeId.broker(1));

        launch(NodeId.broker(1)); // ./brokerlab restart broker-1, unseen by this app's cluster
        model.checkRestarts();
        assertThat(model.restartsAwaited()).isEmpty();
        assertThat(model.restartNoteBinding().get()).isEmpty();
    }

    /** An editor or the CLI writes the file of a running node: the next check says it needs a restart, and why. */
    @Test
    void aFileWrittenOutsideTheAppMakesItsRunningNodeNeedARestart() throws Exception {
        launch(NodeId.broker(2));
        model.checkRestarts();
        assertThat(model.restartsAwaited()).isEmpty();
        Path file = workspace.propertiesFile(NodeId.broker(2));
        Files.writeString(file, "# by hand\n" + Files.readString(file));
        model.checkRestarts();
        assertThat(model.restartsAwaited()).as("a comment: the values it runs with").isEmpty();

        Files.writeString(file, Files.readString(file) + "log.retention.hours=1\n");
        model.checkRestarts();
        assertThat(model.restartsAwaited().get(NodeId.broker(2))).isEqualTo("Saved in its properties file but not"
                + " applied yet: log.retention.hours. Restart broker-2 to apply it.");
    }

    private static NodeStatus status(NodeState state) {
        return new NodeStatus(NodeId.broker(1), state, OptionalLong.empty(), 9092, 0, Optional.empty(), false,
                Instant.now(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), List.of(),
                Optional.empty(), OptionalLong.empty());
    }

    @Test
    void restartingTheOnlyZooKeeperWarnsThatEveryBrokerLosesIt() {
        assertThat(model.restartWarning(List.of(NodeId.zookeeper(1)))).contains("zk-1 is the cluster's only ZooKeeper")
                .contains("every broker");
        assertThat(model.restartWarning(List.of(NodeId.broker(1)))).isEmpty();

        model.attach(TestClusters.workspace(temp.resolve("three"), 3, 1));
        assertThat(model.restartWarning(List.of(NodeId.zookeeper(1)))).isEmpty();
    }

    @Test
    void restartingABrokerWhileAnotherIsDownWarnsOfPartitionsLeftWithoutALeaderOrBelowTheirMinimum() {
        PropertiesViewModel threeBrokers = new PropertiesViewModel(Runnable::run, Runnable::run,
                node -> !node.equals(NodeId.broker(3)));
        threeBrokers.attach(TestClusters.workspace(temp.resolve("three-brokers"), 1, 3));

        assertThat(threeBrokers.restartWarning(List.of(NodeId.broker(2))))
                .startsWith("broker-3 is down already: while broker-2 restarts")
                .contains("min.insync.replicas").contains("Start the stopped brokers first");
        assertThat(threeBrokers.restartWarning(List.of(NodeId.broker(3)))).as("restarting the one that is down")
                .isEmpty();
        assertThat(threeBrokers.restartWarning(List.of(NodeId.zookeeper(1))))
                .startsWith("zk-1 is the cluster's only ZooKeeper").doesNotContain("broker-3");
    }

    @Test
    void aProblemInRawModeIsFoundOnTheLineThatSetsItsKey() {
        model.rawModeProperty().set(true);
        model.rawTextProperty().set("# log.retention.hours=1\nsasl.jaas.config=a \\\n  log.retention.hours=2\n"
                + "  log.retention.hours = forever\n");
        assertThat(model.rawPositionOf("log.retention.hours"))
                .isEqualTo(model.rawTextProperty().get().indexOf("  log.retention.hours = forever"));
        assertThat(model.rawPositionOf("num.io.threads")).isEqualTo(-1);
    }

    @Test
    void aKeyRemovedAndSetAgainKeepsItsLineAndItsComment() throws Exception {
        Path file = workspace.propertiesFile(NodeId.broker(1));
        String before = Files.readString(file);
        PropertyEntry partitions = model.entry("num.partitions");

        partitions.remove();
        partitions.valueProperty().set("6");
        model.save().join();
        assertThat(Files.readString(file)).isEqualTo(before.replace("num.partitions=3\n", "num.partitions=6\n"));

        partitions.remove();
        partitions.valueProperty().set("6");
        assertThat(model.dirtyProperty().get()).as("back to the value in the file").isFalse();
    }

    @Test
    void aKeyRemovedLeavesTheFileAndNothingElseChanges() throws Exception {
        Path file = workspace.propertiesFile(NodeId.broker(1));
        String before = Files.readString(file);

        model.entry("num.partitions").remove();
        model.entry("log.retention.ms").valueProperty().set("1000");
        model.save().join();
        assertThat(Files.readString(file))
                .isEqualTo(before.replace("num.partitions=3\n", "") + "log.retention.ms=1000\n");
    }

    @Test
    void aSecondSaveWhileTheFirstIsWritingIsRefused() throws Exception {
        launch(NodeId.broker(1));
        Deque<Runnable> background = new ArrayDeque<>();
        PropertiesViewModel busy = new PropertiesViewModel(background::add, Runnable::run, node -> true, launches);
        busy.attach(workspace);
        runAll(background);
        busy.entry("num.network.threads").valueProperty().set("5");
        runAll(background);

        CompletableFuture<List<NodeId>> first = busy.save();
        assertThat(busy.readyToSave()).as("Ctrl+S again").isFalse();
        assertThat(busy.messageProperty().get()).contains("still being saved");
        CompletableFuture<List<NodeId>> second = busy.save();
        runAll(background);

        assertThat(first.join()).as("only the first offers the restart").containsExactly(NodeId.broker(1));
        assertThat(second).failsWithin(Duration.ZERO).withThrowableThat().withMessageContaining("still being saved")
                .withMessageNotContaining("changed outside");
        assertThat(Files.readString(workspace.propertiesFile(NodeId.broker(1)))).contains("num.network.threads=5");
        assertThat(busy.dirtyProperty().get()).isFalse();
        assertThat(busy.readyToSave()).isFalse();
        assertThat(busy.messageProperty().get()).contains("no unsaved changes");
    }

    @Test
    void rawTextTypedWhileSavingStaysUnsaved() throws Exception {
        Deque<Runnable> background = new ArrayDeque<>();
        PropertiesViewModel busy = new PropertiesViewModel(background::add, Runnable::run, node -> false, launches);
        busy.attach(workspace);
        runAll(background);
        busy.rawModeProperty().set(true);
        String saved = busy.rawTextProperty().get() + "log.retention.hours=24";
        busy.rawTextProperty().set(saved);
        runAll(background);

        CompletableFuture<List<NodeId>> saving = busy.save();
        runAll(background);
        assertThat(saving).isCompleted();
        assertThat(busy.dirtyProperty().get()).as("no line end after the last line changes nothing").isFalse();

        busy.rawTextProperty().set(saved + "\nlog.retention.ms=1000\n");
        runAll(background);
        saving = busy.save();
        busy.rawTextProperty().set(saved + "\nlog.retention.ms=2000\n");
        runAll(background);

        assertThat(saving).isCompleted();
        assertThat(Files.readString(workspace.propertiesFile(NodeId.broker(1)))).contains("log.retention.ms=1000");
        assertThat(busy.dirtyProperty().get()).as("2000 was typed while 1000 was written").isTrue();
    }

    @Test
    void aFileKafkaCannotReadOpensAsRawTextToFixAndSave() throws Exception {
        Path file = workspace.propertiesFile(NodeId.broker(1));
        String broken = Files.readString(file).replace("log.dirs=", "log.dirs=C:\\users\\me\\kafka,");
        Files.writeString(file, broken);

        model.revert();
        assertThat(model.rawModeProperty().get()).isTrue();
        assertThat(model.rawTextProperty().get()).isEqualTo(broken);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("Cannot read").contains("raw text");
        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("not a valid properties file");
        });
        model.rawModeProperty().set(false);
        assertThat(model.rawModeProperty().get()).as("no form till the text parses").isTrue();

        model.rawTextProperty().set(broken.replace("C:\\users\\me\\kafka,", ""));
        assertThat(model.problems()).noneMatch(p -> p.isError());
        model.save().join();
        assertThat(Files.readString(file)).isEqualTo(broken.replace("C:\\users\\me\\kafka,", ""));
        assertThat(model.dirtyProperty().get()).isFalse();
        model.rawModeProperty().set(false);
        assertThat(model.rawModeProperty().get()).isFalse();
        assertThat(model.entry("log.dirs").value()).doesNotContain("C:");
    }

    @Test
    void aFileThatCannotBeReadLeavesNoOtherFileInTheRawText() throws Exception {
        model.rawModeProperty().set(true);
        assertThat(model.rawTextProperty().get()).contains("broker.id");
        Files.delete(workspace.propertiesFile(NodeId.zookeeper(1)));

        model.nodeProperty().set(NodeId.zookeeper(1));
        assertThat(model.messageProperty().get()).contains("Cannot read");
        assertThat(model.rawTextProperty().get()).isEmpty();
    }

    @Test
    void searchFiltersByKey() {
        model.searchProperty().set("retention.ms");
        assertThat(model.visibleEntries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.key() + e.info().documentation()).containsIgnoringCase("retention.ms"));
    }

    @Test
    void clearingTheFieldOfAKeyInTheFileSetsItEmptyWhereKafkaTakesAnEmptyValue() throws Exception {
        Path file = workspace.propertiesFile(NodeId.broker(1));
        String before = Files.readString(file);
        PropertyEntry socket = model.entry("zookeeper.clientCnxnSocket");

        socket.valueProperty().set("");

        assertThat(socket.inFile()).as("cleared, not removed").isTrue();
        assertThat(socket.status()).isEqualTo(PropertyEntry.Status.SET);
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.problems()).noneMatch(ConfigProblem::isError);
        model.save().join();
        assertThat(Files.readString(file)).isEqualTo(before.replace(
                "zookeeper.clientCnxnSocket=org.apache.zookeeper.ClientCnxnSocketNetty\n", "zookeeper.clientCnxnSocket=\n"));
    }

    @Test
    void clearingTheFieldOfAKeyThatTakesNoEmptyValueSaysHowToUseTheDefault() throws Exception {
        Path file = workspace.propertiesFile(NodeId.broker(1));
        String before = Files.readString(file);
        PropertyEntry partitions = model.entry("num.partitions");

        partitions.valueProperty().set("");

        assertThat(partitions.inFile()).isTrue();
        assertThat(partitions.error()).contains("num.partitions is set to an empty value")
                .contains("takes the key out of the file").contains("(1)");
        assertThat(model.readyToSave()).isFalse();
        assertThat(model.messageProperty().get()).contains("num.partitions");
        assertThat(Files.readString(file)).isEqualTo(before);

        partitions.remove();
        assertThat(partitions.inFile()).isFalse();
        assertThat(partitions.status()).isEqualTo(PropertyEntry.Status.DEFAULT);
        assertThat(model.problems()).noneMatch(ConfigProblem::isError);
    }

    @Test
    void clearingTheFieldOfAKeyWithoutADefaultSaysNoDefaultApplies() {
        model.nodeProperty().set(NodeId.zookeeper(1));
        PropertyEntry port = model.entry("clientPort");

        port.valueProperty().set("");

        assertThat(port.error()).contains("clientPort is set to an empty value").contains("type a value")
                .contains("it has no default, so it is then not set at all").doesNotContain("(none)")
                .doesNotContain("default applies");
    }

    @Test
    void replicationTheDefaultsOrTheClusterCannotMeetIsAWarningThatDoesNotBlockSaving() throws Exception {
        model.entry("min.insync.replicas").valueProperty().set("2");
        model.entry("default.replication.factor").valueProperty().set("1");

        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.key()).isEqualTo("min.insync.replicas");
            assertThat(p.message()).contains("default.replication.factor is 1").contains("acks=all")
                    .contains("Lower min.insync.replicas to 1 or less");
        });

        model.entry("default.replication.factor").valueProperty().set("2");
        model.entry("offsets.topic.replication.factor").valueProperty().set("3");
        assertThat(model.problems()).as("the workspace has 2 brokers").extracting(p -> p.key())
                .containsExactlyInAnyOrder("offsets.topic.replication.factor", "min.insync.replicas");
        assertThat(model.problems()).filteredOn(p -> p.key().equals("offsets.topic.replication.factor"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("the cluster has 2 brokers")
                        .contains("Set it to 2 or less"));
        assertThat(model.problems()).filteredOn(p -> p.key().equals("min.insync.replicas")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("min.insync.replicas is 2 and"
                        + " default.replication.factor is 2: a topic created with the default replication factor has"
                        + " no replica to spare"));
        assertThat(model.readyToSave()).isTrue();
        model.save().join();
        assertThat(Files.readString(workspace.propertiesFile(NodeId.broker(1))))
                .contains("offsets.topic.replication.factor=3");
    }

    @Test
    void revertInRawModeShowsTheFileAtOnceAndThenAChangeMadeOutside() throws Exception {
        Deque<Runnable> background = new ArrayDeque<>();
        PropertiesViewModel busy = new PropertiesViewModel(background::add, Runnable::run, node -> false, launches);
        busy.attach(workspace);
        runAll(background);
        busy.rawModeProperty().set(true);
        String file = busy.rawTextProperty().get();
        busy.rawTextProperty().set(file + "log.retention.ms=1000\n");
        runAll(background);

        busy.revert();
        assertThat(busy.rawTextProperty().get()).as("no blank editor while the file is read").isEqualTo(file);
        assertThat(busy.dirtyProperty().get()).isFalse();

        Path path = workspace.propertiesFile(NodeId.broker(1));
        Files.writeString(path, Files.readString(path) + "log.retention.hours=24\n");
        runAll(background);
        assertThat(busy.rawTextProperty().get()).endsWith("log.retention.hours=24\n");
        assertThat(busy.dirtyProperty().get()).isFalse();
    }

    @Test
    void ctrlSRightAfterAnEditWaitsForItsCheckAndSavesOnlyOnce() {
        Deque<Runnable> background = new ArrayDeque<>();
        PropertiesViewModel busy = new PropertiesViewModel(background::add, Runnable::run, node -> false, launches);
        busy.attach(workspace);
        runAll(background);

        busy.entry("num.network.threads").valueProperty().set("5");
        CompletableFuture<Boolean> first = busy.readyToSaveOnceChecked();
        CompletableFuture<Boolean> second = busy.readyToSaveOnceChecked();
        assertThat(first).as("waits for the check without blocking").isNotDone();
        assertThat(busy.messageProperty().get()).contains("saved once it is found valid");
        assertThat(second).as("Ctrl+S again: only the first saves").isCompletedWithValue(false);
        runAll(background);
        assertThat(first).isCompletedWithValue(true);

        busy.entry("num.network.threads").valueProperty().set("abc");
        CompletableFuture<Boolean> invalid = busy.readyToSaveOnceChecked();
        assertThat(invalid).isNotDone();
        runAll(background);
        assertThat(invalid).isCompletedWithValue(false);
        assertThat(busy.messageProperty().get()).startsWith("Not saved: 1 error").contains("num.network.threads");

        busy.entry("num.network.threads").valueProperty().set("6");
        CompletableFuture<Boolean> reverted = busy.readyToSaveOnceChecked();
        busy.revert();
        assertThat(reverted).as("the edit it waited to save is gone").isCompletedWithValue(false);
        runAll(background);
        assertThat(busy.readyToSaveOnceChecked()).isCompletedWithValue(false);
        assertThat(busy.messageProperty().get()).contains("no unsaved changes");
    }

    @Test
    void inRawModeTheDescriptionFollowsTheLineUnderTheCaret() {
        model.rawModeProperty().set(true);
        String text = model.rawTextProperty().get() + "# tuned\nlog.cleaner.enable=\\\n  true\nnot.a.kafka.key=1\n";
        model.rawTextProperty().set(text);

        model.describeRawLineAt(RawLines.positionOf(text, "num.io.threads") + 3);
        assertThat(model.selectedProperty().get().key()).isEqualTo("num.io.threads");
        model.describeRawLineAt(text.indexOf("  true"));
        assertThat(model.selectedProperty().get().key()).as("a continued line").isEqualTo("log.cleaner.enable");
        model.describeRawLineAt(text.indexOf("# tuned") + 2);
        assertThat(model.selectedProperty().get()).as("a comment describes no key").isNull();
        assertThat(model.descriptionHintProperty().get()).startsWith("The line under the caret sets no key");
        model.describeRawLineAt(RawLines.positionOf(text, "num.io.threads"));
        assertThat(model.selectedProperty().get().key()).isEqualTo("num.io.threads");
        assertThat(model.descriptionHintProperty().get()).startsWith("Click a value");
        model.describeRawLineAt(text.indexOf("\n\n") + 1);
        assertThat(model.selectedProperty().get()).as("a blank line describes no key").isNull();
        model.describeRawLineAt(text.indexOf("not.a.kafka.key"));
        assertThat(model.selectedProperty().get()).as("a key the form does not know").isNull();
        assertThat(model.descriptionHintProperty().get())
                .isEqualTo("not.a.kafka.key is not one of Kafka's own keys: there is no documentation to show.");

        model.rawModeProperty().set(false);
        assertThat(model.descriptionHintProperty().get()).startsWith("Click a value");
    }

    @Test
    void inRawModeAKeyTypedThereIsSaidToBeSetAsTheTextSetsIt() {
        model.rawModeProperty().set(true);
        String text = model.rawTextProperty().get() + "num.replica.fetchers=2\nlog.cleaner.enable=true\n";
        model.rawTextProperty().set(text);
        model.describeRawLineAt(text.indexOf("num.replica.fetchers"));
        assertThat(model.selectedProperty().get().status()).as("the form's entry, not brought up to date yet")
                .isEqualTo(PropertyEntry.Status.DEFAULT);
        assertThat(model.rawStatusProperty().get()).isEqualTo("Changed from default");
        model.describeRawLineAt(text.indexOf("log.cleaner.enable"));
        assertThat(model.rawStatusProperty().get()).isEqualTo("Set to the default value");

        model.rawModeProperty().set(false);
        assertThat(model.rawStatusProperty().get()).as("the form's entry says it again").isEmpty();
        assertThat(model.entry("num.replica.fetchers").status()).isEqualTo(PropertyEntry.Status.CHANGED);
    }

    @Test
    void inRawModeTheNoteOfAKeySetAgainGoesWithItsLine() {
        model.rawModeProperty().set(true);
        String text = model.rawTextProperty().get() + "# again\nnum.io.threads=9\n";
        model.rawTextProperty().set(text);

        model.describeRawLineAt(text.lastIndexOf("num.io.threads"));
        assertThat(model.rawLineNoteProperty().get()).startsWith("Kafka uses this line");
        model.describeRawLineAt(text.indexOf("# again"));
        assertThat(model.rawLineNoteProperty().get()).as("a comment").isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void enteringRawModeKeepsDescribingTheKeyTheFormDescribed() {
        model.selectedProperty().set(model.entry("num.io.threads"));
        model.rawModeProperty().set(true);
        assertThat(model.selectedProperty().get().key()).isEqualTo("num.io.threads");
        assertThat(model.rawPositionOf("num.io.threads")).as("where the view puts the caret").isPositive();
    }

    @Test
    void inRawModeASearchLeavesTheDescriptionOnTheLineUnderTheCaret() {
        model.rawModeProperty().set(true);
        String text = model.rawTextProperty().get();
        model.describeRawLineAt(RawLines.positionOf(text, "num.io.threads"));
        model.searchProperty().set("retention");
        assertThat(model.selectedProperty().get().key()).as("the form it filters is hidden")
                .isEqualTo("num.io.threads");

        model.rawModeProperty().set(false);
        assertThat(model.selectedProperty().get()).as("back in the form, a key it shows")
                .isSameAs(model.visibleEntries().get(0));
    }

    @Test
    void aKeySetAgainInTheRawTextIsAWarningAndTheDescriptionSaysWhichLineCounts() throws Exception {
        model.rawModeProperty().set(true);
        String before = model.rawTextProperty().get() + "queued.max.requests=100\n";
        String text = before + "connections.max.idle.ms=60000\nqueued.max.requests=200\n";
        model.rawTextProperty().set(text);
        int first = before.split("\n", -1).length - 1;
        int last = first + 2;

        assertThat(model.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).as("Kafka starts; it is only not what it seems").isFalse();
            assertThat(problem.key()).isEqualTo("queued.max.requests");
            assertThat(problem.message()).isEqualTo("queued.max.requests is set twice (lines " + first + " and "
                    + last + "); Kafka uses the last");
        });
        assertThat(model.hasErrors()).isFalse();

        model.describeRawLineAt(text.indexOf("queued.max.requests=100") + 2);
        assertThat(model.selectedProperty().get().key()).isEqualTo("queued.max.requests");
        assertThat(model.rawLineNoteProperty().get()).isEqualTo("Line " + first + " has no effect: Kafka uses line "
                + last + ", the last that sets queued.max.requests");
        model.describeRawLineAt(text.indexOf("queued.max.requests=200") + 2);
        assertThat(model.rawLineNoteProperty().get()).startsWith("Kafka uses this line, line " + last);
        model.describeRawLineAt(text.indexOf("connections.max.idle.ms=60000"));
        assertThat(model.rawLineNoteProperty().get()).as("a key set once").isEmpty();

        model.save().join();
        model.rawModeProperty().set(false);
        assertThat(model.entry("queued.max.requests").value()).as("the form shows what Kafka reads").isEqualTo("200");
    }

    @Test
    void rawFindSaysWhichOccurrenceOfHowManyOrThatThereIsNone() {
        model.rawModeProperty().set(true);
        String text = model.rawTextProperty().get();
        int count = text.split("(?i)listeners=", -1).length - 1;
        assertThat(count).as("listeners= and advertised.listeners=").isGreaterThan(1);

        RawLines.Match first = model.findInRaw(" LISTENERS= ", 0);
        assertThat(text.substring(first.start(), first.end())).isEqualToIgnoringCase("listeners=");
        assertThat(model.findStatusProperty().get()).isEqualTo("1 of " + count);
        RawLines.Match next = model.findInRaw("listeners=", first.end());
        assertThat(next.start()).isGreaterThan(first.start());
        assertThat(model.findStatusProperty().get()).isEqualTo("2 of " + count);
        assertThat(model.findInRaw("listeners=", text.length()).number()).as("from the top again").isEqualTo(1);

        assertThat(model.findInRaw("no.such.text", 0)).isNull();
        assertThat(model.findStatusProperty().get()).isEqualTo("No match");
        model.findInRaw("  ", 0);
        assertThat(model.findStatusProperty().get()).isEmpty();
    }

    @Test
    void aKeyNotInTheFileThatIsTypedAndClearedStaysOut() {
        PropertyEntry retention = model.entry("log.retention.ms");
        retention.valueProperty().set("1000");
        assertThat(retention.inFile()).isTrue();

        retention.valueProperty().set("");

        assertThat(retention.inFile()).isFalse();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.problems()).noneMatch(ConfigProblem::isError);
    }

    @Test
    void switchingToRawTextAndBackKeepsTheUnsavedEditsOfTheForm() throws Exception {
        Path file = workspace.propertiesFile(NodeId.broker(1));
        String before = Files.readString(file);
        model.entry("num.partitions").remove();
        model.entry("num.io.threads").valueProperty().set("8");

        model.rawModeProperty().set(true);
        assertThat(model.rawTextProperty().get()).doesNotContain("\nnum.partitions=").contains("num.io.threads=8");
        model.rawTextProperty().set(model.rawTextProperty().get().replace("log.retention.hours=168", "log.retention.hours=24"));
        model.rawModeProperty().set(false);

        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.entry("num.io.threads").value()).isEqualTo("8");
        assertThat(model.entry("log.retention.hours").value()).isEqualTo("24");
        assertThat(model.entry("num.partitions").inFile()).isFalse();
        assertThat(model.entry("num.partitions").group()).as("grouped as the file on disk has it")
                .isEqualTo(PropertyEntry.Status.CHANGED);

        model.entry("num.partitions").valueProperty().set("6");
        model.save().join();
        assertThat(Files.readString(file)).as("back on its line, under its comment").isEqualTo(before
                .replace("num.partitions=3\n", "num.partitions=6\n").replace("num.io.threads=4\n", "num.io.threads=8\n")
                .replace("log.retention.hours=168\n", "log.retention.hours=24\n"));
    }

    @Test
    void switchingToTheFormAndBackLosesNothingTypedInTheRawText() {
        model.rawModeProperty().set(true);
        String typed = "# tuned for the demo\r\n" + model.rawTextProperty().get() + "log.retention.ms=1000";
        model.rawTextProperty().set(typed);

        model.rawModeProperty().set(false);
        assertThat(model.entry("log.retention.ms").value()).isEqualTo("1000");
        model.rawModeProperty().set(true);
        assertThat(model.rawTextProperty().get()).as("no form edit: the text as typed").isEqualTo(typed);

        model.rawModeProperty().set(false);
        model.entry("num.io.threads").valueProperty().set("8");
        model.rawModeProperty().set(true);
        assertThat(model.rawTextProperty().get()).startsWith("# tuned for the demo\n").contains("num.io.threads=8")
                .contains("log.retention.ms=1000");
        assertThat(model.dirtyProperty().get()).isTrue();
    }
}
