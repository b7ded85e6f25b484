package io.brokerlab.runtime.kafka;

import com.yammer.metrics.core.Gauge;
import com.yammer.metrics.core.Metered;
import com.yammer.metrics.core.Metric;
import com.yammer.metrics.core.MetricName;
import io.brokerlab.runtime.metrics.PrometheusWriter;
import java.util.Map;
import org.apache.kafka.server.metrics.KafkaYammerMetrics;

/** Reads the broker's own Yammer metrics, the ones kafka.server JMX beans expose. */
final class BrokerMetrics {

    private record Source(String group, String type, String name) {
    }

    void write(PrometheusWriter out) {
        Map<MetricName, Metric> all = KafkaYammerMetrics.defaultRegistry().allMetrics();
        counter(out, all, new Source("kafka.server", "BrokerTopicMetrics", "MessagesInPerSec"),
                "kafka_server_messages_in_total", "messages appended to this broker's logs");
        counter(out, all, new Source("kafka.server", "BrokerTopicMetrics", "BytesInPerSec"),
                "kafka_server_bytes_in_total", "bytes received from clients");
        counter(out, all, new Source("kafka.server", "BrokerTopicMetrics", "BytesOutPerSec"),
                "kafka_server_bytes_out_total", "bytes sent to clients");
        gauge(out, all, new Source("kafka.server", "ReplicaManager", "UnderReplicatedPartitions"),
                "kafka_server_under_replicated_partitions", "partitions led here whose ISR is below the replica count");
        gauge(out, all, new Source("kafka.server", "ReplicaManager", "PartitionCount"),
                "kafka_server_partitions", "partitions with a replica on this broker");
        gauge(out, all, new Source("kafka.server", "ReplicaManager", "LeaderCount"),
                "kafka_server_leaders", "partitions led by this broker");
        gauge(out, all, new Source("kafka.controller", "KafkaController", "ActiveControllerCount"),
                "kafka_controller_active", "1 on the active controller");
        gauge(out, all, new Source("kafka.controller", "KafkaController", "OfflinePartitionsCount"),
                "kafka_controller_offline_partitions", "partitions without a leader (reported by the controller)");
    }

    private static void counter(PrometheusWriter out, Map<MetricName, Metric> all, Source source,
                                String name, String help) {
        Metric metric = find(all, source);
        long count = metric instanceof Metered metered ? metered.count() : 0;
        out.counter(name, help, count);
    }

    private static void gauge(PrometheusWriter out, Map<MetricName, Metric> all, Source source,
                              String name, String help) {
        Metric metric = find(all, source);
        double value = 0;
        if (metric instanceof Gauge<?> gauge && gauge.value() instanceof Number number) {
            value = number.doubleValue();
        }
        out.gauge(name, help, value);
    }

    /** The broker-wide metric: the one without a topic scope. */
    private static Metric find(Map<MetricName, Metric> all, Source source) {
        for (Map.Entry<MetricName, Metric> entry : all.entrySet()) {
            MetricName name = entry.getKey();
            if (source.group().equals(name.getGroup()) && source.type().equals(name.getType())
                    && source.name().equals(name.getName()) && name.getScope() == null) {
                return entry.getValue();
            }
        }
        return null;
    }
}
