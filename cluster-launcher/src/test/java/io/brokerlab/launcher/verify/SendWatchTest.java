package io.brokerlab.launcher.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SendWatchTest {

    private static final String WHY = "all 6 partitions of orders have 1 in-sync replica";

    private final AtomicLong now = new AtomicLong();
    private final DurabilityCheck.Progress progress = new DurabilityCheck.Progress();
    private final List<Long> asked = new ArrayList<>();

    private SendWatch watch(Optional<String> answer) {
        return new SendWatch(progress, () -> {
            asked.add(now.get());
            return answer;
        }, now::get);
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    private void send(int n) {
        for (int i = 0; i < n; i++) {
            progress.sentOne();
        }
    }

    @Test
    void sendsWithoutAnAnswerForFiveSecondsAreAStallWithTheClustersReason() {
        SendWatch watch = watch(Optional.of(WHY));
        send(600);
        advance(Duration.ofSeconds(4));
        assertThat(watch.poll()).isEmpty();
        assertThat(progress.stall()).as("not yet long enough to wonder").isEmpty();
        assertThat(asked).isEmpty();

        advance(Duration.ofSeconds(2));
        assertThat(watch.poll()).as("10 s have not passed").isEmpty();

        assertThat(progress.stall()).hasValue(new DurabilityCheck.Stall(600, Duration.ofSeconds(6), WHY));
        assertThat(asked).hasSize(1);
        advance(Duration.ofSeconds(1));
        watch.poll();
        assertThat(asked).as("asked again only every few seconds").hasSize(1);
    }

    @Test
    void nothingAcknowledgedForTenSecondsWithAReasonStopsTheCheck() {
        SendWatch watch = watch(Optional.of(WHY));
        send(10);
        advance(Duration.ofSeconds(10));

        assertThat(watch.poll()).hasValue(WHY);
    }

    @Test
    void aStallAfterAcknowledgementsOnlyWaitsASendsBrokerMayComeBack() {
        SendWatch watch = watch(Optional.of(WHY));
        send(10);
        progress.answered(true);
        advance(Duration.ofSeconds(1));
        watch.poll();
        advance(Duration.ofSeconds(60));

        assertThat(watch.poll()).isEmpty();
        assertThat(progress.stall()).hasValue(new DurabilityCheck.Stall(9, Duration.ofSeconds(60), WHY));
    }

    @Test
    void withoutAReasonTheCheckWaitsAndAnAnswerEndsTheStall() {
        SendWatch watch = watch(Optional.empty());
        send(10);
        advance(Duration.ofSeconds(30));
        assertThat(watch.poll()).as("the producer's own timeout decides").isEmpty();
        assertThat(progress.stall()).hasValue(new DurabilityCheck.Stall(10, Duration.ofSeconds(30), null));

        progress.answered(true);
        watch.poll();

        assertThat(progress.stall()).isEmpty();
    }

    @Test
    void aClusterThatDoesNotAnswerKeepsTheLastReason() {
        List<Optional<String>> answers = new ArrayList<>(List.of(Optional.of(WHY)));
        SendWatch watch = new SendWatch(progress, () -> {
            if (answers.isEmpty()) {
                throw new IllegalStateException("timed out describing orders");
            }
            return answers.remove(0);
        }, now::get);
        send(10);
        progress.answered(true);
        watch.poll();
        advance(Duration.ofSeconds(5));
        watch.poll();
        advance(Duration.ofSeconds(5));
        watch.poll();

        assertThat(progress.stall()).map(DurabilityCheck.Stall::reason).hasValue(WHY);
    }
}
