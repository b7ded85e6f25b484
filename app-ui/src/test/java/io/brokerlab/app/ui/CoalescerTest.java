package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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

    @Test
    void manyOfferersAndADrainAtOnceLoseNothing() throws Exception {
        Queue<Runnable> scheduled = new ConcurrentLinkedQueue<>();
        AtomicLong delivered = new AtomicLong();
        Coalescer<Integer> coalescer = new Coalescer<>(scheduled::add, Integer.MAX_VALUE,
                batch -> delivered.addAndGet(batch.size()));
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean offering = new AtomicBoolean(true);
        // the UI thread's part, as fast as it can, while offers race with it: every item must reach the sink once
        Thread drainer = new Thread(() -> {
            while (offering.get() || !scheduled.isEmpty()) {
                Runnable task = scheduled.poll();
                if (task != null) {
                    try {
                        task.run();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }
        });
        drainer.start();
        int threads = 4;
        int perThread = 100_000;
        List<Thread> offerers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread offerer = new Thread(() -> {
                for (int i = 0; i < perThread; i += 2) {
                    coalescer.offerAll(List.of(i, i + 1));
                }
            });
            offerers.add(offerer);
            offerer.start();
        }
        for (Thread offerer : offerers) {
            offerer.join();
        }
        offering.set(false);
        drainer.join();
        while (!scheduled.isEmpty()) {
            scheduled.poll().run();
        }
        assertThat(failures).isEmpty();
        assertThat(delivered.get() + coalescer.takeDropped()).isEqualTo((long) threads * perThread);
    }
}
