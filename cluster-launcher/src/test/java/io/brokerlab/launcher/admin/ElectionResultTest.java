package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElectionResultTest {

    @Test
    void namesThePartitionsMovedAsKafkaNamesThemAndEachOneThatCouldNotWithWhy() {
        assertThat(new ElectionResult(List.of(0, 2), Map.of()).describe("orders"))
                .isEqualTo("partitions orders-0, 2 back on their preferred leader");
        assertThat(new ElectionResult(List.of(), Map.of(1, "broker 3 is down")).describe("orders"))
                .isEqualTo("no partition of orders moved; could not move partition 1 (broker 3 is down)");
        assertThat(new ElectionResult(List.of(), Map.of()).describe("orders"))
                .isEqualTo("every partition of orders is already led by its preferred replica");
    }
}
