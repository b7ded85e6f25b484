package io.brokerlab.launcher.state;

import java.util.Collections;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A topic and its partitions, by partition number. A partition whose state the controller has
 * not written yet (the first moments after creation) is not listed.
 *
 * @param minInsyncReplicas the topic's own min.insync.replicas (its config override); empty when it sets none, so
 *                          the brokers' default applies, and always empty from the Admin API poll, which reads no
 *                          topic configs
 * @param deleting          marked for deletion ({@code /admin/delete_topics}): its replicas are being taken offline
 *                          on purpose, which is no outage; always false from the Admin API poll
 */
public record TopicState(String name, SortedMap<Integer, PartitionState> partitions, OptionalInt minInsyncReplicas,
                         boolean deleting) {

    public TopicState {
        partitions = Collections.unmodifiableSortedMap(new TreeMap<>(partitions));
    }

    /** A topic without a min.insync.replicas of its own, or whose configs the source does not read. */
    public TopicState(String name, SortedMap<Integer, PartitionState> partitions) {
        this(name, partitions, OptionalInt.empty(), false);
    }

    /** A topic not being deleted. */
    public TopicState(String name, SortedMap<Integer, PartitionState> partitions, OptionalInt minInsyncReplicas) {
        this(name, partitions, minInsyncReplicas, false);
    }
}
