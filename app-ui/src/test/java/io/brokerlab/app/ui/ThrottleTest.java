package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    @Test
    void tasksThatComeTooSoonWaitForTheirTurn() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            List<Long> ranAt = new CopyOnWriteArrayList<>();
            Throttle throttle = new Throttle(Runnable::run, timer, Duration.ofMillis(100));
            long start = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                throttle.execute(() -> ranAt.add(System.nanoTime()));
            }
            assertThat(ranAt).as("the first runs at once").hasSize(1);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> ranAt.size() == 4);
            // the i-th task gets the i-th 100 ms slot, never an earlier one
            for (int i = 1; i < ranAt.size(); i++) {
                assertThat(Duration.ofNanos(ranAt.get(i) - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100L * i));
            }
        } finally {
            timer.shutdownNow();
        }
    }
}
