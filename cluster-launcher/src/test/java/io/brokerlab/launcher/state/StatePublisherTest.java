package io.brokerlab.launcher.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.cluster.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class StatePublisherTest {

    private final StatePublisher publisher = new StatePublisher(
            ClusterState.notYetRead(ClusterState.Source.ZOOKEEPER, Instant.now(), List.of()), "test-state");

    @Test
    void aLateListenerStillGetsTheFirstReadOfAClusterThatThenStaysStill() {
        publisher.submitQuietly(s -> s.withMetadata(Instant.now(), Map.of(), OptionalInt.of(2), Map.of()));
        await().atMost(Duration.ofSeconds(5)).until(() -> publisher.current().reachable());

        List<ClusterState> seen = new CopyOnWriteArrayList<>();
        List<ClusterEvent> events = new CopyOnWriteArrayList<>();
        publisher.addListener(Runnable::run, (state, changes) -> {
            seen.add(state);
            events.addAll(changes);
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> !seen.isEmpty());
        assertThat(seen.get(0).reachable()).isTrue();
        assertThat(seen.get(0).controller()).hasValue(2);
        assertThat(events).as("the hand-over is no change").isEmpty();
        publisher.close();
    }

    @Test
    void beforeTheFirstReadThereIsNothingToHandOver() {
        List<ClusterState> seen = new CopyOnWriteArrayList<>();
        publisher.addListener(Runnable::run, (state, changes) -> seen.add(state));
        publisher.submitQuietly(s -> s.withMetadata(Instant.now(), Map.of(), OptionalInt.of(1), Map.of()));

        await().atMost(Duration.ofSeconds(5)).until(() -> !seen.isEmpty());
        assertThat(seen).as("only the first read, no 'not yet read' before it").singleElement()
                .satisfies(state -> assertThat(state.reachable()).isTrue());
        publisher.close();
    }

    @Test
    void theHandOverNeverOvertakesANewerState() {
        List<OptionalInt> controllers = new CopyOnWriteArrayList<>();
        for (int i = 1; i <= 50; i++) {
            int controller = i;
            publisher.submit(s -> s.withMetadata(Instant.now(), Map.of(), OptionalInt.of(controller), Map.of()));
            if (i == 25) {
                publisher.addListener(Runnable::run, (state, changes) -> controllers.add(state.controller()));
            }
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> controllers.contains(OptionalInt.of(50)));
        assertThat(controllers.get(controllers.size() - 1)).as("the newest state is the last one seen").hasValue(50);
        assertThat(controllers).as("states arrive oldest first")
                .isSortedAccordingTo((a, b) -> Integer.compare(a.getAsInt(), b.getAsInt()));
        publisher.close();
    }

    @Test
    void aSubscriptionClosedBeforeItsHandOverGetsNothing() throws InterruptedException {
        CountDownLatch ownerBusy = new CountDownLatch(1);
        publisher.run(() -> {
            try {
                ownerBusy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<ClusterState> seen = new CopyOnWriteArrayList<>();
        Subscription subscription = publisher.addListener(Runnable::run, (state, changes) -> seen.add(state));
        subscription.close();
        ownerBusy.countDown();
        publisher.submit(s -> s.withMetadata(Instant.now(), Map.of(), OptionalInt.of(1), Map.of()));

        await().atMost(Duration.ofSeconds(5)).until(() -> publisher.current().reachable());
        assertThat(seen).isEmpty();
        publisher.close();
    }
}
