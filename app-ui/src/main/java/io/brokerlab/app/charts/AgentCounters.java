package io.brokerlab.app.charts;

import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** A local workspace's brokers: Kafka's own meters, as each node agent publishes them in Prometheus text. */
public final class AgentCounters implements BrokerCounters {

    private final Supplier<ClusterSnapshot> snapshots;
    private final IntFunction<Optional<String>> metrics;

    /** {@code metrics}: agent port to Prometheus text (empty when the agent does not answer). */
    public AgentCounters(Supplier<ClusterSnapshot> snapshots, IntFunction<Optional<String>> metrics) {
        this.snapshots = snapshots;
        this.metrics = metrics;
    }

    @Override
    public Map<Integer, Counters> read() {
        Map<Integer, Counters> counters = new TreeMap<>();
        ClusterSnapshot snapshot = snapshots.get();
        if (snapshot == null) {
            return counters;
        }
        for (NodeStatus broker : snapshot.brokers()) {
            if (broker.state() != NodeState.RUNNING) {
                continue;
            }
            metrics.apply(broker.agentPort()).map(Prometheus::parse).ifPresent(values -> counters.put(broker.id().id(),
                    new Counters(values.getOrDefault("kafka_server_messages_in_total", 0.0),
                            values.getOrDefault("kafka_server_bytes_in_total", 0.0),
                            values.getOrDefault("kafka_server_bytes_out_total", 0.0),
                            values.getOrDefault("kafka_server_under_replicated_partitions", 0.0))));
        }
        return counters;
    }
}
