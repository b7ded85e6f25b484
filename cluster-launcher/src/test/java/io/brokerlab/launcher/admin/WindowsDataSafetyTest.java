package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowsDataSafetyTest {

    @Test
    void namesTheSettingsThatMakeABrokerDeleteFiles() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("retention.ms", "60000");
        configs.put("retention.bytes", "-1");
        configs.put("cleanup.policy", "compact,delete");
        configs.put("min.insync.replicas", "2");
        configs.put("segment.ms", "1000");

        assertThat(new WindowsDataSafety(true).riskyKeys(configs)).containsExactly("retention.ms", "cleanup.policy", "segment.ms");
        assertThat(new WindowsDataSafety(true).riskyKeys(Map.of("cleanup.policy", "delete", "retention.ms", "-1"))).isEmpty();
        assertThat(new WindowsDataSafety(false).riskyKeys(configs)).as("only Windows brokers are at risk").isEmpty();
    }

    @Test
    void aReassignmentIsRiskyOnlyWhenItTakesAReplicaOffABroker() {
        WindowsDataSafety windows = new WindowsDataSafety(true);

        assertThat(windows.removedReplicas(java.util.List.of(1, 2, 3), java.util.List.of(3, 1, 2)))
                .as("reordering moves leadership, deletes nothing").isEmpty();
        assertThat(windows.removedReplicas(java.util.List.of(1, 2, 3), java.util.List.of(1, 2, 4))).containsExactly(3);
        assertThat(new WindowsDataSafety(false).removedReplicas(java.util.List.of(1, 2, 3), java.util.List.of(4))).isEmpty();
    }
}
