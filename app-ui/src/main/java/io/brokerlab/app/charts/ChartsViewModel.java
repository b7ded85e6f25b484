package io.brokerlab.app.charts;

import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Per-broker rates from the node agents' Prometheus text: messages in/s, bytes in/s and out/s, and
 * under-replicated partitions. {@link #sample()} runs on a background scheduler (HTTP to each agent) and hands
 * one batch per tick to the FX thread; the window keeps {@link #WINDOW} samples per broker.
 */
public final class ChartsViewModel {

    public static final int WINDOW = 120;

    /** One broker at one tick; rates are per second since the previous tick. */
    public record Sample(long atMillis, int broker, double messagesIn, double bytesIn, double bytesOut,
                         double underReplicated) {
    }

    private record Counters(long atMillis, double messagesIn, double bytesIn, double bytesOut) {
    }

    private final Supplier<ClusterSnapshot> snapshots;
    private final IntFunction<Optional<String>> metrics;
    private final Executor fx;
    private final Map<Integer, Counters> previous = new HashMap<>();
    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final long startMillis = System.currentTimeMillis();

    /** {@code metrics}: agent port to Prometheus text (empty when the agent does not answer). */
    public ChartsViewModel(Supplier<ClusterSnapshot> snapshots, IntFunction<Optional<String>> metrics, Executor fx) {
        this.snapshots = snapshots;
        this.metrics = metrics;
        this.fx = fx;
    }

    /** Background thread: polls every running broker's agent once. */
    public void sample() {
        ClusterSnapshot snapshot = snapshots.get();
        if (snapshot == null) {
            return;
        }
        long now = System.currentTimeMillis();
        List<Sample> batch = new ArrayList<>();
        for (NodeStatus broker : snapshot.brokers()) {
            if (broker.state() != NodeState.RUNNING) {
                previous.remove(broker.id().id());
                continue;
            }
            Optional<String> text = metrics.apply(broker.agentPort());
            if (text.isEmpty()) {
                continue;
            }
            Map<String, Double> values = Prometheus.parse(text.get());
            Counters current = new Counters(now, values.getOrDefault("kafka_server_messages_in_total", 0.0),
                    values.getOrDefault("kafka_server_bytes_in_total", 0.0),
                    values.getOrDefault("kafka_server_bytes_out_total", 0.0));
            Counters before = previous.put(broker.id().id(), current);
            if (before != null && now > before.atMillis()) {
                double seconds = (now - before.atMillis()) / 1000.0;
                batch.add(new Sample(now - startMillis, broker.id().id(),
                        Math.max(0, (current.messagesIn() - before.messagesIn()) / seconds),
                        Math.max(0, (current.bytesIn() - before.bytesIn()) / seconds),
                        Math.max(0, (current.bytesOut() - before.bytesOut()) / seconds),
                        values.getOrDefault("kafka_server_under_replicated_partitions", 0.0)));
            }
        }
        if (!batch.isEmpty()) {
            fx.execute(() -> add(batch));
        }
    }

    private void add(List<Sample> batch) {
        samples.addAll(batch);
        int brokers = (int) samples.stream().mapToInt(Sample::broker).distinct().count();
        int overflow = samples.size() - WINDOW * Math.max(1, brokers);
        if (overflow > 0) {
            samples.remove(0, overflow);
        }
    }

    public void clear() {
        previous.clear();
        samples.clear();
    }

    /** Oldest first; FX thread. */
    public ObservableList<Sample> samples() {
        return samples;
    }
}
