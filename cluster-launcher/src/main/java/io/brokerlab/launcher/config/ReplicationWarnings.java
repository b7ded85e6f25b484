package io.brokerlab.launcher.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Replication settings that Kafka accepts one by one but that together, or on a cluster this small, make writes
 * or whole features fail once the broker runs: each key's parser cannot see the other keys or the cluster.
 */
final class ReplicationWarnings {

    static final String MIN_ISR = "min.insync.replicas";
    static final String DEFAULT_RF = "default.replication.factor";

    /** Each replication factor that needs at least as many brokers, and what fails without them. */
    private static final Map<String, String> NEEDS_BROKERS = Map.of(
            MIN_ISR, "no partition can have that many replicas in sync, so every acks=all write fails with"
                    + " NOT_ENOUGH_REPLICAS",
            DEFAULT_RF, "creating a topic without a replication factor of its own fails: Kafka cannot place that"
                    + " many replicas",
            "offsets.topic.replication.factor", "Kafka cannot create __consumer_offsets, so consumer groups find no"
                    + " coordinator and cannot commit offsets",
            "transaction.state.log.replication.factor", "Kafka cannot create __transaction_state, so transactional"
                    + " producers cannot start");
    private static final List<String> ORDER = List.of(MIN_ISR, DEFAULT_RF, "offsets.topic.replication.factor",
            "transaction.state.log.replication.factor");

    private ReplicationWarnings() {
    }

    /**
     * @param brokers how many brokers the cluster has, or 0 when that is not known (then only the keys of the
     *                file are compared with each other)
     */
    static List<ConfigProblem> check(Properties properties, int brokers) {
        List<ConfigProblem> problems = new ArrayList<>();
        Integer minIsr = value(properties, MIN_ISR);
        Integer defaultRf = value(properties, DEFAULT_RF);
        if (brokers > 0) {
            for (String key : ORDER) {
                Integer value = value(properties, key);
                if (value != null && value > brokers) {
                    problems.add(ConfigProblem.warning(key, describe(properties, key, value) + " but the cluster"
                            + " has " + brokers + (brokers == 1 ? " broker: " : " brokers: ") + NEEDS_BROKERS.get(key)
                            + ". Set it to " + brokers + " or less, or add brokers"));
                }
            }
        }
        boolean alreadyTooMany = brokers > 0 && minIsr != null && minIsr > brokers;
        if (minIsr != null && defaultRf != null && minIsr > defaultRf && !alreadyTooMany) {
            problems.add(ConfigProblem.warning(MIN_ISR, describe(properties, MIN_ISR, minIsr) + " but "
                    + describe(properties, DEFAULT_RF, defaultRf) + ": a topic created with the default replication"
                    + " factor has fewer replicas than acks=all needs in sync, so every acks=all write to it fails"
                    + " with NOT_ENOUGH_REPLICAS. Lower " + MIN_ISR + " to " + defaultRf + " or less, or raise "
                    + DEFAULT_RF + " to " + minIsr + " or more"));
        }
        boolean alreadyWarned = alreadyTooMany || minIsr != null && defaultRf != null && minIsr > defaultRf;
        if (minIsr != null && minIsr > 1 && !alreadyWarned) {
            noneToSpare(properties, minIsr, defaultRf, brokers).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * Kafka accepts min.insync.replicas equal to the replication factor, but then a partition has no replica to
     * spare: one broker down (a restart, a crash in the failover demo) stops acks=all writes to it.
     */
    private static Optional<ConfigProblem> noneToSpare(Properties properties, int minIsr, Integer defaultRf,
                                                       int brokers) {
        String as;
        if (defaultRf != null && minIsr == defaultRf) {
            as = "and " + describe(properties, DEFAULT_RF, defaultRf) + ": a topic created with the default"
                    + " replication factor";
        } else if (minIsr == brokers) {
            as = "and the cluster has " + brokers + " brokers: every topic, whatever its replication factor,";
        } else {
            return Optional.empty();
        }
        return Optional.of(ConfigProblem.warning(MIN_ISR, describe(properties, MIN_ISR, minIsr) + " " + as
                + " has no replica to spare, so while any one of its brokers is down (stopped, restarting or"
                + " crashed) every acks=all write to it fails with NOT_ENOUGH_REPLICAS. Lower " + MIN_ISR + " to "
                + (minIsr - 1) + " so that writes go on with one broker down"));
    }

    private static String describe(Properties properties, String key, int value) {
        return key + " is " + value + (properties.getProperty(key) == null ? " (its default)" : "");
    }

    /** The value Kafka uses: the file's, else Kafka's default; null when it is no whole number. */
    private static Integer value(Properties properties, String key) {
        Object value = properties.getProperty(key);
        if (value == null) {
            value = KafkaRules.defaults().get(key);
        }
        try {
            return value == null ? null : Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            return null; // the parser reports it
        }
    }
}
