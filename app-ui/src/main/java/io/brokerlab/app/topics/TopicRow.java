package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.TopicInfo;
import java.util.Set;

/** A line of the topic list; immutable, rebuilt on every refresh. */
public record TopicRow(String name, int partitions, int replicationFactor, long underReplicated, long offline,
                       boolean internal, boolean noBrokerRuns) {

    public static TopicRow of(TopicInfo topic, Set<Integer> liveBrokers) {
        long offline = topic.partitions().stream()
                .filter(p -> p.offline() || !liveBrokers.contains(p.leader())).count();
        long under = topic.partitions().stream()
                .filter(p -> p.underReplicated() || !liveBrokers.containsAll(p.replicas())).count();
        return new TopicRow(topic.name(), topic.partitions().size(), topic.replicationFactor(), under, offline,
                topic.internal(), liveBrokers.isEmpty());
    }

    /**
     * Both counts when both apply, so an offline partition does not hide the others that lost a replica. Counted
     * apart as Kafka's --unavailable-partitions and --under-replicated-partitions do: an offline one is in both.
     * With no broker running at all, that is said instead.
     */
    public String health() {
        // after Stop all every partition is offline by definition: one word for the cause, not a red count per topic
        if (noBrokerRuns) {
            return "no broker runs";
        }
        if (offline > 0 && underReplicated > 0) {
            return offline + " offline · " + underReplicated + " under-replicated";
        }
        if (offline > 0) {
            return offline + " offline";
        }
        if (underReplicated > 0) {
            return underReplicated + " under-replicated";
        }
        return "healthy";
    }
}
