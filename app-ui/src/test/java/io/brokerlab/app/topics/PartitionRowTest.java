package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.PartitionInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartitionRowTest {

    @Test
    void isrNamesTheBrokersThatAreDownRatherThanBareIdsThatReadAsACount() {
        PartitionInfo p = new PartitionInfo(0, 2, List.of(2, 3, 1), List.of(2, 3, 1));

        assertThat(PartitionRow.of(p, 0, Set.of(1, 2), 2).isr()).isEqualTo("2, 3, 1 (broker-3 down)");
        assertThat(PartitionRow.of(p, 0, Set.of(2), 2).isr()).isEqualTo("2, 3, 1 (broker-3, broker-1 down)");
        assertThat(PartitionRow.of(p, 0, Set.of(1, 2, 3), 2).isr()).isEqualTo("2, 3, 1");
    }

    @Test
    void anIsrBelowMinInsyncReplicasIsMarkedAndSaysWhatItDoesToProducers() {
        PartitionInfo p = new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1, 2));

        assertThat(PartitionRow.of(p, 0, Set.of(1, 2, 3), 2)).satisfies(row -> {
            assertThat(row.belowMinIsr()).isFalse();
            assertThat(row.isrExplained()).isNull();
        });
        assertThat(PartitionRow.of(p, 0, Set.of(1, 2, 3), 3).isrExplained()).isEqualTo("2 in sync, fewer than"
                + " min.insync.replicas=3: producers with acks=all are refused (NOT_ENOUGH_REPLICAS) until a replica"
                + " catches up; acks=1 writes are taken but not readable until then.");
        assertThat(PartitionRow.of(p, 0, Set.of(1, 2, 3), 0).belowMinIsr()).as("not known: not said").isFalse();
        // broker-2 killed, still in Kafka's ISR: both are said
        PartitionRow killed = PartitionRow.of(p, 0, Set.of(1, 3), 2);
        assertThat(killed.belowMinIsr()).isTrue();
        assertThat(killed.isrExplained()).startsWith("1 in sync, fewer than min.insync.replicas=2")
                .contains("\nbroker-2 is down, but Kafka still names it here");
        assertThat(PartitionRow.of(p, 0, Set.of(2, 3), 2).belowMinIsr()).as("its leader is down: offline").isFalse();
    }
}
