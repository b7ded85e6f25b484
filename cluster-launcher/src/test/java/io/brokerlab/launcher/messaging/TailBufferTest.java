package io.brokerlab.launcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TailBufferTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void keepsTheNewestAndCountsWhatItDropped() {
        TailBuffer buffer = new TailBuffer(3, nanos::get);

        buffer.addAll(messages(0, 2));
        buffer.addAll(messages(2, 5));

        assertThat(buffer.messages()).extracting(TailedMessage::offset).containsExactly(2L, 3L, 4L);
        TailBuffer.Stats stats = buffer.stats();
        assertThat(stats.buffered()).isEqualTo(3);
        assertThat(stats.received()).isEqualTo(5);
        assertThat(stats.dropped()).isEqualTo(2);
    }

    @Test
    void rateCountsOnlyTheLastFiveSeconds() {
        TailBuffer buffer = new TailBuffer(1000, nanos::get);
        buffer.addAll(messages(0, 100));
        nanos.set(10_000_000_000L);
        buffer.addAll(messages(100, 150));

        assertThat(buffer.stats().messagesPerSecond()).isEqualTo(10.0);
    }

    @Test
    void rateBeforeAFullWindowUsesTheTimeRunSoFar() {
        TailBuffer buffer = new TailBuffer(1000, nanos::get);
        nanos.set(2_000_000_000L);
        buffer.addAll(messages(0, 40));

        assertThat(buffer.stats().messagesPerSecond()).isEqualTo(20.0);
    }

    @Test
    void clearEmptiesButKeepsCounts() {
        TailBuffer buffer = new TailBuffer(10, nanos::get);
        buffer.addAll(messages(0, 4));
        buffer.clear();

        assertThat(buffer.messages()).isEmpty();
        assertThat(buffer.stats().received()).isEqualTo(4);
    }

    @Test
    void concurrentWritersNeverExceedCapacity() throws InterruptedException {
        TailBuffer buffer = new TailBuffer(50);
        Thread[] writers = new Thread[4];
        for (int w = 0; w < writers.length; w++) {
            writers[w] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    buffer.addAll(messages(i, i + 1));
                }
            });
            writers[w].start();
        }
        for (Thread writer : writers) {
            writer.join();
        }

        assertThat(buffer.messages()).hasSize(50);
        assertThat(buffer.stats().received()).isEqualTo(4000);
        assertThat(buffer.stats().dropped()).isEqualTo(3950);
    }

    private static List<TailedMessage> messages(long from, long to) {
        return LongStream.range(from, to)
                .mapToObj(o -> TailedMessage.ofText("t", 0, o, 0, null, "v" + o))
                .toList();
    }
}
