package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class ClusterNoticesTest {

    private static ClusterEvent event(EventType type, String topic, int partition) {
        return new ClusterEvent(Instant.now(), type, topic, partition, null, null, 1, 2, List.of(1), List.of(1, 2),
                null, null, null, null);
    }

    @Test
    void theBatchesOfOneFailureShareOneNoticeThatCountsTheirPartitions() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            ClusterNotices notices = new ClusterNotices(Runnable::run, Runnable::run);
            notices.clusterEvents(List.of(event(EventType.LEADER_CHANGED, "demo", 0)));
            assertThat(notices.layer().getChildren()).as("a leader change alone is no alarm").isEmpty();

            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "demo", 0)));
            notices.clusterEvents(List.of(event(EventType.PARTITION_UNDER_REPLICATED, "demo", 1),
                    event(EventType.PARTITION_UNDER_REPLICATED, "orders", 0),
                    event(EventType.PARTITION_UNDER_REPLICATED, "demo", 0)));

            assertThat(notices.layer().getChildren()).singleElement().satisfies(n -> assertThat(
                    ((Notification) n).getMessage()).isEqualTo("3 partitions are under-replicated\nIn demo, orders:"
                    + " a replica fell out of sync. See the replica map in Topics and the Timeline."));

            notices.clusterEvents(List.of(event(EventType.PARTITION_OFFLINE, "demo", 2)));
            assertThat(((Notification) notices.layer().getChildren().get(0)).getMessage())
                    .startsWith("1 partition is offline\nIn demo, orders: no replica can lead.");

            // the election that follows: online again, and the notice counts what is still short of replicas
            notices.clusterEvents(List.of(event(EventType.PARTITION_ONLINE, "demo", 2),
                    event(EventType.PARTITION_FULLY_REPLICATED, "demo", 1)));
            assertThat(((Notification) notices.layer().getChildren().get(0)).getMessage())
                    .startsWith("2 partitions are under-replicated");
            notices.clusterEvents(List.of(event(EventType.PARTITION_FULLY_REPLICATED, "demo", 0),
                    event(EventType.PARTITION_FULLY_REPLICATED, "orders", 0)));
            assertThat(notices.layer().getChildren()).as("all recovered: nothing left to warn about").isEmpty();
            notices.clusterEvents(List.of(event(EventType.PARTITION_FULLY_REPLICATED, "demo", 0)));
            assertThat(notices.layer().getChildren()).isEmpty();
        });
    }
}
