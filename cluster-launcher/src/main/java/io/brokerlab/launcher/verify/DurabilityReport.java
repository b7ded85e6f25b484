package io.brokerlab.launcher.verify;

import java.time.Duration;
import java.util.List;

/**
 * What a durability check found. A message is lost when it was acknowledged but is not in the
 * log; a failed send is never counted as acknowledged (it may still have been stored, which
 * {@code failedButStored} tells).
 */
public record DurabilityReport(String topic, String acks, long messages, Duration produceTime,
                               List<PartitionResult> partitions, List<String> chaosEvents) {

    public DurabilityReport {
        partitions = List.copyOf(partitions);
        chaosEvents = List.copyOf(chaosEvents);
    }

    /** Counts for one partition; {@code sent == acknowledged + failed}. */
    public record PartitionResult(int partition, long sent, long acknowledged, long failed, long read, long lost,
                                  long duplicated, long outOfOrder, long failedButStored) {
    }

    public long acknowledged() {
        return partitions.stream().mapToLong(PartitionResult::acknowledged).sum();
    }

    public long failed() {
        return partitions.stream().mapToLong(PartitionResult::failed).sum();
    }

    public long read() {
        return partitions.stream().mapToLong(PartitionResult::read).sum();
    }

    public long lost() {
        return partitions.stream().mapToLong(PartitionResult::lost).sum();
    }

    public long duplicated() {
        return partitions.stream().mapToLong(PartitionResult::duplicated).sum();
    }

    public long outOfOrder() {
        return partitions.stream().mapToLong(PartitionResult::outOfOrder).sum();
    }

    public long failedButStored() {
        return partitions.stream().mapToLong(PartitionResult::failedButStored).sum();
    }

    /** No acknowledged message lost, none duplicated, none out of order. */
    public boolean intact() {
        return lost() == 0 && duplicated() == 0 && outOfOrder() == 0;
    }
}
