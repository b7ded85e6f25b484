package io.brokerlab.launcher.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Something that changed in the cluster. One record for every {@link EventType} rather than a
 * type each: the fields that apply are set, the others are null, which is also how the event
 * goes out as JSON (absent keys).
 *
 * @param time      when the change was seen (the state's {@code takenAt})
 * @param broker    the broker that came or went, or the new controller
 * @param oldBroker the previous controller
 * @param leader    the new leader ({@code -1}: none)
 * @param oldLeader the previous leader ({@code -1}: none)
 * @param isr       the in-sync replicas after the change
 * @param oldIsr    the in-sync replicas before it
 * @param node      a launcher node's name, e.g. {@code broker-2} or {@code zk-1}
 * @param role      a ZooKeeper's new role
 * @param oldRole   its previous role
 * @param detail    a few words more for people (an address, an exit reason)
 */
public record ClusterEvent(Instant time, EventType type, String topic, Integer partition, Integer broker,
                           Integer oldBroker, Integer leader, Integer oldLeader, List<Integer> isr,
                           List<Integer> oldIsr, String node, String role, String oldRole, String detail) {

    /**
     * The {@code detail} of a {@link EventType#QUORUM_REGAINED} that is a freshly started ensemble's first quorum
     * rather than one regained after a loss.
     */
    public static final String QUORUM_FORMED = "formed: the ensemble's first quorum";

    public ClusterEvent {
        isr = isr == null ? null : List.copyOf(isr);
        oldIsr = oldIsr == null ? null : List.copyOf(oldIsr);
    }

    static ClusterEvent of(Instant time, EventType type) {
        return new ClusterEvent(time, type, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The start of the {@code detail} of a {@link EventType#QUORUM_LOST} while a majority still runs: its servers are
     * electing a new leader (a fraction of a second), not left without a quorum. The type stays quorum_lost for the
     * scripts that read it.
     */
    public static final String ELECTING = "electing a leader: ";

    /** {@code running} of {@code all} ZooKeepers run; a majority of them electing is an election, not a loss. */
    static ClusterEvent quorumLost(Instant time, long running, int all) {
        String detail = (running > all / 2 ? ELECTING : "") + running + " of " + all + " running";
        return new ClusterEvent(time, EventType.QUORUM_LOST, null, null, null, null, null, null, null, null, null,
                null, null, detail);
    }

    /** A quorum_lost while a majority of the ZooKeepers still run: they are electing a leader. */
    public boolean isElection() {
        return type == EventType.QUORUM_LOST && detail != null && detail.startsWith(ELECTING);
    }

    static ClusterEvent quorumFormed(Instant time) {
        return new ClusterEvent(time, EventType.QUORUM_REGAINED, null, null, null, null, null, null, null, null, null,
                null, null, QUORUM_FORMED);
    }

    /** A quorum_regained that is in fact the first quorum of a freshly started ensemble. */
    public boolean isQuorumFormed() {
        return type == EventType.QUORUM_REGAINED && QUORUM_FORMED.equals(detail);
    }

    static ClusterEvent broker(Instant time, EventType type, Integer broker, Integer oldBroker, String detail) {
        return new ClusterEvent(time, type, null, null, broker, oldBroker, null, null, null, null, null, null, null,
                detail);
    }

    static ClusterEvent topic(Instant time, EventType type, String topic) {
        return new ClusterEvent(time, type, topic, null, null, null, null, null, null, null, null, null, null, null);
    }

    static ClusterEvent partition(Instant time, EventType type, PartitionState before, PartitionState after) {
        return new ClusterEvent(time, type, after.topic(), after.partition(), null, null, after.leader(),
                before.leader(), after.isr(), before.isr(), null, null, null, null);
    }

    static ClusterEvent node(Instant time, EventType type, String node, String role, String oldRole, String detail) {
        return new ClusterEvent(time, type, null, null, null, null, null, null, null, null, node, role, oldRole,
                detail);
    }

    /** The JSON object: {@code time} (ISO-8601), {@code type}, then every field that applies. */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", time.toString());
        json.put("type", type.label());
        putIfSet(json, "topic", topic);
        putIfSet(json, "partition", partition);
        putIfSet(json, "broker", broker);
        putIfSet(json, "oldBroker", oldBroker);
        putIfSet(json, "leader", leader);
        putIfSet(json, "oldLeader", oldLeader);
        putIfSet(json, "isr", isr);
        putIfSet(json, "oldIsr", oldIsr);
        putIfSet(json, "node", node);
        putIfSet(json, "role", role);
        putIfSet(json, "oldRole", oldRole);
        putIfSet(json, "detail", detail);
        return json;
    }

    /** One line for people: time, type, then the details as {@code key=value}. */
    public String toText() {
        Map<String, Object> json = toJsonMap();
        json.remove("time");
        json.remove("type");
        String details = json.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return (time + " " + type.label() + " " + details).strip();
    }

    private static void putIfSet(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
