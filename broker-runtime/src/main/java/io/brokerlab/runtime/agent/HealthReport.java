package io.brokerlab.runtime.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brokerlab.runtime.ManagedNode;
import io.brokerlab.runtime.NodeOptions;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The JSON document of {@code GET /health}. */
final class HealthReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeOptions options;
    private final ManagedNode node;

    HealthReport(NodeOptions options, ManagedNode node) {
        this.options = options;
        this.node = node;
    }

    String json() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("name", options.name());
        health.put("kind", options.kind().argument());
        health.put("id", node.id());
        health.put("state", node.state().name().toLowerCase(Locale.ROOT));
        health.put("pid", ProcessHandle.current().pid());
        health.put("uptimeMs", ManagementFactory.getRuntimeMXBean().getUptime());
        health.put("heapUsedBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        health.putAll(node.details());
        try {
            return JSON.writeValueAsString(health);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("health document cannot be serialised", e);
        }
    }
}
