package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.PartitionInfo;
import java.util.Set;

/** How one broker holds one partition, as the replica map draws it (colour and shape both differ). */
public enum ReplicaState {
    // a replica whose broker is down says so: "offline" is what the topic list calls a partition with no leader
    LEADER("leader"), IN_SYNC("in sync"), OUT_OF_SYNC("out of sync"), OFFLINE("broker down"), NONE("");

    private final String label;

    ReplicaState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A replica on a broker whose process is not running is offline at once, before Kafka notices (which takes
     * up to the ZooKeeper session timeout), so a kill shows in the map immediately.
     */
    public static ReplicaState of(PartitionInfo partition, int broker, Set<Integer> liveBrokers) {
        if (!partition.replicas().contains(broker)) {
            return NONE;
        }
        if (!liveBrokers.contains(broker)) {
            return OFFLINE;
        }
        if (partition.leader() == broker) {
            return LEADER;
        }
        return partition.isr().contains(broker) ? IN_SYNC : OUT_OF_SYNC;
    }
}
