package io.brokerlab.launcher.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionTallyTest {

    @Test
    void allAcknowledgedAndReadOnceInOrderIsIntact() {
        PartitionTally tally = new PartitionTally(0);
        for (int seq = 0; seq < 10; seq += 2) {
            tally.acknowledged(seq);
        }
        for (int seq = 0; seq < 10; seq += 2) {
            tally.read(seq);
        }

        assertThat(tally.result()).isEqualTo(new DurabilityReport.PartitionResult(0, 5, 5, 0, 5, 0, 0, 0, 0));
    }

    @Test
    void acknowledgedButMissingIsLostAndFailedIsNeverAcknowledged() {
        PartitionTally tally = new PartitionTally(1);
        tally.acknowledged(1);
        tally.acknowledged(2);
        tally.acknowledged(3);
        tally.failed(4);
        tally.failed(5);
        tally.read(1);
        tally.read(5);

        DurabilityReport.PartitionResult result = tally.result();
        assertThat(result.sent()).isEqualTo(5);
        assertThat(result.acknowledged()).isEqualTo(3);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.read()).isEqualTo(2);
        assertThat(result.lost()).isEqualTo(2);
        assertThat(result.failedButStored()).isEqualTo(1);
    }

    @Test
    void countsDuplicatesAndOutOfOrder() {
        PartitionTally tally = new PartitionTally(0);
        for (int seq = 0; seq < 4; seq++) {
            tally.acknowledged(seq);
        }
        tally.read(0);
        tally.read(2);
        tally.read(1);
        tally.read(2);
        tally.read(3);

        DurabilityReport.PartitionResult result = tally.result();
        assertThat(result.read()).isEqualTo(5);
        assertThat(result.duplicated()).isEqualTo(1);
        assertThat(result.outOfOrder()).isEqualTo(1);
        assertThat(result.lost()).isZero();
    }

    @Test
    void reportSumsPartitions() {
        DurabilityReport report = new DurabilityReport("t", "all", 10, Duration.ofSeconds(1), List.of(
                new DurabilityReport.PartitionResult(0, 5, 4, 1, 3, 1, 0, 0, 0),
                new DurabilityReport.PartitionResult(1, 5, 5, 0, 6, 0, 1, 0, 0)), List.of());

        assertThat(report.acknowledged()).isEqualTo(9);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.read()).isEqualTo(9);
        assertThat(report.lost()).isEqualTo(1);
        assertThat(report.duplicated()).isEqualTo(1);
        assertThat(report.intact()).isFalse();
    }
}
