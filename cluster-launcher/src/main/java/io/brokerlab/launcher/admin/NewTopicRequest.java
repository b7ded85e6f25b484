package io.brokerlab.launcher.admin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a user asks for when creating a topic; validated by {@link TopicService} before sending.
 * With a replica assignment (partition to broker ids, the first being the preferred leader) the
 * partition count and replication factor follow from it.
 */
public record NewTopicRequest(String name, int partitions, short replicationFactor, Map<String, String> configs,
                              Map<Integer, List<Integer>> replicaAssignment) {

    public NewTopicRequest {
        configs = Map.copyOf(configs);
        TreeMap<Integer, List<Integer>> assignment = new TreeMap<>();
        replicaAssignment.forEach((partition, replicas) -> assignment.put(partition, List.copyOf(replicas)));
        replicaAssignment = java.util.Collections.unmodifiableMap(assignment);
    }

    public NewTopicRequest(String name, int partitions, short replicationFactor, Map<String, String> configs) {
        this(name, partitions, replicationFactor, configs, Map.of());
    }

    /** A topic laid out broker by broker, e.g. {@code {0: [1, 2], 1: [2, 3]}}. */
    public static NewTopicRequest withAssignment(String name, Map<Integer, List<Integer>> assignment,
                                                 Map<String, String> configs) {
        int replicas = assignment.isEmpty() ? 0 : assignment.values().iterator().next().size();
        return new NewTopicRequest(name, assignment.size(), (short) replicas, configs, assignment);
    }

    public boolean hasAssignment() {
        return !replicaAssignment.isEmpty();
    }
}
