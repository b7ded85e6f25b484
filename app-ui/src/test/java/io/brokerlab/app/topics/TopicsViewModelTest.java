package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.app.UserAction;
import io.brokerlab.launcher.admin.ElectionResult;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.admin.TopicInfo;
import java.time.Duration;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import io.brokerlab.launcher.state.TopicState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsViewModelTest {

    @TempDir
    Path temp;

    private final List<TopicInfo> metadata = new ArrayList<>();
    private int reads;

    private final TopicSource source = new TopicSource() {
        @Override
        public List<TopicInfo> describeAll() {
            reads++;
            return List.copyOf(metadata);
        }

        @Override
        public Optional<String> brokerConfig(String key) {
            return Optional.ofNullable(brokerConfigs.get(key));
        }

        @Override
        public void create(NewTopicRequest request) {
            calls.add("create " + request.name());
        }

        @Override
        public TopicInfo describe(String name) {
            described.add(name);
            if (describeFailure != null) {
                throw describeFailure;
            }
            List<PartitionInfo> partitions = metadata.stream().filter(t -> t.name().equals(name)).findFirst()
                    .map(TopicInfo::partitions).orElse(List.of());
            return new TopicInfo(name, false, partitions, List.of(new TopicConfigEntry("retention.ms", "60000", false, "DYNAMIC_TOPIC_CONFIG"),
                    new TopicConfigEntry("min.insync.replicas", "2", false, "STATIC_BROKER_CONFIG"),
                    new TopicConfigEntry("cleanup.policy", cleanupPolicies.getOrDefault(name, "delete"),
                            !cleanupPolicies.containsKey(name), "DEFAULT_CONFIG")));
        }

        @Override
        public void delete(String name) {
            if (failure != null) {
                throw failure;
            }
            calls.add("delete " + name);
        }

        @Override
        public void addPartitions(String name, int totalPartitions) {
            calls.add("partitions " + name + " " + totalPartitions);
        }

        @Override
        public void alterConfigs(String name, Map<String, String> set, Set<String> remove) {
            if (failure != null) {
                throw failure;
            }
            calls.add("configs " + name + " " + set + " " + remove);
        }

        @Override
        public Map<Integer, Long> endOffsets(String name) {
            if (offsetsFailure != null) {
                throw offsetsFailure;
            }
            return Map.copyOf(endOffsets);
        }

        @Override
        public ElectionResult tryElectPreferredLeaders(String name, Set<Integer> partitions) {
            calls.add("elect " + name + " where possible " + new java.util.TreeSet<>(partitions));
            return election;
        }

        @Override
        public List<Integer> electPreferredLeaders(String name, Set<Integer> partitions) {
            calls.add("elect " + name + " " + partitions);
            return List.copyOf(partitions);
        }

        @Override
        public void reassign(String name, int partition, List<Integer> replicas, Duration timeout) {
            calls.add("reassign " + name + "-" + partition + " " + replicas);
        }
    };

    private final List<String> calls = new ArrayList<>();
    /** The topics described one by one, in order. */
    private final List<String> described = new ArrayList<>();
    private RuntimeException describeFailure;
    private final Map<String, String> cleanupPolicies = new java.util.HashMap<>();
    private RuntimeException failure;
    private RuntimeException offsetsFailure;
    private final Map<Integer, Long> endOffsets = new java.util.HashMap<>();
    private final Map<String, String> brokerConfigs = new java.util.HashMap<>();
    private ElectionResult election = new ElectionResult(List.of(0), Map.of());

    @Test
    void aPartitionWhoseLeaderDoesNotAnswerKeepsItsLastEndOffsetMarkedAsSuchWhileTheOthersStillRead() {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws3"), 1, 3));
        cluster.up();
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
        model.attach(source, List.of(1, 2, 3));
        endOffsets.putAll(Map.of(0, 42L, 1, 7L));
        metadata.add(topic("orders", new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)),
                new PartitionInfo(1, 2, List.of(2, 3, 1), List.of(2, 3, 1))));
        model.apply(cluster.snapshot());

        assertThat(model.selectedProperty().get()).isEqualTo("orders");
        assertThat(model.endOffsets()).containsOnly(Map.entry(0, 42L), Map.entry(1, 7L));
        assertThat(model.endOffsetNotCurrent(1)).isNull();
        endOffsets.put(0, 50L);
        endOffsets.remove(1);
        model.refreshEndOffsets();
        // "—" or a drop to 0 while broker-1's partition fails over reads as lost messages in a durability demo
        assertThat(model.endOffsets()).containsOnly(Map.entry(0, 50L), Map.entry(1, 7L));
        assertThat(model.endOffsetNotCurrent(0)).isNull();
        assertThat(model.endOffsetNotCurrent(1))
                .matches("last read at \\d\\d:\\d\\d:\\d\\d; its leader does not answer \\(down, paused or just replaced\\)");
        endOffsets.put(1, 601L);
        model.refreshEndOffsets();
        assertThat(model.endOffsets()).containsOnly(Map.entry(0, 50L), Map.entry(1, 601L));
        assertThat(model.endOffsetNotCurrent(1)).isNull();
    }

    @Test
    void aFailedEndOffsetsReadKeepsEveryLastOffsetMarkedAsNotCurrent() {
        TopicsViewModel model = modelOnRunningCluster("ws-offsets-failed");
        endOffsets.putAll(Map.of(0, 42L));
        model.apply(List.of(topic("orders", new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)))));
        assertThat(model.endOffsets()).containsOnly(Map.entry(0, 42L));
        offsetsFailure = new IllegalStateException("timed out");
        model.refreshEndOffsets();
        assertThat(model.endOffsets()).containsOnly(Map.entry(0, 42L));
        assertThat(model.endOffsetNotCurrent(0)).startsWith("last read at ");
    }

    @Test
    void topicActionsCallTheSourceAndSayWhatHappened() {
        TopicsViewModel model = modelOnRunningCluster("ws-actions");
        List<UserAction> told = new ArrayList<>();
        model.onUserAction(told::add);
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)),
                new PartitionInfo(1, 2, List.of(2, 3, 1), List.of(2, 3)))));
        model.addPartitions("demo", 2);
        assertThat(model.actionStatusProperty().get()).contains("can only grow");
        model.addPartitions("demo", 4);
        TopicConfigsViewModel configs = model.configs("demo").join();
        assertThat(configs.rows().get(0).key()).as("the override first").isEqualTo("retention.ms");
        configs.rows().get(0).resetToDefault();
        configs.rows().stream().filter(r -> r.key().equals("min.insync.replicas")).findFirst().orElseThrow()
                .valueProperty().set("1");
        assertThat(configs.apply(edit -> model.alterConfigs("demo", edit)).join()).isTrue();
        assertThat(model.actionStatusProperty().get()).isEqualTo("Configs of demo: 1 set, 1 reset");
        model.electPreferredLeaders("demo");
        model.moveLeadership("demo", 0, 3);
        assertThat(model.actionStatusProperty().get()).isEqualTo("Leader of demo-0 moved to broker-3; broker-3 is now"
                + " its preferred replica (replicas [3, 1, 2])");
        model.moveLeadership("demo", 1, 1);
        assertThat(model.actionStatusProperty().get()).contains("not in sync");
        model.addPartitions("demo", 1001);
        assertThat(model.actionStatusProperty().get()).isEqualTo("Could not grow demo to 1001 partitions: At most 1000"
                + " partitions, as when creating a topic: each partition is log files and open handles on every broker"
                + " holding a replica, and Kafka cannot take partitions away again");
        model.delete("demo");
        assertThat(calls).containsExactly("partitions demo 4", "configs demo {min.insync.replicas=1} [retention.ms]",
                "elect demo where possible [0, 1]", "reassign demo-0 [3, 1, 2]", "elect demo [0]", "delete demo");
        assertThat(told).as("the timeline lists the changes made, and times the new partitions' leaders from theirs")
                .extracting(UserAction::where, UserAction::what, UserAction::cause).startsWith(
                        tuple("demo", "partitions added: 2 → 4", "partitions were added"),
                        tuple("demo", "configs changed: min.insync.replicas=1, retention.ms reset", null));
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(LeaderMoves.leaderFirst(List.of(1, 2, 3), 2)).containsExactly(2, 1, 3);
    }

    @Test
    void theTopicListChangesOnlyWhenItsRowsDo() {
        TopicsViewModel model = modelOnRunningCluster("ws-rows");
        List<String> changes = new ArrayList<>();
        model.topics().addListener((javafx.collections.ListChangeListener<TopicRow>) c -> changes.add(model.topics().toString()));
        PartitionInfo inSync = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3));
        model.apply(List.of(topic("demo", inSync)));
        assertThat(changes).as("the row, then with its cleanup.policy read").hasSize(2);
        model.apply(List.of(topic("demo", inSync)));
        assertThat(changes).hasSize(2);
        model.apply(List.of(topic("demo", new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(2, 3)))));
        assertThat(changes).hasSize(3);
        assertThat(model.topics()).singleElement().satisfies(row -> {
            assertThat(row.underReplicated()).isEqualTo(1);
            assertThat(row.offline()).isZero();
        });
    }

    /** A model on the test source whose three brokers all run (1 ZooKeeper + 3 brokers, started, fake). */
    private TopicsViewModel modelOnRunningCluster(String workspace) {
        return modelOn(runningCluster(workspace));
    }

    private FakeCluster runningCluster(String workspace) {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve(workspace), 1, 3));
        cluster.up();
        return cluster;
    }

    /** A model on the test source and {@code cluster}'s brokers; background and FX work run at once. */
    private TopicsViewModel modelOn(FakeCluster cluster) {
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
        model.attach(source, List.of(1, 2, 3));
        model.apply(cluster.snapshot());
        return model;
    }

    private static TopicInfo topic(String name, PartitionInfo... partitions) {
        return new TopicInfo(name, false, List.of(partitions), List.of());
    }

    @Test
    void compactedTopicsAreToldFromTheirConfigsReadOnceInTheBackgroundAndAgainWhenTheyMayHaveChanged() {
        FakeCluster cluster = runningCluster("ws-compacted");
        List<Runnable> background = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run);
        model.attach(source, List.of(1, 2, 3));
        cleanupPolicies.put("users", "compact");
        cleanupPolicies.put("sessions", "compact,delete");
        PartitionInfo p0 = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3));
        metadata.addAll(List.of(topic("orders", p0), topic("sessions", p0), topic("users", p0)));
        model.apply(cluster.snapshot());
        runAll(background);

        assertThat(model.topics()).extracting(TopicRow::name, TopicRow::cleanupPolicy, TopicRow::compacted)
                .containsExactly(tuple("orders", "delete", false), tuple("sessions", "compact,delete", true),
                        tuple("users", "compact", true));
        assertThat(described).as("each topic once, off the FX thread").containsExactlyInAnyOrder("orders", "sessions",
                "users");
        model.selectedProperty().set("users");
        assertThat(model.detailCleanupPolicyProperty().get()).isEqualTo("compact");

        // leaders move, partitions are added: the rows change every time, their configs do not
        metadata.set(0, topic("orders", p0, new PartitionInfo(1, 2, List.of(2, 3, 1), List.of(2, 3, 1))));
        model.refresh();
        runAll(background);
        assertThat(described).hasSize(3);

        described.clear();
        cleanupPolicies.put("orders", "compact");
        model.alterConfigs("orders", new ConfigEdit(Map.of("cleanup.policy", "compact"), Set.of()));
        runAll(background);
        assertThat(described).as("only the topic whose cleanup.policy the app changed").containsExactly("orders");
        assertThat(model.topics()).filteredOn(r -> r.name().equals("orders")).singleElement()
                .satisfies(r -> assertThat(r.compacted()).isTrue());
        model.alterConfigs("orders", new ConfigEdit(Map.of("retention.ms", "1000"), Set.of()));
        runAll(background);
        assertThat(described).containsExactly("orders");

        described.clear();
        cleanupPolicies.remove("users"); // the CLI set it back meanwhile
        model.refreshNow();
        runAll(background);
        assertThat(described).as("Refresh reads every topic's again").containsExactlyInAnyOrder("orders", "sessions",
                "users");
        assertThat(model.detailCleanupPolicyProperty().get()).isEqualTo("delete");
        assertThat(model.topics()).filteredOn(TopicRow::compacted).extracting(TopicRow::name)
                .containsExactly("orders", "sessions");
    }

    @Test
    void withoutAZooKeeperQuorumNoTopicConfigsAreReadNorLeadersMovedUntilItIsBack() {
        FakeCluster cluster = runningCluster("ws-no-quorum");
        List<Runnable> background = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run);
        model.attach(source, List.of(1, 2, 3));
        cluster.kill(NodeId.zookeeper(1));
        model.apply(cluster.snapshot());
        cleanupPolicies.put("users", "compact");
        PartitionInfo p0 = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3));
        metadata.addAll(List.of(topic("orders", p0), topic("users", p0)));
        model.refresh();
        runAll(background);
        assertThat(described).as("a broker would wait on ZooKeeper in a request thread of its few").isEmpty();

        assertThat(TopicsView.quorumLost(cluster.snapshot())).as("what the create dialog says")
                .startsWith("No ZooKeeper quorum (0 of 1 serving): Kafka creates no topic");
        model.electPreferredLeaders("orders");
        assertThat(model.actionStatusProperty().get()).as("refused up front, not timed out and done minutes later")
                .endsWith(LeaderMoves.NO_QUORUM);
        assertThat(model.offerLeaderMove("orders", p0)).isEmpty();
        assertThat(calls).noneMatch(c -> c.startsWith("elect") || c.startsWith("reassign"));

        cluster.start(NodeId.zookeeper(1));
        model.apply(cluster.snapshot());
        runAll(background);
        assertThat(described).containsExactlyInAnyOrder("orders", "users");
        assertThat(model.topics()).filteredOn(TopicRow::compacted).extracting(TopicRow::name).containsExactly("users");
    }

    @Test
    void aCleanupPolicyReadThatFailedIsTriedAgainOnceTheBrokersChangeAndATopicDeletedIsForgotten() {
        FakeCluster cluster = runningCluster("ws-compacted-failed");
        List<Runnable> background = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run, task -> { },
                (delay, task) -> { });
        model.attach(source, List.of(1, 2, 3));
        PartitionInfo p0 = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3));
        metadata.addAll(List.of(topic("orders", p0), topic("users", p0)));
        cleanupPolicies.put("users", "compact");
        describeFailure = new IllegalStateException("timed out");
        model.apply(cluster.snapshot());
        runAll(background);
        assertThat(described).as("stopped at the first failure: the next would wait out the timeout too")
                .containsExactly("orders");
        assertThat(model.topics()).allSatisfy(r -> assertThat(r.cleanupPolicy()).isEmpty());

        model.refresh();
        runAll(background);
        assertThat(described).as("not asked again for every new row").hasSize(1);

        describeFailure = null;
        cluster.kill(NodeId.broker(3));
        model.apply(cluster.snapshot());
        runAll(background);
        assertThat(model.topics()).filteredOn(TopicRow::compacted).extracting(TopicRow::name).containsExactly("users");

        // users deleted, then made again by the CLI without compaction
        metadata.remove(1);
        model.refresh();
        runAll(background);
        cleanupPolicies.remove("users");
        metadata.add(topic("users", p0));
        described.clear();
        model.refresh();
        runAll(background);
        assertThat(described).containsExactly("users");
        assertThat(model.topics()).noneMatch(TopicRow::compacted);
    }

    @Test
    void aCleanupPolicyReadThatFailedIsTriedAgainAfterOneTwoAndFourSecondsThenLeftToTheBrokersOrRefresh() {
        FakeCluster cluster = runningCluster("ws-compacted-retry");
        List<Runnable> background = new ArrayList<>();
        Map<Duration, Runnable> retries = new java.util.LinkedHashMap<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run, task -> { },
                (delay, task) -> assertThat(retries.put(delay, task)).as("one retry due at a time").isNull());
        model.attach(source, List.of(1, 2, 3));
        model.apply(cluster.snapshot());
        PartitionInfo p0 = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3));
        // made by the CLI: listed before its metadata reached the broker asked, which refuses the describe
        cleanupPolicies.put("accounts", "compact");
        metadata.add(topic("accounts", p0));
        describeFailure = new IllegalStateException("This server does not host this topic-partition");
        model.refresh();
        runAll(background);
        assertThat(described).containsExactly("accounts");
        assertThat(retries).containsOnlyKeys(Duration.ofSeconds(1));

        retries.remove(Duration.ofSeconds(1)).run();
        runAll(background);
        assertThat(described).hasSize(2);
        assertThat(retries).as("a longer wait each time").containsOnlyKeys(Duration.ofSeconds(2));
        describeFailure = null;
        retries.remove(Duration.ofSeconds(2)).run();
        runAll(background);
        assertThat(model.topics()).singleElement().satisfies(r -> assertThat(r.compacted()).isTrue());
        assertThat(retries).isEmpty();

        // the brokers all gone: three retries, then none until they change or Refresh
        described.clear();
        describeFailure = new IllegalStateException("timed out");
        model.refreshNow();
        runAll(background);
        for (Duration delay : CleanupPolicyReads.RETRY_DELAYS) {
            assertThat(retries).as("after a success the retries start again from 1 s").containsOnlyKeys(delay);
            retries.remove(delay).run();
            runAll(background);
        }
        assertThat(described).as("the first read and three retries").hasSize(4);
        assertThat(retries).as("bounded").isEmpty();
        assertThat(model.topics()).singleElement().satisfies(r -> assertThat(r.compacted())
                .as("kept as read until then").isTrue());
        model.refreshNow();
        runAll(background);
        assertThat(described).hasSize(5);
        assertThat(retries).containsOnlyKeys(Duration.ofSeconds(1));
    }

    @Test
    void aTopicTheAppCreatesIsTaggedCompactedAtOnceFromItsRequestWithoutADescribeTheBrokersWouldRefuse() {
        FakeCluster cluster = runningCluster("ws-compacted-created");
        List<Runnable> background = new ArrayList<>();
        List<Runnable> retries = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run, task -> { },
                (delay, task) -> retries.add(task));
        model.attach(source, List.of(1, 2, 3));
        model.apply(cluster.snapshot());
        PartitionInfo p0 = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3));
        metadata.add(topic("orders", p0));
        model.refresh();
        runAll(background);
        described.clear();
        describeFailure = new IllegalStateException("This server does not host this topic-partition");

        model.create(new NewTopicRequest("users", 1, (short) 3, Map.of("cleanup.policy", "compact")));
        metadata.add(topic("users", p0));
        runAll(background);

        assertThat(model.selectedProperty().get()).isEqualTo("users");
        assertThat(model.topics()).filteredOn(TopicRow::compacted).extracting(TopicRow::name).containsExactly("users");
        assertThat(model.detailCleanupPolicyProperty().get()).isEqualTo("compact");
        assertThat(described).as("what it was created with is known").isEmpty();
        assertThat(retries).isEmpty();
    }

    @Test
    void afterADeleteTheTopicListedNextIsShownElseTheOneBefore() {
        TopicsViewModel model = modelOnRunningCluster("ws-delete-neighbour");
        PartitionInfo p0 = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3));
        metadata.addAll(List.of(topic("accounts", p0), topic("orders", p0), topic("users", p0)));
        model.refresh();
        model.selectedProperty().set("orders");

        model.delete("orders");
        assertThat(model.selectedProperty().get()).as("the row that takes its place").isEqualTo("users");
        metadata.remove(1);
        model.refresh();
        assertThat(model.selectedProperty().get()).isEqualTo("users");

        model.delete("users");
        assertThat(model.selectedProperty().get()).as("the last one: the one before").isEqualTo("accounts");
        metadata.remove(1);
        model.refresh();
        model.delete("accounts");
        assertThat(model.selectedProperty().get()).as("none left").isNull();
    }

    @Test
    void replicaStatesByShape() {
        PartitionInfo p = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2));
        Set<Integer> live = Set.of(1, 2);
        assertThat(ReplicaState.of(p, 1, live)).isEqualTo(ReplicaState.LEADER);
        assertThat(ReplicaState.of(p, 2, live)).isEqualTo(ReplicaState.IN_SYNC);
        assertThat(ReplicaState.of(p, 3, live)).isEqualTo(ReplicaState.OFFLINE);
        assertThat(ReplicaState.of(p, 3, Set.of(1, 2, 3))).isEqualTo(ReplicaState.OUT_OF_SYNC);
        assertThat(ReplicaState.of(p, 4, live)).isEqualTo(ReplicaState.NONE);
        // a leader whose process died is offline at once, before Kafka elects another
        assertThat(ReplicaState.of(p, 1, Set.of(2, 3))).isEqualTo(ReplicaState.OFFLINE);
    }

    @Test
    void refreshesOnClusterChangesAndMarksUnhealthyTopics() {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 3));
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
        model.attach(source, List.of(1, 2, 3));
        metadata.add(topic("orders", new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)),
                new PartitionInfo(1, 2, List.of(2, 3, 1), List.of(2, 3, 1))));
        model.apply(cluster.snapshot());
        assertThat(reads).isZero(); // no broker up: nothing to ask
        cluster.up();
        model.apply(cluster.snapshot());
        assertThat(reads).isEqualTo(1);
        assertThat(model.topics()).singleElement().satisfies(t -> {
            assertThat(t.partitions()).isEqualTo(2);
            assertThat(t.replicationFactor()).isEqualTo(3);
            assertThat(t.health()).isEqualTo("healthy");
        });
        assertThat(model.selectedProperty().get()).isEqualTo("orders");
        assertThat(model.detailProperty().get().partitions()).hasSize(2);

        cluster.kill(NodeId.broker(1));
        model.apply(cluster.snapshot());
        assertThat(model.topics().get(0).health()).isEqualTo("1 offline · 2 under-replicated");
        assertThat(model.replicaState(model.detailProperty().get().partitions().get(0), 1)).isEqualTo(ReplicaState.OFFLINE);
        cluster.set(NodeId.broker(1), NodeState.RUNNING, false);
        metadata.set(0, topic("orders", new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(2, 3)),
                new PartitionInfo(1, 2, List.of(2, 3, 1), List.of(2, 3))));
        model.apply(cluster.snapshot());
        assertThat(model.topics().get(0).health()).isEqualTo("2 under-replicated");
        assertThat(model.replicaState(model.detailProperty().get().partitions().get(0), 1))
                .isEqualTo(ReplicaState.OUT_OF_SYNC);
    }

    @Test
    void followsTheStateWatcherWithoutPolling() {
        TopicsViewModel model = modelOnRunningCluster("ws2");
        int readsBefore = reads;
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        model.apply(state(t0, new PartitionState("demo", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), 0, 1)));
        assertThat(model.selectedProperty().get()).isEqualTo("demo");
        assertThat(model.detailProperty().get().partitions().get(0).leader()).isEqualTo(1);
        assertThat(model.leaderEpoch("demo", 0)).isZero();

        model.apply(state(t0.plusSeconds(5), new PartitionState("demo", 0, List.of(1, 2, 3), 2, List.of(2, 3), 1, 1)));
        PartitionInfo p0 = model.detailProperty().get().partitions().get(0);
        assertThat(model.replicaState(p0, 2)).isEqualTo(ReplicaState.LEADER);
        assertThat(model.replicaState(p0, 1)).isEqualTo(ReplicaState.OUT_OF_SYNC);
        assertThat(model.leaderEpoch("demo", 0)).isEqualTo(1);
        assertThat(model.topics().get(0).health()).isEqualTo("1 under-replicated");
        assertThat(model.stateTakenAtProperty().get()).isEqualTo(t0.plusSeconds(5));
        // a refresh while the watcher drives the rows asks the brokers nothing (its answer would be thrown away),
        // and a describe's answer does not replace those rows
        metadata.add(topic("demo", new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3))));
        model.refresh().join();
        assertThat(reads).isEqualTo(readsBefore);
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)))));
        assertThat(model.detailProperty().get().partitions().get(0).leader()).isEqualTo(2);
    }

    @Test
    void aTopicMarkedForDeletionLeavesTheListAtOnce() {
        TopicsViewModel model = modelOnRunningCluster("ws-deleting");
        Instant t0 = Instant.parse("2026-11-25T01:00:00Z");
        PartitionState p0 = new PartitionState("demo", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), 0, 1);
        model.apply(state(t0, p0));
        assertThat(model.topics()).extracting(TopicRow::name).containsExactly("demo");

        // the controller takes its replicas offline one by one: no health figures of a topic asked to go
        PartitionState goingAway = new PartitionState("demo", 0, List.of(1, 2, 3), 1, List.of(1), 0, 1);
        model.apply(new ClusterState(ClusterState.Source.ZOOKEEPER, t0.plusSeconds(1), true, Optional.empty(),
                new java.util.TreeMap<>(), OptionalInt.of(1), new java.util.TreeMap<>(Map.of("demo", new TopicState(
                "demo", new java.util.TreeMap<>(Map.of(0, goingAway)), OptionalInt.of(2), true))), List.of()));
        assertThat(model.topics()).isEmpty();
    }

    private static ClusterState state(Instant at, PartitionState... partitions) {
        java.util.TreeMap<Integer, PartitionState> byNumber = new java.util.TreeMap<>();
        for (PartitionState p : partitions) {
            byNumber.put(p.partition(), p);
        }
        return new ClusterState(ClusterState.Source.ZOOKEEPER, at, true, Optional.empty(), new java.util.TreeMap<>(),
                OptionalInt.of(1), new java.util.TreeMap<>(Map.of("demo", new TopicState("demo", byNumber))), List.of());
    }

    private static ClusterState state(ClusterState.Source source, OptionalInt ownMinInsync,
                                      PartitionState... partitions) {
        java.util.TreeMap<Integer, PartitionState> byNumber = new java.util.TreeMap<>();
        for (PartitionState p : partitions) {
            byNumber.put(p.partition(), p);
        }
        return new ClusterState(source, Instant.parse("2026-11-25T01:00:00Z"), true, Optional.empty(),
                new java.util.TreeMap<>(), OptionalInt.of(1),
                new java.util.TreeMap<>(Map.of("demo", new TopicState("demo", byNumber, ownMinInsync))), List.of());
    }

    @Test
    void aPartitionWithFewerInSyncReplicasThanTheTopicsMinInsyncReplicasIsSaidToRefuseAcksAllWrites() {
        brokerConfigs.put("min.insync.replicas", "2");
        TopicsViewModel model = modelOnRunningCluster("ws-below-min");
        PartitionState alone = new PartitionState("demo", 0, List.of(1, 2, 3), 1, List.of(1), 3, 1);
        PartitionState two = new PartitionState("demo", 1, List.of(2, 3, 1), 1, List.of(1, 2), 3, 1);

        model.apply(state(ClusterState.Source.ZOOKEEPER, OptionalInt.empty(), alone, two));
        assertThat(model.topics()).singleElement().satisfies(row -> assertThat(row.health())
                .isEqualTo("1 below min ISR: acks=all refused · 2 under-replicated"));
        assertThat(model.minInsyncReplicasText()).isEqualTo("min.insync.replicas 2 (the brokers' default)");
        assertThat(model.minInsyncReplicasProperty().get()).isEqualTo(2);
        assertThat(model.partitionRows()).extracting(PartitionRow::belowMinIsr).containsExactly(true, false);

        model.apply(state(ClusterState.Source.ZOOKEEPER, OptionalInt.of(3), alone, two));
        assertThat(model.topics().get(0).health())
                .isEqualTo("2 below min ISR: acks=all refused · 2 under-replicated");
        assertThat(model.minInsyncReplicasText()).isEqualTo("min.insync.replicas 3 (set on this topic)");
        assertThat(model.partitionRows()).extracting(PartitionRow::belowMinIsr).containsExactly(true, true);

        model.apply(state(ClusterState.Source.ZOOKEEPER, OptionalInt.of(1), alone, two));
        assertThat(model.topics().get(0).health()).isEqualTo("2 under-replicated");

        // polled through the Admin API: the topic's own value is not read, and the brokers' may not be the one
        model.apply(state(ClusterState.Source.ADMIN_API, OptionalInt.empty(), alone, two));
        assertThat(model.topics().get(0).health()).isEqualTo("2 under-replicated");
        assertThat(model.minInsyncReplicasText()).isEmpty();
        assertThat(model.minInsyncReplicasProperty().get()).isZero();
    }

    @Test
    void theBrokersMinInsyncReplicasIsReadAgainWhenTheRunningBrokersChangeAndKeptWhenAReadTellsNothing() {
        FakeCluster cluster = runningCluster("ws-broker-min");
        TopicsViewModel model = modelOn(cluster);
        PartitionState alone = new PartitionState("demo", 0, List.of(1, 2, 3), 1, List.of(1), 3, 1);
        model.apply(state(ClusterState.Source.ZOOKEEPER, OptionalInt.empty(), alone));
        assertThat(model.topics().get(0).belowMinIsr()).as("the brokers did not tell theirs").isZero();
        assertThat(model.minInsyncReplicasText()).isEmpty();

        brokerConfigs.put("min.insync.replicas", "2");
        cluster.kill(NodeId.broker(3));
        model.apply(cluster.snapshot());
        assertThat(model.topics().get(0).health())
                .isEqualTo("1 below min ISR: acks=all refused · 1 under-replicated");

        brokerConfigs.remove("min.insync.replicas");
        cluster.set(NodeId.broker(3), NodeState.RUNNING, false);
        model.apply(cluster.snapshot());
        assertThat(model.topics().get(0).belowMinIsr()).as("the last value read").isEqualTo(1);
    }

    @Test
    void onWindowsTheCreateDialogWarnsAboutSettingsThatDeleteFiles() {
        CreateTopicViewModel model = new CreateTopicViewModel(3, List.of(), new io.brokerlab.launcher.admin.WindowsDataSafety(true));
        model.nameProperty().set("orders");
        assertThat(model.windowsWarningProperty().get()).isEmpty();
        model.retentionMsProperty().set("60000");
        model.cleanupPolicyProperty().set("compact");
        assertThat(model.windowsWarningProperty().get()).contains("KAFKA-1194").contains("retention.ms, cleanup.policy");
        assertThat(model.valid()).as("a warning, not a refusal").isTrue();
        model.retentionMsProperty().set("-1");
        model.cleanupPolicyProperty().set("delete");
        assertThat(model.windowsWarningProperty().get()).isEmpty();
        CreateTopicViewModel elsewhere = new CreateTopicViewModel(3, List.of(), new io.brokerlab.launcher.admin.WindowsDataSafety(false));
        elsewhere.retentionMsProperty().set("60000");
        assertThat(elsewhere.windowsWarningProperty().get()).isEmpty();
    }

    @Test
    void createDialogChecksAsYouTypeAndCapsTheReplicationFactor() {
        CreateTopicViewModel model = new CreateTopicViewModel(2, List.of());
        assertThat(model.replicationFactorProperty().get()).isEqualTo(2);
        assertThat(model.problemProperty().get()).isEqualTo("Give the topic a name");
        model.nameProperty().set("bad name!");
        assertThat(model.problemProperty().get()).contains("ASCII alphanumerics");
        model.nameProperty().set("orders");
        assertThat(model.valid()).isTrue();
        model.replicationFactorProperty().set(3);
        assertThat(model.problemProperty().get()).contains("between 1 and 2");
        model.replicationFactorProperty().set(2);
        model.minInsyncReplicasProperty().set("3");
        assertThat(model.problemProperty().get()).contains("min.insync.replicas");
        model.minInsyncReplicasProperty().set("2");
        model.retentionMsProperty().set("60000");
        model.cleanupPolicyProperty().set("compact");
        assertThat(model.valid()).isTrue();
        assertThat(model.request()).isEqualTo(new NewTopicRequest("orders", 3, (short) 2,
                Map.of("min.insync.replicas", "2", "retention.ms", "60000", "cleanup.policy", "compact")));
    }

    @Test
    void everyProblemOfTheCreateFormIsNamedAtOnceAndItsFieldMarked() {
        CreateTopicViewModel model = new CreateTopicViewModel(3, List.of());
        assertThat(model.invalidFieldsProperty().get()).as("an empty name is a hint, not a mistake").isEmpty();
        model.nameProperty().set("orders");
        model.minInsyncReplicasProperty().set("4");
        model.retentionMsProperty().set("abc");
        assertThat(model.problemProperty().get().lines()).containsExactly(
                "min.insync.replicas (4) above the replication factor (3) makes every acks=all write fail",
                "retention.ms must be milliseconds or a time such as 7d, 12h or 30m, or -1 for no limit");
        assertThat(model.invalidFieldsProperty().get()).containsExactlyInAnyOrder(
                CreateTopicViewModel.Field.MIN_INSYNC_REPLICAS, CreateTopicViewModel.Field.RETENTION_MS);
        model.retentionMsProperty().set("7d");
        assertThat(model.invalidFieldsProperty().get()).containsExactly(CreateTopicViewModel.Field.MIN_INSYNC_REPLICAS);
        model.minInsyncReplicasProperty().set("2");
        assertThat(model.valid()).isTrue();
        assertThat(model.invalidFieldsProperty().get()).isEmpty();
    }

    @Test
    void retentionTakesKafkasLongRangeAndMinusOneForever() {
        CreateTopicViewModel model = new CreateTopicViewModel(1, List.of());
        model.nameProperty().set("kept");
        model.retentionMsProperty().set("2592000000");
        assertThat(model.problemProperty().get()).as("30 days, past Integer.MAX_VALUE").isEmpty();
        assertThat(model.request().configs()).containsEntry("retention.ms", "2592000000");
        model.retentionMsProperty().set("-1");
        assertThat(model.problemProperty().get()).as("infinite").isEmpty();
        model.retentionMsProperty().set("-2");
        assertThat(model.problemProperty().get()).contains("retention.ms");
        model.retentionMsProperty().set("a month");
        assertThat(model.problemProperty().get()).contains("retention.ms");
    }

    @Test
    void thePartitionCountIsCheckedAsTyped() {
        CreateTopicViewModel model = new CreateTopicViewModel(3, List.of());
        model.nameProperty().set("orders");
        for (String wrong : List.of("", "abc", "0", "-2", "1001", "99999999999")) {
            model.partitionsProperty().set(wrong);
            assertThat(model.problemProperty().get()).as(wrong).contains("partitions");
        }
        model.partitionsProperty().set(" 12 ");
        assertThat(model.valid()).isTrue();
        assertThat(model.request().partitions()).isEqualTo(12);
    }

    @Test
    void aFailedActionIsShownAsAnErrorAndReachesTheErrorHandlerWhileSuccessesAndRefusalsDoNot() {
        TopicsViewModel model = modelOnRunningCluster("ws-failed-action");
        List<String> errors = new ArrayList<>();
        model.onActionError((what, error) -> errors.add(what + " / " + error.getMessage()));
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)))));

        failure = new IllegalStateException("topic deletion is disabled");
        assertThat(model.delete("demo")).isCompletedExceptionally();
        assertThat(model.actionStatusProperty().get()).isEqualTo("Could not delete demo: topic deletion is disabled");
        assertThat(model.actionFailedProperty().get()).isTrue();
        assertThat(errors).containsExactly("Could not delete demo / topic deletion is disabled");

        model.electPreferredLeaders("demo");
        assertThat(model.actionFailedProperty().get()).isFalse();
        assertThat(errors).hasSize(1);

        model.addPartitions("demo", 1);
        assertThat(model.actionFailedProperty().get()).as("refused before asking Kafka").isTrue();
        assertThat(model.actionStatusProperty().get()).startsWith("Could not grow demo to 1 partitions: ")
                .contains("can only grow");
        assertThat(errors).as("a refusal needs no dialog").hasSize(1);
    }

    @Test
    void aConfigChangeTheClusterRefusesIsToldInTheStatusLineNotInASecondDialog() {
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
        List<String> errors = new ArrayList<>();
        model.onActionError((what, error) -> errors.add(what));
        model.attach(source, List.of(1, 2, 3));
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3)))));

        failure = new IllegalStateException("Invalid value -5 for configuration retention.ms");
        var done = model.alterConfigs("demo", new ConfigEdit(Map.of("retention.ms", "-5"), Set.of()));
        assertThat(done).as("the configs dialog shows the reason").isCompletedExceptionally();
        assertThat(model.actionFailedProperty().get()).isTrue();
        assertThat(model.actionStatusProperty().get()).contains("retention.ms");
        assertThat(errors).as("no error dialog over the configs dialog").isEmpty();
    }

    @Test
    void duringAFailoverTheLeaderMovesOnlyToALiveInSyncReplicaAndReordersEvenWithAReplicaDown() {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-failover"), 1, 3));
        cluster.up();
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run);
        List<String> errors = new ArrayList<>();
        model.onActionError((what, error) -> errors.add(what));
        List<UserAction> told = new ArrayList<>();
        model.onUserAction(told::add);
        model.attach(source, List.of(1, 2, 3));
        model.apply(cluster.snapshot());
        cluster.kill(NodeId.broker(3));
        model.apply(cluster.snapshot());
        // broker-3 was just killed: ZooKeeper has not expired its session, so it is still in the ISR
        PartitionInfo led = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3));
        PartitionInfo alone = new PartitionInfo(1, 1, List.of(1, 3), List.of(1, 3));
        PartitionInfo preferred = new PartitionInfo(2, 1, List.of(2, 1, 3), List.of(1, 2));
        model.apply(List.of(topic("demo", led, alone, preferred)));

        assertThat(model.offerLeaderMove("demo", led)).containsExactly(2);
        assertThat(model.actionStatusProperty().get()).isEmpty();
        model.moveLeadership("demo", 0, 3);
        assertThat(model.actionStatusProperty().get()).isEqualTo("Could not move the leader of demo-0 to broker-3:"
                + " broker-3 is down; it cannot lead");
        model.moveLeadership("demo", 0, 2);
        assertThat(model.actionStatusProperty().get()).isEqualTo("Leader of demo-0 moved to broker-2; broker-2 is now"
                + " its preferred replica (replicas [2, 1, 3])");

        assertThat(model.offerLeaderMove("demo", alone)).isEmpty();
        assertThat(model.actionStatusProperty().get()).isEqualTo("Could not move the leader of demo-1: no other replica"
                + " of demo-1 is live and in sync (ISR [1, 3], down: [3]); start broker-3 and wait until it is back in"
                + " sync");
        assertThat(model.actionFailedProperty().get()).isTrue();

        // broker-2 is already the preferred replica: an election alone moves the leader, no reassignment
        model.moveLeadership("demo", 2, 2);
        assertThat(model.actionStatusProperty().get()).isEqualTo("Leader of demo-2 moved to broker-2, its preferred"
                + " replica");
        assertThat(calls).containsExactly("reassign demo-0 [2, 1, 3]", "elect demo [0]", "elect demo [2]");
        assertThat(errors).as("refusals are said in the status line, not in a dialog").isEmpty();
        assertThat(told).as("the timeline hears of the moves sent, not of those refused")
                .extracting(UserAction::where, UserAction::what)
                .containsExactly(tuple("demo-0", "move to broker-2 asked"), tuple("demo-2", "move to broker-2 asked"));
    }

    @Test
    void aTopicWideElectionSaysWhichPartitionsMovedAndWhichCouldNotAndWhy() {
        TopicsViewModel model = modelOnRunningCluster("ws-elect");
        List<String> errors = new ArrayList<>();
        model.onActionError((what, error) -> errors.add(what));
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(3, 1), List.of(1)),
                new PartitionInfo(1, 1, List.of(2, 1), List.of(1, 2)))));
        election = new ElectionResult(List.of(1), Map.of(0, "its preferred replica broker-3 is down; start it again,"
                + " then elect"));

        ElectionResult result = model.electPreferredLeaders("demo").join();

        assertThat(result).isEqualTo(election);
        assertThat(model.actionStatusProperty().get()).isEqualTo("Partition demo-1 back on its preferred leader;"
                + " could not move partition 0 (its preferred replica broker-3 is down; start it again, then elect)");
        assertThat(model.actionFailedProperty().get()).as("partly failed: shown in the error style").isTrue();
        assertThat(errors).as("the others moved: no failure dialog").isEmpty();
        election = new ElectionResult(List.of(), Map.of());
        model.electPreferredLeaders("demo");
        assertThat(model.actionStatusProperty().get())
                .isEqualTo("Every partition of demo is already led by its preferred replica");
        assertThat(model.actionFailedProperty().get()).isFalse();
    }

    @Test
    void creatingATopicIsAnActionThatKeepsTheViewBusyUntilTheClusterHasIt() {
        List<Runnable> background = new ArrayList<>();
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-create"), 1, 3));
        cluster.up();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run);
        model.attach(source, List.of(1, 2, 3));
        model.apply(cluster.snapshot());
        runAll(background); // the refresh the live brokers asked for
        int readsBefore = reads;

        var created = model.create(new NewTopicRequest("orders", 3, (short) 3, Map.of()));
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.noticeProperty().get()).as("over the list: orders is not shown yet")
                .isEqualTo("Create topic orders…");
        assertThat(model.actionStatusProperty().get()).isEmpty();
        assertThat(calls).isEmpty();

        background.remove(0).run();
        assertThat(created).isCompleted();
        assertThat(calls).containsExactly("create orders");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.actionStatusProperty().get()).as("under orders, shown now").isEqualTo("Created orders");
        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(model.selectedProperty().get()).isEqualTo("orders");
        runAll(background);
        assertThat(reads).as("the topic list is read again").isEqualTo(readsBefore + 1);
    }

    @Test
    void anActionOnTheClusterShownBeforeNeitherReportsNorSelectsInTheNextOne() {
        List<Runnable> background = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run);
        model.attach(source, List.of(1, 2, 3));
        runAll(background);
        var created = model.create(new NewTopicRequest("orders", 3, (short) 3, Map.of()));
        Runnable creating = background.remove(background.size() - 1);

        // an external cluster with nothing in it, opened while the create is under way
        TopicSource other = (TopicSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TopicSource.class}, (proxy, method, args) -> method.getReturnType() == List.class
                        ? List.of() : method.getReturnType() == Optional.class ? Optional.empty() : null);
        model.attach(other, List.of(1));
        assertThat(model.busyProperty().get()).as("the other cluster's actions are free").isFalse();
        creating.run();

        assertThat(created).isCompletedWithValue(null);
        assertThat(model.actionStatusProperty().get()).as("no 'Created orders' about this cluster").isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void theActionStatusIsClearedForAnotherTopicOrClusterAndADeleteIsSaidOverTheListNotUnderTheNextTopic() {
        List<Runnable> later = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(Runnable::run, Runnable::run, later::add);
        model.attach(source, List.of(1, 2, 3));
        model.apply(runningCluster("ws-status").snapshot());
        metadata.add(topic("demo", new PartitionInfo(0, 1, List.of(1), List.of(1))));
        metadata.add(topic("orders", new PartitionInfo(0, 2, List.of(2), List.of(2))));
        model.refresh();
        model.create(new NewTopicRequest("fresh", 1, (short) 1, Map.of()));
        assertThat(model.actionStatusProperty().get()).isEqualTo("Created fresh");
        assertThat(model.noticeProperty().get()).as("its progress, said over the list, is over").isEmpty();

        model.selectedProperty().set("orders");
        assertThat(model.actionStatusProperty().get()).as("another topic selected").isEmpty();

        model.addPartitions("orders", 1);
        assertThat(model.actionFailedProperty().get()).isTrue();
        model.selectedProperty().set("demo");
        assertThat(model.actionStatusProperty().get()).isEmpty();
        assertThat(model.actionFailedProperty().get()).isFalse();

        model.delete("demo");
        metadata.remove(0);
        model.refresh();
        assertThat(model.selectedProperty().get()).as("the next topic picked for the empty selection").isEqualTo("orders");
        assertThat(model.actionStatusProperty().get()).as("nothing about demo under orders").isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo("Deleted demo");
        assertThat(model.noticeFailedProperty().get()).isFalse();
        runAll(later);
        assertThat(model.noticeProperty().get()).as("a notice, read and gone").isEmpty();

        model.delete("orders");
        model.attach(source, List.of(1, 2, 3));
        assertThat(model.actionStatusProperty().get()).as("another cluster attached").isEmpty();
        assertThat(model.noticeProperty().get()).isEmpty();
    }

    @Test
    void anActionOnATopicLeftWhileItRunsIsToldOverTheListNotUnderTheTopicShownNow() {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> later = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run, later::add);
        List<String> errors = new ArrayList<>();
        model.onActionError((what, error) -> errors.add(what));
        model.attach(source, List.of(1, 2, 3));
        model.apply(runningCluster("ws-left").snapshot());
        runAll(background);
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(1), List.of(1))),
                topic("orders", new PartitionInfo(0, 2, List.of(2), List.of(2)))));
        runAll(background);
        assertThat(model.selectedProperty().get()).isEqualTo("demo");

        model.addPartitions("demo", 4);
        Runnable growing = background.remove(background.size() - 1);
        assertThat(model.actionStatusProperty().get()).isEqualTo("Grow demo to 4 partitions…");
        model.selectedProperty().set("orders");
        assertThat(model.actionStatusProperty().get()).as("not under orders").isEmpty();
        assertThat(model.noticeProperty().get()).as("why the actions are off meanwhile")
                .isEqualTo("Grow demo to 4 partitions…");
        later.clear();
        growing.run();
        runAll(background);
        assertThat(model.actionStatusProperty().get()).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo("demo now has 4 partitions");
        assertThat(later).as("it goes after a while").hasSize(1);

        model.selectedProperty().set("demo");
        failure = new IllegalStateException("topic deletion is disabled");
        model.delete("demo");
        model.selectedProperty().set("orders");
        later.clear();
        runAll(background);
        assertThat(model.noticeProperty().get()).isEqualTo("Could not delete demo: topic deletion is disabled");
        assertThat(model.noticeFailedProperty().get()).isTrue();
        assertThat(model.actionStatusProperty().get()).isEmpty();
        assertThat(errors).as("said in a dialog too").containsExactly("Could not delete demo");
        runAll(later);
        assertThat(model.noticeProperty().get()).as("over the list a failure goes too: the dialog told it").isEmpty();
    }

    @Test
    void aSuccessLeavesTheStatusLineAfterAWhileButAFailureOrProgressStays() {
        FakeCluster cluster = runningCluster("ws-expiry");
        List<Runnable> later = new ArrayList<>();
        List<Runnable> background = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run, later::add);
        model.attach(source, List.of(1, 2, 3));
        model.apply(cluster.snapshot());
        runAll(background);
        metadata.add(topic("demo", new PartitionInfo(0, 1, List.of(1), List.of(1))));

        model.create(new NewTopicRequest("demo", 1, (short) 1, Map.of()));
        assertThat(model.noticeProperty().get()).isEqualTo("Create topic demo…");
        assertThat(later).as("progress stays while the action runs").isEmpty();
        runAll(background);
        assertThat(model.actionStatusProperty().get()).isEqualTo("Created demo");
        assertThat(later).hasSize(1);
        Runnable createdExpires = later.remove(0);

        model.refreshNow();
        runAll(background);
        assertThat(model.actionStatusProperty().get()).contains("end offsets read at ");
        createdExpires.run();
        assertThat(model.actionStatusProperty().get()).as("an earlier success's expiry leaves a later line")
                .contains("end offsets read at ");
        later.remove(0).run();
        assertThat(model.actionStatusProperty().get()).as("the refresh's outcome, read and gone").isEmpty();

        model.addPartitions("demo", 1);
        assertThat(model.actionFailedProperty().get()).isTrue();
        runAll(later);
        assertThat(model.actionStatusProperty().get()).as("a failure stays until acted on")
                .startsWith("Could not grow demo");
    }

    @Test
    void theTableMarksABrokerTheAppKnowsIsDownWhileKafkaStillNamesIt() {
        FakeCluster cluster = runningCluster("ws-down");
        // as a describe reads it; Kafka's metadata lags the kill below
        metadata.add(topic("demo", new PartitionInfo(0, 1, List.of(1, 3, 2), List.of(2, 1, 3)),
                new PartitionInfo(2, 3, List.of(3, 2, 1), List.of(2, 1, 3))));
        TopicsViewModel model = modelOn(cluster);
        assertThat(model.partitionRows()).extracting(PartitionRow::leader, PartitionRow::isr)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("broker-1", "2, 1, 3"),
                        org.assertj.core.groups.Tuple.tuple("broker-3", "2, 1, 3"));

        // killed: Kafka's metadata still names broker-3 until ZooKeeper ends its session, the app knows already
        cluster.kill(NodeId.broker(3));
        model.apply(cluster.snapshot());
        List<PartitionRow> rows = model.partitionRows();
        assertThat(rows).extracting(PartitionRow::leader, PartitionRow::isr)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("broker-1", "2, 1, 3 (broker-3 down)"),
                        org.assertj.core.groups.Tuple.tuple("broker-3 (down)", "2, 1, 3 (broker-3 down)"));
        assertThat(rows.get(1).leaderDown()).isTrue();
        assertThat(rows.get(0).leaderDown()).isFalse();
        assertThat(rows.get(1).partition().isr()).as("Kafka's values kept").containsExactly(2, 1, 3);
        assertThat(rows.get(1).downExplained()).startsWith("broker-3 is down, but Kafka still names it here")
                .contains("zookeeper.session.timeout.ms");
        assertThat(model.replicaState(rows.get(1).partition(), 3)).as("as the replica map shows it")
                .isEqualTo(ReplicaState.OFFLINE);

        // Kafka caught up: a new leader and a shrunk ISR, nothing left to mark
        metadata.set(0, topic("demo", new PartitionInfo(0, 1, List.of(1, 3, 2), List.of(2, 1)),
                new PartitionInfo(2, 2, List.of(3, 2, 1), List.of(2, 1))));
        model.refresh();
        assertThat(model.partitionRows()).extracting(PartitionRow::leader, PartitionRow::isr, PartitionRow::downExplained)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("broker-1", "2, 1", null),
                        org.assertj.core.groups.Tuple.tuple("broker-2", "2, 1", null));
    }

    @Test
    void anInvalidTopicNameNamesTheCharactersToRemove() {
        CreateTopicViewModel model = new CreateTopicViewModel(3, List.of());
        model.nameProperty().set("demo topic!");
        assertThat(model.problemProperty().get()).isEqualTo("A topic name may hold only ASCII alphanumerics, '.', '_'"
                + " and '-': remove the space, '!' from 'demo topic!'");
        model.nameProperty().set("a/b/ü\tc");
        assertThat(model.problemProperty().get()).contains("remove '/', 'ü', the invisible character U+0009 from");
        model.nameProperty().set("..");
        assertThat(model.problemProperty().get()).as("Kafka's own rule where no character is wrong")
                .contains("is not allowed").doesNotContain("remove");
    }

    @Test
    void aFailureTheLauncherAlreadyWordsIsNotPrefixedTwice() {
        TopicsViewModel model = modelOnRunningCluster("ws-prefix");
        List<String> errors = new ArrayList<>();
        model.onActionError((what, error) -> errors.add(what + " / " + error.getMessage()));
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(1), List.of(1)))));
        failure = new io.brokerlab.launcher.admin.AdminException("cannot delete demo: topic deletion is disabled");
        model.delete("demo");
        assertThat(model.actionStatusProperty().get()).isEqualTo("Could not delete demo: topic deletion is disabled");
        assertThat(errors).containsExactly("Could not delete demo / topic deletion is disabled");
        assertThat(ActionRunner.withoutRepeat("Create topic x", "cannot create topic x: Topic 'x' already exists."))
                .isEqualTo("Topic 'x' already exists.");
        assertThat(ActionRunner.withoutRepeat("Create topic x", "cannot describe topic y: no such topic"))
                .as("another action's words stay").isEqualTo("cannot describe topic y: no such topic");
    }

    @Test
    void aNameTakenOrCollidingThroughDotAndUnderscoreIsAProblemAsTyped() {
        CreateTopicViewModel model = new CreateTopicViewModel(3, List.of("orders", "page_views", "__consumer_offsets"));
        model.nameProperty().set("orders");
        assertThat(model.problemProperty().get()).isEqualTo("A topic named orders already exists");
        model.nameProperty().set("orders2");
        assertThat(model.valid()).isTrue();
        model.nameProperty().set("page.views");
        assertThat(model.problemProperty().get()).isEqualTo("page.views collides with the existing topic page_views:"
                + " Kafka treats '.' and '_' alike in metric names and refuses it; use one of the two, not both");
        model.nameProperty().set("__consumer.offsets");
        assertThat(model.problemProperty().get()).contains("collides with the existing topic __consumer_offsets");
    }

    @Test
    void refreshReadsTheEndOffsetsNowEvenWhileTheStateWatcherDrivesTheRows() {
        TopicsViewModel model = modelOnRunningCluster("ws-refresh");
        model.apply(state(Instant.EPOCH, new PartitionState("demo", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), 0, 1)));
        assertThat(model.selectedProperty().get()).isEqualTo("demo");
        int readsBefore = reads;
        endOffsets.put(0, 99L);
        model.refreshNow();
        assertThat(model.endOffsets()).containsOnly(Map.entry(0, 99L));
        assertThat(reads).as("the watcher's rows are live: no describe").isEqualTo(readsBefore);
        assertThat(model.actionStatusProperty().get()).startsWith("Topics follow the cluster live; end offsets read at ");
    }

    @Test
    void refreshSaysWhatItCouldNotReadAndWhy() {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-refresh-fails"), 1, 3));
        cluster.up();
        List<Runnable> background = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run);
        model.attach(source, List.of(1, 2, 3));
        metadata.add(topic("orders", new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2, 3))));
        model.apply(cluster.snapshot());
        runAll(background);
        assertThat(model.selectedProperty().get()).isEqualTo("orders");

        int readsBefore = reads;
        model.refreshEndOffsets();
        model.refreshNow();
        model.refreshNow();
        assertThat(model.actionStatusProperty().get()).as("nothing read yet").isEmpty();
        assertThat(background).as("the ticker's offsets read answers Refresh too; one topic read for both; one read"
                + " of the cleanup policies").hasSize(3);
        runAll(background);
        assertThat(reads).isEqualTo(readsBefore + 1);
        assertThat(model.actionStatusProperty().get()).startsWith("Topics and end offsets read at ");
        assertThat(model.actionFailedProperty().get()).isFalse();

        offsetsFailure = new IllegalStateException("broker 1 went away");
        model.refreshNow();
        runAll(background);
        assertThat(model.actionStatusProperty().get()).matches("Topics read at [0-9:]+; end offsets not read: the read"
                + " failed: broker 1 went away");
        assertThat(model.actionFailedProperty().get()).isTrue();

        cluster.down();
        model.apply(cluster.snapshot());
        model.refreshNow();
        assertThat(background).as("no broker asked").isEmpty();
        assertThat(model.actionStatusProperty().get()).isEqualTo("Nothing read: no live broker to ask");
    }

    private static void runAll(List<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.remove(0).run();
        }
    }

    @Test
    void aBlankMinInsyncReplicasIsCheckedAgainstTheBrokersOwnValue() {
        TopicsViewModel topics = modelOnRunningCluster("ws-minisr");
        assertThat(topics.brokerMinInsyncReplicas().join()).isEmpty();
        brokerConfigs.put("min.insync.replicas", "2");
        assertThat(topics.brokerMinInsyncReplicas().join()).hasValue(2);

        CreateTopicViewModel model = new CreateTopicViewModel(3, List.of());
        model.nameProperty().set("orders");
        model.replicationFactorProperty().set(1);
        assertThat(model.valid()).as("the brokers' value not known yet").isTrue();
        model.brokerMinInsyncReplicasProperty().set(2);
        assertThat(model.problemProperty().get()).isEqualTo("Left blank, min.insync.replicas is the brokers' 2, above"
                + " the replication factor (1): every acks=all write (the console's default) would fail. Set"
                + " min.insync.replicas to at most 1, or raise the replication factor");
        model.minInsyncReplicasProperty().set("1");
        assertThat(model.valid()).isTrue();
        model.minInsyncReplicasProperty().set("");
        model.replicationFactorProperty().set(2);
        assertThat(model.valid()).isTrue();
    }

    @Test
    void theStateWatcherDrivesTheRowsAndALaterDescribeChangesNothing() {
        TopicsViewModel model = modelOnRunningCluster("ws-no-configs");
        model.apply(state(Instant.parse("2026-11-25T01:00:00Z"),
                new PartitionState("demo", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), 0, 1)));
        TopicInfo shown = model.detailProperty().get();
        model.apply(List.of(new TopicInfo("demo", false, List.of(new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(2))),
                List.of(new TopicConfigEntry("retention.ms", "1", false, "DYNAMIC_TOPIC_CONFIG")))));
        assertThat(model.detailProperty().get()).isSameAs(shown);
        assertThat(shown.configs()).isEmpty();
    }

    @Test
    void kafkasInternalTopicsCanBeNeitherDeletedNorGrown() {
        TopicsViewModel model = modelOnRunningCluster("ws-internal");
        model.apply(List.of(new TopicInfo("__consumer_offsets", true,
                List.of(new PartitionInfo(0, 1, List.of(1), List.of(1))), List.of()),
                topic("demo", new PartitionInfo(0, 1, List.of(1), List.of(1)))));
        model.selectedProperty().set("__consumer_offsets");
        assertThat(model.structureChangeDisabled().get()).as("Delete and Add partitions").isTrue();
        assertThat(model.actionsDisabled().get()).as("Configs and Preferred leaders").isFalse();

        model.delete("__consumer_offsets");
        assertThat(model.actionStatusProperty().get()).isEqualTo("Could not delete __consumer_offsets: __consumer_offsets"
                + " is an internal topic: Kafka keeps the consumer groups' committed offsets or the transactions' state"
                + " in it and cannot work without it");
        model.addPartitions("__consumer_offsets", 60);
        assertThat(model.actionStatusProperty().get()).startsWith("Could not grow __consumer_offsets to 60 partitions:"
                + " __consumer_offsets is an internal topic: ");
        assertThat(model.actionFailedProperty().get()).isTrue();
        assertThat(calls).as("nothing asked of the cluster").isEmpty();

        model.selectedProperty().set("demo");
        assertThat(model.structureChangeDisabled().get()).isFalse();
    }

    @Test
    void withoutALiveBrokerEveryTopicActionIsOff() {
        FakeCluster cluster = runningCluster("ws-no-broker");
        TopicsViewModel model = modelOn(cluster);
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(1, 2), List.of(1, 2)))));
        assertThat(model.actionsDisabled().get()).isFalse();
        assertThat(model.structureChangeDisabled().get()).isFalse();
        assertThat(model.leaderMoveDisabled().get()).isFalse();

        cluster.down();
        model.apply(cluster.snapshot());
        assertThat(model.detailProperty().get()).as("the topic still shown").isNotNull();
        assertThat(model.actionsDisabled().get()).isTrue();
        assertThat(model.structureChangeDisabled().get()).isTrue();
        assertThat(model.leaderMoveDisabled().get()).isTrue();
    }

    @Test
    void preferredLeadersLeaveAPartitionWhosePreferredReplicaWasJustKilledAndSayWhy() {
        FakeCluster cluster = runningCluster("ws-elect-killed");
        TopicsViewModel model = modelOn(cluster);
        List<UserAction> told = new ArrayList<>();
        model.onUserAction(told::add);
        cluster.kill(NodeId.broker(3));
        model.apply(cluster.snapshot());
        // ZooKeeper still registers broker-3 and has it in the ISR: Kafka would elect it
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(3, 1), List.of(1, 3)),
                new PartitionInfo(1, 1, List.of(2, 1), List.of(1, 2)))));
        election = new ElectionResult(List.of(1), Map.of());

        ElectionResult result = model.electPreferredLeaders("demo").join();

        assertThat(calls).containsExactly("elect demo where possible [1]");
        assertThat(result).isEqualTo(new ElectionResult(List.of(1), Map.of(0, "its preferred replica broker-3 is"
                + " down; start it again, then elect")));
        assertThat(model.actionStatusProperty().get()).isEqualTo("Partition demo-1 back on its preferred leader;"
                + " could not move partition 0 (its preferred replica broker-3 is down; start it again, then elect)");
        assertThat(model.actionFailedProperty().get()).isTrue();

        calls.clear();
        model.apply(List.of(topic("demo", new PartitionInfo(0, 1, List.of(3, 1), List.of(1, 3)))));
        model.electPreferredLeaders("demo");
        assertThat(calls).as("no partition left to ask for").isEmpty();
        assertThat(model.actionStatusProperty().get()).isEqualTo("No partition of demo moved; could not move partition 0"
                + " (its preferred replica broker-3 is down; start it again, then elect)");
        assertThat(told).as("the timeline hears of the election sent, not of the one with nothing to ask")
                .extracting(UserAction::where, UserAction::what)
                .containsExactly(tuple("demo", "preferred election asked"));
    }

    @Test
    void aSingleReplicaHasNoOtherBrokerToHandItsLeadershipTo() {
        TopicsViewModel model = modelOnRunningCluster("ws-rf1");
        PartitionInfo alone = new PartitionInfo(0, 2, List.of(2), List.of(2));
        model.apply(List.of(topic("solo", alone, new PartitionInfo(1, 3, List.of(3), List.of(3))),
                topic("mixed", new PartitionInfo(0, 1, List.of(1), List.of(1)),
                        new PartitionInfo(1, 1, List.of(1, 2), List.of(1, 2)))));
        model.selectedProperty().set("solo");
        assertThat(model.leaderMoveDisabled().get()).isTrue();
        assertThat(model.actionsDisabled().get()).isFalse();

        assertThat(model.offerLeaderMove("solo", alone)).isEmpty();
        assertThat(model.actionStatusProperty().get()).isEqualTo("Could not move the leader of solo-0: solo-0 has a"
                + " single replica (on broker-2), so no other broker can lead it; only a topic with a replication factor"
                + " above 1 can move its leaders");

        model.selectedProperty().set("mixed");
        assertThat(model.leaderMoveDisabled().get()).as("partition 1 has two replicas").isFalse();
    }

    @Test
    void anotherTopicsEndOffsetsAreReadAtOnceEvenWhileTheLastTopicsReadRuns() {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-offsets-switch"), 1, 3));
        cluster.up();
        List<Runnable> background = new ArrayList<>();
        TopicsViewModel model = new TopicsViewModel(background::add, Runnable::run);
        model.attach(source, List.of(1, 2, 3));
        metadata.add(topic("demo", new PartitionInfo(0, 1, List.of(1), List.of(1))));
        metadata.add(topic("orders", new PartitionInfo(0, 2, List.of(2), List.of(2))));
        model.apply(cluster.snapshot());
        runAll(background);
        assertThat(model.selectedProperty().get()).isEqualTo("demo");
        endOffsets.put(0, 5L);

        model.refreshEndOffsets(); // the ticker's read of demo, still running when orders is picked
        model.selectedProperty().set("orders");
        runAll(background);

        assertThat(model.endOffsets()).as("orders' offsets, not '—' until the next tick").containsOnly(Map.entry(0, 5L));
    }

    @Test
    void theConfigsDialogKnowsTheTopicsReplicationFactor() {
        TopicsViewModel model = modelOnRunningCluster("ws-configs-rf");
        metadata.add(topic("pair", new PartitionInfo(0, 1, List.of(1, 2), List.of(1, 2))));
        model.refresh();
        TopicConfigsViewModel configs = model.configs("pair").join();
        TopicConfigRow minIsr = configs.rows().stream().filter(r -> r.key().equals("min.insync.replicas")).findFirst()
                .orElseThrow();
        minIsr.valueProperty().set("3");
        assertThat(minIsr.problemProperty().get()).startsWith("min.insync.replicas 3 is above the topic's replication"
                + " factor (2)");
        assertThat(configs.validProperty().get()).isFalse();
    }
}
