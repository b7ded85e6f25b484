package io.brokerlab.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusWriterTest {

    @Test
    void writesTheTextExpositionFormat() {
        PrometheusWriter out = new PrometheusWriter();
        out.counter("kafka_server_messages_in_total", "messages appended", 42);
        out.header("jvm_gc_collections_total", "collections", "counter");
        out.sample("jvm_gc_collections_total", Map.of("gc", "Copy \"young\""), 3);
        out.gauge("process_uptime_seconds", "uptime", 1.5);
        assertThat(out.text()).isEqualTo("""
                # HELP kafka_server_messages_in_total messages appended
                # TYPE kafka_server_messages_in_total counter
                kafka_server_messages_in_total 42
                # HELP jvm_gc_collections_total collections
                # TYPE jvm_gc_collections_total counter
                jvm_gc_collections_total{gc="Copy \\"young\\""} 3
                # HELP process_uptime_seconds uptime
                # TYPE process_uptime_seconds gauge
                process_uptime_seconds 1.5
                """);
    }

    @Test
    void jvmMetricsIncludeHeapAndThreads() {
        PrometheusWriter out = new PrometheusWriter();
        JvmMetrics.write(out);
        assertThat(out.text()).contains("jvm_memory_heap_used_bytes ").contains("jvm_threads_live ")
                .contains("jvm_gc_collections_total{gc=");
    }
}
