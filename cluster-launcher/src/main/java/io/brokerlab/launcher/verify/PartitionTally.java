package io.brokerlab.launcher.verify;

import java.util.BitSet;

/**
 * Bookkeeping for one partition of a durability check: which numbered messages were sent to it
 * and acknowledged or failed, and which were read back, in what order. Pure arithmetic, no I/O.
 * Not thread-safe; the check feeds it from one thread per phase.
 */
final class PartitionTally {

    private final int partition;
    private final BitSet acknowledged = new BitSet();
    private final BitSet failed = new BitSet();
    private final BitSet seen = new BitSet();
    private long read;
    private long duplicated;
    private long outOfOrder;
    private int highestRead = -1;

    PartitionTally(int partition) {
        this.partition = partition;
    }

    void acknowledged(int seq) {
        acknowledged.set(seq);
    }

    void failed(int seq) {
        failed.set(seq);
    }

    /** One message of this run read back, in log order. */
    void read(int seq) {
        read++;
        if (seen.get(seq)) {
            duplicated++;
        } else {
            seen.set(seq);
        }
        if (seq < highestRead) {
            outOfOrder++;
        }
        highestRead = Math.max(highestRead, seq);
    }

    DurabilityReport.PartitionResult result() {
        BitSet lost = (BitSet) acknowledged.clone();
        lost.andNot(seen);
        BitSet failedButStored = (BitSet) failed.clone();
        failedButStored.and(seen);
        return new DurabilityReport.PartitionResult(partition, acknowledged.cardinality() + failed.cardinality(),
                acknowledged.cardinality(), failed.cardinality(), read, lost.cardinality(), duplicated, outOfOrder,
                failedButStored.cardinality());
    }
}
