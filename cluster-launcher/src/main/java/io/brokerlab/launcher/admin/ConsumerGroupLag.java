package io.brokerlab.launcher.admin;

import java.util.List;

/** A consumer group's state and, per partition it has committed, how far it is behind. */
public record ConsumerGroupLag(String group, String state, List<PartitionLag> partitions) {

    public ConsumerGroupLag {
        partitions = List.copyOf(partitions);
    }

    /** Committed offset, the partition's end offset, and the difference; the owning member if any. */
    public record PartitionLag(String topic, int partition, long committedOffset, long endOffset, String member) {
        public long lag() {
            return Math.max(0, endOffset - committedOffset);
        }
    }

    public long totalLag() {
        return partitions.stream().mapToLong(PartitionLag::lag).sum();
    }
}
