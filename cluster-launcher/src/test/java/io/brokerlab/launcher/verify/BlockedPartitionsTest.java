package io.brokerlab.launcher.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.verify.BlockedPartitions.Moment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockedPartitionsTest {

    private static final TopicConfigEntry MIN_ISR_2 = new TopicConfigEntry("min.insync.replicas", "2", false,
            "DYNAMIC_TOPIC_CONFIG");

    /** The review's cluster: 3 brokers, broker-1 and broker-2 killed, every partition led by broker-3 alone. */
    private static final TopicInfo ORDERS = new TopicInfo("orders", false, List.of(
            new PartitionInfo(0, 3, List.of(3, 2, 1), List.of(3)),
            new PartitionInfo(1, 3, List.of(1, 3, 2), List.of(3)),
            new PartitionInfo(2, 3, List.of(2, 1, 3), List.of(3)),
            new PartitionInfo(3, 3, List.of(3, 1, 2), List.of(3)),
            new PartitionInfo(4, 3, List.of(1, 2, 3), List.of(3)),
            new PartitionInfo(5, 3, List.of(2, 3, 1), List.of(3))), List.of(MIN_ISR_2));

    @Test
    void partitionsBelowMinInsyncReplicasRefuseAcksAllAndTheDownBrokersAreNamed() {
        assertThat(BlockedPartitions.explain(ORDERS, Set.of(3), Acks.ALL, Moment.BETWEEN_CHECKS)).hasValue(
                "all 6 partitions of orders have 1 in-sync replica, fewer than min.insync.replicas=2, so Kafka refuses"
                        + " acks=all writes to them (NOT_ENOUGH_REPLICAS). broker-1 and broker-2 are down: start one of"
                        + " them; run the check again once its replicas are back in sync (the Topics view, or"
                        + " brokerlab topic describe orders, shows the ISR).");
        assertThat(BlockedPartitions.explain(ORDERS, Set.of(3), Acks.ALL, Moment.WHILE_SENDS_WAIT)).get().asString()
                .contains("start one of them; the waiting sends go through once its replicas are back in sync");
    }

    @Test
    void belowTheMinimumAcksOneWritesAreTakenButCannotBeReadBack() {
        assertThat(BlockedPartitions.explain(ORDERS, Set.of(3), Acks.ONE, Moment.BETWEEN_CHECKS)).get().asString()
                .startsWith("all 6 partitions of orders have 1 in-sync replica, fewer than min.insync.replicas=2, so"
                        + " Kafka takes acks=1 writes but does not let them be read (the high watermark stays put)"
                        + " until a replica catches up.");
    }

    @Test
    void onlyTheBlockedPartitionsAndTheirDownBrokersAreNamed() {
        TopicInfo demo = new TopicInfo("demo", false, List.of(
                new PartitionInfo(0, 1, List.of(1, 2), List.of(1)),
                new PartitionInfo(1, -1, List.of(2, 4), List.of(2)),
                new PartitionInfo(2, 3, List.of(3, 1), List.of(3, 1))), List.of(MIN_ISR_2));

        assertThat(BlockedPartitions.explain(demo, Set.of(1, 3), Acks.ALL, Moment.BETWEEN_CHECKS)).hasValue(
                "partition demo-0 has 1 in-sync replica, fewer than min.insync.replicas=2, so Kafka refuses acks=all"
                        + " writes to it (NOT_ENOUGH_REPLICAS); partition demo-1 has no leader, so no writes to it can"
                        + " be made. broker-2 and broker-4 are down: start one of them; run the check again once its"
                        + " replicas are back in sync (the Topics view, or brokerlab topic describe demo, shows the"
                        + " ISR).");
    }

    @Test
    void runningReplicasNotYetInSyncAreWaitedFor() {
        TopicInfo demo = new TopicInfo("demo", false, List.of(new PartitionInfo(0, 1, List.of(1, 2), List.of(1))),
                List.of(MIN_ISR_2));

        assertThat(BlockedPartitions.explain(demo, Set.of(1, 2), Acks.ALL, Moment.BETWEEN_CHECKS)).get().asString()
                .endsWith("Their other replicas' brokers are running but not in sync yet: run the check again once"
                        + " each partition has 2 in-sync replicas (the Topics view, or brokerlab topic describe demo,"
                        + " shows the ISR).");
    }

    @Test
    void aTopicWithEnoughInSyncReplicasIsNotBlocked() {
        TopicInfo healthy = new TopicInfo("demo", false, List.of(new PartitionInfo(0, 1, List.of(1, 2, 3),
                List.of(1, 3))), List.of(MIN_ISR_2));

        assertThat(BlockedPartitions.explain(healthy, Set.of(1, 3), Acks.ALL, Moment.BETWEEN_CHECKS)).isEmpty();
    }
}
