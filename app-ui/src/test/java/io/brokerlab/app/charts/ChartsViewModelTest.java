package io.brokerlab.app.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brokerlab.app.FakeCluster;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.state.BrokerInfo;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import io.brokerlab.launcher.state.TopicState;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsViewModelTest {

    @TempDir
    Path temp;

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final ChartsViewModel model = new ChartsViewModel(Runnable::run, clock::get);

    @Test
    void turnsAgentCountersIntoPerSecondRates() throws Exception {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws"), 1, 2));
        cluster.up();
        AtomicLong messages = new AtomicLong(1000);
        model.use(new AgentCounters(cluster::snapshot, port -> Optional.of(
                "# HELP kafka_server_messages_in_total x\n"
                        + "kafka_server_messages_in_total " + messages.get() + "\n"
                        + "kafka_server_bytes_in_total{topic=\"a\"} 10\n"
                        + "kafka_server_bytes_in_total{topic=\"b\"} 20\n"
                        + "kafka_server_under_replicated_partitions 2\n"), ForkJoinPool.commonPool(),
                AgentCounters.READ_TIMEOUT));
        model.sample();
        assertThat(model.samples()).isEmpty(); // a rate needs two readings
        clock.addAndGet(500);
        messages.addAndGet(500);
        model.sample();
        assertThat(model.samples()).filteredOn(s -> s.broker() != ChartsViewModel.CLUSTER).hasSize(2).allSatisfy(s -> {
            assertThat(s.messagesIn()).isEqualTo(1000);
            assertThat(s.underReplicated()).isEqualTo(2);
            assertThat(s.bytesIn()).isZero();
            assertThat(s.down()).isFalse();
        });
        assertThat(model.samples()).filteredOn(s -> s.broker() == ChartsViewModel.CLUSTER)
                .extracting(ChartsViewModel.Sample::messagesIn).as("the cluster's total").containsExactly(2000.0);
        assertThat(Prometheus.parse("kafka_server_bytes_in_total{topic=\"a\"} 10\nkafka_server_bytes_in_total{topic=\"b\"} 20\n"))
                .containsEntry("kafka_server_bytes_in_total", 30.0);
    }

    @Test
    void theTotalSumsTheBrokersBytesInAndOutAsItDoesTheirMessages() {
        ClusterSnapshot snapshot = new ClusterSnapshot(Instant.now(), "localhost:1", "localhost:2", List.of(
                running(1, 19001), running(2, 19002)));
        AtomicLong bytes = new AtomicLong(1_000);
        // broker 2 takes in and sends out twice what broker 1 does
        model.use(new AgentCounters(() -> snapshot, port -> Optional.of(
                "kafka_server_messages_in_total 10\n"
                        + "kafka_server_bytes_in_total " + bytes.get() * (port - 19000) + "\n"
                        + "kafka_server_bytes_out_total " + 3 * bytes.get() * (port - 19000) + "\n"),
                ForkJoinPool.commonPool(), AgentCounters.READ_TIMEOUT));
        model.sample();
        clock.addAndGet(1000);
        bytes.addAndGet(500);
        model.sample();
        assertThat(model.samples()).extracting(ChartsViewModel.Sample::broker, ChartsViewModel.Sample::bytesIn,
                        ChartsViewModel.Sample::bytesOut)
                .containsExactly(tuple(1, 500.0, 1500.0), tuple(2, 1000.0, 3000.0),
                        tuple(ChartsViewModel.CLUSTER, 1500.0, 4500.0));
        assertThat(model.samples().get(2).underReplicated()).as("the stacked areas add up to it already").isNaN();
    }

    @Test
    void aBrokerThatIsDownTakesNothingInInsteadOfALineAcrossItsOutage() {
        FakeCluster cluster = new FakeCluster(TestClusters.workspace(temp.resolve("ws-down"), 1, 2));
        cluster.up();
        AtomicLong messages = new AtomicLong(1000);
        model.use(new AgentCounters(cluster::snapshot, port -> Optional.of("kafka_server_messages_in_total "
                + messages.get() + "\n"), ForkJoinPool.commonPool(), AgentCounters.READ_TIMEOUT));
        model.sample();
        cluster.set(NodeId.broker(2), NodeState.STOPPED, false);
        clock.addAndGet(1000);
        messages.addAndGet(300);
        model.sample();
        assertThat(model.samples()).extracting(ChartsViewModel.Sample::broker, ChartsViewModel.Sample::messagesIn,
                        ChartsViewModel.Sample::down)
                .containsExactly(tuple(2, 0.0, true), tuple(1, 300.0, false),
                        tuple(ChartsViewModel.CLUSTER, 300.0, false));
        assertThat(model.samples().get(0).underReplicated()).as("a broker that is down leads nothing").isZero();

        cluster.set(NodeId.broker(2), NodeState.RUNNING, false);
        clock.addAndGet(1000);
        model.sample();
        assertThat(model.samples().subList(3, model.samples().size()))
                .as("back: no rate until a second reading, and no total short of its figure")
                .extracting(ChartsViewModel.Sample::broker).containsExactly(1);
    }

    @Test
    void aRunningBrokerThatMissedAReadIsAGapNotAZero() {
        ClusterSnapshot snapshot = new ClusterSnapshot(Instant.now(), "localhost:1", "localhost:2", List.of(
                running(1, 19001), running(2, 19002)));
        int slowPort = 19002;
        java.util.concurrent.atomic.AtomicBoolean slow = new java.util.concurrent.atomic.AtomicBoolean();
        model.use(new AgentCounters(() -> snapshot, port -> port == slowPort && slow.get() ? Optional.empty()
                : Optional.of("kafka_server_messages_in_total 100\n"), ForkJoinPool.commonPool(),
                AgentCounters.READ_TIMEOUT));
        model.sample();
        slow.set(true); // its agent busy in a GC pause, say: the broker itself runs on
        clock.addAndGet(1000);
        model.sample();
        assertThat(model.samples()).as("no total that lacks broker 2's figure")
                .extracting(ChartsViewModel.Sample::broker).containsExactly(1);
    }

    @Test
    void aHungAgentDoesNotHoldUpTheOtherBrokers() throws Exception {
        ClusterSnapshot snapshot = new ClusterSnapshot(Instant.now(), "localhost:1", "localhost:2", List.of(
                running(1, 19001), running(2, 19002), running(3, 19003)));
        int hungPort = 19002;
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService reads = Executors.newCachedThreadPool();
        try {
            AgentCounters counters = new AgentCounters(() -> snapshot, port -> {
                if (port == hungPort) {
                    try {
                        release.await(); // a paused broker's agent: no answer until the test ends
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return Optional.of("kafka_server_messages_in_total 5\n");
            }, reads, Duration.ofMillis(300));
            long started = System.nanoTime();
            Map<Integer, BrokerCounters.Counters> read = counters.read();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("one wait for all, not one per broker")
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(read).containsOnlyKeys(1, 3);
        } finally {
            release.countDown();
            reads.shutdown();
        }
    }

    @Test
    void anExternalClusterIsChartedFromEndOffsetsCreditedToTheLeaderOfTheMoment() {
        Map<Integer, Long> ends = new HashMap<>(Map.of(0, 100L, 1, 50L));
        ClusterState[] state = {state(1, 2)};
        model.use(new OffsetCounters(() -> state[0], topic -> Map.copyOf(ends)));
        model.sample();
        clock.addAndGet(1000);
        ends.put(0, 400L); // 300 on partition 0, led by broker 1
        ends.put(1, 60L);  // 10 on partition 1, led by broker 2
        model.sample();
        assertThat(model.samples()).extracting(ChartsViewModel.Sample::broker, ChartsViewModel.Sample::messagesIn)
                .containsExactly(tuple(1, 300.0), tuple(2, 10.0), tuple(ChartsViewModel.CLUSTER, 310.0));
        assertThat(model.samples()).allSatisfy(s -> assertThat(s.bytesIn()).isNaN());

        // broker 2 now leads both partitions, and partition 0 is under-replicated: the flow follows the leader
        state[0] = state(2, 2);
        clock.addAndGet(1000);
        ends.put(0, 500L);
        model.sample();
        assertThat(model.samples().subList(3, 5))
                .extracting(ChartsViewModel.Sample::broker, ChartsViewModel.Sample::messagesIn,
                        ChartsViewModel.Sample::underReplicated)
                .containsExactly(tuple(1, 0.0, 0.0),
                        tuple(2, 100.0, 1.0));
    }

    @Test
    void anExternalBrokerGoneFromTheMetadataIsDownAndTheTotalGoesOnWithoutIt() {
        Map<Integer, Long> ends = new HashMap<>(Map.of(0, 100L, 1, 50L));
        ClusterState[] state = {state(1, 2)};
        model.use(new OffsetCounters(() -> state[0], topic -> Map.copyOf(ends)));
        model.sample();
        // broker 2 killed: the metadata names broker 1 only, which now leads both partitions
        state[0] = withBrokers(state(1, 1), 1);
        clock.addAndGet(1000);
        ends.put(0, 150L);
        ends.put(1, 70L);
        model.sample();
        assertThat(model.samples()).extracting(ChartsViewModel.Sample::broker, ChartsViewModel.Sample::messagesIn,
                        ChartsViewModel.Sample::down)
                .containsExactly(tuple(2, 0.0, true), tuple(1, 70.0, false),
                        tuple(ChartsViewModel.CLUSTER, 70.0, false));
    }

    @Test
    void aTopicDeletedAndMadeAgainUnderItsNameIsCountedFromItsNewOffsetsNotTheOldOnes() {
        Map<Integer, Long> ends = new HashMap<>(Map.of(0, 400L, 1, 0L));
        ClusterState[] state = {state(1, 2)};
        model.use(new OffsetCounters(() -> state[0], topic -> Map.copyOf(ends)));
        model.sample();
        state[0] = withoutTopics(state[0]);
        clock.addAndGet(1000);
        model.sample();

        // made again and written to between two reads: its offsets start from 0, not from the 400 of the old one
        state[0] = state(1, 2);
        ends.put(0, 600L);
        clock.addAndGet(1000);
        model.sample();
        clock.addAndGet(1000);
        ends.put(0, 650L);
        model.sample();

        assertThat(model.samples()).filteredOn(s -> s.broker() == 1).extracting(ChartsViewModel.Sample::messagesIn)
                .containsExactly(0.0, 0.0, 50.0);
    }

    @Test
    void aNewSourceStartsTheChartsOver() {
        Map<Integer, Long> ends = new HashMap<>(Map.of(0, 100L, 1, 50L));
        model.use(new OffsetCounters(() -> state(1, 2), topic -> Map.copyOf(ends)));
        model.sample();
        clock.addAndGet(1000);
        ends.put(0, 200L);
        model.sample();
        assertThat(model.samples()).isNotEmpty();
        model.use(new OffsetCounters(() -> state(1, 2), topic -> Map.of(0, 1_000_000L, 1, 1_000_000L)));
        assertThat(model.samples()).isEmpty();
        clock.addAndGet(1000);
        model.sample();
        assertThat(model.samples()).as("no rate between two different clusters' offsets").isEmpty();
    }

    @Test
    void aReadingAfterAGapGivesNoRateRatherThanTheGapsAverage() {
        Map<Integer, Long> ends = new HashMap<>(Map.of(0, 100L, 1, 50L));
        model.use(new OffsetCounters(() -> state(1, 2), topic -> Map.copyOf(ends)));
        model.sample();
        clock.addAndGet(ChartsViewModel.PERIOD_MILLIS);
        ends.put(0, 200L);
        model.sample();
        // a read that took a minute (or a tick that did not come): 6,000 messages in that minute were a burst
        clock.addAndGet(60_000);
        ends.put(0, 6_200L);
        model.sample();
        clock.addAndGet(ChartsViewModel.PERIOD_MILLIS);
        ends.put(0, 6_250L);
        model.sample();
        assertThat(model.samples()).filteredOn(s -> s.broker() == 1).extracting(ChartsViewModel.Sample::messagesIn)
                .containsExactly(100.0, Double.NaN, 50.0);
        assertThat(model.samples()).filteredOn(s -> s.broker() == 1)
                .extracting(ChartsViewModel.Sample::underReplicated).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void samplesCarryTheWallClockTimeShownAsTimeOfDay() {
        Map<Integer, Long> ends = new HashMap<>(Map.of(0, 100L, 1, 50L));
        model.use(new OffsetCounters(() -> state(1, 2), topic -> Map.copyOf(ends)));
        model.sample();
        clock.addAndGet(ChartsViewModel.PERIOD_MILLIS);
        model.sample();
        assertThat(model.samples()).extracting(ChartsViewModel.Sample::atMillis).containsOnly(clock.get());
        Instant at = LocalDate.now().atTime(LocalTime.of(14, 5, 9)).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(ChartsViewModel.timeOfDay(at.toEpochMilli() / 1000.0)).isEqualTo("14:05:09");
    }

    @Test
    void aTimeAxisTicksOnWholeSeconds() {
        // the full window, 120 one-second samples: a tick every 15 s
        assertThat(ChartsViewModel.timeScale(1_000_003.4, 1_000_122.9))
                .isEqualTo(new ChartsViewModel.TimeScale(1_000_005 - 15, 1_000_125, 15));
        assertThat(ChartsViewModel.timeScale(100.2, 107.9)).isEqualTo(new ChartsViewModel.TimeScale(100, 108, 1));
        assertThat(ChartsViewModel.timeScale(100.2, 112)).isEqualTo(new ChartsViewModel.TimeScale(100, 112, 2));
        assertThat(ChartsViewModel.timeScale(100, 100)).as("one point still spans a tick")
                .isEqualTo(new ChartsViewModel.TimeScale(100, 101, 1));
    }

    @Test
    void byteRatesReadInDecimalUnits() {
        assertThat(ChartsViewModel.messagesPerSecond(12_400.4)).isEqualTo("12,400 msg/s");
        assertThat(ChartsViewModel.bytesPerSecond(0)).isEqualTo("0 B/s");
        assertThat(ChartsViewModel.bytesPerSecond(0.5)).isEqualTo("0.5 B/s");
        assertThat(ChartsViewModel.bytesPerSecond(999)).isEqualTo("999 B/s");
        assertThat(ChartsViewModel.bytesPerSecond(200_000)).isEqualTo("200 KB/s");
        assertThat(ChartsViewModel.bytesPerSecond(1_500_000)).isEqualTo("1.5 MB/s");
        assertThat(ChartsViewModel.bytesPerSecond(1_250_000)).as("a tick every 250 KB/s").isEqualTo("1.25 MB/s");
        assertThat(ChartsViewModel.bytesPerSecond(12_500)).isEqualTo("12.5 KB/s");
        assertThat(ChartsViewModel.bytesPerSecond(3_000_000_000.0)).isEqualTo("3 GB/s");
    }

    @Test
    void aCountAxisHasWholeTicksFromZeroToAtLeastOne() {
        assertThat(ChartsViewModel.countScale(0)).isEqualTo(new ChartsViewModel.CountScale(1, 1));
        assertThat(ChartsViewModel.countScale(3)).isEqualTo(new ChartsViewModel.CountScale(3, 1));
        assertThat(ChartsViewModel.countScale(2.5)).isEqualTo(new ChartsViewModel.CountScale(3, 1));
        // 48 partitions: five ticks of 10, not 48 ticks of 1
        assertThat(ChartsViewModel.countScale(48)).isEqualTo(new ChartsViewModel.CountScale(50, 10));
    }

    private static NodeStatus running(int broker, int agentPort) {
        return new NodeStatus(NodeId.broker(broker), NodeState.RUNNING, OptionalLong.of(100 + broker), 9000 + broker,
                agentPort, Optional.empty(), false, Instant.now(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), List.of(), Optional.empty(), OptionalLong.empty());
    }

    /** Topic t: partition 0 led by {@code leaderOf0} (ISR short of broker 1 when broker 2 leads), partition 1 by 2. */
    private static ClusterState withoutTopics(ClusterState state) {
        return new ClusterState(state.source(), state.takenAt(), state.reachable(), state.unreachableSince(),
                state.brokers(), state.controller(), new TreeMap<>(), state.nodes());
    }

    private static ClusterState withBrokers(ClusterState state, int... brokers) {
        TreeMap<Integer, BrokerInfo> named = new TreeMap<>();
        for (int broker : brokers) {
            named.put(broker, state.brokers().get(broker));
        }
        return new ClusterState(state.source(), state.takenAt(), state.reachable(), state.unreachableSince(),
                named, state.controller(), state.topics(), state.nodes());
    }

    private static ClusterState state(int leaderOf0, int leaderOf1) {
        TreeMap<Integer, PartitionState> partitions = new TreeMap<>();
        partitions.put(0, new PartitionState("t", 0, List.of(1, 2), leaderOf0, leaderOf0 == 1 ? List.of(1, 2) : List.of(2), 1, 1));
        partitions.put(1, new PartitionState("t", 1, List.of(2, 1), leaderOf1, List.of(2, 1), 1, 1));
        return new ClusterState(ClusterState.Source.ADMIN_API, Instant.now(), true, Optional.empty(),
                new TreeMap<>(Map.of(1, new BrokerInfo(1, "h", 1), 2, new BrokerInfo(2, "h", 2))), OptionalInt.of(1),
                new TreeMap<>(Map.of("t", new TopicState("t", partitions))), List.of());
    }
}
