package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicRowTest {

    @Test
    void healthNamesOfflineAndUnderReplicatedPartitionsTogether() {
        TopicInfo topic = new TopicInfo("orders", false, List.of(
                new PartitionInfo(0, 1, List.of(1, 2), List.of(1)),
                new PartitionInfo(1, 2, List.of(2, 3), List.of(2)),
                new PartitionInfo(2, 3, List.of(3, 2), List.of(3, 2))), List.of());

        assertThat(TopicRow.of(topic, Set.of(1, 2, 3)).health()).isEqualTo("2 under-replicated");
        // broker 1 down: partition 0 has no leader, and 0 and 1 both miss a replica
        assertThat(TopicRow.of(topic, Set.of(2, 3)).health()).isEqualTo("1 offline · 2 under-replicated");
        TopicInfo single = new TopicInfo("solo", false, List.of(new PartitionInfo(0, 1, List.of(1), List.of(1))),
                List.of());
        assertThat(TopicRow.of(single, Set.of(2)).health()).isEqualTo("1 offline · 1 under-replicated");
        assertThat(TopicRow.of(single, Set.of(1)).health()).isEqualTo("healthy");
        // after Stop all: the cause, not a count of offline partitions
        assertThat(TopicRow.of(topic, Set.of())).satisfies(row -> {
            assertThat(row.health()).isEqualTo("no broker runs");
            assertThat(row.offline()).isEqualTo(3);
        });
    }
}
