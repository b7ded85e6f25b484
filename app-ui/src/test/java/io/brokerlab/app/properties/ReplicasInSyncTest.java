package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.state.BrokerInfo;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import io.brokerlab.launcher.state.TopicState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** A rolling restart's wait for a restarted broker to be back in every ISR, without the toolkit. */
class ReplicasInSyncTest {

    private static final NodeId B2 = NodeId.broker(2);

    /** Brokers {@code registered}; orders-0 on brokers 1 and 2, with {@code isr} in sync. */
    private static ClusterState state(List<Integer> registered, List<Integer> isr) {
        TreeMap<Integer, BrokerInfo> brokers = new TreeMap<>();
        registered.forEach(id -> brokers.put(id, new BrokerInfo(id, "127.0.0.1", 9091 + id)));
        TreeMap<Integer, PartitionState> partitions = new TreeMap<>();
        partitions.put(0, new PartitionState("orders", 0, List.of(1, 2), 1, isr, 3, 1));
        TreeMap<String, TopicState> topics = new TreeMap<>();
        topics.put("orders", new TopicState("orders", partitions));
        return new ClusterState(ClusterState.Source.ZOOKEEPER, Instant.now(), true, Optional.empty(), brokers,
                OptionalInt.of(1), topics, List.of());
    }

    @Test
    void aRestartedBrokerIsDoneOnceBackInEveryIsrAndNotOnTheStatesOfBeforeItsRestart() {
        SimpleObjectProperty<ClusterState> states = new SimpleObjectProperty<>(state(List.of(1, 2), List.of(1, 2)));
        CompletableFuture<Void> inSync = ReplicasInSync.afterRestart(states, B2, Runnable::run);

        states.set(state(List.of(1, 2), List.of(1, 2)));
        assertThat(inSync).as("still the process of before the restart").isNotDone();
        states.set(state(List.of(1), List.of(1)));
        states.set(state(List.of(1, 2), List.of(1)));
        assertThat(inSync).as("registered, not caught up").isNotDone();
        assertThat(ReplicasInSync.behind(states.get(), B2)).isEqualTo(1);
        states.set(state(List.of(1, 2), List.of(1, 2)));
        assertThat(inSync).isCompleted();
    }

    @Test
    void aBrokerThatDoesNotCatchUpInTimeStopsTheWaitSayingHowFarBehindItIs() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            SimpleObjectProperty<ClusterState> states = new SimpleObjectProperty<>(state(List.of(1, 2), List.of(1, 2)));
            CompletableFuture<Void> inSync = ReplicasInSync.afterRestart(states, B2, Runnable::run);
            states.set(state(List.of(1, 2), List.of(1)));

            CompletableFuture<Void> limited = ReplicasInSync.within(inSync, states, B2, Duration.ofMillis(50), timer,
                    Runnable::run);
            await().atMost(Duration.ofSeconds(10)).until(limited::isDone);
            assertThat(limited).failsWithin(Duration.ZERO).withThrowableThat()
                    .withMessageContaining("broker-2 is running again, but 1 of its replicas are not back in sync");
        } finally {
            timer.shutdownNow();
        }
    }
}
