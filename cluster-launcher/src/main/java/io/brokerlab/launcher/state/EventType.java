package io.brokerlab.launcher.state;

import java.util.Locale;

/** What a {@link ClusterEvent} reports. */
public enum EventType {
    BROKER_UP, BROKER_DOWN, CONTROLLER_CHANGED,
    TOPIC_CREATED, TOPIC_DELETED,
    LEADER_CHANGED, ISR_SHRUNK, ISR_EXPANDED,
    PARTITION_UNDER_REPLICATED, PARTITION_FULLY_REPLICATED, PARTITION_OFFLINE, PARTITION_ONLINE,
    NODE_STARTED, NODE_STOPPED, NODE_KILLED, NODE_CRASHED, NODE_PAUSED, NODE_RESUMED,
    ZOOKEEPER_ROLE_CHANGED, QUORUM_LOST, QUORUM_REGAINED,
    ZOOKEEPER_UNREACHABLE, ZOOKEEPER_RECONNECTED,
    /** The Admin API of an external cluster stopped answering (or answered again). */
    CLUSTER_UNREACHABLE, CLUSTER_RECONNECTED;

    /** The lower-case word used in the CLI's text and JSON, e.g. {@code leader_changed}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
