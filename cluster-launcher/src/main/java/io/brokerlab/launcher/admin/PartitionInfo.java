package io.brokerlab.launcher.admin;

import java.util.List;

/** One partition: its leader (-1 when offline), replica list and in-sync replicas, by broker id. */
public record PartitionInfo(int partition, int leader, List<Integer> replicas, List<Integer> isr) {

    public PartitionInfo {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
    }

    public boolean underReplicated() {
        return isr.size() < replicas.size();
    }

    public boolean offline() {
        return leader < 0;
    }
}
