package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class NextPulseTest {

    @Test
    void aFloodOfOffersBecomesAtMostOneUpdatePerPulse() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicLong pulses = new AtomicLong();
        AtomicInteger updates = new AtomicInteger();
        AtomicLong received = new AtomicLong();
        AtomicInteger offFxThread = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        Platform.runLater(counter::start);
        Coalescer<Integer> coalescer = new Coalescer<>(new NextPulse(), 1_000_000, batch -> {
            if (!Platform.isFxApplicationThread()) {
                offFxThread.incrementAndGet();
            }
            updates.incrementAndGet();
            received.addAndGet(batch.size());
        });
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> pulses.get() > 0);
        long pulsesBefore = pulses.get();

        // a tail handing over small batches as fast as it can, for about half a second
        long end = System.nanoTime() + Duration.ofMillis(500).toNanos();
        int offered = 0;
        while (System.nanoTime() < end) {
            coalescer.offer(offered++);
        }
        int total = offered;
        // a loaded machine's FX thread can fall more than the capacity behind such a flood: the oldest are then
        // dropped, as designed, and counted (seen in CI); a timeout says what arrived
        AtomicLong dropped = new AtomicLong();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> received.get() + dropped.addAndGet(coalescer.takeDropped()) == total);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("of " + total + " offers " + received + " received and " + dropped
                    + " dropped in " + (pulses.get() - pulsesBefore) + " pulses, " + updates + " updates", e);
        }
        long pulsesDuring = pulses.get() - pulsesBefore;
        Platform.runLater(counter::stop);

        assertThat(offFxThread).hasValue(0);
        assertThat(updates.get()).as("updates for %d offers in %d pulses", total, pulsesDuring)
                .isBetween(1, (int) pulsesDuring + 1);
    }
}
