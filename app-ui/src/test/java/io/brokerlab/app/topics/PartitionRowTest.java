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

        assertThat(PartitionRow.of(p, 0, Set.of(1, 2)).isr()).isEqualTo("2, 3, 1 (broker-3 down)");
        assertThat(PartitionRow.of(p, 0, Set.of(2)).isr()).isEqualTo("2, 3, 1 (broker-3, broker-1 down)");
        assertThat(PartitionRow.of(p, 0, Set.of(1, 2, 3)).isr()).isEqualTo("2, 3, 1");
    }
}
