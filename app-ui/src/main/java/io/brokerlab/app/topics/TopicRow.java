package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A line of the topic list; immutable, rebuilt on every refresh.
 *
 * @param belowMinIsr       partitions with a live leader but fewer live in-sync replicas than
 *                          {@code minInsyncReplicas}: producers with acks=all get no write through them
 * @param minInsyncReplicas the topic's min.insync.replicas (its own, else the brokers'); 0 when not known
 * @param notPreferred      partitions with a live leader other than their preferred (first) replica: after a
 *                          failover, until a preferred election (or Kafka's own, every 5 minutes) moves them back
 * @param cleanupPolicy     the topic's cleanup.policy as Kafka words it ("compact,delete"); empty while not read
 */
public record TopicRow(String name, int partitions, int replicationFactor, long underReplicated, long offline,
                       long belowMinIsr, int minInsyncReplicas, boolean internal, boolean noBrokerRuns,
                       long notPreferred, String cleanupPolicy) {

    /** A row whose cleanup.policy is not read (yet). */
    public TopicRow(String name, int partitions, int replicationFactor, long underReplicated, long offline,
                    long belowMinIsr, int minInsyncReplicas, boolean internal, boolean noBrokerRuns,
                    long notPreferred) {
        this(name, partitions, replicationFactor, underReplicated, offline, belowMinIsr, minInsyncReplicas, internal,
                noBrokerRuns, notPreferred, "");
    }

    /** @param cleanupPolicy the topic's cleanup.policy, empty while not read */
    public static TopicRow of(TopicInfo topic, Set<Integer> liveBrokers, OptionalInt minInsyncReplicas,
                              String cleanupPolicy) {
        long offline = topic.partitions().stream().filter(p -> leaderless(p, liveBrokers)).count();
        long under = topic.partitions().stream()
                .filter(p -> p.underReplicated() || !liveBrokers.containsAll(p.replicas())).count();
        int min = minInsyncReplicas.orElse(0);
        long below = topic.partitions().stream().filter(p -> belowMinIsr(p, liveBrokers, min)).count();
        long notPreferred = topic.partitions().stream().filter(p -> !leaderless(p, liveBrokers)
                && !p.replicas().isEmpty() && p.leader() != p.replicas().get(0)).count();
        return new TopicRow(topic.name(), topic.partitions().size(), topic.replicationFactor(), under, offline, below,
                min, topic.internal(), liveBrokers.isEmpty(), notPreferred, cleanupPolicy);
    }

    /** Whether Kafka compacts the topic (cleanup.policy compact, or compact,delete): marked in the list. */
    public boolean compacted() {
        return Compaction.compacted(cleanupPolicy);
    }

    private static boolean leaderless(PartitionInfo p, Set<Integer> liveBrokers) {
        return p.offline() || !liveBrokers.contains(p.leader());
    }

    /**
     * Counted by the live members of Kafka's ISR, as the other counts are by live brokers: a killed follower stays in
     * Kafka's ISR until ZooKeeper ends its session, and meanwhile an acks=all write waits for it in vain.
     */
    static boolean belowMinIsr(PartitionInfo p, Set<Integer> liveBrokers, int minInsyncReplicas) {
        return !leaderless(p, liveBrokers)
                && p.isr().stream().filter(liveBrokers::contains).count() < minInsyncReplicas;
    }

    /**
     * Every count that applies, so an offline partition does not hide the others that lost a replica. Counted apart
     * as Kafka's --unavailable-partitions and --under-replicated-partitions do: an offline one is in both. The most
     * severe first, since a narrow column cuts the end: offline (nothing served), below min ISR with what it means
     * for producers (writes refused while a leader runs), then under-replicated. With no broker running at all, that
     * is said instead.
     */
    public String health() {
        // after Stop all every partition is offline by definition: one word for the cause, not a red count per topic
        if (noBrokerRuns) {
            return "no broker runs";
        }
        // listed by Kafka a moment before the controller has given it partitions: not "healthy" with none
        if (partitions == 0) {
            return "being created…";
        }
        List<String> counts = new ArrayList<>();
        if (offline > 0) {
            counts.add(offline + " offline");
        }
        if (belowMinIsr > 0) {
            counts.add(belowMinIsr + " below min ISR: acks=all refused");
        }
        if (underReplicated > 0) {
            counts.add(underReplicated + " under-replicated");
        }
        if (counts.isEmpty()) {
            // the failover demo's last step: the brokers are back, the leaders are not
            return notPreferred == 0 ? "healthy" : "healthy · " + notPreferred + (notPreferred == 1
                    ? " not on its preferred leader" : " not on their preferred leader");
        }
        return String.join(" · ", counts);
    }
}
