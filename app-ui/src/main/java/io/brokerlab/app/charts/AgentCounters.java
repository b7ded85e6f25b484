package io.brokerlab.app.charts;

import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A local workspace's brokers: Kafka's own meters, as each node agent publishes them in Prometheus text. The agents are
 * asked all at once, and one that has not answered within {@link #READ_TIMEOUT} is left out of this reading: a paused
 * or dying broker (a failover demo) must not hold up the charts of the others.
 */
public final class AgentCounters implements BrokerCounters {

    /** Well inside the charts' period, so a hung agent costs the others nothing but this wait. */
    public static final Duration READ_TIMEOUT = Duration.ofMillis(700);

    private final Supplier<ClusterSnapshot> snapshots;
    private final IntFunction<Optional<String>> metrics;
    private final Executor reads;
    private final Duration timeout;
    /** Written by {@link #read()}, read right after it by the same sampling thread. */
    private volatile Set<Integer> down = Set.of();

    /**
     * {@code metrics}: agent port to Prometheus text (empty when the agent does not answer), blocking, run on
     * {@code reads} (one task per broker, which may outlive {@code timeout} by the client's own timeout).
     */
    public AgentCounters(Supplier<ClusterSnapshot> snapshots, IntFunction<Optional<String>> metrics, Executor reads,
                         Duration timeout) {
        this.snapshots = snapshots;
        this.metrics = metrics;
        this.reads = reads;
        this.timeout = timeout;
    }

    @Override
    public Map<Integer, Counters> read() {
        Map<Integer, Counters> counters = new TreeMap<>();
        ClusterSnapshot snapshot = snapshots.get();
        if (snapshot == null) {
            return counters;
        }
        Map<Integer, CompletableFuture<Optional<String>>> texts = new TreeMap<>();
        down = snapshot.brokers().stream().filter(b -> b.state() != NodeState.RUNNING).map(b -> b.id().id())
                .collect(Collectors.toUnmodifiableSet());
        for (NodeStatus broker : snapshot.brokers()) {
            if (broker.state() == NodeState.RUNNING) {
                texts.put(broker.id().id(), CompletableFuture.supplyAsync(() -> metrics.apply(broker.agentPort()), reads)
                        .completeOnTimeout(Optional.empty(), timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .exceptionally(e -> Optional.empty()));
            }
        }
        texts.forEach((broker, text) -> text.join().map(Prometheus::parse).ifPresent(values -> counters.put(broker,
                new Counters(values.getOrDefault("kafka_server_messages_in_total", 0.0),
                        values.getOrDefault("kafka_server_bytes_in_total", 0.0),
                        values.getOrDefault("kafka_server_bytes_out_total", 0.0),
                        values.getOrDefault("kafka_server_under_replicated_partitions", 0.0)))));
        return counters;
    }

    @Override
    public Set<Integer> down() {
        return down;
    }
}
