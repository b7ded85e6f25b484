package io.brokerlab.launcher.messaging;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A tail of one topic asked for partitions it does not have; worded for a user who knows nothing of Kafka's API. */
public final class NoSuchPartitionException extends IllegalArgumentException {

    public NoSuchPartitionException(String topic, int partitionCount, Set<Integer> missing) {
        super(wording(topic, partitionCount, new TreeSet<>(missing)));
    }

    /** E.g. "demo has partitions 0–2; there is no partition 7". */
    private static String wording(String topic, int partitionCount, TreeSet<Integer> missing) {
        String has = partitionCount == 1 ? topic + " has only partition 0"
                : topic + " has partitions 0–" + (partitionCount - 1);
        return has + "; " + (missing.size() == 1 ? "there is no partition " + missing.first()
                : "there are no partitions " + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
