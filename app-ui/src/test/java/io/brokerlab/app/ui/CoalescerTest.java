package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalescerTest {

    @Test
    void aBurstBecomesOneBatchPerScheduledTask() {
        List<Runnable> scheduled = new ArrayList<>();
        List<List<Integer>> batches = new ArrayList<>();
        Coalescer<Integer> coalescer = new Coalescer<>(scheduled::add, 1000, batches::add);
        for (int i = 0; i < 500; i++) {
            coalescer.offer(i);
        }
        assertThat(scheduled).hasSize(1);
        scheduled.get(0).run();
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(500).startsWith(0, 1, 2).endsWith(499);
        coalescer.offer(500);
        assertThat(scheduled).hasSize(2);
    }

    @Test
    void dropsTheOldestBeyondCapacity() {
        List<Runnable> scheduled = new ArrayList<>();
        List<List<Integer>> batches = new ArrayList<>();
        Coalescer<Integer> coalescer = new Coalescer<>(scheduled::add, 100, batches::add);
        coalescer.offerAll(java.util.stream.IntStream.range(0, 250).boxed().toList());
        scheduled.get(0).run();
        assertThat(batches.get(0)).hasSize(100).startsWith(150);
        assertThat(coalescer.takeDropped()).isEqualTo(150);
        assertThat(coalescer.takeDropped()).isZero();
    }
}
