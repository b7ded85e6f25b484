package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicRowTest {

    /** The topic's min.insync.replicas not known: nothing is said of it. */
    private static final OptionalInt NONE = OptionalInt.empty();

    @Test
    void aHealthyTopicWhoseLeadersLeftTheirPreferredReplicaSaysHowMany() {
        TopicInfo afterFailover = new TopicInfo("orders", false, List.of(
                new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(1, 2, 3)),
                new PartitionInfo(1, 2, List.of(2, 3, 1), List.of(2, 3, 1)),
                new PartitionInfo(2, 3, List.of(1, 3, 2), List.of(1, 3, 2))), List.of());
        TopicRow row = TopicRow.of(afterFailover, Set.of(1, 2, 3), NONE, "");
        assertThat(row.notPreferred()).isEqualTo(2);
        assertThat(row.health()).isEqualTo("healthy · 2 not on their preferred leader");
        TopicInfo oneMoved = new TopicInfo("orders", false, List.of(
                new PartitionInfo(0, 2, List.of(1, 2, 3), List.of(1, 2, 3))), List.of());
        assertThat(TopicRow.of(oneMoved, Set.of(1, 2, 3), NONE, "").health())
                .isEqualTo("healthy · 1 not on its preferred leader");
        assertThat(TopicRow.of(afterFailover, Set.of(2, 3), NONE, "").health()).as("a replica short says that first")
                .isEqualTo("3 under-replicated");
    }

    /** Kafka lists a new topic a moment before its partitions: not "healthy" with none. */
    @Test
    void aTopicWithoutPartitionsYetIsBeingCreated() {
        TopicRow row = TopicRow.of(new TopicInfo("orders", false, List.of(), List.of()), Set.of(1, 2, 3), NONE, "");
        assertThat(row.health()).isEqualTo("being created…");
    }

    @Test
    void healthNamesOfflineAndUnderReplicatedPartitionsTogether() {
        TopicInfo topic = new TopicInfo("orders", false, List.of(
                new PartitionInfo(0, 1, List.of(1, 2), List.of(1)),
                new PartitionInfo(1, 2, List.of(2, 3), List.of(2)),
                new PartitionInfo(2, 3, List.of(3, 2), List.of(3, 2))), List.of());

        assertThat(TopicRow.of(topic, Set.of(1, 2, 3), NONE, "").health()).isEqualTo("2 under-replicated");
        // broker 1 down: partition 0 has no leader, and 0 and 1 both miss a replica
        assertThat(TopicRow.of(topic, Set.of(2, 3), NONE, "").health()).isEqualTo("1 offline · 2 under-replicated");
        TopicInfo single = new TopicInfo("solo", false, List.of(new PartitionInfo(0, 1, List.of(1), List.of(1))),
                List.of());
        assertThat(TopicRow.of(single, Set.of(2), NONE, "").health()).isEqualTo("1 offline · 1 under-replicated");
        assertThat(TopicRow.of(single, Set.of(1), NONE, "").health()).isEqualTo("healthy");
        // after Stop all: the cause, not a count of offline partitions
        assertThat(TopicRow.of(topic, Set.of(), NONE, "")).satisfies(row -> {
            assertThat(row.health()).isEqualTo("no broker runs");
            assertThat(row.offline()).isEqualTo(3);
        });
    }

    @Test
    void partitionsWithALiveLeaderButFewerLiveInSyncReplicasThanMinInsyncReplicasRefuseAcksAllWrites() {
        TopicInfo demo = new TopicInfo("demo", false, List.of(
                new PartitionInfo(0, 1, List.of(1, 2, 3), List.of(1)),
                new PartitionInfo(1, 1, List.of(2, 3, 1), List.of(1)),
                new PartitionInfo(2, 2, List.of(3, 1, 2), List.of(2, 1)),
                new PartitionInfo(3, -1, List.of(3, 1, 2), List.of(3))), List.of());

        TopicRow row = TopicRow.of(demo, Set.of(1, 2, 3), OptionalInt.of(2), "");
        assertThat(row.belowMinIsr()).as("offline partition 3 refuses every write, not just acks=all").isEqualTo(2);
        assertThat(row.health()).isEqualTo("1 offline · 2 below min ISR: acks=all refused · 4 under-replicated");
        assertThat(TopicRow.of(demo, Set.of(1, 2, 3), OptionalInt.of(1), "").health())
                .as("min.insync.replicas=1: one in-sync replica still takes acks=all writes")
                .isEqualTo("1 offline · 4 under-replicated");
        assertThat(TopicRow.of(demo, Set.of(1, 2, 3), NONE, "").belowMinIsr()).isZero();
        // broker-2 killed: Kafka still lists it in partition 2's ISR, but no acks=all write gets through it now
        assertThat(TopicRow.of(demo, Set.of(1, 3), OptionalInt.of(2), "")).satisfies(killed -> {
            assertThat(killed.offline()).as("partition 2's leader and partition 3").isEqualTo(2);
            assertThat(killed.belowMinIsr()).isEqualTo(2);
        });
        TopicInfo healthy = new TopicInfo("ok", false, List.of(new PartitionInfo(0, 1, List.of(1, 2, 3),
                List.of(1, 2))), List.of());
        assertThat(TopicRow.of(healthy, Set.of(1, 2, 3), OptionalInt.of(2), "").health()).isEqualTo("1 under-replicated");
        assertThat(TopicRow.of(healthy, Set.of(), OptionalInt.of(2), "").health()).isEqualTo("no broker runs");
    }

    @Test
    void aTopicIsCompactedWhenItsCleanupPolicyHasCompactAloneOrWithDelete() {
        TopicInfo topic = new TopicInfo("users", false, List.of(new PartitionInfo(0, 1, List.of(1), List.of(1))),
                List.of());
        assertThat(TopicRow.of(topic, Set.of(1), NONE, "compact").compacted()).isTrue();
        assertThat(TopicRow.of(topic, Set.of(1), NONE, "compact,delete").compacted()).isTrue();
        assertThat(TopicRow.of(topic, Set.of(1), NONE, "delete, compact").compacted()).isTrue();
        assertThat(TopicRow.of(topic, Set.of(1), NONE, "delete").compacted()).isFalse();
        assertThat(TopicRow.of(topic, Set.of(1), NONE, "").compacted()).as("not read yet").isFalse();
        assertThat(Compaction.explained("delete, compact")).startsWith("cleanup.policy=delete,compact: ")
                .endsWith("Messages older than retention.ms are also deleted, latest values too.");
    }
}
