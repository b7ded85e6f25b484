package io.brokerlab.launcher.messaging;

import org.apache.kafka.common.utils.Utils;

/** Where Kafka's Java producer puts a keyed message when no partition is given. */
public final class KeyPartitioner {

    private KeyPartitioner() {
    }

    /** The formula of the default partitioner (murmur2 of the serialized key, made positive). */
    public static int partitionFor(byte[] keyBytes, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has at least 1 partition, not " + partitions);
        }
        return Utils.toPositive(Utils.murmur2(keyBytes)) % partitions;
    }
}
