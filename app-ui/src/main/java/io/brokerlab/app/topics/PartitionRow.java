package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.PartitionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A line of the partition table: Kafka's metadata of one partition, its leader epoch, and which of its brokers the app
 * knows are down. Kafka keeps naming a killed broker as leader and in the ISR until ZooKeeper ends its session, while
 * the replica map and the topic health already show it offline: the down ones are marked beside Kafka's own values so
 * the screen does not contradict itself. A row is replaced when any of this changes. Any thread.
 *
 * @param minInsyncReplicas the topic's min.insync.replicas, 0 when not known
 * @param belowMinIsr       a live leader, but fewer live in-sync replicas than that: acks=all writes are refused
 */
record PartitionRow(PartitionInfo partition, int leaderEpoch, Set<Integer> down, int minInsyncReplicas,
                    boolean belowMinIsr) {

    PartitionRow {
        down = Set.copyOf(down);
    }

    /** {@code live}: the brokers the app knows run; the partition's other brokers are down. */
    static PartitionRow of(PartitionInfo partition, int leaderEpoch, Set<Integer> live, int minInsyncReplicas) {
        Set<Integer> down = new TreeSet<>(partition.replicas());
        down.addAll(partition.isr());
        if (!partition.offline()) {
            down.add(partition.leader());
        }
        down.removeAll(live);
        return new PartitionRow(partition, leaderEpoch, down, minInsyncReplicas,
                TopicRow.belowMinIsr(partition, live, minInsyncReplicas));
    }

    String leader() {
        if (partition.offline()) {
            return "none (offline)";
        }
        return "broker-" + partition.leader() + (leaderDown() ? " (down)" : "");
    }

    boolean leaderDown() {
        return !partition.offline() && down.contains(partition.leader());
    }

    /**
     * Kafka's ISR in its order, then the members that are down by name: "2, 1, 3 (broker-3 down)"; a bare "(3 down)"
     * read as a count of three.
     */
    String isr() {
        List<Integer> isrDown = isrDown();
        return join(partition.isr()) + (isrDown.isEmpty() ? ""
                : " (" + isrDown.stream().map(b -> "broker-" + b).collect(Collectors.joining(", ")) + " down)");
    }

    List<Integer> isrDown() {
        return partition.isr().stream().filter(down::contains).toList();
    }

    /** Why a down broker still shows in Kafka's values; null when none is down. */
    String downExplained() {
        List<Integer> named = new ArrayList<>(isrDown());
        if (leaderDown() && !named.contains(partition.leader())) {
            named.add(0, partition.leader());
        }
        if (named.isEmpty()) {
            return null;
        }
        String brokers = named.stream().map(b -> "broker-" + b).collect(Collectors.joining(", "));
        return brokers + (named.size() == 1 ? " is" : " are") + " down, but Kafka still names "
                + (named.size() == 1 ? "it" : "them") + " here until ZooKeeper ends the broker's session"
                + " (zookeeper.session.timeout.ms in its properties: a few seconds); then the controller elects a new"
                + " leader and shrinks the ISR.";
    }

    /**
     * What an ISR cell's tooltip says: why a down broker is still named, and when the ISR is below min.insync.replicas
     * what that does to producers; null when neither applies.
     */
    String isrExplained() {
        List<String> why = new ArrayList<>();
        if (belowMinIsr) {
            long live = partition.isr().size() - isrDown().size();
            why.add(live + " in sync, fewer than min.insync.replicas=" + minInsyncReplicas + ": producers with acks=all"
                    + " are refused (NOT_ENOUGH_REPLICAS) until a replica catches up; acks=1 writes are taken but not"
                    + " readable until then.");
        }
        if (!isrDown().isEmpty()) {
            why.add(downExplained());
        }
        return why.isEmpty() ? null : String.join("\n", why);
    }

    static String join(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
