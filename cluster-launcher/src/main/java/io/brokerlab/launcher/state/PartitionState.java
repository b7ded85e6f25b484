package io.brokerlab.launcher.state;

import java.util.List;

/**
 * One partition at one moment.
 *
 * @param leader          the leading broker, {@link #NO_LEADER} when the partition is offline
 * @param leaderEpoch     from ZooKeeper's partition state; -1 when the source does not tell (Admin API)
 * @param controllerEpoch from ZooKeeper's partition state; -1 when the source does not tell (Admin API)
 */
public record PartitionState(String topic, int partition, List<Integer> replicas, int leader, List<Integer> isr,
                             int leaderEpoch, int controllerEpoch) {

    /** Kafka's own marker for "no leader". */
    public static final int NO_LEADER = -1;

    public PartitionState {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
    }

    public boolean isOffline() {
        return leader == NO_LEADER;
    }

    /** Fewer in-sync replicas than assigned ones, Kafka's definition of under-replicated. */
    public boolean isUnderReplicated() {
        return isr.size() < replicas.size();
    }
}
