package io.brokerlab.launcher.verify;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.SendStalls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a durability check cannot test a topic now, from its metadata, in words that say what to do. A partition without
 * a leader takes no writes. One with fewer in-sync replicas than min.insync.replicas refuses acks=all writes
 * (NOT_ENOUGH_REPLICAS, which the producer retries without a word until its delivery timeout); it takes acks=1 writes,
 * but Kafka 3.9 does not move its high watermark on while it is below the minimum, so nothing written there can be read
 * back until a replica catches up. Either way the check could only wait. Pure; the partitions come from
 * {@link SendStalls#blocked}, as the console's stall diagnosis does.
 */
final class BlockedPartitions {

    private BlockedPartitions() {
    }

    /** When the words are said: before or after a check, or while its sends wait (a broker started lets them through). */
    enum Moment { BETWEEN_CHECKS, WHILE_SENDS_WAIT }

    /** Empty when every partition of {@code topic} can take and show the check's writes. */
    static Optional<String> explain(TopicInfo topic, Collection<Integer> liveBrokers, Acks acks, Moment moment) {
        // acks=all also for acks=1: below the minimum, what acks=1 writes cannot be read back
        SendStalls.Blocked blocked = SendStalls.blocked(topic, Acks.ALL, Set.of());
        if (blocked.none()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (!blocked.fewInsync().isEmpty()) {
            List<PartitionInfo> few = blocked.fewInsync();
            int fewest = few.stream().mapToInt(p -> p.isr().size()).min().orElseThrow();
            boolean alike = few.stream().mapToInt(p -> p.isr().size()).distinct().count() == 1;
            String has = few.size() == 1 ? " has " : alike ? " have " : " have as few as ";
            reasons.add(partitions(topic, few) + has + fewest + " in-sync replica" + (fewest == 1 ? "" : "s")
                    + ", fewer than min.insync.replicas=" + blocked.minInsync() + (acks == Acks.ALL
                    ? ", so Kafka refuses acks=all writes to " + them(few) + " (NOT_ENOUGH_REPLICAS)"
                    : ", so Kafka takes acks=1 writes but does not let them be read (the high watermark stays put)"
                            + " until a replica catches up"));
        }
        if (!blocked.leaderless().isEmpty()) {
            reasons.add(partitions(topic, blocked.leaderless()) + (blocked.leaderless().size() == 1 ? " has" : " have")
                    + " no leader, so no writes to " + them(blocked.leaderless()) + " can be made");
        }
        List<PartitionInfo> all = new ArrayList<>(blocked.fewInsync());
        all.addAll(blocked.leaderless());
        return Optional.of(String.join("; ", reasons) + ". " + remedy(down(all, liveBrokers), blocked.minInsync(), moment)
                + " (the Topics view, or brokerlab topic describe " + topic.name() + ", shows the ISR).");
    }

    /** What to do: start a broker that holds a replica, or wait for the running ones to catch up. */
    private static String remedy(List<String> down, int minInsync, Moment moment) {
        String then = moment == Moment.WHILE_SENDS_WAIT ? "the waiting sends go through once"
                : "run the check again once";
        if (down.isEmpty()) {
            return "Their other replicas' brokers are running but not in sync yet: " + then + " each partition has "
                    + minInsync + " in-sync replicas";
        }
        return (down.size() == 1 ? down.get(0) + " is down: start it; " : list(down) + " are down: start one of them; ")
                + then + " its replicas are back in sync";
    }

    /** The brokers holding a replica of {@code partitions} that are not running, as the cluster names them. */
    private static List<String> down(List<PartitionInfo> partitions, Collection<Integer> liveBrokers) {
        TreeSet<Integer> ids = new TreeSet<>();
        partitions.forEach(p -> p.replicas().stream().filter(id -> !liveBrokers.contains(id)).forEach(ids::add));
        return ids.stream().map(id -> NodeId.broker(id).name()).toList();
    }

    private static String partitions(TopicInfo topic, List<PartitionInfo> partitions) {
        if (partitions.size() == topic.partitions().size() && partitions.size() > 1) {
            return "all " + partitions.size() + " partitions of " + topic.name();
        }
        List<String> names = partitions.stream().map(p -> topic.name() + "-" + p.partition()).toList();
        return (names.size() == 1 ? "partition " : "partitions ") + list(names);
    }

    private static String them(List<PartitionInfo> partitions) {
        return partitions.size() == 1 ? "it" : "them";
    }

    private static String list(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
