package io.brokerlab.launcher.state;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A topic and its partitions, by partition number. A partition whose state the controller has
 * not written yet (the first moments after creation) is not listed.
 */
public record TopicState(String name, SortedMap<Integer, PartitionState> partitions) {

    public TopicState {
        partitions = Collections.unmodifiableSortedMap(new TreeMap<>(partitions));
    }
}
