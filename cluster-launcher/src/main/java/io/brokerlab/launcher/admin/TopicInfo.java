package io.brokerlab.launcher.admin;

import java.util.List;

/** A topic as {@code topic describe} shows it. */
public record TopicInfo(String name, boolean internal, List<PartitionInfo> partitions, List<TopicConfigEntry> configs) {

    public TopicInfo {
        partitions = List.copyOf(partitions);
        configs = List.copyOf(configs);
    }

    public int replicationFactor() {
        return partitions.isEmpty() ? 0 : partitions.get(0).replicas().size();
    }
}
