package io.brokerlab.launcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendStallsTest {

    private static final TopicConfigEntry MIN_ISR_2 = new TopicConfigEntry("min.insync.replicas", "2", false,
            "STATIC_BROKER_CONFIG");

    @Test
    void fewerInSyncReplicasThanTheMinimumIsTheReasonForAcksAllOnly() {
        TopicInfo demo = new TopicInfo("demo", false, List.of(
                new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(2)),
                new PartitionInfo(1, 2, List.of(2, 3, 1), List.of(2)),
                new PartitionInfo(2, 2, List.of(3, 1, 2), List.of(2, 1))), List.of(MIN_ISR_2));

        assertThat(SendStalls.explain(demo, Acks.ALL, Set.of(0))).hasValue("partition demo-0 has 1 in-sync replica,"
                + " below min.insync.replicas=2; acks=all writes wait until a replica catches up: start the stopped"
                + " brokers (acks=1 writes are taken meanwhile, but not readable until then)");
        assertThat(SendStalls.explain(demo, Acks.ALL, Set.of(1, 0))).get().asString()
                .startsWith("partitions demo-0 and demo-1 have 1 in-sync replica, below min.insync.replicas=2;");
        assertThat(SendStalls.explain(demo, Acks.ALL, Set.of(2))).as("the chosen partition is fine").isEmpty();
        assertThat(SendStalls.explain(demo, Acks.ONE, Set.of())).as("the leader alone acknowledges acks=1").isEmpty();
    }

    @Test
    void onlyThePartitionsHoldingTheSendsAreNamedWhenTheyAreKnown() {
        // one live broker: every partition is below the minimum, but keyed sends all went to demo-2
        TopicInfo demo = new TopicInfo("demo", false, List.of(
                new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1)),
                new PartitionInfo(1, 1, List.of(2, 3, 1), List.of(1)),
                new PartitionInfo(2, 1, List.of(3, 1, 2), List.of(1))), List.of(MIN_ISR_2));

        assertThat(SendStalls.explain(demo, Acks.ALL, Set.of(2))).hasValue("partition demo-2 has 1 in-sync replica,"
                + " below min.insync.replicas=2; acks=all writes wait until a replica catches up: start the stopped"
                + " brokers (acks=1 writes are taken meanwhile, but not readable until then)");
        assertThat(SendStalls.explain(demo, Acks.ALL, Set.of())).as("unkeyed sends: where they wait is not known")
                .hasValue("partitions of demo that have 1 in-sync replica, below min.insync.replicas=2: demo-0, demo-1"
                        + " and demo-2; acks=all writes to them wait until a replica catches up: start the stopped"
                        + " brokers (acks=1 writes are taken meanwhile, but not readable until then)");
    }

    @Test
    void aPartitionWithoutALeaderIsNamed() {
        TopicInfo demo = new TopicInfo("demo", false, List.of(
                new PartitionInfo(0, -1, List.of(1, 3), List.of(3)),
                new PartitionInfo(1, 2, List.of(2, 3), List.of(2, 3))), List.of());

        assertThat(SendStalls.explain(demo, Acks.ONE, Set.of())).hasValue("partition demo-0 has no leader (its replicas'"
                + " brokers are down): sends to it wait until a replica's broker is back");

        TopicInfo twoDown = new TopicInfo("demo", false, List.of(
                new PartitionInfo(0, -1, List.of(1, 3), List.of(3)),
                new PartitionInfo(1, -1, List.of(1, 3), List.of(3))), List.of());
        assertThat(SendStalls.explain(twoDown, Acks.ONE, Set.of())).hasValue("partitions demo-0 and demo-1 have no"
                + " leader (their replicas' brokers are down): sends to them wait until a replica's broker is back");
        assertThat(SendStalls.explain(demo, Acks.ALL, Set.of(1))).as("min.insync.replicas defaults to 1").isEmpty();
    }
}
