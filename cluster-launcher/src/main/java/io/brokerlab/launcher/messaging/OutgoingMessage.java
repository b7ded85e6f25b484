package io.brokerlab.launcher.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message to send: text key and value (UTF-8), headers, and a partition, or null to let
 * Kafka's default partitioner choose (by key hash, or sticky batches without a key).
 */
public record OutgoingMessage(String topic, Integer partition, String key, String value, Map<String, String> headers) {

    public OutgoingMessage {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("a message needs a topic");
        }
        if (partition != null && partition < 0) {
            throw new IllegalArgumentException("partition must be 0 or more, not " + partition);
        }
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static OutgoingMessage of(String topic, String key, String value) {
        return new OutgoingMessage(topic, null, key, value, Map.of());
    }
}
