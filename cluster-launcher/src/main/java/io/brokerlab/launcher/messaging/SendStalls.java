package io.brokerlab.launcher.messaging;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why a topic's sends get no acknowledgement, from its metadata. The producer retries a partition without a leader,
 * and under acks=all one with fewer in-sync replicas than min.insync.replicas (NOT_ENOUGH_REPLICAS), until
 * delivery.timeout.ms; then it reports only a TimeoutException, which reads as if no broker had answered.
 */
public final class SendStalls {

    static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";

    private SendStalls() {
    }

    /**
     * The reasons in {@code topic}'s metadata that sends with {@code acks} cannot be acknowledged, in the partitions
     * that hold them ({@code pending}; empty when unknown, as where the default partitioner spreads unkeyed sends):
     * only those are named, or, when unknown, every partition that holds sends up, said as such.
     */
    public static Optional<String> explain(TopicInfo topic, Acks acks, Set<Integer> pending) {
        Blocked blocked = blocked(topic, acks, pending);
        List<String> reasons = new ArrayList<>();
        if (!blocked.leaderless().isEmpty()) {
            List<String> leaderless = blocked.leaderless().stream().map(p -> topic.name() + "-" + p.partition()).toList();
            boolean one = leaderless.size() == 1;
            reasons.add(partitions(leaderless) + (one ? " has no leader (its replicas'" : " have no leader (their replicas'")
                    + " brokers are down): sends to " + (one ? "it" : "them") + " wait until a replica's broker is back");
        }
        if (!blocked.fewInsync().isEmpty()) {
            reasons.add(pending.isEmpty() ? fewInsyncSomewhere(topic.name(), blocked.fewInsync(), blocked.minInsync())
                    : fewInsync(topic.name(), blocked.fewInsync(), blocked.minInsync()));
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /**
     * The partitions of a topic that hold sends up: those without a leader, and under acks=all those with fewer
     * in-sync replicas than {@code minInsync}, the topic's min.insync.replicas.
     */
    public record Blocked(List<PartitionInfo> leaderless, List<PartitionInfo> fewInsync, int minInsync) {

        public Blocked {
            leaderless = List.copyOf(leaderless);
            fewInsync = List.copyOf(fewInsync);
        }

        public boolean none() {
            return leaderless.isEmpty() && fewInsync.isEmpty();
        }
    }

    /** The partitions among {@code pending} (all when empty) that cannot acknowledge sends with {@code acks} now. */
    public static Blocked blocked(TopicInfo topic, Acks acks, Set<Integer> pending) {
        int minInsync = minInsyncReplicas(topic);
        List<PartitionInfo> leaderless = new ArrayList<>();
        List<PartitionInfo> fewInsync = new ArrayList<>();
        for (PartitionInfo p : topic.partitions()) {
            if (!pending.isEmpty() && !pending.contains(p.partition())) {
                continue;
            }
            if (p.offline()) {
                leaderless.add(p);
            } else if (acks == Acks.ALL && p.isr().size() < minInsync) {
                fewInsync.add(p);
            }
        }
        return new Blocked(leaderless, fewInsync, minInsync);
    }

    private static String fewInsync(String topic, List<PartitionInfo> partitions, int minInsync) {
        List<String> names = partitions.stream().map(p -> topic + "-" + p.partition()).toList();
        long counts = partitions.stream().mapToInt(p -> p.isr().size()).distinct().count();
        int fewest = partitions.stream().mapToInt(p -> p.isr().size()).min().orElseThrow();
        String has = names.size() == 1 ? " has " : counts == 1 ? " have " : " have as few as ";
        return partitions(names) + has + fewest + " in-sync replica" + (fewest == 1 ? "" : "s") + ", below "
                + MIN_INSYNC_REPLICAS + "=" + minInsync + "; acks=all writes wait until a replica catches up:"
                + " start the stopped brokers (acks=1 writes are taken meanwhile, but not readable until then)";
    }

    /**
     * Which of the topic's partitions the sends wait in is not known: the ones that hold them up, without claiming
     * that the sends went to each.
     */
    private static String fewInsyncSomewhere(String topic, List<PartitionInfo> partitions, int minInsync) {
        List<String> names = partitions.stream().map(p -> topic + "-" + p.partition()).toList();
        int fewest = partitions.stream().mapToInt(p -> p.isr().size()).min().orElseThrow();
        boolean alike = partitions.stream().mapToInt(p -> p.isr().size()).distinct().count() == 1;
        return "partitions of " + topic + " that have " + (alike ? "" : "as few as ") + fewest + " in-sync replica"
                + (fewest == 1 ? "" : "s") + ", below " + MIN_INSYNC_REPLICAS + "=" + minInsync + ": " + list(names)
                + "; acks=all writes to them wait until a replica catches up: start the stopped brokers (acks=1 writes"
                + " are taken meanwhile, but not readable until then)";
    }

    private static String partitions(List<String> names) {
        return (names.size() == 1 ? "partition " : "partitions ") + list(names);
    }

    private static String list(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The topic's own value or the brokers' it inherits, as a topic's described configs give it; Kafka's 1 without. */
    private static int minInsyncReplicas(TopicInfo topic) {
        return topic.configs().stream().filter(c -> MIN_INSYNC_REPLICAS.equals(c.name())).map(TopicConfigEntry::value)
                .findFirst().map(Integer::parseInt).orElse(1);
    }
}
