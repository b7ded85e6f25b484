package io.brokerlab.app.charts;

import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.PartitionState;
import io.brokerlab.launcher.state.TopicState;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An external cluster, which has no agents here: messages in counted from the partitions' end offsets, each
 * partition's growth credited to the broker leading it now (so a leader change moves the flow, not the total), and
 * under-replicated partitions from the cluster state. Bytes are not visible without the brokers' JMX: NaN.
 */
public final class OffsetCounters implements BrokerCounters {

    private final Supplier<ClusterState> states;
    private final Function<String, Map<Integer, Long>> endOffsets;
    private final Map<String, Long> lastEnd = new HashMap<>();
    private final Map<Integer, Double> messages = new HashMap<>();
    /** Every broker the metadata has named: one it no longer names has left the cluster (killed, stopped). */
    private final Set<Integer> seen = new HashSet<>();
    /** Written by {@link #read()}, read right after it by the same sampling thread. */
    private volatile Set<Integer> down = Set.of();

    /** {@code endOffsets}: a topic's end offset per partition (blocking). */
    public OffsetCounters(Supplier<ClusterState> states, Function<String, Map<Integer, Long>> endOffsets) {
        this.states = states;
        this.endOffsets = endOffsets;
    }

    @Override
    public Map<Integer, Counters> read() {
        Map<Integer, Counters> counters = new TreeMap<>();
        ClusterState state = states.get();
        if (state == null || !state.reachable()) {
            // nothing known of any broker: gaps, not brokers down
            down = Set.of();
            return counters;
        }
        Map<Integer, Integer> underReplicated = new HashMap<>();
        Set<String> partitions = new HashSet<>();
        for (TopicState topic : state.topics().values()) {
            Map<Integer, Long> ends;
            try {
                ends = endOffsets.apply(topic.name());
            } catch (RuntimeException e) {
                // e.g. deleted since the state was read: the other topics still count
                ends = Map.of();
            }
            for (PartitionState p : topic.partitions().values()) {
                partitions.add(topic.name() + "-" + p.partition());
                if (p.isUnderReplicated() && !p.isOffline()) {
                    underReplicated.merge(p.leader(), 1, Integer::sum);
                }
                Long end = ends.get(p.partition());
                if (end == null || p.isOffline()) {
                    continue;
                }
                Long before = lastEnd.put(topic.name() + "-" + p.partition(), end);
                if (before != null && end > before) {
                    messages.merge(p.leader(), (double) (end - before), Double::sum);
                }
            }
        }
        // a deleted topic's partitions are forgotten: one made again under its name starts its offsets at 0, and a
        // long session creates and deletes many
        lastEnd.keySet().retainAll(partitions);
        seen.addAll(state.brokers().keySet());
        Set<Integer> gone = new HashSet<>(seen);
        gone.removeAll(state.brokers().keySet());
        down = Set.copyOf(gone);
        for (Integer broker : state.brokers().keySet()) {
            counters.put(broker, new Counters(messages.getOrDefault(broker, 0.0), Double.NaN, Double.NaN,
                    underReplicated.getOrDefault(broker, 0)));
        }
        return counters;
    }

    @Override
    public Set<Integer> down() {
        return down;
    }
}
