package io.brokerlab.launcher.admin;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.internals.Topic;
import org.apache.kafka.storage.internals.log.LogConfig;

/**
 * Checks a topic request with Kafka's own rules before it is sent, so a user reads the reason instead of a broker
 * error code. The static checks need no cluster; a new topic's replicas are checked against the live brokers.
 */
final class TopicRequestValidator {

    private final Supplier<Collection<Node>> liveBrokers;

    /** @param liveBrokers asked only by checks that need the cluster, so a request refused earlier sends nothing */
    TopicRequestValidator(Supplier<Collection<Node>> liveBrokers) {
        this.liveBrokers = liveBrokers;
    }

    void validate(NewTopicRequest request) {
        validateName(request.name());
        validateConfigs(request.configs());
        if (request.hasAssignment()) {
            validateAssignment(request.replicaAssignment());
            return;
        }
        if (request.partitions() < 1) {
            throw new AdminException("a topic needs at least 1 partition");
        }
        if (request.replicationFactor() < 1) {
            throw new AdminException("the replication factor must be at least 1");
        }
        int live = liveBrokers.get().size();
        if (request.replicationFactor() > live) {
            throw new AdminException("replication factor " + request.replicationFactor()
                    + " is larger than the number of live brokers (" + live + ")");
        }
    }

    static void validateName(String name) {
        TopicNames.problem(name).ifPresent(problem -> {
            throw new AdminException("invalid topic name: " + problem);
        });
    }

    /** No I/O: a form can call it as the user types. */
    static void validateConfigs(Map<String, String> overrides) {
        Properties configs = new Properties();
        configs.putAll(overrides);
        try {
            LogConfig.validateNames(configs);
            LogConfig.validateValues(LogConfig.configDefCopy().parse(configs));
        } catch (ConfigException | InvalidConfigurationException | InvalidTopicException e) {
            throw new AdminException("invalid topic config: " + e.getMessage());
        }
    }

    static void validateAlteration(String name, Map<String, String> set, Set<String> remove) {
        validateName(name);
        if (set.isEmpty() && remove.isEmpty()) {
            throw new AdminException("nothing to change: name at least one config to set or remove");
        }
        validateConfigs(set);
        // a removed key has no value to check, only its name
        Properties names = new Properties();
        remove.forEach(key -> names.put(key, ""));
        try {
            LogConfig.validateNames(names);
        } catch (ConfigException | InvalidConfigurationException e) {
            throw new AdminException("invalid topic config: " + e.getMessage());
        }
    }

    /** Kafka's own topics (__consumer_offsets, __transaction_state) keep the partitions it created them with. */
    static void refuseInternal(String name, String what, String why) {
        if (Topic.isInternal(name)) {
            throw new AdminException("cannot " + what + ": it is an internal topic; " + why);
        }
    }

    static void validateReplicas(String what, List<Integer> replicas, Set<Integer> liveBrokers) {
        if (replicas.isEmpty()) {
            throw new AdminException(what + " needs at least one replica");
        }
        if (new HashSet<>(replicas).size() != replicas.size()) {
            throw new AdminException(what + " lists a broker twice: " + replicas);
        }
        for (int broker : replicas) {
            if (!liveBrokers.contains(broker)) {
                throw new AdminException(what + " names broker " + broker + ", which is not a live broker (live: "
                        + new TreeSet<>(liveBrokers) + ")");
            }
        }
    }

    private void validateAssignment(Map<Integer, List<Integer>> assignment) {
        Set<Integer> live = liveBrokers.get().stream().map(Node::id).collect(Collectors.toSet());
        int replicationFactor = assignment.values().iterator().next().size();
        int expected = 0;
        for (Map.Entry<Integer, List<Integer>> partition : assignment.entrySet()) {
            if (partition.getKey() != expected++) {
                throw new AdminException("a replica assignment must name partitions 0 to " + (assignment.size() - 1)
                        + " without gaps");
            }
            if (partition.getValue().size() != replicationFactor) {
                throw new AdminException("every partition needs the same number of replicas (partition 0 has "
                        + replicationFactor + ", partition " + partition.getKey() + " has " + partition.getValue().size() + ")");
            }
            validateReplicas("partition " + partition.getKey(), partition.getValue(), live);
        }
    }
}
